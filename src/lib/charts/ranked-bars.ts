// Chart kind: one bar per place, longest first, each labelled with its value
// and the period it is for, so a ranking never hides that its bars come from
// different years. Places without a figure are not drawn as zero: the page
// lists them as "no published figure found". Names wrap beside or above
// their bars (row-layout.ts); a bar's end label stays inside the drawing.

import * as Plot from '@observablehq/plot';
import type { Locale } from '../../i18n/ui.ts';
import { formatValue } from '../format.ts';
import { hatchPattern, tickCount, valueTickFormat } from './marks.ts';
import { ACCENT, ACCENT_PALE, INK } from './palette.ts';
import { rowLayout } from './row-layout.ts';
import { textWidth } from './text-metrics.ts';
import type { ChartBuilder } from './types.ts';

export interface BarRow {
  value: number | null;
  value_high: number | null;
  qualifier: string;
  partial: boolean;
  unit: string;
}

export interface RankedBarsOptions<R extends BarRow> {
  /** Identifies a bar. */
  key: (row: R) => string;
  label: (row: R, locale: Locale) => string;
  /** What the bar end says after the value: the period, usually. */
  detail: (row: R, locale: Locale) => string;
  title: (row: R, locale: Locale) => string;
  /** The number drawn (e.g. per 100,000 inhabitants); the row's value by default. */
  measure?: (row: R) => number | null;
  /** Bars with a different standing (e.g. a sum computed by us) drawn hatched. */
  hatched?: (row: R) => boolean;
  /** Decimals of the drawn number. */
  digits?: number;
}

const BAR_HEIGHT = 16;

export function rankedBars<R extends BarRow>(options: RankedBarsOptions<R>): ChartBuilder<R> {
  return (rows, { width, locale, idPrefix }) => {
    const measure = options.measure ?? ((r: R) => r.value);
    const drawn = rows
      .filter((r) => measure(r) !== null)
      .sort((a, b) => measure(b)! - measure(a)! || options.label(a, locale).localeCompare(options.label(b, locale), locale));
    // The drawn number carries the figure's qualifier: a "more than" figure per 100,000 is still "more than".
    const endLabel = (r: R) =>
      `${formatValue({ value: measure(r)!, value_high: options.measure ? null : r.value_high, unit: options.measure ? 'rate' : r.unit, qualifier: r.qualifier }, locale, options.digits ?? 1)} · ${options.detail(r, locale)}`;
    const ends = drawn.map(endLabel);
    const marginRight = Math.ceil(12 + Math.max(30, ...ends.map((e) => textWidth(e))));
    const layout = rowLayout({ width, labels: drawn.map((r) => options.label(r, locale)), markHeight: BAR_HEIGHT, maxMarginShare: 0.3 });
    const y = new Map(drawn.map((r, i) => [options.key(r), layout.y[i]]));
    const max = Math.max(1, ...drawn.map((r) => measure(r)!));
    const unit = options.measure ? 'rate' : (drawn[0]?.unit ?? 'persons');
    const format = valueTickFormat(unit === 'rate' ? 'persons' : unit, locale);
    const hatchId = `${idPrefix}-hatch`;
    const hatched = options.hatched ?? (() => false);
    const bar = (r: R) => ({ x1: 0, x2: measure(r)!, y1: y.get(options.key(r))! - BAR_HEIGHT / 2, y2: y.get(options.key(r))! + BAR_HEIGHT / 2 });
    const bars = drawn.map((r) => ({ r, ...bar(r) }));
    type Bar = (typeof bars)[number];
    return {
      width,
      height: layout.height,
      marginLeft: layout.marginLeft,
      marginRight,
      marginTop: layout.marginTop,
      marginBottom: 30,
      x: { domain: [0, max], tickFormat: format, ticks: tickCount(width - layout.marginLeft - marginRight, max, format), label: null, nice: true, grid: true },
      y: layout.yScale,
      marks: [
        hatchPattern(hatchId, ACCENT),
        // Separate marks: Plot drops a datum whose channel value is null, so no per-bar null stroke.
        Plot.rect(
          bars.filter((b) => !hatched(b.r)),
          { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: (b: Bar) => (b.r.partial ? ACCENT_PALE : ACCENT), title: (b: Bar) => options.title(b.r, locale) },
        ),
        Plot.rect(
          bars.filter((b) => hatched(b.r)),
          { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: `url(#${hatchId})`, stroke: ACCENT, title: (b: Bar) => options.title(b.r, locale) },
        ),
        Plot.ruleX([0], { stroke: INK }),
        layout.labels,
        Plot.text(bars, { x: 'x2', y: (b: Bar) => y.get(options.key(b.r))!, text: (b: Bar) => endLabel(b.r), dx: 6, textAnchor: 'start', fill: INK }),
      ],
    };
  };
}
