// Writes the published tables with DuckDB: Parquet (the reference format),
// CSV copies, and a Frictionless datapackage.json generated from the same
// table definitions. Everything is written into a staging directory; publish.ts
// moves it into place only once all of it is written.

import { createHash } from 'node:crypto';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { TABLES, type ColumnType, type Row, type TableDefinition } from '../../src/lib/schema/tables.ts';

export type TableRows = Record<string, Row[]>;

const FRICTIONLESS_TYPE: Record<ColumnType, string> = {
  VARCHAR: 'string',
  DOUBLE: 'number',
  BIGINT: 'integer',
  DATE: 'date',
  BOOLEAN: 'boolean',
};

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

function checkRows(table: TableDefinition, rows: Row[]): void {
  const names = new Set(table.columns.map((c) => c.name));
  for (const row of rows) {
    for (const k of Object.keys(row)) if (!names.has(k)) throw new Error(`table ${table.name}: row has undeclared column ${k}`);
    for (const c of table.columns) {
      if (!(c.name in row)) throw new Error(`table ${table.name}: row lacks column ${c.name}`);
      if (c.nullable === false && row[c.name] === null)
        throw new Error(`table ${table.name}: column ${c.name} is null in ${JSON.stringify(row).slice(0, 120)}`);
      if (c.values && row[c.name] !== null && !c.values.includes(String(row[c.name]))) {
        throw new Error(`table ${table.name}: column ${c.name} holds "${row[c.name]}", which is not one of ${c.values.join(', ')}`);
      }
    }
  }
}

export async function writeTables(dir: string, rows: TableRows): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const table of TABLES) {
      const tableRows = rows[table.name];
      if (!tableRows) throw new Error(`no rows given for table ${table.name}`);
      checkRows(table, tableRows);
      const json = path.join(dir, `.${table.name}.json`);
      await writeFile(json, JSON.stringify(tableRows));
      const columns = table.columns.map((c) => `${quote(c.name)}: ${quote(c.type)}`).join(', ');
      const order = table.primaryKey.map((k) => `"${k}"`).join(', ');
      await connection.run(
        `CREATE TABLE "${table.name}" AS SELECT * FROM read_json(${quote(json)}, format = 'array', columns = {${columns}}) ORDER BY ${order}`,
      );
      const count = Number((await connection.runAndReadAll(`SELECT count(*) FROM "${table.name}"`)).getRows()[0][0]);
      if (count !== tableRows.length) throw new Error(`table ${table.name}: wrote ${count} rows of ${tableRows.length}`);
      await connection.run(`COPY "${table.name}" TO ${quote(path.join(dir, `${table.name}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`);
      await connection.run(`COPY "${table.name}" TO ${quote(path.join(dir, `${table.name}.csv`))} (FORMAT csv, HEADER true)`);
      await rm(json);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function describeFile(dir: string, name: string) {
  const file = path.join(dir, name);
  const [bytes, content] = await Promise.all([stat(file).then((s) => s.size), readFile(file)]);
  return { bytes, hash: `sha256:${createHash('sha256').update(content).digest('hex')}` };
}

export async function writeDataPackage(dir: string, rows: TableRows, meta: { version: string; created: string }): Promise<void> {
  const resources = [];
  for (const table of TABLES) {
    const schema = {
      fields: table.columns.map((c) => ({
        name: c.name,
        type: FRICTIONLESS_TYPE[c.type],
        description: c.description,
        // Frictionless allows custom properties: the Vietnamese beside the standard (English) description.
        description_vi: c.description_vi,
        ...(c.nullable === false ? { constraints: { required: true } } : {}),
      })),
      primaryKey: table.primaryKey,
    };
    // Frictionless foreign keys point at a resource by name: CSV resources at CSV ones, Parquet at Parquet.
    const foreignKeys = (suffix: string) =>
      (table.foreignKeys ?? []).map((fk) => ({ fields: [fk.field], reference: { resource: `${fk.table}${suffix}`, fields: [fk.key] } }));
    const common = {
      title: table.title,
      title_vi: table.title_vi,
      description: table.description,
      description_vi: table.description_vi,
      derived: table.derived,
      rows: rows[table.name].length,
    };
    resources.push({
      name: table.name,
      path: `${table.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      ...common,
      ...(await describeFile(dir, `${table.name}.csv`)),
      schema: { ...schema, foreignKeys: foreignKeys('') },
    });
    resources.push({
      name: `${table.name}-parquet`,
      path: `${table.name}.parquet`,
      format: 'parquet',
      mediatype: 'application/vnd.apache.parquet',
      ...common,
      ...(await describeFile(dir, `${table.name}.parquet`)),
      schema: { ...schema, foreignKeys: foreignKeys('-parquet') },
    });
  }
  const pkg = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'vn-drug-rehab-published-figures',
    title: 'Drug rehabilitation in Viet Nam: published figures',
    title_vi: 'Cai nghiện ma túy ở Việt Nam: số liệu đã công bố',
    description:
      'Figures on drug rehabilitation (intake, people in treatment, relapse, targets and attainment) as published by Vietnamese provinces, districts and the press, each with its citation. Derived tables (attainment, checks) are computed by the build and marked derived.',
    description_vi:
      'Số liệu về cai nghiện ma túy (tiếp nhận, số người đang cai nghiện, tái nghiện, chỉ tiêu và tỷ lệ hoàn thành) do các tỉnh, huyện và báo chí Việt Nam công bố, mỗi con số kèm trích dẫn. Các bảng dẫn xuất (attainment, checks) chứa số do chúng tôi tính khi tạo dữ liệu và được đánh dấu derived.',
    version: meta.version,
    created: meta.created,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 (the compilation; the figures are facts published by their sources)',
      },
    ],
    sources: [
      { title: 'Published documents listed in the sources table (one row per document, with URL where known)' },
      { title: 'General Statistics Office of Viet Nam: administrative units and 2019 Population and Housing Census', path: 'https://www.gso.gov.vn' },
    ],
    resources,
  };
  await writeFile(path.join(dir, 'datapackage.json'), `${JSON.stringify(pkg, null, 2)}\n`);
}
