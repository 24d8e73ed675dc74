// Build-time access to the published tables: the pages read the same Parquet
// files a reader downloads, through DuckDB, so what the site shows is what the
// downloads hold.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/** The published tables; PUBLISHED_DATA_DIR points elsewhere (the tests build into a temporary directory). */
export const DATA_DIR = path.resolve(process.env.PUBLISHED_DATA_DIR ?? path.join(process.cwd(), 'public/data'));

let connection: Promise<DuckDBConnection> | null = null;

function connect(): Promise<DuckDBConnection> {
  connection ??= DuckDBInstance.create(':memory:').then(async (instance) => {
    const c = await instance.connect();
    for (const table of ['figures', 'sources', 'places', 'measures', 'attainment', 'checks']) {
      await c.run(`CREATE VIEW "${table}" AS SELECT * FROM read_parquet('${path.join(DATA_DIR, `${table}.parquet`)}')`);
    }
    return c;
  });
  return connection;
}

/** Runs SQL over the published tables (figures, sources, places, measures, attainment, checks). */
export async function publishedQuery<T = Record<string, unknown>>(sql: string): Promise<T[]> {
  const c = await connect();
  const reader = await c.runAndReadAll(sql);
  return reader.getRowObjectsJson() as T[];
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

export function readDataPackage(): DataPackage {
  return JSON.parse(readFileSync(path.join(DATA_DIR, 'datapackage.json'), 'utf8'));
}
