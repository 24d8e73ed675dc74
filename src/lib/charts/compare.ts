// The regional comparison charts: for a stock measure, each province's latest
// published figure, as a map and as a ranked bar chart, absolute and per
// 100,000 inhabitants (2019 census), in the 63 provinces (until 30 June 2025)
// or the 34 (from 1 July 2025). For the 34, a new province shows its own
// figure when one was published after the merger; otherwise the sum of its
// predecessors' latest figures *for one common year*, or nothing when they
// have none in common. That rule is in the SQL, so "Open in SQL" shows it.

import { z } from 'zod';
import type { Locale } from '../../i18n/ui.ts';
import { formatNumber } from '../format.ts';
import { provinceFeatures, type ProvinceSystem } from '../geo/provinces.ts';
import { placePath, sourcePath } from '../site/paths.ts';
import { choropleth, choroplethLegend } from './choropleth.ts';
import { describeRanking } from './describe.ts';
import { periodLabel } from './figure-point.ts';
import { rankedBars } from './ranked-bars.ts';
import type { ChartDefinition, Localized, TableColumn } from './types.ts';

export interface CompareMeasure {
  measure_id: string;
  unit: 'persons';
  label: Localized;
  /** What one person counted is, for the per-100,000 label. */
  short: Localized;
}

/** Stocks with the widest provincial cover; a measure shows on the site once three provinces have a figure. */
export const COMPARE_MEASURES: CompareMeasure[] = [
  {
    measure_id: 'registered_dependent',
    unit: 'persons',
    label: { vi: 'Người nghiện có hồ sơ quản lý', en: 'Registered dependent people' },
    short: { vi: 'người nghiện', en: 'dependent people' },
  },
  {
    measure_id: 'methadone_patients',
    unit: 'persons',
    label: { vi: 'Bệnh nhân điều trị methadone', en: 'Methadone patients' },
    short: { vi: 'bệnh nhân', en: 'patients' },
  },
  {
    measure_id: 'in_treatment_facility',
    unit: 'persons',
    label: { vi: 'Người đang cai nghiện tại cơ sở (số liệu cấp tỉnh)', en: 'People in rehab facilities (province totals)' },
    short: { vi: 'người', en: 'people' },
  },
];

export const CompareRow = z.object({
  code: z.string(),
  place_id: z.string(),
  name_vi: z.string(),
  name_en: z.string(),
  population_2019: z.number().nullable(),
  status: z.enum(['reported', 'single', 'sum', 'incomplete', 'none']),
  value: z.number().nullable(),
  value_high: z.number().nullable(),
  qualifier: z.string(),
  per_100k: z.number().nullable(),
  year: z.number().int().nullable(),
  year_basis: z.string().nullable(),
  period_kind: z.string().nullable(),
  period_start: z.string().nullable(),
  period_end: z.string().nullable(),
  period_as_printed: z.string().nullable(),
  partial: z.boolean(),
  unit: z.string(),
  predecessors_vi: z.string().nullable(),
  predecessors_en: z.string().nullable(),
  predecessor_count: z.number().int().nullable(),
  figure_ids: z.string().nullable(),
  source_ids: z.string().nullable(),
});
export type CompareRow = z.infer<typeof CompareRow>;

const q = (s: string) => `'${s.replace(/'/gu, "''")}'`;

/** Each of the 63 provinces with its latest published figure of the measure (none: nulls). */
export function sql63(m: CompareMeasure): string {
  return `-- Latest published figure of ${m.measure_id} for each of the 63 provinces (until 30 June 2025).
-- Latest = the latest period end, else the latest publication date; undated figures come last.
WITH latest AS (
  SELECT f.*, coalesce(year(f.period_end), year(f.source_published))::INTEGER AS year,
    CASE WHEN f.period_end IS NOT NULL THEN 'period' WHEN f.source_published IS NOT NULL THEN 'published' END AS year_basis
  FROM figures f
  WHERE f.measure_id = ${q(m.measure_id)} AND f.unit = ${q(m.unit)} AND f.basis = 'actual'
    AND f.subgroup IS NULL AND f.place_level = 'province'
  QUALIFY row_number() OVER (PARTITION BY f.place_id
    ORDER BY coalesce(f.period_end, f.source_published) DESC NULLS LAST, f.figure_id) = 1
)
SELECT p.code, p.place_id, p.name_vi, p.name_en, p.population_2019::DOUBLE AS population_2019,
  CASE WHEN l.figure_id IS NULL THEN 'none' ELSE 'reported' END AS status,
  l.value, l.value_high, coalesce(l.qualifier, 'exact') AS qualifier,
  round(l.value / p.population_2019 * 100000, 1) AS per_100k,
  l.year, l.year_basis, l.period_kind, l.period_start::VARCHAR AS period_start, l.period_end::VARCHAR AS period_end,
  l.period_as_printed, coalesce(l.period_kind = 'months' OR l.period_open_at_publication, false) AS partial,
  ${q(m.unit)} AS unit, NULL::VARCHAR AS predecessors_vi, NULL::VARCHAR AS predecessors_en,
  NULL::INTEGER AS predecessor_count, l.figure_id AS figure_ids, l.source_id AS source_ids
FROM places p LEFT JOIN latest l ON l.place_id = p.place_id
WHERE p.level = 'province'
ORDER BY p.code`;
}

