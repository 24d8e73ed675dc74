// One measure of one place over time: the national series of the registry
// and the small charts of a place page are the same chart with a different
// place and size, so both are made here.

import { periodLabel } from '../../format.ts';
import { FIGURE_COLUMNS } from '../columns.ts';
import { describeSeries } from '../describe.ts';
import { FIGURE_POINT_COLUMNS, FigurePoint } from '../figure-point.ts';
import { valueLegend } from '../marks.ts';
import { ACCENT } from '../palette.ts';
import { timeOf, timeSeries } from '../time-series.ts';
import type { ChartDefinition, Localized, Topic } from '../types.ts';
import { figureTitle, sourcesOf, sqlString } from './shared.ts';

export interface SeriesChartOptions {
  id: string;
  topic: Topic;
  title: Localized;
  subtitle: Localized;
  fileName: Localized;
  /** The place: `country:VN` for the national series. */
  placeId: string;
  measureId: string;
  unit: string;
  /** Period kinds drawn; all dated ones when left out. */
  periodKinds?: string[];
  minRows: number;
  widths: { narrow: number; wide: number };
}

export function seriesChart(o: SeriesChartOptions): ChartDefinition<FigurePoint> {
  return {
    id: o.id,
    topic: o.topic,
    title: o.title,
    subtitle: o.subtitle,
    fileName: o.fileName,
    sql: `-- ${o.measureId} for ${o.placeId} over time, whole population only, as each source printed it.
SELECT ${FIGURE_POINT_COLUMNS}
FROM figures f
WHERE f.place_id = ${sqlString(o.placeId)} AND f.measure_id = ${sqlString(o.measureId)} AND f.unit = ${sqlString(o.unit)}
  AND f.basis = 'actual' AND f.subgroup IS NULL${o.periodKinds ? `\n  AND f.period_kind IN (${o.periodKinds.map(sqlString).join(', ')})` : ''} AND f.period_end IS NOT NULL
ORDER BY f.period_end, f.figure_id`,
    row: FigurePoint,
    build: timeSeries<FigurePoint>({ title: figureTitle }),
    describe: (rows, locale) =>
      describeSeries(
        rows,
        (r) => periodLabel(r, locale),
        (r) => timeOf(r).getTime(),
        locale,
      ),
    columns: FIGURE_COLUMNS,
    legend: (rows) => valueLegend(rows, ACCENT),
    sourceIds: sourcesOf,
    measureIds: () => [o.measureId],
    minRows: o.minRows,
    widths: o.widths,
  };
}

export const NATIONAL_SERIES: ChartDefinition<FigurePoint>[] = [
  seriesChart({
    placeId: 'country:VN',
    minRows: 3,
    widths: { narrow: 340, wide: 720 },
    id: 'intake-compulsory-national',
    topic: 'intake',
    fileName: { vi: 'ca-nuoc-cai-nghien-bat-buoc', en: 'viet-nam-compulsory-rehab' },
    measureId: 'intake_compulsory',
    unit: 'persons',
    periodKinds: ['year', 'months'],
    title: { vi: 'Cả nước: số người được đưa vào cai nghiện bắt buộc', en: 'Viet Nam: people taken into compulsory rehab' },
    subtitle: {
      vi: 'Số người trong năm (chấm đặc) hoặc một phần năm (chấm rỗng), như các nguồn in; mũi tên lên: "hơn".',
      en: 'Persons in a year (filled dots) or part of one (open dots), as the sources printed them; arrow up: "more than".',
    },
  }),
  seriesChart({
    placeId: 'country:VN',
    minRows: 3,
    widths: { narrow: 340, wide: 720 },
    id: 'in-facilities-national',
    topic: 'intake',
    fileName: { vi: 'ca-nuoc-so-nguoi-tai-co-so-cai-nghien', en: 'viet-nam-people-in-rehab-facilities' },
    measureId: 'in_treatment_facility',
    unit: 'persons',
    periodKinds: ['as_of', 'year', 'months', 'date_range'],
    title: { vi: 'Cả nước: số người đang cai nghiện tại cơ sở', en: 'Viet Nam: people in rehab facilities' },
    subtitle: {
      vi: 'Số người tại một thời điểm (số tồn), như các nguồn in; mỗi chấm là một ngày chốt số.',
      en: 'Persons at a date (a stock), as the sources printed them; each dot is one reporting date.',
    },
  }),
  seriesChart({
    placeId: 'country:VN',
    minRows: 3,
    widths: { narrow: 340, wide: 720 },
    id: 'registered-dependent-national',
    topic: 'compare',
    fileName: { vi: 'ca-nuoc-nguoi-nghien-co-ho-so', en: 'viet-nam-registered-dependent-people' },
    measureId: 'registered_dependent',
    unit: 'persons',
    periodKinds: ['as_of', 'year', 'months', 'date_range'],
    title: { vi: 'Cả nước: số người nghiện ma túy có hồ sơ quản lý', en: 'Viet Nam: registered people dependent on drugs' },
    subtitle: {
      vi: 'Số người tại một thời điểm, như các nguồn in. Từ 2022 có thêm nhóm "người sử dụng trái phép" tính riêng: không gồm ở đây.',
      en: 'Persons at a date, as the sources printed them. From 2022 "people who use drugs illegally" are counted apart: not included here.',
    },
  }),
];
