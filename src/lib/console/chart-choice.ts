// Chooses a chart for a query result from its column types, the way a reader
// would sketch one: a measure over time is a line (or dots when several rows
// share a moment), a measure by label is a bar, two measures are a scatter,
// one measure alone is a histogram, labels alone are counted. Pure, so it is
// tested without a browser; chart-plot.ts draws the choice.

import type { Locale } from '../../i18n/ui.ts';
import type { Cell, ResultColumn } from './result.ts';

export type ChartSpec =
  | { mark: 'line' | 'dot-time'; x: string; y: string; series: string | null; xIsYear: boolean; rows: number }
  | { mark: 'bar'; label: string; value: string; rows: number }
  | { mark: 'scatter'; x: string; y: string; rows: number }
  | { mark: 'histogram'; value: string; rows: number }
  | { mark: 'count'; label: string; rows: number };

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

export function chooseChart(columns: ResultColumn[], allRows: Cell[][], { locale = 'vi' as Locale } = {}): ChartSpec | null {
  const rows = allRows.slice(0, MAX_CHART_ROWS);
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
    // The label that tells rows apart best: unique if one is.
    const label = labels.find((c) => distinctCount(rows, indexOf(c)) === rows.length) ?? labels[0];
    return { mark: 'bar', label: label.name, value: measures[0].name, rows: Math.min(rows.length, MAX_BARS) };
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
