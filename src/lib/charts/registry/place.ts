// A place page's charts, registered like every chart (SQL, row schema,
// builder, CSV, metadata, "Open in SQL"), made per place from what it has:
// - for each measure family and unit with at least two dated results of the
//   whole population, the figures over time, one colour per measure (persons
//   and person-times never share an axis; partial periods are open dots);
// - for a province, where it stands among provinces for each compared measure
//   it has a figure of, per 100,000 inhabitants, with the year of each figure.

import { chartText } from '../../../i18n/strings/charts.ts';
import { placeFileSlug, placeSlug, slugify } from '../../data/paths.ts';
import type { FigureRow, PlaceRow } from '../../data/site-index.ts';
import { capitalise, inLocale, periodLabel, termLabel } from '../../format.ts';
import type { MeasureFamily, Unit } from '../../schema/vocabulary.ts';
import { FIGURE_COLUMNS } from '../columns.ts';
import { describeSeries } from '../describe.ts';
import { FIGURE_POINT_COLUMNS, FigurePoint, measureLabel } from '../figure-point.ts';
import { valueLegend } from '../marks.ts';
import { MODALITY_COLORS } from '../palette.ts';
import { rankOf, rankStrip, rankText } from '../rank-strip.ts';
import { timeOf, timeSeries } from '../time-series.ts';
import type { ChartDefinition, LegendItem, Localized } from '../types.ts';
import { COMPARE_MEASURES, CompareRow, compareColumns } from './compare.ts';
import { sql34, sql63 } from './compare-sql.ts';
import { dotSwatch, figureTitle, sourcesOf, sqlString } from './shared.ts';

/** Colours of the measures of one family on one chart (Okabe–Ito, darkened), intake's modalities keep their own. */
const SERIES_COLORS = ['#0b5cad', '#c35a00', '#00795a', '#a2478a', '#5b6573', '#8a6d00', '#1d2430', '#56707f'];

function measureColors(measureIds: string[]): Map<string, string> {
  const free = SERIES_COLORS.filter((c) => !measureIds.some((m) => MODALITY_COLORS[m as keyof typeof MODALITY_COLORS] === c));
  let next = 0;
  return new Map(measureIds.map((m) => [m, MODALITY_COLORS[m as keyof typeof MODALITY_COLORS] ?? free[next++ % free.length]]));
}

const FAMILY_FILE: Record<MeasureFamily, Localized> = {
  intake: { vi: 'tiep-nhan-cai-nghien', en: 'rehab-intake' },
  compulsory_process: { vi: 'quy-trinh-cai-nghien-bat-buoc', en: 'compulsory-rehab-process' },
  in_treatment: { vi: 'dang-cai-nghien', en: 'people-in-treatment' },
  outcomes: { vi: 'ket-qua-tai-nghien', en: 'outcomes-and-relapse' },
  post_rehab: { vi: 'quan-ly-sau-cai', en: 'post-rehab' },
  registered: { vi: 'nguoi-nghien-co-ho-so', en: 'registered-people' },
  methadone: { vi: 'methadone', en: 'methadone' },
  capacity: { vi: 'co-so-cong-suat', en: 'facilities-and-capacity' },
  community_services: { vi: 'dich-vu-cong-dong', en: 'community-services' },
  awareness: { vi: 'tuyen-truyen', en: 'awareness' },
  drug_control: { vi: 'phong-chong-toi-pham-ma-tuy', en: 'drug-law-enforcement' },
  funding: { vi: 'kinh-phi', en: 'funding' },
};

/** A unit in a file name, except persons (the usual one): "-luot-nguoi", "-person-times", "-percent". */
const unitSlug = (unit: Unit, locale: 'vi' | 'en') =>
  unit === 'persons' ? '' : `-${slugify(unit === 'percent' ? chartText(locale, 'file.percent') : termLabel('unit', unit, locale))}`;

const drawable = (f: FigureRow) => f.basis === 'actual' && f.subgroup === null && f.period_end !== null;

