// The published tables, opened with DuckDB over the same Parquet files a reader
// downloads: the site's build, the console's precomputed answers, the
// benchmark and the tests all read them through `openPublished`, so what a
// page shows is what the downloads hold.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBResultReader } from '@duckdb/node-api';
import { rowSchema, selectList } from '../schema/rows.ts';
import { TABLES, type TableName, type TableRow } from '../schema/tables.ts';

export interface Published {
  /** Runs SQL over the published tables (figures, sources, places, measures, attainment, checks); rows as JSON values. */
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  /** Runs SQL and returns DuckDB's own reader (column names and types, rows as JSON values). */
  read(sql: string): Promise<DuckDBResultReader>;
  /** Every row of a table, typed and checked against its schema (tables.ts), in the order given. */
  table<N extends TableName>(name: N, orderBy?: string): Promise<Array<TableRow<N>>>;
  close(): void;
}

/** Opens the published tables in `dir` (a folder holding <table>.parquet for every table). */
export async function openPublished(dir: string): Promise<Published> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  for (const { name } of TABLES) {
    const file = path.join(dir, `${name}.parquet`).replaceAll("'", "''");
    await connection.run(`CREATE VIEW "${name}" AS SELECT * FROM read_parquet('${file}')`);
  }
  const query = async <T>(sql: string): Promise<T[]> => (await connection.runAndReadAll(sql)).getRowObjectsJson() as T[];
  return {
    query,
    read: (sql) => connection.runAndReadAll(sql),
    async table(name, orderBy) {
      const rows = await query<unknown>(`SELECT ${selectList(name, 'all')} FROM "${name}"${orderBy ? ` ORDER BY ${orderBy}` : ''}`);
      const schema = rowSchema(name);
      return rows.map((row, i) => {
        const parsed = schema.safeParse(row);
        if (!parsed.success) throw new Error(`${name}, row ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
        return parsed.data as TableRow<typeof name>;
      });
    },
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Where the site's build reads the published tables; PUBLISHED_DATA_DIR points elsewhere (tests build into a temporary folder). */
export const DATA_DIR = path.resolve(process.env.PUBLISHED_DATA_DIR ?? path.join(process.cwd(), 'public/data'));

let site: Promise<Published> | null = null;

/** The published tables of this build, opened once. */
export function sitePublished(): Promise<Published> {
  site ??= openPublished(DATA_DIR);
  return site;
}

export interface DataPackage {
  version: string;
  created: string;
  resources: Array<{
    name: string;
    path: string;
    format: string;
    title: string;
    title_vi: string;
    description: string;
    description_vi: string;
    derived: boolean;
    rows: number;
    bytes: number;
    hash: string;
    schema: { fields: Array<{ name: string; type: string; description: string; description_vi: string }> };
  }>;
}

export function readDataPackage(dir = DATA_DIR): DataPackage {
  return JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8'));
}
