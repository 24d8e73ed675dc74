// The regional comparison charts: for a stock measure, each province's latest
// published figure, as a map and as a ranked bar chart, absolute and per
// 100,000 inhabitants (2019 census), in the 63 provinces (until 30 June 2025)
// or the 34 (from 1 July 2025). For the 34, a new province shows its own
// figure when one was published after the merger; otherwise the sum of its
// predecessors' latest figures *for one common year*, or nothing when they
// have none in common. That rule is in the SQL, so "Open in SQL" shows it.

import { z } from 'zod';
import { chartText } from '../../../i18n/strings/charts.ts';
import type { Locale } from '../../../i18n/ui.ts';
import { placePath, sourcePath } from '../../data/paths.ts';
import { formatValue, inLocale, periodLabel } from '../../format.ts';
import type { ProvinceSystem } from '../../geo/provinces.ts';
import { rowSchema, splitList } from '../../schema/rows.ts';
import { choropleth, choroplethLegend } from '../choropleth.ts';
import { describeRanking } from '../describe.ts';
import { rankedBars } from '../ranked-bars.ts';
import type { ChartDefinition, Localized, TableColumn } from '../types.ts';
import type { CompareMeasure } from './compare-measures.ts';
import { sql34, sql63 } from './compare-sql.ts';

export { COMPARE_MEASURES, type CompareMeasure } from './compare-measures.ts';

const figure = rowSchema('figures').shape;

/** A province with its latest figure of a compared measure (or its predecessors' sum, or nothing). */
export const CompareRow = rowSchema('places')
  .pick({ code: true, place_id: true, name_vi: true, name_en: true, population_2019: true })
  .extend({
    status: z.enum(['reported', 'single', 'sum', 'incomplete', 'none']),
    value: figure.value.nullable(),
    value_high: figure.value_high,
    qualifier: figure.qualifier,
    per_100k: z.number().nullable(),
    year: figure.year,
    year_basis: figure.year_basis,
    period_kind: figure.period_kind.nullable(),
    period_start: figure.period_start,
    period_end: figure.period_end,
    period_as_printed: figure.period_as_printed.nullable(),
    period_open_at_publication: figure.period_open_at_publication,
    partial: figure.partial,
    unit: figure.unit,
    predecessors_vi: z.string().nullable(),
    predecessors_en: z.string().nullable(),
    predecessor_count: z.number().int().nullable(),
    figure_ids: z.string().nullable(),
    source_ids: z.string().nullable(),
    source_names: z.string().nullable(),
  });
export type CompareRow = z.infer<typeof CompareRow>;

const name = (r: CompareRow, locale: Locale) => inLocale(r, 'name', locale);

/** The period a province's figure is for: "06/2022", "2021", "đăng 2020"; for a sum, "2021 (Σ 3 tỉnh cũ)". */
export function comparePeriod(r: CompareRow, locale: Locale): string {
  if (r.status === 'sum') return chartText(locale, 'compare.sumPeriod', { year: r.year ?? '', n: r.predecessor_count ?? '' });
  return periodLabel(r, locale);
}

function compareTitle(r: CompareRow | undefined, fallback: string, locale: Locale, m: CompareMeasure, perCapita: boolean): string {
  if (!r || r.value === null) {
    const place = r ? name(r, locale) : fallback;
    return chartText(locale, r?.status === 'incomplete' ? 'chart.cannotAdd' : 'chart.noFigure', { place });
  }
  const value =
    perCapita && r.per_100k !== null
      ? `${formatValue({ value: r.per_100k, unit: 'rate', qualifier: r.qualifier }, locale)} ${chartText(locale, 'chart.per100k')}`
      : `${formatValue({ value: r.value, value_high: r.value_high, unit: r.unit, qualifier: r.qualifier }, locale, 0)} ${m.short[locale]}`;
  const sum = r.status === 'sum' ? chartText(locale, 'compare.sumFrom', { predecessors: inLocale(r, 'predecessors', locale) ?? '' }) : '';
  return `${name(r, locale)}: ${value} (${comparePeriod(r, locale)})${sum}`;
}

/** The table beside a comparison: each province, its figure, per 100,000, its period, its sources. */
export const compareColumns = (_m: CompareMeasure, system: ProvinceSystem): TableColumn<CompareRow>[] => [
  {
    label: { vi: 'Tỉnh', en: 'Province' },
    essential: true,
    cell: (r, locale) => ({ text: name(r, locale), href: placePath(locale, { place_id: r.place_id, name_en: r.name_en }) }),
  },
  {
    label: { vi: 'Giá trị (người)', en: 'Value (persons)' },
    essential: true,
    cell: (r, locale) => ({
      text: r.value === null ? '—' : formatValue({ value: r.value, value_high: r.value_high, unit: r.unit, qualifier: r.qualifier }, locale, 0),
      numeric: true,
    }),
  },
  {
    label: { vi: 'Trên 100.000 dân (dân số 2019)', en: 'Per 100,000 (2019 population)' },
    cell: (r, locale) => ({
      text: r.per_100k === null ? '—' : formatValue({ value: r.per_100k, unit: 'rate', qualifier: r.qualifier }, locale),
      numeric: true,
    }),
  },
  {
    label: { vi: 'Kỳ', en: 'Period' },
    essential: true,
    cell: (r, locale) => ({
      text:
        r.value === null
          ? r.status === 'incomplete'
            ? locale === 'vi'
              ? 'không cộng được'
              : 'cannot be added'
            : locale === 'vi'
              ? 'không tìm thấy số liệu'
              : 'no published figure found'
          : comparePeriod(r, locale),
    }),
  },
  ...(system === '34'
    ? [
        {
          label: { vi: 'Gồm các tỉnh cũ', en: 'Made of (pre-2025)' },
          cell: (r: CompareRow, locale: Locale) => ({ text: inLocale(r, 'predecessors', locale) ?? '' }),
        },
      ]
    : []),
  {
    label: { vi: 'Nguồn', en: 'Sources' },
    cell: (r, locale) => {
      const ids = splitList(r.source_ids);
      return { text: splitList(r.source_names).join('; '), href: ids.length === 1 ? sourcePath(locale, ids[0]) : undefined };
    },
  },
];

