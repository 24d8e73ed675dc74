// Chart definitions of one measure of one place over time: the national
// series of the registry and the small charts of a place page are the same
// chart with a different place and size, so both are made here.

import { FIGURE_COLUMNS } from './columns.ts';
import { describeSeries } from './describe.ts';
import { FIGURE_POINT_COLUMNS, FigurePoint, measureLabel, periodLabel, placeName } from './figure-point.ts';
import { formatValue } from '../format.ts';
import { valueLegend } from './marks.ts';
import { timeOf, timeSeries } from './time-series.ts';
import type { ChartDefinition, Localized, Topic } from './types.ts';
import type { Locale } from '../../i18n/ui.ts';

const q = (s: string) => `'${s.replace(/'/gu, "''")}'`;

/** A dot's tooltip: the value as printed, where, when, and from which source. */
export function figureTitle(r: FigurePoint, locale: Locale): string {
  return `${placeName(r, locale)} · ${measureLabel(r, locale)}\n${formatValue(r, locale)} (“${r.printed}”) · ${r.period_as_printed}\n${r.source_publisher}${r.source_published ? `, ${r.source_published}` : ''}`;
}

export interface SeriesChartOptions {
  id: string;
  topic: Topic;
  title: Localized;
  subtitle: Localized;
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
    sql: `-- ${o.measureId} for ${o.placeId} over time, whole population only, as each source printed it.
SELECT ${FIGURE_POINT_COLUMNS}
FROM figures f
WHERE f.place_id = ${q(o.placeId)} AND f.measure_id = ${q(o.measureId)} AND f.unit = ${q(o.unit)}
  AND f.basis = 'actual' AND f.subgroup IS NULL${o.periodKinds ? `\n  AND f.period_kind IN (${o.periodKinds.map(q).join(', ')})` : ''} AND f.period_end IS NOT NULL
ORDER BY f.period_end, f.figure_id`,
    row: FigurePoint,
    build: timeSeries<FigurePoint>({ title: figureTitle }),
    describe: (rows, locale) => describeSeries(rows, (r) => periodLabel(r, locale), (r) => timeOf(r).getTime(), locale),
    columns: FIGURE_COLUMNS,
    legend: (rows) => valueLegend(rows, '#0b5cad'),
    sourceIds: (rows) => [...new Set(rows.map((r) => r.source_id))],
    measureIds: () => [o.measureId],
    minRows: o.minRows,
    widths: o.widths,
  };
}

/** A place page's small chart of one measure (drawn from two dated figures). */
export function placeSeries(o: { placeId: string; measureId: string; unit: string; title: Localized; unitLabel: Localized }): ChartDefinition<FigurePoint> {
  return seriesChart({
    id: `place-${o.placeId.replace(/[^a-z0-9]+/giu, '-')}-${o.measureId.replace(/_/gu, '-')}-${o.unit.replace(/_/gu, '-')}`,
    topic: 'place',
    title: o.title,
    subtitle: {
      vi: `${o.unitLabel.vi}, mỗi chấm là một con số đã công bố, đặt tại cuối kỳ của nó; chấm rỗng: một phần kỳ.`,
      en: `${o.unitLabel.en}; each dot is one published figure, placed at the end of its period; open dots: part of a period.`,
    },
    placeId: o.placeId,
    measureId: o.measureId,
    unit: o.unit,
    minRows: 2,
    widths: { narrow: 340, wide: 340 },
  });
}
