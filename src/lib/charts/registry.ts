// Every chart on the site, defined once: its id, titles in both languages, the
// SQL that selects its rows from the published tables, and the pure builder
// that draws them. Pages compose these; the build makes each one's SVG, PNG,
// CSV, metadata, chart page and embed page from this list (src/pages/charts/).

import { z } from 'zod';
import type { Locale } from '../../i18n/ui.ts';
import { formatNumber, formatPercent, formatValue } from '../format.ts';
import { CLAIMS } from '../schema/vocabulary.ts';
import { sourcePath } from '../site/paths.ts';
import { attainmentDots, attainmentRowLabel, ATTAINMENT_COLORS, type AttainmentRow } from './attainment-dots.ts';
import { FIGURE_COLUMNS, RELAPSE_COLUMNS } from './columns.ts';
import { COMPARE_MEASURES, compareCharts } from './compare.ts';
import { describeRanking } from './describe.ts';
import { FIGURE_POINT_COLUMNS, FigurePoint, measureLabel, periodLabel, placeName } from './figure-point.ts';
import { figureDots } from './figure-dots.ts';
import { figureTitle, seriesChart } from './series-charts.ts';
import { valueLegend } from './marks.ts';
import { rankedBars } from './ranked-bars.ts';
import type { ChartDefinition, LegendItem, Localized } from './types.ts';

const unique = <T,>(values: T[]) => [...new Set(values)];
const sourcesOf = (rows: Array<{ source_id: string }>) => unique(rows.map((r) => r.source_id));
const measuresOf = (rows: Array<{ measure_id: string }>) => unique(rows.map((r) => r.measure_id));

// ---- Intake ---------------------------------------------------------------

/** The rehab modalities, in the order a reader meets them, with their colours (Okabe–Ito, darkened for contrast). */
export const MODALITIES: Array<{ measure_id: string; color: string; label: Localized }> = [
  { measure_id: 'intake_compulsory', color: '#0b5cad', label: { vi: 'Bắt buộc (tại cơ sở)', en: 'Compulsory (at a facility)' } },
  { measure_id: 'intake_voluntary_facility', color: '#c35a00', label: { vi: 'Tự nguyện tại cơ sở', en: 'Voluntary, at a facility' } },
  { measure_id: 'intake_community', color: '#00795a', label: { vi: 'Tại gia đình, cộng đồng', en: 'Family- or community-based' } },
  { measure_id: 'intake_no_fixed_residence', color: '#a2478a', label: { vi: 'Người không có nơi cư trú ổn định', en: 'No fixed residence' } },
  { measure_id: 'intake_facility', color: '#5b6573', label: { vi: 'Tại cơ sở (bắt buộc và tự nguyện)', en: 'At a facility (compulsory and voluntary)' } },
  { measure_id: 'intake_total', color: '#1d2430', label: { vi: 'Tổng, mọi hình thức', en: 'Total, all modalities' } },
];
const MODALITY_COLORS = Object.fromEntries(MODALITIES.map((m) => [m.measure_id, m.color]));
const MODALITY_ORDER = new Map(MODALITIES.map((m, i) => [m.measure_id, i]));

const dotSwatch = (color: string) => `<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><circle cx="7" cy="7" r="5" fill="${color}"/></svg>`;

function modalityLegend(rows: FigurePoint[]): LegendItem[] {
  const present = new Set(rows.map((r) => r.measure_id));
  return [...MODALITIES.filter((m) => present.has(m.measure_id)).map((m) => ({ swatch: dotSwatch(m.color), label: m.label })), ...valueLegend(rows)];
}

const placePeriodLabel = (r: FigurePoint, locale: Locale) => `${placeName(r, locale)} · ${periodLabel(r, locale)}`;

function byPlaceThenTime(a: FigurePoint, b: FigurePoint, locale: Locale): number {
  return (
    (a.place_level === 'country' ? -1 : 0) - (b.place_level === 'country' ? -1 : 0) ||
    placeName(a, locale).localeCompare(placeName(b, locale), locale) ||
    String(a.period_end).localeCompare(String(b.period_end)) ||
    (MODALITY_ORDER.get(a.measure_id) ?? 9) - (MODALITY_ORDER.get(b.measure_id) ?? 9)
  );
}

