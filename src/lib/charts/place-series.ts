// The small charts of a place page: one measure of one place over time, drawn
// when the place has at least two dated figures of it in one unit. Not in the
// registry (there is one per place and measure); each still carries its SQL.

import { describeSeries } from './describe.ts';
import { FIGURE_POINT_COLUMNS, FigurePoint, periodLabel } from './figure-point.ts';
import { FIGURE_COLUMNS } from './columns.ts';
import { valueLegend } from './marks.ts';
import { figureTitle } from './registry.ts';
import { timeOf, timeSeries } from './time-series.ts';
import type { ChartDefinition, Localized } from './types.ts';

const q = (s: string) => `'${s.replace(/'/gu, "''")}'`;

export function placeSeries(o: { placeId: string; measureId: string; unit: string; title: Localized; unitLabel: Localized }): ChartDefinition<FigurePoint> {
  return {
    id: `place-${o.placeId.replace(/[^a-z0-9]+/giu, '-')}-${o.measureId.replace(/_/gu, '-')}-${o.unit.replace(/_/gu, '-')}`,
    topic: 'place',
    title: o.title,
    subtitle: {
      vi: `${o.unitLabel.vi}, mỗi chấm là một con số đã công bố, đặt tại cuối kỳ của nó; chấm rỗng: một phần kỳ.`,
      en: `${o.unitLabel.en}; each dot is one published figure, placed at the end of its period; open dots: part of a period.`,
    },
    sql: `-- ${o.measureId} for ${o.placeId} over time, whole population only, as printed.
SELECT ${FIGURE_POINT_COLUMNS}
FROM figures f
WHERE f.place_id = ${q(o.placeId)} AND f.measure_id = ${q(o.measureId)} AND f.unit = ${q(o.unit)}
  AND f.basis = 'actual' AND f.subgroup IS NULL AND f.period_end IS NOT NULL
ORDER BY f.period_end, f.figure_id`,
    row: FigurePoint,
    build: timeSeries<FigurePoint>({ title: figureTitle }),
    describe: (rows, locale) => describeSeries(rows, (r) => periodLabel(r, locale), (r) => timeOf(r).getTime(), locale),
    columns: FIGURE_COLUMNS,
    legend: (rows) => valueLegend(rows, '#0b5cad'),
    sourceIds: (rows) => [...new Set(rows.map((r) => r.source_id))],
    measureIds: () => [o.measureId],
    minRows: 2,
    widths: { narrow: 340, wide: 340 },
  };
}