/** The charts of a place's figures over time: one per measure family and unit with two dated results or more. */
export function placeSeriesCharts(place: PlaceRow, figures: FigureRow[]): ChartDefinition<FigurePoint>[] {
  const groups = new Map<string, FigureRow[]>();
  for (const f of figures.filter((x) => x.place_id === place.place_id && drawable(x))) {
    const key = `${f.measure_family}|${f.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const slug = placeSlug(place);
  const fileSlug = { vi: placeFileSlug(place, 'vi'), en: placeFileSlug(place, 'en') };
  return [...groups.entries()]
    .filter(([, list]) => list.length >= 2)
    .map(([key, list]) => {
      const [family, unit] = key.split('|') as [MeasureFamily, Unit];
      const measures = [...new Set(list.map((f) => f.measure_id))];
      const colors = measureColors(measures);
      const unitWord: Localized = { vi: capitalise(termLabel('unit', unit, 'vi')), en: capitalise(termLabel('unit', unit, 'en')) };
      const familyLabel: Localized = { vi: termLabel('measureFamily', family, 'vi'), en: termLabel('measureFamily', family, 'en') };
      const years = list.map((f) => Number(f.period_end!.slice(0, 4)));
      const span = `${Math.min(...years)}${Math.max(...years) > Math.min(...years) ? `-${Math.max(...years)}` : ''}`;
      return {
        id: `place-${slug}-${family.replace(/_/gu, '-')}-${unit.replace(/_/gu, '-')}`,
        topic: 'place',
        fileName: {
          vi: `${fileSlug.vi}-${FAMILY_FILE[family].vi}${unitSlug(unit, 'vi')}-${span}`,
          en: `${fileSlug.en}-${FAMILY_FILE[family].en}${unitSlug(unit, 'en')}-${span}`,
        },
        title: familyLabel,
        subtitle: {
          vi: `${unitWord.vi}; mỗi chấm là một con số đã công bố, đặt trong kỳ của nó; chấm rỗng: một phần năm.`,
          en: `${unitWord.en}; each dot is one published figure, placed within its period; open dots: part of a year.`,
        },
        sql: `-- ${family} figures of ${place.place_id} in ${unit} over time: whole populations, results only, as each source printed them.
SELECT ${FIGURE_POINT_COLUMNS}
FROM figures f
WHERE f.place_id = ${sqlString(place.place_id)} AND f.measure_family = ${sqlString(family)} AND f.unit = ${sqlString(unit)}
  AND f.basis = 'actual' AND f.subgroup IS NULL AND f.period_end IS NOT NULL
ORDER BY f.period_end, f.measure_id, f.figure_id`,
        row: FigurePoint,
        build: timeSeries<FigurePoint>({ title: figureTitle, color: (r) => colors.get(r.measure_id)! }),
        describe: (rows, locale) =>
          measures
            .map((m) => {
              const these = rows.filter((r) => r.measure_id === m);
              return these.length
                ? `${measureLabel(these[0], locale)}: ${describeSeries(
                    these,
                    (r) => periodLabel(r, locale),
                    (r) => timeOf(r).getTime(),
                    locale,
                  )}`
                : '';
            })
            .filter(Boolean)
            .join(' '),
        columns: FIGURE_COLUMNS,
        legend: (rows): LegendItem[] => [
          ...measures.map((m) => {
            const r = rows.find((x) => x.measure_id === m)!;
            return { swatch: dotSwatch(colors.get(m)!), label: { vi: measureLabel(r, 'vi'), en: measureLabel(r, 'en') } };
          }),
          ...valueLegend(rows),
        ],
        sourceIds: sourcesOf,
        measureIds: () => measures,
        minRows: 2,
        widths: { narrow: 340, wide: 560 },
      } satisfies ChartDefinition<FigurePoint>;
    });
}

/** For a province (63 or 34), where it stands among provinces for each compared measure it has a figure of. */
export async function placeRankCharts(place: PlaceRow, rowsOf: (sql: string) => Promise<CompareRow[]>): Promise<ChartDefinition<CompareRow>[]> {
  if ((place.level !== 'province' && place.level !== 'province_2025') || place.code === null) return [];
  const code = place.code;
  const system = place.level === 'province' ? '63' : '34';
  const slug = placeSlug(place);
  const charts = await Promise.all(
    COMPARE_MEASURES.map(async (m) => {
      const sql = system === '63' ? sql63(m) : sql34(m);
      const rank = rankOf(await rowsOf(sql), code);
      if (!rank) return [];
      return [
        {
          id: `place-${slug}-rank-${m.measure_id.replace(/_/gu, '-')}`,
          topic: 'place',
          fileName: { vi: `${placeFileSlug(place, 'vi')}-${m.file.vi}-so-voi-cac-tinh`, en: `${placeFileSlug(place, 'en')}-${m.file.en}-among-provinces` },
          title: { vi: `${m.label.vi}: so với các tỉnh`, en: `${m.label.en}: among provinces` },
          subtitle: {
            vi: `Trên 100.000 dân (dân số 2019), số liệu mới nhất của mỗi tỉnh, mỗi tỉnh một năm riêng; ${rankText(rank, 'vi')}.`,
            en: `Per 100,000 inhabitants (2019 population), each province's latest figure, each for its own year; ${rankText(rank, 'en')}.`,
          },
          sql,
          row: CompareRow,
          build: rankStrip<CompareRow>(code),
          describe: (rows, locale) => {
            const r = rankOf(rows, code);
            if (!r) return '';
            const name = inLocale(r.row, 'name', locale);
            return locale === 'vi'
              ? `${name}: ${rankText(r, locale)} về ${m.label.vi.toLowerCase()} trên 100.000 dân (${periodLabel(r.row, locale)}); các tỉnh khác có thể là năm khác.`
              : `${name}: ${rankText(r, locale)} in ${m.label.en.toLowerCase()} per 100,000 inhabitants (${periodLabel(r.row, locale)}); other provinces' figures may be for other years.`;
          },
          columns: compareColumns(m, system),
          sourceIds: (rows) => [...new Set(rows.flatMap((r) => (r.source_ids ? r.source_ids.split(' | ') : [])))],
          measureIds: () => [m.measure_id],
          minRows: 1,
          drawnRows: (rows) => rows.filter((r) => r.per_100k !== null).length,
          widths: { narrow: 340, wide: 560 },
        } satisfies ChartDefinition<CompareRow>,
      ];
    }),
  );
  return charts.flat();
}

const placeChartsCache = new Map<string, Promise<ChartDefinition<any>[]>>();

/** A place's charts (series, then ranks), made once per build from its figures. */
export function placeCharts(place: PlaceRow, figures: FigureRow[], rowsOf: (sql: string) => Promise<CompareRow[]>): Promise<ChartDefinition<any>[]> {
  let charts = placeChartsCache.get(place.place_id);
  if (!charts) {
    charts = placeRankCharts(place, rowsOf).then((ranks) => [...placeSeriesCharts(place, figures), ...ranks]);
    placeChartsCache.set(place.place_id, charts);
  }
  return charts;
}