function intakeByModality(unit: 'persons' | 'person_times'): ChartDefinition<FigurePoint> {
  const persons = unit === 'persons';
  return {
    id: persons ? 'intake-by-modality' : 'intake-by-modality-person-times',
    topic: 'intake',
    title: persons
      ? { vi: 'Số người được đưa vào cai nghiện, theo hình thức, địa bàn và kỳ', en: 'People taken into rehab, by modality, place and period' }
      : { vi: 'Số lượt người được đưa vào cai nghiện, theo hình thức, địa bàn và kỳ', en: 'Person-times taken into rehab, by modality, place and period' },
    subtitle: persons
      ? {
          vi: 'Số người (không gồm số lượt người), trong một năm hoặc một phần năm; chấm rỗng: một phần năm. Cấp toàn quốc và tỉnh.',
          en: 'Persons (person-times are charted apart), over a year or part of one; open dots: part of a year. National and provincial figures.',
        }
      : {
          vi: 'Số lượt người (một người vào hai lần tính hai lượt), trong một năm hoặc một phần năm; chấm rỗng: một phần năm.',
          en: 'Person-times (one person admitted twice counts twice), over a year or part of one; open dots: part of a year.',
        },
    sql: `-- Intake into rehab by modality: flows over one year or part of one, national and provincial,
-- whole populations only (subgroup IS NULL), in ${persons ? 'persons' : 'person-times'}.
SELECT ${FIGURE_POINT_COLUMNS}
FROM figures f
WHERE f.measure_id IN (${MODALITIES.map((m) => `'${m.measure_id}'`).join(', ')})
  AND f.basis = 'actual' AND f.subgroup IS NULL AND f.unit = '${unit}'
  AND f.place_level IN ('country', 'province', 'province_2025')
  AND f.period_kind IN ('year', 'months', 'date_range')
  AND year(f.period_start) = year(f.period_end)
ORDER BY f.place_level, f.place_name_vi, f.period_end, f.measure_id, f.figure_id`,
    row: FigurePoint,
    build: figureDots<FigurePoint>({
      rowLabel: placePeriodLabel,
      colorKey: (r) => r.measure_id,
      colors: MODALITY_COLORS,
      sort: byPlaceThenTime,
      title: figureTitle,
    }),
    describe: (rows, locale) => {
      const places = unique(rows.map((r) => placeName(r, locale)));
      const years = unique(rows.map((r) => r.year).filter((y): y is number => y !== null)).sort();
      const head =
        locale === 'vi'
          ? `${rows.length} con số của ${places.length} địa bàn, ${years[0]}–${years.at(-1)}. `
          : `${rows.length} figures for ${places.length} places, ${years[0]}–${years.at(-1)}. `;
      return head + describeRanking(rows, (r) => `${placeName(r, locale)}, ${measureLabel(r, locale)}`, (r) => periodLabel(r, locale), locale);
    },
    columns: FIGURE_COLUMNS,
    legend: modalityLegend,
    notes: (_rows, locale) => [
      locale === 'vi'
        ? 'Mỗi hàng là một địa bàn trong một kỳ; các chấm trên cùng hàng là các hình thức mà nguồn in riêng. Không cộng các kỳ với nhau: số được điều trị trong năm có thể gồm người chuyển từ năm trước.'
        : 'Each row is one place in one period; the dots on a row are the modalities the source printed separately. Periods are never added up: a year’s figure may include people carried over from the year before.',
    ],
    sourceIds: sourcesOf,
    measureIds: measuresOf,
    minRows: persons ? 1 : 6,
    widths: { narrow: 340, wide: 720 },
  };
}

// ---- People in facilities, by facility ------------------------------------

