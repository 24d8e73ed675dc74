// Chart kind: published figures as dots on one horizontal value axis, one row
// per label (a place and period, a cohort...), coloured by a category (the
// rehab modality, the kind of claim). Qualifiers and partial periods are drawn
// by the shared value marks.

import * as Plot from '@observablehq/plot';
import type { Locale } from '../../i18n/ui.ts';
import { formatValue } from '../format.ts';
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
  /** The row a figure sits on. */
  rowLabel: (row: R, locale: Locale) => string;
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
    const labels = [...new Set(sorted.map((r) => options.rowLabel(r, locale)))];
    const marginLeft = labelMargin(labels, { max: Math.round(width * (width < 500 ? 0.46 : 0.36)) });
    const unit = sorted[0]?.unit ?? 'persons';
    const max = Math.max(1, ...sorted.map((r) => r.value_high ?? r.value));
    const domainMax = unit === 'percent' ? Math.max(100, max) : max * 1.18;
    const color = (r: R) => (options.colorKey ? (options.colors?.[options.colorKey(r)] ?? INK) : INK);
    // Rows are keyed by their full label; the axis shows it shortened to fit.
    const label = (r: R) => options.rowLabel(r, locale);
    const marks: Plot.Markish[] = [
      Plot.ruleX([0], { stroke: '#8a94a3' }),
      ...horizontalValueMarks(sorted, { y: label, fill: color, title: (r) => options.title(r, locale), arrowLength: domainMax * 0.07 }),
    ];
    if (options.valueLabels) {
      marks.push(
        Plot.text(sorted, {
          x: (r: R) => r.value_high ?? r.value,
          y: label,
          text: (r: R) => formatValue(r, locale),
          dx: 9,
          textAnchor: 'start',
          fill: '#1d2430',
        }),
      );
    }
    return {
      width,
      height: Math.max(90, 36 + labels.length * 26),
      marginLeft,
      marginRight: options.valueLabels ? 64 : 16,
      marginTop: 8,
      marginBottom: 30,
      x: { domain: [0, domainMax], tickFormat: valueTickFormat(unit, locale), ticks: width < 500 ? 4 : 7, label: null, grid: true },
      y: { domain: labels, label: null, tickSize: 0, tickFormat: (l: string) => fitLabel(l, marginLeft, 'middle') },
      marks,
    };
  };
}
