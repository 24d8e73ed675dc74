// Chart kind: where one province stands among all provinces with a figure of
// a measure, per 100,000 inhabitants: every province a small dot on one line,
// this one large and named with its value, its year and its rank. Provinces
// without a figure are not on the line (they are not zero).

import * as Plot from '@observablehq/plot';
import { chartText } from '../../i18n/strings/charts.ts';
import type { Locale } from '../../i18n/ui.ts';
import { formatValue, inLocale, periodLabel, type PeriodLike } from '../format.ts';
import { tickCount, valueTickFormat } from './marks.ts';
import { ACCENT, INK, RULE } from './palette.ts';
import { clampLabel } from './row-layout.ts';
import { LINE_HEIGHT, textWidth } from './text-metrics.ts';
import type { ChartBuilder } from './types.ts';

export interface StripRow extends PeriodLike {
  code: string | null;
  name_vi: string;
  name_en: string;
  per_100k: number | null;
  qualifier: string;
}

/** "thứ 5 trên 28 tỉnh có số liệu" / "5th of 28 provinces with a figure", highest first. */
export function rankOf<R extends StripRow>(rows: R[], code: string): { rank: number; of: number; row: R } | null {
  const ranked = rows.filter((r) => r.per_100k !== null).sort((a, b) => b.per_100k! - a.per_100k!);
  const i = ranked.findIndex((r) => r.code === code);
  return i < 0 ? null : { rank: i + 1, of: ranked.length, row: ranked[i] };
}

export function rankText(rank: { rank: number; of: number }, locale: Locale): string {
  return chartText(locale, 'chart.rank', { rank: rank.rank, of: rank.of });
}

export function rankStrip<R extends StripRow>(code: string): ChartBuilder<R> {
  return (rows, { width, locale }) => {
    const shown = rows.filter((r) => r.per_100k !== null);
    const rank = rankOf(shown, code);
    const max = Math.max(1, ...shown.map((r) => r.per_100k!));
    const format = valueTickFormat('persons', locale);
    const [marginLeft, marginRight] = [12, 16];
    const name = (r: R) => inLocale(r, 'name', locale);
    const head = rank
      ? `${name(rank.row)}: ${formatValue({ value: rank.row.per_100k!, unit: 'rate', qualifier: rank.row.qualifier }, locale)} (${periodLabel(rank.row, locale)})`
      : '';
    const one = rank ? `${head}, ${rankText(rank, locale)}` : '';
    // On one line where it fits, else the rank on a second line.
    const label = textWidth(one) <= width - 8 ? one : rank ? `${head}\n${rankText(rank, locale)}` : '';
    const lines = label.split('\n').length;
    const px = rank ? marginLeft + (rank.row.per_100k! / max) * (width - marginLeft - marginRight) : 0;
    const w = Math.max(...label.split('\n').map((l) => textWidth(l)));
    // Centred over its dot, moved inwards at the edges.
    const left = clampLabel(px, w, 2, width - 2);
    const at = ((left - marginLeft) / (width - marginLeft - marginRight)) * max;
    return {
      width,
      height: 72 + lines * LINE_HEIGHT,
      marginLeft,
      marginRight,
      marginTop: 12 + lines * LINE_HEIGHT,
      marginBottom: 30,
      x: { domain: [0, max], tickFormat: format, ticks: tickCount(width - marginLeft - marginRight, max, format), label: null, grid: true },
      y: { axis: null, domain: [0, 1] },
      marks: [
        Plot.ruleY([0.5], { stroke: RULE }),
        Plot.dot(
          shown.filter((r) => r.code !== code),
          {
            x: 'per_100k',
            y: 0.5,
            r: 3.5,
            fill: '#9aa3ad',
            title: (r: R) => `${name(r)}: ${formatValue({ value: r.per_100k!, unit: 'rate', qualifier: r.qualifier }, locale)} (${periodLabel(r, locale)})`,
          },
        ),
        ...(rank
          ? [
              Plot.dot([rank.row], { x: 'per_100k', y: 0.5, r: 6.5, fill: ACCENT, stroke: 'white', title: () => label.replace('\n', ', ') }),
              Plot.text([rank.row], {
                x: () => at,
                y: 0.5,
                dy: -14,
                lineAnchor: 'bottom',
                lineHeight: LINE_HEIGHT / 12,
                textAnchor: 'start',
                text: () => label,
                fill: INK,
              }),
            ]
          : []),
      ],
    };
  };
}
