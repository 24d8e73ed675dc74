// Marks shared by the chart kinds: how a published value is drawn with its
// qualifier ("more than 60%" is an arrow from 60 onwards, not a dot at 60), a
// range (a line from its low to its high end) and a partial period (an open
// dot), along either axis; the legend that explains them; ticks that never
// collide; the one hatch pattern of numbers a source did not print as such.

import * as Plot from '@observablehq/plot';
import type { Locale } from '../../i18n/ui.ts';
import { formatNumber, formatPercent, isLowerBound, isUpperBound } from '../format.ts';
import { HATCH_GROUND, MUTED, NO_DATA } from './palette.ts';
import { textWidth } from './text-metrics.ts';
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

/**
 * How many ticks an axis of `length` pixels holds without two labels touching,
 * given the domain's widest label: Plot picks nice values near this count.
 */
export function tickCount(length: number, domainMax: number, format: (d: number) => string, { vertical = false } = {}): number {
  if (vertical) return Math.max(2, Math.min(6, Math.floor(length / 36)));
  const widest = Math.max(textWidth(format(domainMax)), textWidth(format(domainMax / 2)));
  return Math.max(2, Math.min(8, Math.floor(length / (widest + 18))));
}

interface ValueMarkOptions<T extends ValueDatum> {
  /** Which axis carries the value: x (rows of dots) or y (a series over time). */
  along: 'x' | 'y';
  /** The position on the other axis. */
  at: (d: T) => string | number | Date;
  fill: string | ((d: T) => string);
  title: (d: T) => string;
  /** How far an open-ended bound's arrow reaches, in the value scale's units. */
  arrowLength: number;
  r?: number;
}

/**
 * Values along one axis: a dot per value (open for a partial period), an arrow
 * onwards for "more than", backwards for "less than", a line between the ends
 * of a range. The same marks whichever axis carries the value.
 */
export function valueMarks<T extends ValueDatum>(data: T[], o: ValueMarkOptions<T>): Plot.Markish[] {
  const color = (d: T) => (typeof o.fill === 'function' ? o.fill(d) : o.fill);
  const bounds = data.filter((d) => isLowerBound(d.qualifier) || isUpperBound(d.qualifier));
  const ranges = data.filter((d) => d.qualifier === 'range' && d.value_high !== null);
  const reach = (d: T) => (isLowerBound(d.qualifier) ? d.value + o.arrowLength : Math.max(0, d.value - o.arrowLength));
  const [v, w] = o.along === 'x' ? (['x', 'y'] as const) : (['y', 'x'] as const);
  const r = o.r ?? 4.5;
  return [
    Plot.arrow(bounds, { [`${v}1`]: 'value', [`${v}2`]: reach, [`${w}1`]: o.at, [`${w}2`]: o.at, stroke: color, strokeWidth: 1.5, headLength: 6, bend: false }),
    Plot.link(ranges, { [`${v}1`]: 'value', [`${v}2`]: 'value_high', [`${w}1`]: o.at, [`${w}2`]: o.at, stroke: color, strokeWidth: 3 }),
    Plot.dot(ranges, { [v]: 'value_high', [w]: o.at, r, fill: color, stroke: 'white' }),
    Plot.dot(data, {
      [v]: 'value',
      [w]: o.at,
      r,
      fill: (d: T) => (d.partial ? 'white' : color(d)),
      stroke: (d: T) => (d.partial ? color(d) : 'white'),
      strokeWidth: (d: T) => (d.partial ? 2 : 1),
      title: o.title,
    }),
  ];
}

/** Where a value's drawing ends (the arrow's head, a range's high end), in the value scale's units. */
export const valueReach = (d: ValueDatum, arrowLength: number): number => (isLowerBound(d.qualifier) ? d.value + arrowLength : (d.value_high ?? d.value));

const swatch = (body: string) => `<svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">${body}</svg>`;

/** Legend entries explaining the value marks, for charts that use them. */
export function valueLegend(data: ValueDatum[], color: string = MUTED, { whole = true } = {}): LegendItem[] {
  const items: LegendItem[] = [];
  if (whole && data.some((d) => !d.partial && !isLowerBound(d.qualifier) && !isUpperBound(d.qualifier)))
    items.push({ swatch: swatch(`<circle cx="14" cy="7" r="4.5" fill="${color}"/>`), label: { vi: 'số liệu cả kỳ', en: 'figure for the whole period' } });
  if (data.some((d) => d.partial))
    items.push({
      swatch: swatch(`<circle cx="14" cy="7" r="4.5" fill="white" stroke="${color}" stroke-width="2"/>`),
      label: { vi: 'một phần năm (ví dụ 9 tháng), hoặc kỳ chưa kết thúc khi đăng', en: 'part of a year (e.g. 9 months), or a period not over when published' },
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
      swatch: swatch(
        `<path d="M5 7H23" stroke="${color}" stroke-width="3"/><circle cx="5" cy="7" r="4" fill="${color}"/><circle cx="23" cy="7" r="4" fill="${color}"/>`,
      ),
      label: { vi: 'khoảng giá trị nguồn in (từ cận dưới đến cận trên)', en: 'a range the source printed (from its low to its high end)' },
    });
  if (data.some((d) => d.qualifier === 'about' || d.qualifier === 'nearly'))
    items.push({
      swatch: swatch(`<text x="14" y="11" text-anchor="middle" font-size="12" fill="${color}">≈</text>`),
      label: { vi: '"khoảng", "gần": số ước lượng', en: '"about", "nearly": an approximate number' },
    });
  return items;
}

// ---- Hatching -------------------------------------------------------------------

/**
 * The hatch of an area that holds no published number of its own: a province
 * without a figure (grey), or a bar this site added up (in the bar's colour).
 * One pattern, drawn by a render function into the chart's SVG.
 */
export function hatchPattern(id: string, color: string = NO_DATA): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const ns = 'http://www.w3.org/2000/svg';
    const defs = doc.createElementNS(ns, 'defs');
    defs.append(hatchElement(doc, id, color));
    return defs as unknown as SVGElement;
  };
}

function hatchElement(doc: Document, id: string, color: string): Element {
  const ns = 'http://www.w3.org/2000/svg';
  const set = (el: Element, attributes: Record<string, string>) => {
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    return el;
  };
  const pattern = set(doc.createElementNS(ns, 'pattern'), { id, patternUnits: 'userSpaceOnUse', width: '6', height: '6', patternTransform: 'rotate(45)' });
  pattern.append(
    set(doc.createElementNS(ns, 'rect'), { width: '6', height: '6', fill: HATCH_GROUND }),
    set(doc.createElementNS(ns, 'line'), { x1: '0', y1: '0', x2: '0', y2: '6', stroke: color, 'stroke-width': '2' }),
  );
  return pattern;
}

/** The hatch as a legend swatch. */
export const hatchSwatch = (color: string = NO_DATA): string =>
  `<svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false"><rect width="22" height="14" fill="${HATCH_GROUND}"/><path d="M0 14L14 0M8 14L22 0M-6 8L2 0M16 14L24 6" stroke="${color}" stroke-width="2"/></svg>`;
