// A query result as the console shows and exports it. Values are read from
// the Arrow table DuckDB returns, only for the rows asked for, so a large
// result never has to be turned into JavaScript objects all at once.

import { DataType, Table, tableToIPC, type Field } from 'apache-arrow';

export type ColumnKind = 'integer' | 'number' | 'boolean' | 'date' | 'timestamp' | 'string' | 'other';

export interface ResultColumn {
  name: string;
  kind: ColumnKind;
  /** The Arrow type, e.g. "Int64", "Utf8", "Date32<DAY>". */
  type: string;
}

/** A cell as text, number or boolean: exact (BIGINT as digits) and JSON-safe. */
export type Cell = string | number | boolean | null;

export function columnKind(type: DataType): ColumnKind {
  if (DataType.isInt(type)) return 'integer';
  if (DataType.isFloat(type) || DataType.isDecimal(type)) return 'number';
  if (DataType.isBool(type)) return 'boolean';
  if (DataType.isDate(type)) return 'date';
  if (DataType.isTimestamp(type)) return 'timestamp';
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'string';
  return 'other';
}

export function describeColumns(table: Table): ResultColumn[] {
  return table.schema.fields.map((f: Field) => ({ name: f.name, kind: columnKind(f.type), type: String(f.type) }));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDate(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const jsonReplacer = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);

/** Converts one Arrow value to a Cell, the way DuckDB's own JSON output writes it. */
export function toCell(kind: ColumnKind, value: unknown): Cell {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'integer':
      // BIGINT stays exact as digits; smaller integers are plain numbers.
      return typeof value === 'bigint' ? value.toString() : Number(value);
    case 'number':
      return typeof value === 'number' ? value : Number(value);
    case 'boolean':
      return Boolean(value);
    case 'date':
      return isoDate(value instanceof Date ? value.getTime() : Number(value));
    case 'timestamp': {
      const iso = new Date(value instanceof Date ? value.getTime() : Number(value)).toISOString();
      return iso.replace('T', ' ').replace(/(\.000)?Z$/u, '');
    }
    case 'string':
      return String(value);
    default: {
      const plain = typeof value === 'object' && value !== null && 'toJSON' in value ? (value as { toJSON(): unknown }).toJSON() : value;
      return typeof plain === 'string' ? plain : JSON.stringify(plain, jsonReplacer);
    }
  }
}

/** Rows start (inclusive) to end (exclusive), as Cells. */
export function resultRows(table: Table, columns: ResultColumn[], start: number, end: number): Cell[][] {
  const vectors = columns.map((_, i) => table.getChildAt(i));
  const rows: Cell[][] = [];
  for (let r = Math.max(0, start); r < Math.min(end, table.numRows); r++) {
    rows.push(columns.map((c, i) => toCell(c.kind, vectors[i]?.get(r))));
  }
  return rows;
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/u.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a header row; null is an empty field, as in the published CSV files. */
export function toCsv(table: Table, columns: ResultColumn[] = describeColumns(table)): string {
  const lines = [columns.map((c) => csvField(c.name)).join(',')];
  const chunk = 5000;
  for (let start = 0; start < table.numRows; start += chunk) {
    for (const row of resultRows(table, columns, start, start + chunk)) lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The result as an Arrow IPC file (readable by pandas, R arrow, DuckDB, Polars). */
export function toArrowFile(table: Table): Uint8Array {
  return tableToIPC(table, 'file');
}