const inFacilitiesByFacility: ChartDefinition<FigurePoint> = {
  id: 'in-facilities-by-facility',
  topic: 'intake',
  title: { vi: 'Số người đang cai nghiện tại từng cơ sở, số liệu mới nhất', en: 'People in each rehab facility, latest published figure' },
  subtitle: {
    vi: 'Số người tại một thời điểm (số tồn, không phải số tiếp nhận trong kỳ). Mỗi cơ sở một thời điểm riêng, ghi bên cạnh.',
    en: 'Persons at a date (a stock, not admissions over a period). Each facility’s own date, shown beside it.',
  },
  sql: `-- The latest published number of people in each named facility (a stock at a date).
SELECT ${FIGURE_POINT_COLUMNS}
FROM figures f
WHERE f.place_level = 'facility' AND f.measure_id = 'in_treatment_facility'
  AND f.unit = 'persons' AND f.basis = 'actual' AND f.subgroup IS NULL
QUALIFY row_number() OVER (PARTITION BY f.place_id
  ORDER BY coalesce(f.period_end, f.source_published) DESC NULLS LAST, f.figure_id) = 1
ORDER BY f.value DESC, f.figure_id`,
  row: FigurePoint,
  build: rankedBars<FigurePoint>({ key: (r) => r.place_id, label: placeName, detail: periodLabel, title: figureTitle }),
  describe: (rows, locale) => describeRanking(rows, (r) => placeName(r, locale), (r) => periodLabel(r, locale), locale),
  columns: FIGURE_COLUMNS,
  notes: (_rows, locale) => [
    locale === 'vi'
      ? 'Số liệu của một cơ sở là của riêng cơ sở đó, không phải của tỉnh: nhiều cơ sở của TP. Hồ Chí Minh đặt tại tỉnh khác. Thanh màu nhạt: kỳ chưa trọn.'
      : 'A facility’s figure is its own, never its province’s: several of Ho Chi Minh City’s centres stand in other provinces. Pale bars: a period not complete.',
  ],
  sourceIds: sourcesOf,
  measureIds: measuresOf,
  minRows: 3,
  widths: { narrow: 340, wide: 720 },
};

// ---- Targets and attainment -----------------------------------------------

export const AttainmentChartRow = z.object({
  attainment_id: z.string(),
  place_id: z.string(),
  place_name_vi: z.string(),
  place_name_en: z.string(),
  measure_id: z.string(),
  measure_label_vi: z.string(),
  measure_label_en: z.string(),
  unit: z.string(),
  actual_value: z.number(),
  actual_qualifier: z.string(),
  actual_period_as_printed: z.string(),
  target_value: z.number().nullable(),
  target_period_as_printed: z.string().nullable(),
  computed_pct: z.number().nullable(),
  printed_pct: z.number().nullable(),
  verdict: z.string().nullable(),
  partial: z.boolean(),
  period_kind: z.string(),
  period_start: z.string().nullable(),
  period_end: z.string().nullable(),
  year: z.number().int().nullable(),
  year_basis: z.enum(['period', 'published']).nullable(),
  actual_source_id: z.string(),
  target_source_id: z.string().nullable(),
  printed_source_id: z.string().nullable(),
});
export type AttainmentChartRow = z.infer<typeof AttainmentChartRow> & AttainmentRow;

const pct = (v: number | null, locale: Locale) => (v === null ? '—' : formatPercent(v, locale));

function attainmentTitle(r: AttainmentChartRow, locale: Locale): string {
  const parts = [
    attainmentRowLabel(r, locale),
    `${locale === 'vi' ? 'Kết quả' : 'Actual'}: ${formatNumber(r.actual_value, locale)} (${r.actual_period_as_printed})`,
    r.target_value !== null ? `${locale === 'vi' ? 'Chỉ tiêu' : 'Target'}: ${formatNumber(r.target_value, locale)} (${r.target_period_as_printed})` : '',
    `${locale === 'vi' ? 'Tính ở đây' : 'Computed here'}: ${pct(r.computed_pct, locale)} · ${locale === 'vi' ? 'nguồn in' : 'printed'}: ${pct(r.printed_pct, locale)}`,
  ];
  return parts.filter(Boolean).join('\n');
}

