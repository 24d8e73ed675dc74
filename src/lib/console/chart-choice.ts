// Chooses a chart for a query result from its column types, the way a reader
// would sketch one: a measure over time is a line (or dots when several rows
// share a moment), a measure by label is a bar (or dots when several rows
// share a label), two measures are a scatter,
// one measure alone is a histogram, labels alone are counted. A chart never
// puts two measures or two units on one axis: when the result has columns
// that say what a number measures (measure_id, unit, …) and they differ
// between rows, the rows are split into groups and one group is drawn at a
// time (the largest first; the reader can pick another). Pure, so it is
// tested without a browser; chart-plot.ts draws the choice.

import type { Locale } from '../../i18n/ui.ts';
import type { Cell, ResultColumn } from './result-data.ts';

/** The rows drawn, when a result holds several measures or units: one group of them. */
export interface ChartSplit {
  /** The columns whose values make a group, e.g. ["measure_id", "unit"]. */
  columns: string[];
  groups: Array<{ values: Cell[]; label: string; rows: number }>;
  /** The group drawn (an index into groups). */
  chosen: number;
  /** Rows before the split (up to MAX_CHART_ROWS). */
  total: number;
}

interface Common {
  rows: number;
  /** The one unit of the values drawn, when the result has a unit column and the values are its (value, actual_value, …). */
  unit: string | null;
  split: ChartSplit | null;
}

export type ChartSpec = Common &
  (
    | { mark: 'line' | 'dot-time'; x: string; y: string; series: string | null; xIsYear: boolean }
    | { mark: 'bar' | 'dot-label'; label: string; value: string }
    | { mark: 'scatter'; x: string; y: string }
    | { mark: 'histogram'; value: string }
    | { mark: 'count'; label: string }
  );

/** Columns that say what a number is: values that differ here are different measures or units. */
const IDENTITY = /^(measure_id|measure|measure_family|measure_label_vi|measure_label_en|unit|units)$/u;

/** Bars beyond this many are unreadable; the chart shows the first ones and says so. */
export const MAX_BARS = 40;
/** More series than this make a line chart a tangle: no colour by series then. */
export const MAX_SERIES = 10;
/** Rows a chart draws at most (the result may hold more). */
export const MAX_CHART_ROWS = 5000;

const YEAR_NAME = /(^|_)(year|nam|năm)($|_)/iu;
const isMeasureKind = (c: ResultColumn) => c.kind === 'integer' || c.kind === 'number';

function isYearColumn(column: ResultColumn, index: number, rows: Cell[][]): boolean {
  if (column.kind !== 'integer' || !YEAR_NAME.test(column.name)) return false;
  return rows.every((r) => r[index] === null || (Number(r[index]) >= 1900 && Number(r[index]) <= 2100));
}

function distinctCount(rows: Cell[][], index: number): number {
  return new Set(rows.map((r) => r[index])).size;
}

/** Label columns in the reader's language first ("name_vi" on the Vietnamese page). */
function byLocale(columns: ResultColumn[], locale: Locale): ResultColumn[] {
  const other = locale === 'vi' ? '_en' : '_vi';
  const own = `_${locale}`;
  const rank = (c: ResultColumn) => (c.name.endsWith(own) ? 0 : c.name.endsWith(other) ? 2 : 1);
  return [...columns].sort((a, b) => rank(a) - rank(b));
}

/** The rows of a result grouped by the columns that say what its numbers measure; null when they are all one measure in one unit. */
export function splitByMeasure(columns: ResultColumn[], rows: Cell[][], locale: Locale = 'vi'): Omit<ChartSplit, 'chosen'> | null {
  const other = locale === 'vi' ? '_en' : '_vi';
  const identity = columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => column.kind === 'string' && IDENTITY.test(column.name) && !column.name.endsWith(other));
  if (identity.length === 0) return null;
  const groups = new Map<string, { values: Cell[]; rows: number }>();
  for (const row of rows) {
    const values = identity.map(({ index }) => row[index]);
    const key = JSON.stringify(values);
    const group = groups.get(key) ?? { values, rows: 0 };
    group.rows += 1;
    groups.set(key, group);
  }
  if (groups.size <= 1) return null;
  const names = identity.map(({ column }) => column.name);
  const sorted = [...groups.values()].sort((a, b) => b.rows - a.rows || JSON.stringify(a.values).localeCompare(JSON.stringify(b.values)));
  return {
    columns: names,
    groups: sorted.map((g) => ({ ...g, label: g.values.map((v, i) => `${names[i]} = ${v ?? 'NULL'}`).join(', ') })),
    total: rows.length,
  };
}

/** The one value of a unit column among the rows, if there is one. */
function unitOf(columns: ResultColumn[], rows: Cell[][]): string | null {
  const index = columns.findIndex((c) => c.kind === 'string' && (c.name === 'unit' || c.name === 'units'));
  if (index < 0) return null;
  const units = new Set(rows.map((r) => r[index]));
  return units.size === 1 ? ((rows[0]?.[index] as string | null) ?? null) : null;
}

