// Draws a ChartSpec with Observable Plot. A function of (spec, data, options)
// returning an element, so it can run wherever a DOM document exists. Years
// are whole numbers written without separators, on the axis and in the
// tooltip; the value axis names its unit when the result has one.

import * as Plot from '@observablehq/plot';
import type { Locale } from '../../i18n/ui.ts';
import { formatYear } from '../format.ts';
import type { ChartSpec } from './chart-choice.ts';
import type { Cell, ResultColumn } from './result-data.ts';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

type Datum = Record<string, string | number | boolean | Date | null>;

/** Cells as values Plot scales understand: numbers, Dates, labels. The rows are those the spec draws (rowsOf). */
export function chartData(columns: ResultColumn[], rows: Cell[][], spec: ChartSpec): Datum[] {
  return rows.slice(0, spec.rows).map((row) => {
    const datum: Datum = {};
    columns.forEach((c, i) => {
      const cell = row[i];
      if (cell === null) datum[c.name] = null;
      else if (c.kind === 'integer' || c.kind === 'number') datum[c.name] = Number(cell);
      else if (c.kind === 'date') datum[c.name] = new Date(`${cell}T00:00:00Z`);
      else if (c.kind === 'timestamp') datum[c.name] = new Date(`${String(cell).replace(' ', 'T')}Z`);
      else datum[c.name] = typeof cell === 'boolean' ? String(cell) : cell;
    });
    return datum;
  });
}

export interface ChartOptions {
  locale: Locale;
  width: number;
  /** The fill of bars and dots, as a colour (a CSS variable would not survive a download). */
  accent?: string;
  document?: Document;
}

/** Whole years from the first to the last, at most about ten of them (every second, fifth… year when there are many). */
export function yearTicks(years: number[]): number[] {
  const whole = years.filter((y) => Number.isFinite(y)).map((y) => Math.round(y));
  if (whole.length === 0) return [];
  const first = Math.min(...whole);
  const last = Math.max(...whole);
  const step = [1, 2, 5, 10, 20, 50].find((s) => (last - first) / s <= 10) ?? 100;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
  return ticks.length ? ticks : [first];
}

export function renderChart(spec: ChartSpec, data: Datum[], { locale, width, accent = '#0b5cad', document }: ChartOptions): SVGSVGElement | HTMLElement {
  const number = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 });
  const numberTicks = (d: number) => number.format(d);
  const withUnit = (label: string) => (spec.unit ? `${label} (${spec.unit})` : label);
  // Room for the longest formatted tick on a numeric y axis.
  const marginFor = (field: string) =>
    Math.min(120, 16 + 7 * Math.max(1, ...data.map((d) => (typeof d[field] === 'number' ? number.format(d[field] as number).length : 0))));
  const common = { width, document, style: { fontFamily: 'inherit', fontSize: '12px' } };
  switch (spec.mark) {
    case 'line':
    case 'dot-time': {
      const x = spec.xIsYear
        ? { label: spec.x, ticks: yearTicks(data.map((d) => d[spec.x] as number)), tickFormat: formatYear }
        : { label: spec.x, type: 'utc' as const };
      const tip = { format: { x: spec.xIsYear ? formatYear : true, y: numberTicks } };
      const channels = { x: spec.x, y: spec.y, ...(spec.series ? { stroke: spec.series } : { stroke: accent }), tip };
      return Plot.plot({
        ...common,
        marginLeft: marginFor(spec.y),
        x,
        y: { label: withUnit(spec.y), grid: true, tickFormat: numberTicks },
        color: { legend: spec.series !== null },
        marks: [
          Plot.ruleY([0]),
          ...(spec.mark === 'line'
            ? [Plot.lineY(data, { x: spec.x, y: spec.y, ...(spec.series ? { stroke: spec.series } : { stroke: accent }), sort: spec.x })]
            : []),
          Plot.dot(data, channels),
        ],
      });
    }
    case 'bar': {
      const longest = Math.max(0, ...data.map((d) => String(d[spec.label] ?? '').length));
      return Plot.plot({
        ...common,
        marginLeft: Math.min(260, 12 + longest * 6.5),
        height: Math.max(120, data.length * 22 + 50),
        x: { label: withUnit(spec.value), grid: true, tickFormat: numberTicks },
        y: { label: null },
        marks: [Plot.barX(data, { x: spec.value, y: spec.label, fill: accent, sort: { y: '-x' }, tip: { format: { x: numberTicks } } }), Plot.ruleX([0])],
      });
    }
    case 'dot-label': {
      const longest = Math.max(0, ...data.map((d) => String(d[spec.label] ?? '').length));
      const labels = new Set(data.map((d) => d[spec.label]));
      return Plot.plot({
        ...common,
        marginLeft: Math.min(260, 12 + longest * 6.5),
        height: Math.max(120, labels.size * 22 + 50),
        x: { label: withUnit(spec.value), grid: true, tickFormat: numberTicks },
        y: { label: null },
        marks: [
          Plot.ruleX([0]),
          Plot.dot(data, { x: spec.value, y: spec.label, fill: accent, r: 4, sort: { y: '-x', reduce: 'max' }, tip: { format: { x: numberTicks } } }),
        ],
      });
    }
    case 'scatter':
      return Plot.plot({
        ...common,
        marginLeft: marginFor(spec.y),
        x: { label: spec.x, grid: true, tickFormat: numberTicks },
        y: { label: spec.y, grid: true, tickFormat: numberTicks },
        marks: [Plot.dot(data, { x: spec.x, y: spec.y, stroke: accent, tip: { format: { x: numberTicks, y: numberTicks } } })],
      });
    case 'histogram':
      return Plot.plot({
        ...common,
        x: { label: withUnit(spec.value), tickFormat: numberTicks },
        y: { grid: true },
        marks: [Plot.rectY(data, { ...Plot.binX({ y: 'count' }, { x: spec.value }), fill: accent }), Plot.ruleY([0])],
      });
    case 'count': {
      const longest = Math.max(0, ...data.map((d) => String(d[spec.label] ?? '').length));
      return Plot.plot({
        ...common,
        marginLeft: Math.min(260, 12 + longest * 6.5),
        x: { grid: true },
        y: { label: null },
        marks: [Plot.barX(data, Plot.groupY({ x: 'count' }, { y: spec.label, fill: accent, sort: { y: '-x' } })), Plot.ruleX([0])],
      });
    }
  }
}