const attainment: ChartDefinition<AttainmentChartRow> = {
  id: 'attainment',
  topic: 'targets',
  title: { vi: 'Kết quả so với chỉ tiêu, theo địa bàn và kỳ', en: 'Results against targets, by place and period' },
  subtitle: {
    vi: 'Phần trăm chỉ tiêu đạt được. Chấm: tính ở đây (kết quả ÷ chỉ tiêu); hình thoi: nguồn in. Chấm rỗng: kết quả một phần kỳ so với chỉ tiêu cả kỳ.',
    en: 'Percent of target reached. Dot: computed here (actual ÷ target); diamond: as the source printed it. Open dot: part of a period against the whole period’s target.',
  },
  sql: `-- Every pairing of a result with its target (the derived attainment table), with the period of the result.
SELECT a.attainment_id, a.place_id, a.place_name_vi, a.place_name_en, a.measure_id,
  m.label_vi AS measure_label_vi, m.label_en AS measure_label_en, a.unit,
  a.actual_value, a.actual_qualifier, a.actual_period_as_printed, a.target_value, a.target_period_as_printed,
  round(a.computed_pct, 1) AS computed_pct, a.printed_pct, a.verdict,
  (a.partial_period OR f.period_kind = 'months') AS partial,
  f.period_kind, f.period_start::VARCHAR AS period_start, f.period_end::VARCHAR AS period_end,
  coalesce(year(f.period_end), year(f.source_published))::INTEGER AS year,
  CASE WHEN f.period_end IS NOT NULL THEN 'period' WHEN f.source_published IS NOT NULL THEN 'published' END AS year_basis,
  a.actual_source_id, a.target_source_id, p.source_id AS printed_source_id
FROM attainment a
JOIN measures m USING (measure_id)
JOIN figures f ON f.figure_id = a.actual_figure_id
LEFT JOIN figures p ON p.figure_id = a.printed_figure_id
ORDER BY a.place_name_vi, f.period_end, a.measure_id, a.attainment_id`,
  row: AttainmentChartRow as z.ZodType<AttainmentChartRow>,
  build: attainmentDots<AttainmentChartRow>({ title: attainmentTitle }),
  describe: (rows, locale) => {
    const shown = rows.map((r) => ({ ...r, value: r.computed_pct ?? r.printed_pct ?? 0, unit: 'percent', qualifier: r.actual_qualifier }));
    const below = shown.filter((r) => r.value < 100 && !r.partial).length;
    const partial = shown.filter((r) => r.partial).length;
    const lead =
      locale === 'vi'
        ? `${rows.length} cặp kết quả – chỉ tiêu; ${partial} là kết quả một phần kỳ; ${below} kết quả cả kỳ dưới 100%. `
        : `${rows.length} results set against targets; ${partial} are part-period results; ${below} whole-period results are below 100%. `;
    return lead + describeRanking(shown, (r) => attainmentRowLabel(r, locale), (r) => periodLabel(r, locale), locale);
  },
  columns: [
    { label: { vi: 'Địa bàn · chỉ tiêu', en: 'Place · measure' }, cell: (r, locale) => ({ text: attainmentRowLabel(r, locale) }) },
    { label: { vi: 'Kết quả (kỳ)', en: 'Actual (period)' }, cell: (r, locale) => ({ text: `${formatValue({ value: r.actual_value, unit: r.unit, qualifier: r.actual_qualifier }, locale)} (${r.actual_period_as_printed})`, href: sourcePath(locale, r.actual_source_id) }) },
    {
      label: { vi: 'Chỉ tiêu (kỳ)', en: 'Target (period)' },
      cell: (r, locale) =>
        r.target_value === null
          ? { text: locale === 'vi' ? 'nguồn không in' : 'not printed' }
          : { text: `${formatNumber(r.target_value, locale)} (${r.target_period_as_printed})`, href: r.target_source_id ? sourcePath(locale, r.target_source_id) : undefined },
    },
    { label: { vi: 'Tính ở đây', en: 'Computed here' }, cell: (r, locale) => ({ text: pct(r.computed_pct, locale), numeric: true }) },
    { label: { vi: 'Nguồn in', en: 'Printed' }, cell: (r, locale) => ({ text: pct(r.printed_pct, locale), numeric: true, href: r.printed_source_id ? sourcePath(locale, r.printed_source_id) : undefined }) },
    { label: { vi: 'Một phần kỳ', en: 'Part of period' }, cell: (r, locale) => ({ text: r.partial ? (locale === 'vi' ? 'có' : 'yes') : locale === 'vi' ? 'không' : 'no' }) },
  ],
  legend: (rows) => [
    { swatch: dotSwatch(ATTAINMENT_COLORS.computed), label: { vi: 'tính ở đây: kết quả ÷ chỉ tiêu', en: 'computed here: actual ÷ target' } },
    {
      swatch: `<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><path d="M7 1L13 7L7 13L1 7Z" fill="none" stroke="${ATTAINMENT_COLORS.printed}" stroke-width="2"/></svg>`,
      label: { vi: 'tỷ lệ nguồn in ("đạt X% kế hoạch")', en: 'as the source printed it ("đạt X% kế hoạch")' },
    },
    ...valueLegend(rows.map((r) => ({ value: r.computed_pct ?? 0, value_high: null, qualifier: r.actual_qualifier, partial: r.partial })), ATTAINMENT_COLORS.computed, { whole: false }),
  ],
  notes: (_rows, locale) => [
    locale === 'vi'
      ? 'Tỷ lệ "tính ở đây" chỉ có khi nguồn in cả kết quả lẫn chỉ tiêu của cùng địa bàn, chỉ tiêu và đơn vị. Kết quả 6 hay 9 tháng so với chỉ tiêu cả năm chưa phải kết quả cuối cùng.'
      : 'A "computed here" share exists only where sources printed both the result and the target for the same place, measure and unit. Six or nine months against a full-year target is not a final result.',
  ],
  sourceIds: (rows) => unique(rows.flatMap((r) => [r.actual_source_id, r.target_source_id, r.printed_source_id].filter((s): s is string => s !== null))),
  measureIds: measuresOf,
  minRows: 1,
  widths: { narrow: 340, wide: 760 },
};

