// Marks shared by the chart kinds: how a published value is drawn with its
// qualifier ("more than 60%" is an arrow from 60 onwards, not a dot at 60), a
// range (a line from its low to its high end), and a partial period (an open
// dot). Every chart reads the same way because they all draw values here.

import * as Plot from '@observablehq/plot';
import type { Locale } from '../../i18n/ui.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { isLowerBound, isUpperBound } from './figure-point.ts';
import type { LegendItem } from './types.ts';

export interface ValueDatum {
  value: number;
  value_high: number | null;
  qualifier: string;
  partial: boolean;
}

/** Ticks in the page's language: "1.500" or "1,500", "40%". */
export function valueTickFormat(unit: string, locale: Locale): (d: number) => string {
  return unit === 'percent' ? (d) => formatPercent(d, locale, 0) : (d) => formatNumber(d, locale, 0);
}

/** Characters of the longest label, as a margin in pixels at 12px (Be Vietnam Pro averages ~6.6px a character). */
export function labelMargin(labels: string[], { min = 40, max }: { min?: number; max: number }): number {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  return Math.ceil(Math.min(max, Math.max(min, 16 + longest * 6.6)));
}

/** A label cut to fit a margin, with an ellipsis; the full text stays in the tooltip and the table. */
export function fitLabel(label: string, margin: number, cut: 'end' | 'middle' = 'end'): string {
  const room = Math.max(4, Math.floor((margin - 12) / 6.6));
  if (label.length <= room) return label;
  if (cut === 'end') return `${label.slice(0, room - 1).trimEnd()}…`;
  // Names that differ at the end ("… số 4 (Ba Vì)") keep their end.
  const head = Math.floor((room - 1) * 0.4);
  return `${label.slice(0, head).trimEnd()}…${label.slice(label.length - (room - 1 - head)).trimStart()}`;
}

interface HorizontalValueOptions<T extends ValueDatum> {
  y: (d: T) => string;
  fill: string | ((d: T) => string);
  title: (d: T) => string;
  /** How far an open-ended bound's arrow reaches, in the x scale's units. */
  arrowLength: number;
  r?: number;
}

/**
 * Values on a horizontal axis: a dot per value (open for a partial period), an
 * arrow onwards for "more than", backwards for "less than", a line between the
 * ends of a range.
 */
export function horizontalValueMarks<T extends ValueDatum>(data: T[], o: HorizontalValueOptions<T>): Plot.Markish[] {
  const color = (d: T) => (typeof o.fill === 'function' ? o.fill(d) : o.fill);
  const bounds = data.filter((d) => isLowerBound(d.qualifier) || isUpperBound(d.qualifier));
  const ranges = data.filter((d) => d.qualifier === 'range' && d.value_high !== null);
  return [
    Plot.arrow(bounds, {
      x1: 'value',
      x2: (d: T) => (isLowerBound(d.qualifier) ? d.value + o.arrowLength : Math.max(0, d.value - o.arrowLength)),
      y1: o.y,
      y2: o.y,
      stroke: color,
      strokeWidth: 1.5,
      headLength: 6,
      bend: false,
    }),
    Plot.link(ranges, { x1: 'value', x2: 'value_high', y1: o.y, y2: o.y, stroke: color, strokeWidth: 3 }),
    Plot.dot(ranges, { x: 'value_high', y: o.y, r: o.r ?? 4.5, fill: color, stroke: 'white' }),
    Plot.dot(data, {
      x: 'value',
      y: o.y,
      r: o.r ?? 4.5,
      fill: (d: T) => (d.partial ? 'white' : color(d)),
      stroke: (d: T) => (d.partial ? color(d) : 'white'),
      strokeWidth: (d: T) => (d.partial ? 2 : 1),
      title: o.title,
    }),
  ];
}

const swatch = (body: string) => `<svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">${body}</svg>`;

/** Legend entries explaining the value marks, for charts that use them. */
export function valueLegend(data: ValueDatum[], color = '#4f5b6b', { whole = true } = {}): LegendItem[] {
  const items: LegendItem[] = [];
  if (whole && data.some((d) => !d.partial && !isLowerBound(d.qualifier) && !isUpperBound(d.qualifier)))
    items.push({ swatch: swatch(`<circle cx="14" cy="7" r="4.5" fill="${color}"/>`), label: { vi: 'số liệu cả kỳ', en: 'figure for the whole period' } });
  if (data.some((d) => d.partial))
    items.push({
      swatch: swatch(`<circle cx="14" cy="7" r="4.5" fill="white" stroke="${color}" stroke-width="2"/>`),
      label: { vi: 'một phần kỳ (ví dụ 9 tháng), hoặc kỳ chưa kết thúc khi công bố', en: 'part of a period (e.g. 9 months), or a period not over when published' },
    });
  if (data.some((d) => isLowerBound(d.qualifier)))
    items.push({
      swatch: swatch(`<circle cx="6" cy="7" r="4" fill="${color}"/><path d="M6 7H24M19 3L24 7L19 11" stroke="${color}" stroke-width="1.5" fill="none"/>`),
      label: { vi: '"hơn", "trên", "ít nhất": giá trị thật lớn hơn', en: '"more than", "at least": the true value is higher' },
    });
  if (data.some((d) => isUpperBound(d.qualifier)))
    items.push({
      swatch: swatch(`<circle cx="22" cy="7" r="4" fill="${color}"/><path d="M22 7H4M9 3L4 7L9 11" stroke="${color}" stroke-width="1.5" fill="none"/>`),
      label: { vi: '"dưới", "tối đa", "lên tới": giá trị thật nhỏ hơn hoặc bằng', en: '"less than", "up to", "at most": the true value is lower or equal' },
    });
  if (data.some((d) => d.qualifier === 'range'))
    items.push({
      swatch: swatch(`<path d="M5 7H23" stroke="${color}" stroke-width="3"/><circle cx="5" cy="7" r="4" fill="${color}"/><circle cx="23" cy="7" r="4" fill="${color}"/>`),
      label: { vi: 'khoảng giá trị nguồn in (từ … đến …)', en: 'a range the source printed (from … to …)' },
    });
  if (data.some((d) => d.qualifier === 'about' || d.qualifier === 'nearly'))
    items.push({ swatch: swatch(`<text x="14" y="11" text-anchor="middle" font-size="12" fill="${color}">≈</text>`), label: { vi: '"khoảng", "gần": số ước lượng', en: '"about", "nearly": an approximate number' } });
  return items;
}