const SYSTEM_LABEL: Record<ProvinceSystem, Localized> = {
  '63': { vi: '63 tỉnh, thành phố (đến 30/6/2025)', en: '63 provinces (until 30 June 2025)' },
  '34': { vi: '34 tỉnh, thành phố (từ 1/7/2025)', en: '34 provinces (from 1 July 2025)' },
};

export type CompareView = 'map' | 'bars';
export type CompareScale = 'count' | 'per100k';

export const compareChartId = (m: CompareMeasure, system: ProvinceSystem, view: CompareView, scale: CompareScale): string =>
  `compare-${m.measure_id.replace(/_/gu, '-')}-${system}-${view}${scale === 'per100k' ? '-per-100k' : ''}`;

/** The eight charts of one measure: map and bars, counts and per 100,000, 63 and 34 provinces. */
export function compareCharts(m: CompareMeasure): ChartDefinition<CompareRow>[] {
  const out: ChartDefinition<CompareRow>[] = [];
  for (const system of ['63', '34'] as const) {
    for (const scale of ['count', 'per100k'] as const) {
      for (const view of ['map', 'bars'] as const) {
        const perCapita = scale === 'per100k';
        const valueFor = (r: CompareRow) => (perCapita ? r.per_100k : r.value);
        const withValue = (rows: CompareRow[]) => rows.filter((r) => valueFor(r) !== null);
        out.push({
          id: compareChartId(m, system, view, scale),
          topic: 'compare',
          fileName: {
            vi: `${m.file.vi}-${system}-tinh-${view === 'map' ? 'ban-do' : 'xep-hang'}${perCapita ? '-tren-100000-dan' : ''}`,
            en: `${m.file.en}-${system}-provinces-${view === 'map' ? 'map' : 'ranking'}${perCapita ? '-per-100000' : ''}`,
          },
          geography: view === 'map' ? system : undefined,
          title: {
            vi: `${m.label.vi}${perCapita ? ' trên 100.000 dân' : ''}, số liệu mới nhất của từng tỉnh`,
            en: `${m.label.en}${perCapita ? ' per 100,000 inhabitants' : ''}, each province's latest figure`,
          },
          subtitle: {
            vi: `${SYSTEM_LABEL[system].vi}. ${perCapita ? 'Trên 100.000 dân theo Tổng điều tra dân số 2019. ' : 'Số người. '}Mỗi tỉnh một năm riêng, ghi bên cạnh.`,
            en: `${SYSTEM_LABEL[system].en}. ${perCapita ? 'Per 100,000 inhabitants, 2019 census. ' : 'Persons. '}Each province's own year, shown beside it.`,
          },
          sql: system === '63' ? sql63(m) : sql34(m),
          row: CompareRow,
          build:
            view === 'map'
              ? choropleth<CompareRow>({
                  value: valueFor,
                  incomplete: (r) => r.status === 'incomplete',
                  title: (r, f, locale) => compareTitle(r, inLocale(f.properties, 'name', locale), locale, m, perCapita),
                })
              : rankedBars<CompareRow>({
                  key: (r) => r.place_id,
                  label: name,
                  detail: comparePeriod,
                  title: (r, locale) => compareTitle(r, '', locale, m, perCapita),
                  measure: perCapita ? (r) => r.per_100k : undefined,
                  hatched: (r) => r.status === 'sum',
                }),
          describe: (rows, locale) => {
            const shown = withValue(rows);
            const total = rows.length;
            const head = chartText(locale, 'compare.shown', { n: shown.length, total });
            return (
              head +
              describeRanking(
                shown.map((r) => ({ ...r, value: valueFor(r)!, unit: 'persons' as const })),
                (r) => name(r, locale),
                (r) => comparePeriod(r, locale),
                locale,
                (r) => r.value,
                (r) => formatValue({ value: r.value, unit: 'rate', qualifier: r.qualifier }, locale, perCapita ? 1 : 0),
              )
            );
          },
          columns: compareColumns(m, system),
          legend:
            view === 'map'
              ? (rows) =>
                  choroplethLegend(
                    rows.map((r) => ({ ...r, value: valueFor(r), incomplete: r.status === 'incomplete' })),
                    perCapita ? { vi: 'trên 100.000 dân', en: 'per 100,000' } : { vi: 'người', en: 'persons' },
                  )
              : undefined,
          notes: (rows, locale) => compareNotes(rows, system, locale),
          sourceIds: (rows) => [...new Set(rows.flatMap((r) => splitList(r.source_ids)))],
          measureIds: () => [m.measure_id],
          minRows: 3,
          drawnRows: (rows) => withValue(rows).length,
          widths: view === 'map' ? { narrow: 340, wide: 460 } : { narrow: 340, wide: 560 },
        });
      }
    }
  }
  return out;
}

function compareNotes(rows: CompareRow[], system: ProvinceSystem, locale: Locale): string[] {
  const notes: string[] = [];
  const sums = rows.filter((r) => r.status === 'sum');
  if (system === '34') {
    notes.push(chartText(locale, 'compare.sumRule'));
  }
  if (sums.length > 0 && system === '34') notes.push(chartText(locale, 'compare.sumsShown', { n: sums.length }));
  notes.push(chartText(locale, 'compare.latestRule'));
  return notes;
}