// ---- Relapse ----------------------------------------------------------------

export const RelapsePoint = FigurePoint.extend({
  claim: z.enum(['measured', 'official', 'second_hand']),
  cited_from: z.string().nullable(),
  cohort: z.string(),
  cohort_size: z.number().nullable(),
  follow_up: z.string(),
  relapse_method: z.string(),
  relapse_method_note: z.string().nullable(),
  study_period: z.string(),
});
export type RelapsePoint = z.infer<typeof RelapsePoint>;

/** Measured cohorts, official statements and second-hand figures, told apart by colour. */
export const CLAIM_COLORS: Record<string, string> = { measured: '#0b5cad', official: '#c35a00', second_hand: '#6b7480' };

const RELAPSE_COLUMNS_SQL = `f.claim, f.cited_from, f.cohort, f.cohort_size::DOUBLE AS cohort_size, f.follow_up,
  f.relapse_method, f.relapse_method_note, f.study_period`;

/** "Hải Phòng · 2013" with the cohort's size when it is known: "Hải Phòng · 2013 · n=216". */
const relapseLabel = (r: RelapsePoint, locale: Locale) =>
  `${placeName(r, locale)} · ${periodLabel(r, locale)}${r.cohort_size !== null ? ` · n=${formatNumber(r.cohort_size, locale)}` : ''}`;

function relapseTitle(r: RelapsePoint, locale: Locale): string {
  const claim = CLAIMS[r.claim][locale];
  return `${figureTitle(r, locale)}\n${claim}${r.claim === 'second_hand' && r.cited_from ? ` (${r.cited_from})` : ''}\n${r.cohort}; ${r.follow_up}`;
}

