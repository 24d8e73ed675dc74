// Chart kind: attainment of a target, in percent, one row per place, measure
// and period, with a rule at 100%. The share computed here (actual ÷ target)
// is a dot, the share the source printed a diamond beside it; a partial
// period (six months against a year's plan) is an open dot and says so in its
// label, because it is not a final result.

import * as Plot from '@observablehq/plot';
import type { Locale } from '../../i18n/ui.ts';
import { formatPercent } from '../format.ts';
import { periodLabel, type FigurePoint } from './figure-point.ts';
import { fitLabel, horizontalValueMarks, labelMargin, valueTickFormat } from './marks.ts';
import type { ChartBuilder } from './types.ts';

export interface AttainmentRow extends Pick<FigurePoint, 'period_kind' | 'period_start' | 'period_end' | 'year' | 'year_basis'> {
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

const COMPUTED = '#0b5cad';
const PRINTED = '#9a3412';

export const attainmentRowLabel = (r: AttainmentRow, locale: Locale): string =>
  locale === 'vi' ? `${r.place_name_vi} · ${r.measure_label_vi}` : `${r.place_name_en} · ${r.measure_label_en}`;

export function attainmentDots<R extends AttainmentRow>(options: AttainmentOptions<R>): ChartBuilder<R> {
  return (rows, { width, locale }) => {
    const labels = rows.map((r) => attainmentRowLabel(r, locale));
    const marginLeft = labelMargin(labels, { max: Math.round(width * (width < 500 ? 0.42 : 0.4)) });
    // Two rows may share place and measure (two periods): the period joins the label then.
    // One row per pairing (the y value is its id); a place and measure met twice shows its period first.
    const shared = (r: R) => labels.filter((l) => l === attainmentRowLabel(r, locale)).length > 1;
    const tick = new Map(
      rows.map((r) => [
        r.attainment_id,
        fitLabel(
          shared(r)
            ? `${locale === 'vi' ? r.place_name_vi : r.place_name_en} (${periodLabel(r, locale)}) · ${locale === 'vi' ? r.measure_label_vi : r.measure_label_en}`
            : attainmentRowLabel(r, locale),
          marginLeft,
        ),
      ]),
    );
    const y = (r: R) => r.attainment_id;
    const max = Math.max(100, ...rows.map((r) => Math.max(r.computed_pct ?? 0, r.printed_pct ?? 0)));
    const domainMax = Math.ceil((max * 1.12) / 20) * 20;
    const computed = rows
      .filter((r) => r.computed_pct !== null)
      .map((r) => ({ ...r, value: r.computed_pct!, value_high: null, qualifier: r.actual_qualifier }));
    const periodText = (r: R) => {
      const pct = r.computed_pct ?? r.printed_pct;
      return `${pct === null ? '' : formatPercent(pct, locale)} · ${periodLabel(r, locale)}${r.partial ? (locale === 'vi' ? ' (một phần kỳ)' : ' (part of period)') : ''}`;
    };
    return {
      width,
      height: Math.max(90, 40 + rows.length * 30),
      marginLeft,
      marginRight: width < 500 ? 12 : 200,
      marginTop: 18,
      marginBottom: 30,
      x: { domain: [0, domainMax], tickFormat: valueTickFormat('percent', locale), ticks: width < 500 ? 4 : 8, label: null, grid: true },
      y: { domain: rows.map(y), label: null, tickSize: 0, tickFormat: (id: string) => tick.get(id) ?? id },
      marks: [
        Plot.ruleX([100], { stroke: '#1d2430', strokeWidth: 1.5, strokeDasharray: '4,3' }),
        Plot.text([100], { x: (d: number) => d, frameAnchor: 'top', dy: -14, text: () => (locale === 'vi' ? 'chỉ tiêu' : 'target'), fill: '#1d2430' }),
        Plot.dot(rows.filter((r) => r.printed_pct !== null), {
          x: 'printed_pct',
          y,
          symbol: 'diamond',
          r: 6,
          stroke: PRINTED,
          strokeWidth: 2,
          fill: 'none',
          title: (r: R) => options.title(r, locale),
        }),
        ...horizontalValueMarks(computed as unknown as Array<R & { value: number; value_high: null; qualifier: string }>, {
          y: y as (d: R & { value: number; value_high: null; qualifier: string }) => string,
          fill: COMPUTED,
          title: (r) => options.title(r, locale),
          arrowLength: domainMax * 0.06,
        }),
        width < 500
          ? Plot.text(rows, { x: (r: R) => r.computed_pct ?? r.printed_pct, y, text: periodText, dy: -12, textAnchor: 'middle', fill: '#1d2430', fontSize: 10 })
          : Plot.text(rows, { x: domainMax, y, text: periodText, dx: 10, textAnchor: 'start', fill: '#1d2430' }),
      ],
    };
  };
}

export const ATTAINMENT_COLORS = { computed: COMPUTED, printed: PRINTED };