/**
 * Each of the 34 provinces: its own latest figure if one was published for it;
 * else its predecessors' latest figures for the latest year all of them
 * published one, added up (a derived number); else nothing.
 */
export function sql34(m: CompareMeasure): string {
  return `-- ${m.measure_id} for each of the 34 provinces (from 1 July 2025).
-- Own figure if published for the new province; else the SUM of its predecessors' figures
-- for the latest year in which EVERY predecessor published one (derived by this site);
-- never a sum across different years. A single predecessor's figure is shown as it is.
WITH candidates AS (
  SELECT f.*, coalesce(f.period_end, f.source_published) AS at,
    coalesce(year(f.period_end), year(f.source_published))::INTEGER AS year
  FROM figures f
  WHERE f.measure_id = ${q(m.measure_id)} AND f.unit = ${q(m.unit)} AND f.basis = 'actual' AND f.subgroup IS NULL
),
reported AS (
  SELECT p.code, c.* FROM candidates c JOIN places p ON p.place_id = c.place_id
  WHERE c.place_level = 'province_2025'
  QUALIFY row_number() OVER (PARTITION BY c.place_id ORDER BY c.at DESC NULLS LAST, c.figure_id) = 1
),
predecessors AS (
  SELECT province_2025_code AS code, count(*)::INTEGER AS n,
    string_agg(name_vi, ', ' ORDER BY code) AS names_vi, string_agg(name_en, ', ' ORDER BY code) AS names_en
  FROM places WHERE level = 'province' GROUP BY province_2025_code
),
old_by_year AS (
  SELECT p.province_2025_code AS code, c.* FROM candidates c JOIN places p ON p.place_id = c.place_id
  WHERE c.place_level = 'province'
  QUALIFY row_number() OVER (PARTITION BY c.place_id, c.year ORDER BY c.at DESC NULLS LAST, c.figure_id) = 1
),
combined AS (
  SELECT code, year, sum(value) AS value, count(*)::INTEGER AS n,
    CASE WHEN bool_and(qualifier = 'exact') THEN 'exact'
         WHEN bool_and(qualifier IN ('exact', 'more_than', 'at_least')) THEN 'more_than' ELSE 'about' END AS qualifier,
    bool_or(period_kind = 'months' OR coalesce(period_open_at_publication, false)) AS partial,
    any_value(period_kind) AS period_kind, any_value(period_start) AS period_start, max(period_end) AS period_end,
    any_value(period_as_printed) AS period_as_printed, bool_or(period_end IS NOT NULL) AS dated,
    string_agg(figure_id, ' | ' ORDER BY place_id) AS figure_ids, string_agg(DISTINCT source_id, ' | ' ORDER BY source_id) AS source_ids
  FROM old_by_year GROUP BY code, year
),
best AS (
  SELECT c.* FROM combined c JOIN predecessors pr USING (code)
  WHERE c.n = pr.n AND (c.year IS NOT NULL OR pr.n = 1)
  QUALIFY row_number() OVER (PARTITION BY c.code ORDER BY c.year DESC NULLS LAST) = 1
)
SELECT np.code, np.place_id, np.name_vi, np.name_en, np.population_2019::DOUBLE AS population_2019,
  CASE WHEN r.figure_id IS NOT NULL THEN 'reported'
       WHEN b.code IS NOT NULL THEN CASE WHEN pr.n = 1 THEN 'single' ELSE 'sum' END
       WHEN np.code IN (SELECT code FROM old_by_year) THEN 'incomplete' ELSE 'none' END AS status,
  coalesce(r.value, b.value) AS value, CASE WHEN r.figure_id IS NOT NULL THEN r.value_high END AS value_high,
  coalesce(r.qualifier, b.qualifier, 'exact') AS qualifier,
  round(coalesce(r.value, b.value) / np.population_2019 * 100000, 1) AS per_100k,
  coalesce(r.year, b.year) AS year,
  CASE WHEN coalesce(r.period_end, CASE WHEN b.dated THEN b.period_end END) IS NOT NULL THEN 'period'
       WHEN coalesce(r.year, b.year) IS NOT NULL THEN 'published' END AS year_basis,
  CASE WHEN r.figure_id IS NOT NULL THEN r.period_kind WHEN pr.n = 1 THEN b.period_kind WHEN b.code IS NOT NULL THEN 'year' END AS period_kind,
  CASE WHEN r.figure_id IS NOT NULL THEN r.period_start WHEN pr.n = 1 THEN b.period_start END::VARCHAR AS period_start,
  coalesce(r.period_end, CASE WHEN pr.n = 1 OR b.dated THEN b.period_end END)::VARCHAR AS period_end,
  CASE WHEN r.figure_id IS NOT NULL THEN r.period_as_printed WHEN pr.n = 1 THEN b.period_as_printed END AS period_as_printed,
  coalesce(r.period_kind = 'months' OR r.period_open_at_publication, b.partial, false) AS partial,
  ${q(m.unit)} AS unit, pr.names_vi AS predecessors_vi, pr.names_en AS predecessors_en, pr.n AS predecessor_count,
  coalesce(r.figure_id, b.figure_ids) AS figure_ids, coalesce(r.source_id, b.source_ids) AS source_ids
FROM places np
JOIN predecessors pr ON pr.code = np.code
LEFT JOIN reported r ON r.code = np.code
LEFT JOIN best b ON b.code = np.code
WHERE np.level = 'province_2025'
ORDER BY np.code`;
}

