// Writes each published table as an Arrow IPC stream for the SQL console.
// DuckDB-WASM 1.32 reads Parquet only through an extension it would fetch from
// a third-party server at run time; Arrow IPC it reads with no extension at
// all. Parquet stays the published download: these files exist so the reader's
// browser can load the same rows offline, typed from the same TABLES.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Bool, DateDay, Field, Float64, Int64, makeBuilder, makeData, RecordBatch, Schema, Struct, Table, tableToIPC, Utf8, type DataType } from 'apache-arrow';
import { TABLES, type Column, type ColumnType, type Row, type TableDefinition } from '../../src/lib/schema/tables.ts';
import type { TableRows } from './write-tables.ts';

/** Where the console finds a table, relative to the published data directory. */
export const arrowPath = (table: string): string => `arrow/${table}.arrows`;

const ARROW_TYPE: Record<ColumnType, () => DataType> = {
  VARCHAR: () => new Utf8(),
  DOUBLE: () => new Float64(),
  BIGINT: () => new Int64(),
  DATE: () => new DateDay(),
  BOOLEAN: () => new Bool(),
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

function arrowValue(table: TableDefinition, column: Column, value: Row[string]): unknown {
  if (value === null || value === undefined) return null;
  const where = `table ${table.name}, column ${column.name}`;
  switch (column.type) {
    case 'VARCHAR':
      if (typeof value !== 'string') throw new Error(`${where}: expected a string, got ${JSON.stringify(value)}`);
      return value;
    case 'DOUBLE':
      if (typeof value !== 'number') throw new Error(`${where}: expected a number, got ${JSON.stringify(value)}`);
      return value;
    case 'BIGINT':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Error(`${where}: expected an integer, got ${JSON.stringify(value)}`);
      return BigInt(value);
    case 'DATE':
      if (typeof value !== 'string' || !ISO_DATE.test(value)) throw new Error(`${where}: expected a YYYY-MM-DD date, got ${JSON.stringify(value)}`);
      // DateDay builders take milliseconds since the epoch, UTC.
      return Date.parse(`${value}T00:00:00Z`);
    case 'BOOLEAN':
      if (typeof value !== 'boolean') throw new Error(`${where}: expected true or false, got ${JSON.stringify(value)}`);
      return value;
  }
}

// DuckDB orders VARCHAR by UTF-8 bytes; comparing the bytes here puts the rows
// in the same order as the Parquet files, which the build writes ORDER BY the
// primary key.
function compareKeys(table: TableDefinition): (a: Row, b: Row) => number {
  return (a, b) => {
    for (const key of table.primaryKey) {
      const x = a[key];
      const y = b[key];
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      if (typeof x === 'string' && typeof y === 'string') return Buffer.compare(Buffer.from(x), Buffer.from(y));
      return x < y ? -1 : 1;
    }
    return 0;
  };
}

/** One published table as an Arrow table, with the column order and types of TABLES. */
export function arrowTable(table: TableDefinition, rows: Row[]): Table {
  const sorted = [...rows].sort(compareKeys(table));
  const fields = table.columns.map((c) => new Field(c.name, ARROW_TYPE[c.type](), c.nullable !== false));
  const children = table.columns.map((column, i) => {
    const builder = makeBuilder({ type: fields[i].type, nullValues: [null] });
    for (const row of sorted) builder.append(arrowValue(table, column, row[column.name]));
    return builder.finish().flush();
  });
  const schema = new Schema(fields);
  const data = makeData({ type: new Struct(fields), length: sorted.length, nullCount: 0, children });
  return new Table(schema, [new RecordBatch(schema, data)]);
}

export async function writeArrowTables(dir: string, rows: TableRows): Promise<void> {
  await mkdir(path.join(dir, 'arrow'), { recursive: true });
  for (const table of TABLES) {
    const tableRows = rows[table.name];
    if (!tableRows) throw new Error(`no rows given for table ${table.name}`);
    await writeFile(path.join(dir, arrowPath(table.name)), tableToIPC(arrowTable(table, tableRows), 'stream'));
  }
}