const relapseRates: ChartDefinition<RelapsePoint> = {
  id: 'relapse-rates',
  topic: 'relapse',
  title: { vi: 'Tỷ lệ tái nghiện đã công bố, theo loại con số', en: 'Published relapse rates, by kind of figure' },
  subtitle: {
    vi: 'Phần trăm người tái nghiện, như nguồn in. Xanh: đo trên một nhóm người xác định; cam: phát biểu của cơ quan chức năng; xám: nguồn dẫn lại từ nơi khác. Mũi tên: "hơn" (cao hơn) hoặc "lên tới" (thấp hơn). Các tỷ lệ đo những nhóm người, thời gian theo dõi và cách đo khác nhau: xem bảng.',
    en: 'Percent of people who relapsed, as printed. Blue: measured on a defined group; orange: an authority’s statement; grey: repeated from elsewhere. Arrows: "more than" (higher) or "up to" (lower). The rates measure different groups, follow-up times and methods: see the table.',
  },
  sql: `-- Every published relapse rate (share of people who used drugs again), with what it measures.
SELECT ${FIGURE_POINT_COLUMNS},
  ${RELAPSE_COLUMNS_SQL}
FROM figures f
WHERE f.measure_id = 'relapse_rate' AND f.unit = 'percent' AND f.basis = 'actual'
ORDER BY f.claim, f.value DESC, f.figure_id`,
  row: RelapsePoint,
  build: figureDots<RelapsePoint>({
    rowLabel: relapseLabel,
    rowKey: (r) => r.figure_id,
    colorKey: (r) => r.claim,
    colors: CLAIM_COLORS,
    sort: (a, b) => a.claim.localeCompare(b.claim) || b.value - a.value || a.figure_id.localeCompare(b.figure_id),
    title: relapseTitle,
    valueLabels: true,
  }),
  describe: (rows, locale) => {
    const by = (c: string) => rows.filter((r) => r.claim === c).length;
    const head =
      locale === 'vi'
        ? `${rows.length} tỷ lệ: ${by('measured')} đo trên nhóm người xác định, ${by('official')} phát biểu chính thức, ${by('second_hand')} dẫn lại. `
        : `${rows.length} rates: ${by('measured')} measured on a defined group, ${by('official')} official statements, ${by('second_hand')} repeated from elsewhere. `;
    const measured = rows.filter((r) => r.claim === 'measured');
    return head + (measured.length ? (locale === 'vi' ? 'Trong các tỷ lệ đo được: ' : 'Among measured rates: ') + describeRanking(measured, (r) => placeName(r, locale), (r) => periodLabel(r, locale), locale) : '');
  },
  columns: RELAPSE_COLUMNS,
  legend: (rows) => [
    ...(['measured', 'official', 'second_hand'] as const)
      .filter((c) => rows.some((r) => r.claim === c))
      .map((c) => ({ swatch: dotSwatch(CLAIM_COLORS[c]), label: { vi: CLAIMS[c].vi, en: CLAIMS[c].en } })),
    ...valueLegend(rows, '#3b4757', { whole: false }),
  ],
  notes: (_rows, locale) => [
    locale === 'vi'
      ? 'Không có hai tỷ lệ nào đo cùng một thứ: nhóm người (học viên về từ cơ sở bắt buộc, bệnh nhân methadone, người nghiện có hồ sơ của một huyện), thời gian theo dõi và cách đo (tự khai, xét nghiệm nước tiểu, tái nhập cơ sở) khác nhau. Đừng xếp hạng các tỉnh theo những con số này.'
      : 'No two rates measure the same thing: the group (returnees from compulsory centres, methadone patients, a district’s registered users), the follow-up time and the method (self-report, urine test, readmission) differ. Do not rank provinces by these numbers.',
  ],
  sourceIds: sourcesOf,
  measureIds: measuresOf,
  minRows: 8,
  widths: { narrow: 340, wide: 760 },
};

