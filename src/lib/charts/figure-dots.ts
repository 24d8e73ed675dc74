// Chart kind: published figures as dots on one horizontal value axis, one row
// per label (a place and period, a cohort...), coloured by a category (the
// rehab modality, the kind of claim). Qualifiers and partial periods are drawn
// by the shared value marks; names wrap beside or above their rows
// (row-layout.ts), and a value printed beside its dot stays in the drawing.

import * as Plot from '@observablehq/plot';
import type { Locale } from '../../i18n/ui.ts';
import { formatValue } from '../format.ts';
import { tickCount, valueMarks, valueReach, valueTickFormat } from './marks.ts';
import { INK, NEUTRAL, RULE } from './palette.ts';
import { besideMark, rowLayout, xPixel } from './row-layout.ts';
import { textWidth } from './text-metrics.ts';
import type { ChartBuilder } from './types.ts';

export interface DotRow {
  value: number;
  value_high: number | null;
  qualifier: string;
  partial: boolean;
  unit: string;
}

export interface FigureDotsOptions<R extends DotRow> {
  /** The label of the row a figure sits on. */
  rowLabel: (row: R, locale: Locale) => string;
  /** Which row a figure sits on; figures with the same label share a row by default. */
  rowKey?: (row: R) => string;
  /** Category for the colour; rows without one use the ink colour. */
  colorKey?: (row: R) => string;
  colors?: Readonly<Record<string, string>>;
  /** Order of the rows (the first row at the top). */
  sort: (a: R, b: R, locale: Locale) => number;
  /** The tooltip of a dot. */
  title: (row: R, locale: Locale) => string;
  /** Print each value beside its dot (when rows hold one dot each). */
  valueLabels?: boolean;
}

export function figureDots<R extends DotRow>(options: FigureDotsOptions<R>): ChartBuilder<R> {
  return (rows, { width, locale }) => {
    const sorted = [...rows].sort((a, b) => options.sort(a, b, locale));
    // A row is its key (the label by default, so figures of one place and period share it).
    const key = (r: R) => (options.rowKey ? options.rowKey(r) : options.rowLabel(r, locale));
    const keys = [...new Set(sorted.map(key))];
    const labelOf = new Map(sorted.map((r) => [key(r), options.rowLabel(r, locale)]));
    const layout = rowLayout({ width, labels: keys.map((k) => labelOf.get(k) ?? k), markHeight: 18 });
    const rowY = new Map(keys.map((k, i) => [k, layout.y[i]]));
    const unit = sorted[0]?.unit ?? 'persons';
    const max = Math.max(1, ...sorted.map((r) => r.value_high ?? r.value));
    const domainMax = unit === 'percent' ? Math.max(100, max) : max * 1.12;
    const arrowLength = domainMax * 0.07;
    const format = valueTickFormat(unit, locale);
    // Room for half of the last tick's label, centred over its tick.
    const marginRight = Math.max(14, Math.ceil(textWidth(format(domainMax)) / 2) + 4);
    const color = (r: R) => (options.colorKey ? (options.colors?.[options.colorKey(r)] ?? NEUTRAL) : NEUTRAL);
    const px = (v: number) => xPixel(v, domainMax, width, layout.marginLeft, marginRight);
    const marks: Plot.Markish[] = [
      Plot.ruleX([0], { stroke: RULE }),
      ...valueMarks(sorted, { along: 'x', at: (r) => rowY.get(key(r))!, fill: color, title: (r) => options.title(r, locale), arrowLength }),
      layout.labels,
    ];
    if (options.valueLabels) {
      // After the mark when the label fits before the right edge, else before it: never outside the drawing.
      const placed = sorted.map((r) => {
        const text = formatValue(r, locale);
        const low = r.qualifier === 'less_than' || r.qualifier === 'at_most' ? Math.max(0, r.value - arrowLength) : r.value;
        const high = valueReach(r, arrowLength);
        const side = besideMark(text, px(low) - 5, px(high) + 5, width);
        return { r, text, anchor: side.anchor, at: side.anchor === 'start' ? high : low };
      });
      for (const anchor of ['start', 'end'] as const) {
        marks.push(
          Plot.text(
            placed.filter((p) => p.anchor === anchor),
            { x: 'at', y: (p: (typeof placed)[number]) => rowY.get(key(p.r))!, text: 'text', textAnchor: anchor, dx: anchor === 'start' ? 13 : -13, fill: INK },
          ),
        );
      }
    }
    return {
      width,
      height: layout.height,
      marginLeft: layout.marginLeft,
      marginRight,
      marginTop: layout.marginTop,
      marginBottom: 30,
      x: { domain: [0, domainMax], tickFormat: format, ticks: tickCount(width - layout.marginLeft - marginRight, domainMax, format), label: null, grid: true },
      y: layout.yScale,
      marks,
    };
  };
}