const name = (r: CompareRow, locale: Locale) => (locale === 'vi' ? r.name_vi : r.name_en);

/** The period a province's figure is for: "06/2022", "2021", "đăng 2020"; for a sum, "2021 (Σ 3 tỉnh cũ)". */
export function comparePeriod(r: CompareRow, locale: Locale): string {
  if (r.status === 'sum') return `${r.year} (Σ ${r.predecessor_count} ${locale === 'vi' ? 'tỉnh cũ' : 'old provinces'})`;
  return periodLabel(r, locale);
}

const splitIds = (ids: string | null) => (ids ? ids.split(' | ') : []);

function compareTitle(r: CompareRow | undefined, fallback: string, locale: Locale, m: CompareMeasure, perCapita: boolean): string {
  if (!r || r.value === null) {
    if (r?.status === 'incomplete') return `${r ? name(r, locale) : fallback}: ${locale === 'vi' ? 'số liệu các tỉnh cũ không cộng được (khác năm hoặc thiếu)' : "predecessors' figures cannot be added (different years or missing)"}`;
    return `${r ? name(r, locale) : fallback}: ${locale === 'vi' ? 'không tìm thấy số liệu công bố' : 'no published figure found'}`;
  }
  const value = perCapita && r.per_100k !== null ? `${formatNumber(r.per_100k, locale, 1)} ${locale === 'vi' ? 'trên 100.000 dân' : 'per 100,000'}` : `${formatNumber(r.value, locale)} ${m.short[locale]}`;
  const sum = r.status === 'sum' ? (locale === 'vi' ? ` — tổng do trang này cộng từ ${r.predecessors_vi}` : ` — sum computed here from ${r.predecessors_en}`) : '';
  return `${name(r, locale)}: ${value} (${comparePeriod(r, locale)})${sum}`;
}

