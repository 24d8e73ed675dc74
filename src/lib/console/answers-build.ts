// Build time only: runs each example's SQL with @duckdb/node-api over the
// published Parquet files (the same views the site's pages read, see
// src/lib/data/published.ts) and turns the results into the cells and column
// kinds the console's live engine gives for the same query, so that the
// precomputed answer and the live one draw identically.

import type { DuckDBType } from '@duckdb/node-api';
import { DATA_DIR, openPublished } from '../data/published.ts';
import type { PrecomputedAnswer, PrecomputedAnswers } from './answers.ts';
import type { ConsoleExample } from './examples.ts';
import type { Cell, ColumnKind, ResultColumn } from './result.ts';

/** DuckDB's type → the kind the console uses and the Arrow type name the live result's header shows. */
function describeType(type: DuckDBType): { kind: ColumnKind; type: string } {
  const name = String(type);
  const integer: Record<string, string> = {
    TINYINT: 'Int8',
    SMALLINT: 'Int16',
    INTEGER: 'Int32',
    BIGINT: 'Int64',
    UTINYINT: 'Uint8',
    USMALLINT: 'Uint16',
    UINTEGER: 'Uint32',
    UBIGINT: 'Uint64',
  };
  if (name in integer) return { kind: 'integer', type: integer[name] };
  // The browser engine is opened with castDecimalToDouble: decimals (and HUGEINT, a decimal in Arrow) arrive as doubles.
  if (name === 'DOUBLE' || name.startsWith('DECIMAL') || name === 'HUGEINT' || name === 'UHUGEINT') return { kind: 'number', type: 'Float64' };
  if (name === 'FLOAT') return { kind: 'number', type: 'Float32' };
  if (name === 'BOOLEAN') return { kind: 'boolean', type: 'Bool' };
  if (name === 'DATE') return { kind: 'date', type: 'Date32<DAY>' };
  if (name.startsWith('TIMESTAMP')) return { kind: 'timestamp', type: 'Timestamp<MICROSECOND>' };
  if (name === 'VARCHAR') return { kind: 'string', type: 'Utf8' };
  return { kind: 'other', type: name };
}

/** A value of DuckDB's JSON rows as the cell result.ts's toCell makes of the live engine's Arrow value. */
export function toLiveCell(kind: ColumnKind, value: unknown): Cell {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'integer':
      // Int64 and Uint64 stay exact as digits, smaller integers are numbers: DuckDB's JSON does the same.
      return typeof value === 'string' ? value : Number(value);
    case 'number':
      return Number(value);
    case 'boolean':
      return Boolean(value);
    case 'date':
    case 'timestamp':
    case 'string':
      return String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

export async function computeAnswers(examples: readonly ConsoleExample[], dataDir = DATA_DIR): Promise<PrecomputedAnswers> {
  const db = await openPublished(dataDir);
  try {
    const version = (await db.read('SELECT version() AS v')).getRowsJson()[0][0];
    const answers: Record<string, PrecomputedAnswer> = {};
    for (const example of examples) {
      const reader = await db.read(example.sql);
      const described = reader.columnTypes().map(describeType);
      const columns: ResultColumn[] = reader.columnNames().map((name, i) => ({ name, ...described[i] }));
      const rows = (reader.getRowsJson() as unknown[][]).map((row) => row.map((value, i) => toLiveCell(columns[i].kind, value)));
      answers[example.id] = { columns, rows };
    }
    return { computedAt: new Date().toISOString(), engine: `DuckDB ${version}`, answers };
  } finally {
    db.close();
  }
}

let cached: Promise<PrecomputedAnswers> | null = null;

/** Computed once per build, for both languages' pages. */
export function buildAnswers(examples: readonly ConsoleExample[]): Promise<PrecomputedAnswers> {
  cached ??= computeAnswers(examples);
  return cached;
}
