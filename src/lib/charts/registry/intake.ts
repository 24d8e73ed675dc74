// Intake into rehab: admissions by modality (persons and person-times apart),
// and people in each facility (a stock, kept apart from flows).

import type { Locale } from '../../../i18n/ui.ts';
import { periodLabel } from '../../format.ts';
import { FIGURE_COLUMNS } from '../columns.ts';
import { describeRanking, describeSpan } from '../describe.ts';
import { figureDots } from '../figure-dots.ts';
import { FIGURE_POINT_COLUMNS, FigurePoint, measureLabel, placeName } from '../figure-point.ts';
import { valueLegend } from '../marks.ts';
import { MODALITY_COLORS } from '../palette.ts';
import { rankedBars } from '../ranked-bars.ts';
import type { ChartDefinition, LegendItem, Localized } from '../types.ts';
import { figureTitle, measuresOf, sourcesOf } from './shared.ts';

/** The rehab modalities, in the order a reader meets them. */
export const MODALITIES: Array<{ measure_id: keyof typeof MODALITY_COLORS; label: Localized }> = [
  { measure_id: 'intake_compulsory', label: { vi: 'Bắt buộc (tại cơ sở)', en: 'Compulsory (at a facility)' } },
  { measure_id: 'intake_voluntary_facility', label: { vi: 'Tự nguyện tại cơ sở', en: 'Voluntary, at a facility' } },
  { measure_id: 'intake_community', label: { vi: 'Tại gia đình, cộng đồng', en: 'Family- or community-based' } },
  { measure_id: 'intake_no_fixed_residence', label: { vi: 'Người không có nơi cư trú ổn định', en: 'No fixed residence' } },
  { measure_id: 'intake_facility', label: { vi: 'Tại cơ sở (bắt buộc và tự nguyện)', en: 'At a facility (compulsory and voluntary)' } },
  { measure_id: 'intake_total', label: { vi: 'Tổng, mọi hình thức', en: 'Total, all modalities' } },
];
const MODALITY_ORDER = new Map(MODALITIES.map((m, i) => [m.measure_id as string, i]));

const dotSwatch = (color: string) =>
  `<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><circle cx="7" cy="7" r="5" fill="${color}"/></svg>`;

function modalityLegend(rows: FigurePoint[]): LegendItem[] {
  const present = new Set(rows.map((r) => r.measure_id));
  return [
    ...MODALITIES.filter((m) => present.has(m.measure_id)).map((m) => ({ swatch: dotSwatch(MODALITY_COLORS[m.measure_id]), label: m.label })),
    ...valueLegend(rows),
  ];
}

export const placePeriodLabel = (r: FigurePoint, locale: Locale): string => `${placeName(r, locale)} · ${periodLabel(r, locale)}`;

export function byPlaceThenTime(a: FigurePoint, b: FigurePoint, locale: Locale): number {
  return (
    (a.place_level === 'country' ? -1 : 0) - (b.place_level === 'country' ? -1 : 0) ||
    placeName(a, locale).localeCompare(placeName(b, locale), locale) ||
    String(a.period_end).localeCompare(String(b.period_end)) ||
    (MODALITY_ORDER.get(a.measure_id) ?? 9) - (MODALITY_ORDER.get(b.measure_id) ?? 9)
  );
}

const NOTES: Localized = {
  vi: 'Mỗi hàng là một địa bàn trong một kỳ; các chấm trên cùng hàng là các hình thức mà nguồn in riêng. Không cộng các kỳ với nhau: số được điều trị trong năm có thể gồm người chuyển từ năm trước.',
  en: 'Each row is one place in one period; the dots on a row are the modalities the source printed separately. Periods are never added up: a year’s figure may include people carried over from the year before.',
};

function intakeByModality(unit: 'persons' | 'person_times'): ChartDefinition<FigurePoint> {
  const persons = unit === 'persons';
  return {
    id: persons ? 'intake-by-modality' : 'intake-by-modality-person-times',
    topic: 'intake',
    fileName: persons
      ? { vi: 'tiep-nhan-cai-nghien-theo-hinh-thuc-so-nguoi', en: 'rehab-intake-by-modality-persons' }
      : { vi: 'tiep-nhan-cai-nghien-theo-hinh-thuc-so-luot-nguoi', en: 'rehab-intake-by-modality-person-times' },
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
    describe: (rows, locale) =>
      `${describeSpan(rows, locale)} ${describeRanking(
        rows,
        (r) => `${placeName(r, locale)}, ${measureLabel(r, locale)}`,
        (r) => periodLabel(r, locale),
        locale,
      )}`,
    columns: FIGURE_COLUMNS,
    legend: modalityLegend,
    notes: (_rows, locale) => [NOTES[locale]],
    sourceIds: sourcesOf,
    measureIds: measuresOf,
    minRows: persons ? 1 : 6,
    widths: { narrow: 340, wide: 720 },
  };
}

const inFacilitiesByFacility: ChartDefinition<FigurePoint> = {
  id: 'in-facilities-by-facility',
  topic: 'intake',
  fileName: { vi: 'so-nguoi-tai-tung-co-so-cai-nghien', en: 'people-in-each-rehab-facility' },
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
  describe: (rows, locale) =>
    describeRanking(
      rows,
      (r) => placeName(r, locale),
      (r) => periodLabel(r, locale),
      locale,
    ),
  columns: FIGURE_COLUMNS,
  notes: (_rows, locale) => [
    {
      vi: 'Số liệu của một cơ sở là của riêng cơ sở đó, không phải của tỉnh: nhiều cơ sở của Thành phố Hồ Chí Minh đặt tại tỉnh khác. Thanh màu nhạt: kỳ chưa trọn.',
      en: 'A facility’s figure is its own, never its province’s: several of Ho Chi Minh City’s centres stand in other provinces. Pale bars: a period not complete.',
    }[locale],
  ],
  sourceIds: sourcesOf,
  measureIds: measuresOf,
  minRows: 3,
  widths: { narrow: 340, wide: 720 },
};

export const INTAKE_CHARTS: ChartDefinition<any>[] = [intakeByModality('persons'), intakeByModality('person_times'), inFacilitiesByFacility];