export function chooseChart(columns: ResultColumn[], allRows: Cell[][], { locale = 'vi' as Locale, group = 0 } = {}): ChartSpec | null {
  const limited = allRows.slice(0, MAX_CHART_ROWS);
  if (limited.length === 0) return null;
  const split = splitByMeasure(columns, limited, locale);
  if (split) {
    const chosen = Math.min(Math.max(0, group), split.groups.length - 1);
    const key = JSON.stringify(split.groups[chosen].values);
    const indices = split.columns.map((name) => columns.findIndex((c) => c.name === name));
    const rows = limited.filter((row) => JSON.stringify(indices.map((i) => row[i])) === key);
    const spec = choose(columns, rows, locale);
    // Counting rows by a label mixes no measures: no split needed.
    if (spec?.mark === 'count') return { ...choose(columns, limited, locale)!, unit: null, split: null };
    return spec ? { ...spec, unit: unitFor(spec, columns, rows), split: { ...split, chosen } } : null;
  }
  const spec = choose(columns, limited, locale);
  return spec ? { ...spec, unit: unitFor(spec, columns, limited), split: null } : null;
}

/**
 * A unit column says what `value` (and actual_value, target_value, …) count,
 * not what a percentage or a rate computed from them is in: the axis names the
 * unit only for those columns.
 */
function unitFor(spec: Choice, columns: ResultColumn[], rows: Cell[][]): string | null {
  const drawn = 'value' in spec ? spec.value : 'y' in spec ? spec.y : null;
  return drawn && /(^|_)value(_high)?$/u.test(drawn) ? unitOf(columns, rows) : null;
}

/** The rows a spec draws: those of its chosen group, or all of them. */
export function rowsOf(spec: ChartSpec, columns: ResultColumn[], rows: Cell[][]): Cell[][] {
  const limited = rows.slice(0, MAX_CHART_ROWS);
  if (!spec.split) return limited;
  const key = JSON.stringify(spec.split.groups[spec.split.chosen].values);
  const indices = spec.split.columns.map((name) => columns.findIndex((c) => c.name === name));
  return limited.filter((row) => JSON.stringify(indices.map((i) => row[i])) === key);
}

type Choice = ChartSpec extends infer S ? (S extends ChartSpec ? Omit<S, 'unit' | 'split'> : never) : never;

function choose(columns: ResultColumn[], rows: Cell[][], locale: Locale): Choice | null {
  if (rows.length === 0) return null;
  const indexed = columns.map((column, index) => ({ column, index }));
  const temporal = indexed.filter(({ column, index }) => column.kind === 'date' || column.kind === 'timestamp' || isYearColumn(column, index, rows));
  const isTemporal = (c: ResultColumn) => temporal.some((t) => t.column === c);
  // Integer columns named like ids or codes label things; they are not quantities.
  const measures = columns.filter((c) => isMeasureKind(c) && !isTemporal(c) && !/(^|_)(id|code)$/iu.test(c.name));
  const labels = byLocale(
    columns.filter((c) => c.kind === 'string' || c.kind === 'boolean'),
    locale,
  );
  const indexOf = (c: ResultColumn) => columns.indexOf(c);

  // A time axis when the query put time before the quantity (as in "year,
  // value"); a quantity that comes first is about the labelled rows.
  const timeFirst = temporal.length > 0 && measures.length > 0 && (labels.length === 0 || temporal[0].index < indexOf(measures[0]));
  if (timeFirst) {
    const time = temporal[0];
    const y = measures[0];
    const series = labels.find((c) => {
      const n = distinctCount(rows, indexOf(c));
      return n > 1 && n <= MAX_SERIES;
    });
    const seriesIndex = series ? indexOf(series) : -1;
    // One row per moment (and series) draws as a line; several rows per
    // moment are separate figures, which a line would join wrongly.
    const keys = rows.map((r) => `${r[time.index]}\u0000${seriesIndex >= 0 ? r[seriesIndex] : ''}`);
    const unique = new Set(keys).size === keys.length;
    return {
      mark: unique ? 'line' : 'dot-time',
      x: time.column.name,
      y: y.name,
      series: series?.name ?? null,
      xIsYear: time.column.kind === 'integer',
      rows: rows.length,
    };
  }
  if (labels.length > 0 && measures.length > 0) {
    // Bars by a label that tells rows apart; when none does, dots, so that two
    // rows with one label are two marks side by side, not one bar over another.
    const unique = labels.find((c) => distinctCount(rows, indexOf(c)) === rows.length);
    return { mark: unique ? 'bar' : 'dot-label', label: (unique ?? labels[0]).name, value: measures[0].name, rows: Math.min(rows.length, MAX_BARS) };
  }
  if (measures.length >= 2) return { mark: 'scatter', x: measures[0].name, y: measures[1].name, rows: rows.length };
  if (measures.length === 1) return { mark: 'histogram', value: measures[0].name, rows: rows.length };
  if (labels.length > 0) {
    const candidates = labels.filter((c) => distinctCount(rows, indexOf(c)) > 1);
    const label = candidates.sort((a, b) => distinctCount(rows, indexOf(a)) - distinctCount(rows, indexOf(b)))[0] ?? labels[0];
    return { mark: 'count', label: label.name, rows: rows.length };
  }
  return null;
}
