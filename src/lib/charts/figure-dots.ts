// Chart kind: published figures as dots on one horizontal value axis, one row
// per label (a place and period, a cohort...), coloured by a category (the
// rehab modality, the kind of claim). Qualifiers and partial periods are drawn
// by the shared value marks.

import * as Plot from '@observablehq/plot';
import type { Locale } from '../../i18n/ui.ts';
import { formatValue } from '../format.ts';
import { isLowerBound } from './figure-point.ts';
import { fitLabel, horizontalValueMarks, labelMargin, valueTickFormat } from './marks.ts';
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

const INK = '#3b4757';

export function figureDots<R extends DotRow>(options: FigureDotsOptions<R>): ChartBuilder<R> {
  return (rows, { width, locale }) => {
    const sorted = [...rows].sort((a, b) => options.sort(a, b, locale));
    // A row is its key (the label by default, so figures of one place and period share it).
    const key = (r: R) => (options.rowKey ? options.rowKey(r) : options.rowLabel(r, locale));
    const keys = [...new Set(sorted.map(key))];
    const labelOf = new Map(sorted.map((r) => [key(r), options.rowLabel(r, locale)]));
    // On a phone the labels go above their row, so the values get the full width.
    const stacked = width < 500;
    const marginLeft = stacked ? 10 : labelMargin([...labelOf.values()], { max: Math.round(width * 0.36) });
    const unit = sorted[0]?.unit ?? 'persons';
    const max = Math.max(1, ...sorted.map((r) => r.value_high ?? r.value));
    const domainMax = unit === 'percent' ? Math.max(100, max) : max * 1.18;
    const color = (r: R) => (options.colorKey ? (options.colors?.[options.colorKey(r)] ?? INK) : INK);
    const rowHeight = stacked ? 40 : 26;
    const marks: Plot.Markish[] = [
      Plot.ruleX([0], { stroke: '#8a94a3' }),
      ...horizontalValueMarks(sorted, { y: key, fill: color, title: (r) => options.title(r, locale), arrowLength: domainMax * 0.07 }),
    ];
    if (stacked) {
      marks.push(Plot.text(keys, { x: 0, y: (k: string) => k, text: (k: string) => labelOf.get(k) ?? k, dy: -13, textAnchor: 'start', fill: '#3b4757' }));
    }
    if (options.valueLabels) {
      marks.push(
        Plot.text(sorted, {
          // Past the arrow of an open-ended value, past the high end of a range.
          x: (r: R) => (isLowerBound(r.qualifier) ? r.value + domainMax * 0.07 : (r.value_high ?? r.value)),
          y: key,
          text: (r: R) => formatValue(r, locale),
          dx: 9,
          textAnchor: 'start',
          fill: '#1d2430',
        }),
      );
    }
    return {
      width,
      height: Math.max(90, 38 + keys.length * rowHeight),
      marginLeft,
      marginRight: options.valueLabels ? 64 : 16,
      marginTop: stacked ? 22 : 8,
      marginBottom: 30,
      x: { domain: [0, domainMax], tickFormat: valueTickFormat(unit, locale), ticks: stacked ? 4 : 7, label: null, grid: true },
      y: stacked
        ? { domain: keys, label: null, axis: null, padding: 0.5 }
        : { domain: keys, label: null, tickSize: 0, tickFormat: (k: string) => fitLabel(labelOf.get(k) ?? k, marginLeft, 'middle') },
      marks,
    };
  };
}