/** Every figure of a relapse measure (rates, counts, methadone drug use, repeat admissions), for the cited list. */
export const relapseFigures: ChartDefinition<RelapsePoint> = {
  ...relapseRates,
  id: 'relapse-figures',
  title: { vi: 'Mọi con số về tái nghiện, kèm định nghĩa', en: 'Every relapse figure, with its definition' },
  subtitle: {
    vi: 'Tỷ lệ và số người tái nghiện, sử dụng ma túy trong khi điều trị methadone, và tỷ lệ người đã cai nghiện nhiều lần: mỗi con số một dòng, với nhóm người, thời gian theo dõi và cách đo.',
    en: 'Relapse rates and counts, drug use during methadone treatment, and shares of people admitted more than once: one row per figure, with its group, follow-up and method.',
  },
  describe: (rows, locale) => {
    const by = (c: string) => rows.filter((r) => r.claim === c).length;
    const measures = unique(rows.map((r) => r.measure_id)).length;
    const places = unique(rows.map((r) => r.place_id)).length;
    return locale === 'vi'
      ? `${rows.length} con số của ${measures} chỉ tiêu về tái nghiện, ${places} địa bàn: ${by('measured')} đo trên nhóm người xác định, ${by('official')} phát biểu chính thức, ${by('second_hand')} dẫn lại.`
      : `${rows.length} figures of ${measures} relapse measures for ${places} places: ${by('measured')} measured on a defined group, ${by('official')} official statements, ${by('second_hand')} repeated from elsewhere.`;
  },
  notes: undefined,
  sql: `-- Every figure of a relapse measure, with what it measures.
SELECT ${FIGURE_POINT_COLUMNS},
  ${RELAPSE_COLUMNS_SQL}
FROM figures f
WHERE f.measure_id LIKE 'relapse\\_%' ESCAPE '\\'
ORDER BY f.measure_id, f.claim, f.place_name_vi, f.figure_id`,
  listOnly: true,
};

// ---- Lists: thin measures shown as what they are ------------------------------

const outcomesFigures: ChartDefinition<FigurePoint> = {
  id: 'outcomes-figures',
  topic: 'relapse',
  title: { vi: 'Hoàn thành cai nghiện, quản lý và hỗ trợ sau cai', en: 'Completion, post-rehab management and support' },
  subtitle: {
    vi: 'Mọi con số đã công bố về kết quả cai nghiện (trừ tái nghiện) và quản lý, hỗ trợ sau cai, như nguồn in.',
    en: 'Every published figure on rehab outcomes (other than relapse) and post-rehab management and support, as printed.',
  },
  sql: `-- Outcomes other than relapse, and post-rehab management and support, as printed.
SELECT ${FIGURE_POINT_COLUMNS}
FROM figures f
WHERE f.measure_family IN ('outcomes', 'post_rehab') AND f.measure_id NOT LIKE 'relapse\\_%' ESCAPE '\\'
ORDER BY f.measure_id, f.place_name_vi, f.period_end NULLS LAST, f.figure_id`,
  row: FigurePoint,
  build: figureDots<FigurePoint>({ rowLabel: placePeriodLabel, sort: byPlaceThenTime, title: figureTitle }),
  describe: (rows, locale) => {
    const places = unique(rows.map((r) => r.place_id)).length;
    const measures = unique(rows.map((r) => r.measure_id)).length;
    return locale === 'vi' ? `${rows.length} con số của ${measures} chỉ tiêu, ${places} địa bàn.` : `${rows.length} figures of ${measures} measures for ${places} places.`;
  },
  columns: FIGURE_COLUMNS,
  sourceIds: sourcesOf,
  measureIds: measuresOf,
  listOnly: true,
};

export const TargetPoint = FigurePoint.extend({ has_result: z.boolean() });
export type TargetPoint = z.infer<typeof TargetPoint>;

