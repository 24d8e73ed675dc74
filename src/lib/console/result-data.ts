// A result as every view of the console reads it, whether it came from the
// live engine (an Arrow table, see result.ts) or was computed when the site
// was built (cells, see answers.ts): its columns, its rows a page at a time,
// and where it came from. Nothing here loads apache-arrow, so the console's
// first script can draw a precomputed answer.

export type ColumnKind = 'integer' | 'number' | 'boolean' | 'date' | 'timestamp' | 'string' | 'other';

export interface ResultColumn {
  name: string;
  kind: ColumnKind;
  /** The Arrow type, e.g. "Int64", "Utf8", "Date32<DAY>". */
  type: string;
}

/** A cell as text, number or boolean: exact (BIGINT as digits) and JSON-safe. */
export type Cell = string | number | boolean | null;

export type ResultSource = 'precomputed' | 'live';

export interface ResultData {
  source: ResultSource;
  /** The SQL that made it. */
  sql: string;
  columns: ResultColumn[];
  rowCount: number;
  /** Rows start (inclusive) to end (exclusive), as cells. */
  rows(start: number, end: number): Cell[][];
  /** True when the engine's result had more rows than the console keeps. */
  truncated: boolean;
  /** Time inside the engine (live results). */
  elapsedMs: number | null;
  /** When a precomputed answer was computed (ISO 8601). */
  computedAt: string | null;
  /** The live result's Arrow table, downloaded as it is; null for a precomputed answer. */
  arrowTable: unknown;
}

export function fromCells(columns: ResultColumn[], cells: Cell[][], info: { sql: string; computedAt: string }): ResultData {
  return {
    source: 'precomputed',
    sql: info.sql,
    columns,
    rowCount: cells.length,
    rows: (start, end) => cells.slice(Math.max(0, start), Math.max(0, end)),
    truncated: false,
    elapsedMs: null,
    computedAt: info.computedAt,
    arrowTable: null,
  };
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/u.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a header row; null is an empty field, as in the published CSV files. */
export function csvOf(columns: ResultColumn[], rowCount: number, rows: (start: number, end: number) => Cell[][]): string {
  const lines = [columns.map((c) => csvField(c.name)).join(',')];
  const chunk = 5000;
  for (let start = 0; start < rowCount; start += chunk) {
    for (const row of rows(start, start + chunk)) lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const isNumeric = (column: ResultColumn): boolean => column.kind === 'integer' || column.kind === 'number';
