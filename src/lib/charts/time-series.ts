// Chart kind: one measure of one place over time. Each figure sits inside its
// period (a year's flow in the middle of its year, a stock at its date),
// labelled with its value where the label has room; a bound is an arrow up or
// down from its value, a partial period an open dot. Points are not joined:
// two figures from different documents are not a trend line unless the reader
// reads them as one.

import * as Plot from '@observablehq/plot';
import type { Locale } from '../../i18n/ui.ts';
import { formatValue, formatYear, isLowerBound } from '../format.ts';
import { tickCount, valueMarks, valueTickFormat } from './marks.ts';
import { ACCENT, INK, RULE } from './palette.ts';
import { clampLabel } from './row-layout.ts';
import { LINE_HEIGHT, textWidth } from './text-metrics.ts';
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
  /** One colour, or a colour per row (a measure's, when a chart holds several measures of one unit). */
  color?: string | ((row: R) => string);
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

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box) => a.left < b.right + 4 && b.left < a.right + 4 && a.top < b.bottom && b.top < a.bottom;

export function timeSeries<R extends TimeRow>(options: TimeSeriesOptions<R>): ChartBuilder<R> {
  return (rows, { width, locale }) => {
    const color = options.color ?? ACCENT;
    const data = rows.filter((r) => r.period_end !== null || r.year !== null);
    const unit = data[0]?.unit ?? 'persons';
    const max = Math.max(1, ...data.map((r) => r.value_high ?? r.value));
    const top = unit === 'percent' ? Math.max(100, max) : max * 1.25;
    const years = data.map((r) => timeOf(r).getUTCFullYear());
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const span = Math.max(1, last - first + 1);
    const format = valueTickFormat(unit, locale);
    const marginLeft = Math.ceil(Math.max(40, textWidth(format(top)) + 14));
    const [marginRight, marginTop, marginBottom] = [16, 20, 30];
    const height = width < 500 ? 230 : 280;
    const plotWidth = width - marginLeft - marginRight;
    const yearWidth = textWidth('2020') + 16;
    const step = Math.max(1, Math.ceil(span / Math.max(1, Math.floor(plotWidth / yearWidth))));
    const [t0, t1] = [Date.UTC(first, 0, 1), Date.UTC(last + 1, 0, 1)];
    const px = (d: Date) => marginLeft + ((d.getTime() - t0) / (t1 - t0)) * plotWidth;
    const py = (v: number) => marginTop + (1 - v / top) * (height - marginTop - marginBottom);
    // Each value label above its dot, inside the drawing, and only where it meets no other label
    // or dot: the latest figures first. The table below the chart always has every value.
    const taken: Box[] = data.map((r) => ({ left: px(timeOf(r)) - 6, right: px(timeOf(r)) + 6, top: py(r.value) - 6, bottom: py(r.value) + 6 }));
    const labelled: Array<{ r: R; text: string; at: Date }> = [];
    for (const r of [...data].sort((a, b) => timeOf(b).getTime() - timeOf(a).getTime())) {
      const text = formatValue(r, locale);
      const w = textWidth(text);
      const high = isLowerBound(r.qualifier) ? r.value + top * 0.1 : (r.value_high ?? r.value);
      const bottom = py(high) - 8;
      // Over its dot, moved inwards at the edges: never over the axis labels, never past the right edge.
      const left = clampLabel(px(timeOf(r)), w, marginLeft + 2, width - 2);
      const box = { left, right: left + w, top: bottom - LINE_HEIGHT, bottom };
      if (box.top < 0 || taken.some((b) => overlaps(b, box))) continue;
      taken.push(box);
      labelled.push({ r, text, at: new Date(t0 + ((left - marginLeft) / plotWidth) * (t1 - t0)) });
    }
    return {
      width,
      height,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom,
      x: {
        type: 'utc',
        domain: [new Date(t0), new Date(t1)],
        ticks: Array.from({ length: Math.floor(span / step) + 1 }, (_, i) => new Date(Date.UTC(first + i * step, 0, 1))).filter((d) => d.getTime() <= t1),
        tickFormat: (d: Date) => formatYear(d.getUTCFullYear()),
        label: null,
      },
      y: {
        domain: [0, top],
        tickFormat: format,
        ticks: tickCount(height - marginTop - marginBottom, top, format, { vertical: true }),
        label: null,
        grid: true,
      },
      marks: [
        Plot.ruleY([0], { stroke: RULE }),
        ...valueMarks(data, { along: 'y', at: timeOf, fill: color, title: (r) => options.title(r, locale), arrowLength: top * 0.1 }),
        Plot.text(labelled, {
          x: 'at',
          y: (l: (typeof labelled)[number]) => (isLowerBound(l.r.qualifier) ? l.r.value + top * 0.1 : (l.r.value_high ?? l.r.value)),
          text: 'text',
          dy: -8,
          lineAnchor: 'bottom',
          textAnchor: 'start',
          fill: INK,
        }),
      ],
    };
  };
}
