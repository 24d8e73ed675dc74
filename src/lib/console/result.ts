// A live query result as the console shows and exports it. Values are read
// from the Arrow table DuckDB returns, only for the rows asked for, so a large
// result never has to be turned into JavaScript objects all at once. Loaded
// with the engine (it brings apache-arrow); result-data.ts is the part the
// page's first script needs.

import {
  Bool,
  DataType,
  DateDay,
  Field,
  Float32,
  Float64,
  Int16,
  Int32,
  Int64,
  Int8,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableToIPC,
  TimestampMicrosecond,
  Uint16,
  Uint32,
  Uint64,
  Uint8,
  Utf8,
  type Data,
} from 'apache-arrow';
import { csvOf, type Cell, type ColumnKind, type ResultColumn, type ResultData } from './result-data.ts';

export type { Cell, ColumnKind, ResultColumn } from './result-data.ts';

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

/** RFC 4180 CSV with a header row; null is an empty field, as in the published CSV files. */
export function toCsv(table: Table, columns: ResultColumn[] = describeColumns(table)): string {
  return csvOf(columns, table.numRows, (start, end) => resultRows(table, columns, start, end));
}

/** A live result as the views read it. */
export function fromArrow(table: Table, info: { sql: string; truncated: boolean; elapsedMs: number }): ResultData {
  const columns = describeColumns(table);
  return {
    source: 'live',
    sql: info.sql,
    columns,
    rowCount: table.numRows,
    rows: (start, end) => resultRows(table, columns, start, end),
    truncated: info.truncated,
    elapsedMs: info.elapsedMs,
    computedAt: null,
    arrowTable: table,
  };
}

const DAY_MS = 86_400_000;
const utf8 = new TextEncoder();

/**
 * One column of cells as Arrow data of the live result's type. Built from
 * typed arrays with makeData: apache-arrow's builders compile code with
 * new Function, which the page's Content-Security-Policy forbids.
 */
function columnData(column: ResultColumn, cells: Cell[]): Data {
  const length = cells.length;
  const validity = new Uint8Array(Math.ceil(length / 8));
  let nullCount = 0;
  cells.forEach((cell, i) => {
    if (cell === null) nullCount += 1;
    else validity[i >> 3] |= 1 << (i & 7);
  });
  const common = { length, nullCount, nullBitmap: nullCount ? validity : undefined };
  const numbers = <T extends { from(values: ArrayLike<unknown>, map: (v: Cell) => unknown): unknown }>(array: T, map: (cell: Cell) => unknown) =>
    array.from(cells, (cell) => (cell === null ? map(0) : map(cell)));
  switch (column.type) {
    case 'Int8':
      return makeData({ type: new Int8(), ...common, data: numbers(Int8Array, Number) as Int8Array });
    case 'Int16':
      return makeData({ type: new Int16(), ...common, data: numbers(Int16Array, Number) as Int16Array });
    case 'Int32':
      return makeData({ type: new Int32(), ...common, data: numbers(Int32Array, Number) as Int32Array });
    case 'Int64':
      return makeData({ type: new Int64(), ...common, data: BigInt64Array.from(cells, (c) => BigInt(c === null ? 0 : (c as string | number))) });
    case 'Uint8':
      return makeData({ type: new Uint8(), ...common, data: numbers(Uint8Array, Number) as Uint8Array });
    case 'Uint16':
      return makeData({ type: new Uint16(), ...common, data: numbers(Uint16Array, Number) as Uint16Array });
    case 'Uint32':
      return makeData({ type: new Uint32(), ...common, data: numbers(Uint32Array, Number) as Uint32Array });
    case 'Uint64':
      return makeData({ type: new Uint64(), ...common, data: BigUint64Array.from(cells, (c) => BigInt(c === null ? 0 : (c as string | number))) });
    case 'Float32':
      return makeData({ type: new Float32(), ...common, data: numbers(Float32Array, Number) as Float32Array });
    case 'Float64':
      return makeData({ type: new Float64(), ...common, data: numbers(Float64Array, Number) as Float64Array });
    case 'Bool': {
      const bits = new Uint8Array(Math.ceil(length / 8));
      cells.forEach((cell, i) => {
        if (cell === true) bits[i >> 3] |= 1 << (i & 7);
      });
      return makeData({ type: new Bool(), ...common, data: bits });
    }
    case 'Date32<DAY>':
      return makeData({ type: new DateDay(), ...common, data: Int32Array.from(cells, (c) => (c === null ? 0 : Date.parse(`${c}T00:00:00Z`) / DAY_MS)) });
    case 'Timestamp<MICROSECOND>':
      return makeData({
        type: new TimestampMicrosecond(),
        ...common,
        data: BigInt64Array.from(cells, (c) => (c === null ? 0n : BigInt(Date.parse(`${String(c).replace(' ', 'T')}Z`)) * 1000n)),
      });
    default: {
      // Text, and anything else as its text.
      const encoded = cells.map((cell) => (cell === null ? new Uint8Array() : utf8.encode(String(cell))));
      const offsets = new Int32Array(length + 1);
      for (const [i, bytes] of encoded.entries()) offsets[i + 1] = offsets[i] + bytes.length;
      const data = new Uint8Array(offsets[length]);
      for (const [i, bytes] of encoded.entries()) data.set(bytes, offsets[i]);
      return makeData({ type: new Utf8(), ...common, valueOffsets: offsets, data });
    }
  }
}

/** Cells back into an Arrow table with the live result's types (a precomputed answer's Arrow download). */
export function tableFromCells(columns: ResultColumn[], rows: Cell[][]): Table {
  const children = columns.map((column, i) =>
    columnData(
      column,
      rows.map((row) => row[i]),
    ),
  );
  const fields = columns.map((column, i) => new Field(column.name, children[i].type, true));
  const schema = new Schema(fields);
  return new Table(schema, [new RecordBatch(schema, makeData({ type: new Struct(fields), length: rows.length, nullCount: 0, children }))]);
}

/** A result's Arrow table, made from its cells when it was precomputed. */
export function arrowOf(data: ResultData): Table {
  return (data.arrowTable as Table | null) ?? tableFromCells(data.columns, data.rows(0, data.rowCount));
}

/** The result as an Arrow IPC file (readable by pandas, R arrow, DuckDB, Polars). */
export function toArrowFile(table: Table): Uint8Array {
  return tableToIPC(table, 'file');
}
