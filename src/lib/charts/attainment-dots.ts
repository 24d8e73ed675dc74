// Chart kind: attainment of a target, in percent, one row per place, measure
// and period, with a rule at 100%. The share computed here (actual ÷ target)
// is a dot, the share the source printed a diamond beside it; a partial
// period (six months against a year's plan) is open, dot and diamond alike,
// and its label says so, because it is not a final result.

import * as Plot from '@observablehq/plot';
import { chartText } from '../../i18n/strings/charts.ts';
import type { Locale } from '../../i18n/ui.ts';
import { formatPercent, inLocale, partialLabel, periodLabel, type PeriodLike } from '../format.ts';
import { tickCount, valueMarks, valueTickFormat } from './marks.ts';
import { ATTAINMENT_COLORS, INK } from './palette.ts';
import { rowLayout } from './row-layout.ts';
import { textWidth } from './text-metrics.ts';
import type { ChartBuilder } from './types.ts';

export interface AttainmentRow extends PeriodLike {
  attainment_id: string;
  place_name_vi: string;
  place_name_en: string;
  measure_label_vi: string;
  measure_label_en: string;
  actual_qualifier: string;
  computed_pct: number | null;
  printed_pct: number | null;
  partial: boolean;
}

export interface AttainmentOptions<R extends AttainmentRow> {
  title: (row: R, locale: Locale) => string;
}

export const attainmentRowLabel = (
  r: Pick<AttainmentRow, 'place_name_vi' | 'place_name_en' | 'measure_label_vi' | 'measure_label_en'>,
  locale: Locale,
): string => `${inLocale(r, 'place_name', locale)} · ${inLocale(r, 'measure_label', locale)}`;

/** "96,3% · 9 tháng 2022 (một phần năm)": the share shown and its period, said once. */
export function attainmentValueLabel(r: AttainmentRow, locale: Locale): string {
  const pct = r.computed_pct ?? r.printed_pct;
  const partial = partialLabel(r, locale);
  return `${pct === null ? '' : `${formatPercent(pct, locale)} · `}${periodLabel(r, locale)}${partial ? ` (${partial})` : ''}`;
}

export function attainmentDots<R extends AttainmentRow>(options: AttainmentOptions<R>): ChartBuilder<R> {
  return (rows, { width, locale }) => {
    const values = rows.map((r) => attainmentValueLabel(r, locale));
    // Wide: the value and period in a column at the right; on a phone, under the row's name.
    const column = width >= 500 ? Math.ceil(12 + Math.max(0, ...values.map((v) => textWidth(v)))) : 0;
    const layout = rowLayout({
      width: width - column,
      labels: rows.map((r) => attainmentRowLabel(r, locale)),
      markHeight: 18,
      extra: column ? undefined : values,
      maxMarginShare: 0.42,
      marginTop: 22,
    });
    const rowY = new Map(rows.map((r, i) => [r.attainment_id, layout.y[i]]));
    const y = (r: Pick<R, 'attainment_id'>) => rowY.get(r.attainment_id)!;
    const max = Math.max(100, ...rows.map((r) => Math.max(r.computed_pct ?? 0, r.printed_pct ?? 0)));
    const domainMax = Math.ceil((max * 1.1) / 20) * 20;
    const format = valueTickFormat('percent', locale);
    const marginRight = column || Math.ceil(textWidth(format(domainMax)) / 2) + 4;
    const computed = rows
      .filter((r) => r.computed_pct !== null)
      .map((r) => ({ ...r, value: r.computed_pct!, value_high: null, qualifier: r.actual_qualifier }));
    type Computed = (typeof computed)[number];
    return {
      width,
      height: layout.height,
      marginLeft: layout.marginLeft,
      marginRight,
      marginTop: layout.marginTop,
      marginBottom: 30,
      x: { domain: [0, domainMax], tickFormat: format, ticks: tickCount(width - layout.marginLeft - marginRight, domainMax, format), label: null, grid: true },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.ruleX([100], { stroke: INK, strokeWidth: 1.5, strokeDasharray: '4,3' }),
        Plot.text([100], { x: (d: number) => d, frameAnchor: 'top', dy: -12, text: () => chartText(locale, 'chart.target'), fill: INK }),
        Plot.dot(
          rows.filter((r) => r.printed_pct !== null),
          {
            x: 'printed_pct',
            y,
            symbol: 'diamond',
            r: 6,
            stroke: ATTAINMENT_COLORS.printed,
            strokeWidth: 2,
            // Open for a partial period, like the dots.
            fill: (r: R) => (r.partial ? 'white' : ATTAINMENT_COLORS.printed),
            fillOpacity: (r: R) => (r.partial ? 1 : 0.35),
            title: (r: R) => options.title(r, locale),
          },
        ),
        ...valueMarks(computed, {
          along: 'x',
          at: (r: Computed) => y(r),
          fill: ATTAINMENT_COLORS.computed,
          title: (r) => options.title(r as unknown as R, locale),
          arrowLength: domainMax * 0.06,
        }),
        layout.labels,
        ...(column
          ? [Plot.text(rows, { frameAnchor: 'right', y, text: (r: R) => attainmentValueLabel(r, locale), dx: 12, textAnchor: 'start', fill: INK })]
          : []),
      ],
    };
  };
}
