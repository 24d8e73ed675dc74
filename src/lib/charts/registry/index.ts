// Every chart on the site, defined once: its id, titles in both languages, the
// SQL that selects its rows from the published tables, and the pure builder
// that draws them. The charts live in one module per topic; this list is what
// pages compose and what the build makes each chart's page, embed page and
// take-away files from (src/lib/charts/exports.ts, src/pages/charts/).

import type { ChartDefinition } from '../types.ts';
import { COMPARE_MEASURES, compareCharts } from './compare.ts';
import { INTAKE_CHARTS } from './intake.ts';
import { RELAPSE_CHARTS } from './relapse.ts';
import { NATIONAL_SERIES } from './series.ts';
import { TARGET_CHARTS } from './targets.ts';

export const CHARTS: ChartDefinition<any>[] = [
  NATIONAL_SERIES[0],
  ...INTAKE_CHARTS.slice(0, 2),
  NATIONAL_SERIES[1],
  INTAKE_CHARTS[2],
  NATIONAL_SERIES[2],
  ...TARGET_CHARTS.slice(0, 1),
  ...RELAPSE_CHARTS,
  ...TARGET_CHARTS.slice(1),
  ...COMPARE_MEASURES.flatMap(compareCharts),
];

const byId = new Map(CHARTS.map((c) => [c.id, c]));

/** The views of a chart (the same rows narrowed), in registry order. */
export const viewsOf = (id: string): ChartDefinition<any>[] => CHARTS.filter((c) => c.viewOf?.chart === id);

export function chartById(id: string): ChartDefinition<any> {
  const chart = byId.get(id);
  if (!chart) throw new Error(`no registered chart "${id}"`);
  return chart;
}