const targetsList: ChartDefinition<TargetPoint> = {
  id: 'targets-list',
  topic: 'targets',
  title: { vi: 'Mọi chỉ tiêu kế hoạch đã công bố', en: 'Every published target' },
  subtitle: {
    vi: 'Các con số kế hoạch ("chỉ tiêu", "phấn đấu"), kể cả những chỉ tiêu chưa tìm thấy kết quả tương ứng.',
    en: 'The plans’ numbers ("chỉ tiêu", "phấn đấu"), including targets whose result has not been found.',
  },
  sql: `-- Every target a source printed, and whether a result has been paired with it (attainment table).
SELECT ${FIGURE_POINT_COLUMNS},
  EXISTS (SELECT 1 FROM attainment a WHERE a.target_figure_id = f.figure_id) AS has_result
FROM figures f
WHERE f.basis = 'target'
ORDER BY f.place_level, f.place_name_vi, f.period_end NULLS LAST, f.measure_id, f.figure_id`,
  row: TargetPoint,
  build: figureDots<TargetPoint>({ rowLabel: placePeriodLabel, sort: byPlaceThenTime, title: figureTitle }),
  describe: (rows, locale) => {
    const paired = rows.filter((r) => r.has_result).length;
    const places = unique(rows.map((r) => r.place_id)).length;
    return locale === 'vi'
      ? `${rows.length} chỉ tiêu của ${places} địa bàn; ${paired} đã có kết quả được ghép.`
      : `${rows.length} targets for ${places} places; ${paired} have a result paired with them.`;
  },
  columns: [
    ...FIGURE_COLUMNS.slice(0, 5),
    { label: { vi: 'Đã có kết quả', en: 'Result found' }, cell: (r, locale) => ({ text: r.has_result ? (locale === 'vi' ? 'có' : 'yes') : locale === 'vi' ? 'chưa tìm thấy' : 'not yet found' }) },
    FIGURE_COLUMNS[FIGURE_COLUMNS.length - 1],
  ],
  sourceIds: sourcesOf,
  measureIds: measuresOf,
  listOnly: true,
};

// ---- The registry -----------------------------------------------------------

export const CHARTS: ChartDefinition<any>[] = [
  seriesChart({
    placeId: 'country:VN',
    minRows: 3,
    widths: { narrow: 340, wide: 720 },
    id: 'intake-compulsory-national',
    topic: 'intake',
    measureId: 'intake_compulsory',
    unit: 'persons',
    periodKinds: ['year', 'months'],
    title: { vi: 'Cả nước: số người được đưa vào cai nghiện bắt buộc', en: 'Viet Nam: people taken into compulsory rehab' },
    subtitle: {
      vi: 'Số người trong năm (chấm đặc) hoặc một phần năm (chấm rỗng), như các nguồn in; mũi tên lên: "hơn".',
      en: 'Persons in a year (filled dots) or part of one (open dots), as the sources printed them; arrow up: "more than".',
    },
  }),
  intakeByModality('persons'),
  intakeByModality('person_times'),
  seriesChart({
    placeId: 'country:VN',
    minRows: 3,
    widths: { narrow: 340, wide: 720 },
    id: 'in-facilities-national',
    topic: 'intake',
    measureId: 'in_treatment_facility',
    unit: 'persons',
    periodKinds: ['as_of', 'year', 'months', 'date_range'],
    title: { vi: 'Cả nước: số người đang cai nghiện tại cơ sở', en: 'Viet Nam: people in rehab facilities' },
    subtitle: {
      vi: 'Số người tại một thời điểm (số tồn), như các nguồn in; mỗi chấm là một ngày chốt số.',
      en: 'Persons at a date (a stock), as the sources printed them; each dot is one reporting date.',
    },
  }),
  inFacilitiesByFacility,
  seriesChart({
    placeId: 'country:VN',
    minRows: 3,
    widths: { narrow: 340, wide: 720 },
    id: 'registered-dependent-national',
    topic: 'compare',
    measureId: 'registered_dependent',
    unit: 'persons',
    periodKinds: ['as_of', 'year', 'months', 'date_range'],
    title: { vi: 'Cả nước: số người nghiện ma túy có hồ sơ quản lý', en: 'Viet Nam: registered people dependent on drugs' },
    subtitle: {
      vi: 'Số người tại một thời điểm, như các nguồn in. Từ 2022 có thêm nhóm "người sử dụng trái phép" tính riêng: không gồm ở đây.',
      en: 'Persons at a date, as the sources printed them. From 2022 "people who use drugs illegally" are counted apart: not included here.',
    },
  }),
  attainment,
  relapseRates,
  relapseFigures,
  outcomesFigures,
  targetsList,
  ...COMPARE_MEASURES.flatMap(compareCharts),
];

export function chartById(id: string): ChartDefinition<any> {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`no registered chart "${id}"`);
  return chart;
}