const COMPARE_COLUMNS = (m: CompareMeasure, system: ProvinceSystem): TableColumn<CompareRow>[] => [
  { label: { vi: 'Tỉnh', en: 'Province' }, cell: (r, locale) => ({ text: name(r, locale), href: placePath(locale, { place_id: r.place_id, name_en: r.name_en }) }) },
  {
    label: { vi: 'Giá trị (người)', en: 'Value (persons)' },
    cell: (r, locale) => ({ text: r.value === null ? '—' : `${r.qualifier === 'exact' ? '' : r.qualifier === 'more_than' ? '>' : '≈'}${formatNumber(r.value, locale)}`, numeric: true }),
  },
  { label: { vi: 'Trên 100.000 dân (dân số 2019)', en: 'Per 100,000 (2019 population)' }, cell: (r, locale) => ({ text: r.per_100k === null ? '—' : formatNumber(r.per_100k, locale, 1), numeric: true }) },
  {
    label: { vi: 'Kỳ', en: 'Period' },
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
          : `${comparePeriod(r, locale)}${r.period_as_printed && r.status !== 'sum' ? ` — “${r.period_as_printed}”` : ''}`,
    }),
  },
  ...(system === '34'
    ? [
        {
          label: { vi: 'Gồm các tỉnh cũ', en: 'Made of (pre-2025)' },
          cell: (r: CompareRow, locale: Locale) => ({ text: (locale === 'vi' ? r.predecessors_vi : r.predecessors_en) ?? '' }),
        },
      ]
    : []),
  {
    label: { vi: 'Nguồn', en: 'Sources' },
    cell: (r, locale) => {
      const ids = splitIds(r.source_ids);
      return ids.length === 1 ? { text: ids[0], href: sourcePath(locale, ids[0]) } : { text: ids.join(', ') };
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
        const valueOf = (r: CompareRow) => (perCapita ? r.per_100k : r.value);
        const withValue = (rows: CompareRow[]) => rows.filter((r) => valueOf(r) !== null);
        out.push({
          id: compareChartId(m, system, view, scale),
          topic: 'compare',
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
                  features: () => provinceFeatures(system).features,
                  value: valueOf,
                  incomplete: (r) => r.status === 'incomplete',
                  title: (r, f, locale) => compareTitle(r, locale === 'vi' ? f.properties.name_vi : f.properties.name_en, locale, m, perCapita),
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
            const head =
              locale === 'vi'
                ? `${shown.length} trên ${total} tỉnh có số liệu công bố. `
                : `${shown.length} of ${total} provinces have a published figure. `;
            return (
              head +
              describeRanking(
                shown.map((r) => ({ ...r, value: valueOf(r)!, unit: 'persons' })),
                (r) => name(r, locale),
                (r) => comparePeriod(r, locale),
                locale,
                (r) => r.value,
                (r) => (perCapita ? formatNumber(r.value, locale, 1) : formatNumber(r.value, locale)),
              )
            );
          },
          columns: COMPARE_COLUMNS(m, system),
          legend: view === 'map' ? (rows) => choroplethLegend(rows.map((r) => ({ ...r, value: valueOf(r), incomplete: r.status === 'incomplete' })), perCapita ? { vi: 'trên 100.000 dân', en: 'per 100,000' } : { vi: 'người', en: 'persons' }) : undefined,
          notes: (rows, locale) => compareNotes(rows, system, locale),
          sourceIds: (rows) => [...new Set(rows.flatMap((r) => splitIds(r.source_ids)))],
          measureIds: () => [m.measure_id],
          minRows: 3,
          drawnRows: (rows) => withValue(rows).length,
          widths: view === 'map' ? { narrow: 400, wide: 400 } : { narrow: 340, wide: 560 },
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
    notes.push(
      locale === 'vi'
        ? 'Tỉnh mới chưa có số liệu riêng thì hiển thị tổng số liệu của các tỉnh cũ hợp thành, chỉ khi tất cả các tỉnh cũ cùng công bố số liệu trong một năm: đó là số do trang này cộng, không phải số của nguồn (gạch chéo trên biểu đồ cột). Không cộng số liệu khác năm hay khác định nghĩa; số tồn ở các ngày khác nhau trong cùng năm vẫn có thể lệch nhau.'
        : "A new province without its own figure shows the sum of its predecessors' figures only when every predecessor published one for the same year: a number added up by this site, not by a source (hatched in the bar chart). Figures of different years or definitions are never added; stocks at different dates within one year may still differ.",
    );
  }
  if (sums.length > 0 && system === '34')
    notes.push(locale === 'vi' ? `${sums.length} tỉnh mới hiển thị tổng do trang này cộng.` : `${sums.length} new provinces show a sum computed here.`);
  notes.push(
    locale === 'vi'
      ? 'Mỗi tỉnh hiển thị con số công bố mới nhất, có thể thuộc năm khác với tỉnh bên cạnh: đọc năm ghi bên cạnh trước khi so sánh. Tỉnh không có số liệu không có nghĩa là bằng 0.'
      : "Each province shows its latest published figure, which may be for a different year from its neighbour's: read the year beside it before comparing. A province without a figure is not zero.",
  );
  return notes;
}
