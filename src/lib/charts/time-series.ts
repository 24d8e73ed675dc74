// Chart kind: one measure of one place over time. Each figure sits at the end
// of its period (a stock at its date, a year's flow at 31 December), labelled
// with its value; a bound is an arrow up or down from its value, a partial
// period an open dot. Points are not joined: two figures from different
// documents are not a trend line unless the reader reads them as one.

import * as Plot from '@observablehq/plot';
import type { Locale } from '../../i18n/ui.ts';
import { formatValue, formatYear } from '../format.ts';
import { isLowerBound, isUpperBound } from './figure-point.ts';
import { valueTickFormat } from './marks.ts';
import type { ChartBuilder } from './types.ts';

export interface TimeRow {
  value: number;
  value_high: number | null;
  qualifier: string;
  partial: boolean;
  unit: string;
  period_start: string | null;
  period_end: string | null;
  year: number | null;
}

export interface TimeSeriesOptions<R extends TimeRow> {
  title: (row: R, locale: Locale) => string;
  color?: string;
}

/**
 * Where a figure sits on the time axis: the middle of its period when the
 * period has a start (a year's flow sits inside its year, not on the next
 * year's tick), the date of a stock, else 1 July of its year.
 */
export function timeOf(r: TimeRow): Date {
  const end = r.period_end ? Date.parse(`${r.period_end}T00:00:00Z`) : Date.parse(`${r.year}-07-01T00:00:00Z`);
  const start = r.period_start ? Date.parse(`${r.period_start}T00:00:00Z`) : null;
  return new Date(start === null ? end : (start + end) / 2);
}

export function timeSeries<R extends TimeRow>(options: TimeSeriesOptions<R>): ChartBuilder<R> {
  return (rows, { width, locale }) => {
    const color = options.color ?? '#0b5cad';
    const data = rows.filter((r) => r.period_end !== null || r.year !== null);
    const unit = data[0]?.unit ?? 'persons';
    const max = Math.max(1, ...data.map((r) => r.value_high ?? r.value));
    const top = unit === 'percent' ? Math.max(100, max) : max * 1.2;
    const years = data.map((r) => timeOf(r).getUTCFullYear());
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const span = Math.max(1, last - first + 1);
    const step = Math.ceil(span / (width < 500 ? 4 : 10));
    const bounds = data.filter((r) => isLowerBound(r.qualifier) || isUpperBound(r.qualifier));
    const ranges = data.filter((r) => r.qualifier === 'range' && r.value_high !== null);
    return {
      width,
      height: width < 500 ? 220 : 280,
      marginLeft: 52,
      marginRight: 24,
      marginTop: 22,
      marginBottom: 30,
      x: {
        type: 'utc',
        domain: [new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))],
        ticks: Array.from({ length: Math.floor(span / step) + 1 }, (_, i) => new Date(Date.UTC(first + i * step, 0, 1))),
        tickFormat: (d: Date) => formatYear(d.getUTCFullYear()),
        label: null,
      },
      y: { domain: [0, top], tickFormat: valueTickFormat(unit, locale), ticks: 5, label: null, grid: true },
      marks: [
        Plot.ruleY([0], { stroke: '#8a94a3' }),
        Plot.arrow(bounds, {
          x1: timeOf,
          x2: timeOf,
          y1: 'value',
          y2: (r: R) => (isLowerBound(r.qualifier) ? r.value + top * 0.1 : Math.max(0, r.value - top * 0.1)),
          stroke: color,
          strokeWidth: 1.5,
          headLength: 6,
        }),
        Plot.link(ranges, { x1: timeOf, x2: timeOf, y1: 'value', y2: 'value_high', stroke: color, strokeWidth: 3 }),
        Plot.dot(data, {
          x: timeOf,
          y: 'value',
          r: 4.5,
          fill: (r: R) => (r.partial ? 'white' : color),
          stroke: (r: R) => (r.partial ? color : 'white'),
          strokeWidth: (r: R) => (r.partial ? 2 : 1),
          title: (r: R) => options.title(r, locale),
        }),
        // Values are printed beside the dots only where they have room; the table always has them.
        ...(data.length * 64 <= width - 76
          ? [Plot.text(data, { x: timeOf, y: (r: R) => r.value_high ?? r.value, text: (r: R) => formatValue(r, locale), dy: -12, dx: 4, textAnchor: 'start', fill: '#1d2430' })]
          : []),
      ],
    };
  };
}
