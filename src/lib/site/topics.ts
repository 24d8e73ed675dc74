// The topic pages (intake, relapse, targets, compare): which registered
// charts each shows, in what order, and the line that says how much data the
// page rests on. Adding a chart to a topic is a line here; its page grows.

import { localePath, t, type Locale, type UiKey } from '../../i18n/ui.ts';
import type { RenderedChart } from '../charts/build-time.ts';
import { COMPARE_MEASURES } from '../charts/registry/compare.ts';
import type { ChartDefinition } from '../charts/types.ts';
import { splitList } from '../schema/rows.ts';

/** Each topic page: its charts in order, and the keys of its title, lede and (optional) opening notice. */
export const TOPICS = {
  intake: {
    charts: ['intake-compulsory-national', 'intake-by-modality', 'intake-by-modality-person-times', 'in-facilities-national', 'in-facilities-by-facility'],
    title: 'intake.title',
    lede: 'intake.lede',
    notice: 'intake.flowsStocks',
  },
  relapse: { charts: ['relapse-rates', 'relapse-figures', 'outcomes-figures'], title: 'relapse.title', lede: 'relapse.lede', notice: 'relapse.claims' },
  targets: { charts: ['attainment', 'targets-list'], title: 'targets.title', lede: 'targets.lede', notice: null },
} as const satisfies Record<string, { charts: readonly string[]; title: UiKey; lede: UiKey; notice: UiKey | null }>;
export type TopicId = keyof typeof TOPICS;

interface Covered {
  figure_id?: string;
  place_id?: string;
  year?: number | null;
  figure_ids?: string | null;
}

/** "This page draws on 120 figures for 34 places, 2009–2025." from the rows of the charts it shows. */
export function coverageLine(rendered: RenderedChart<any>[]): { figures: number; places: number; years: string } {
  const rows = rendered.flatMap((r) => r.rows as Covered[]);
  const figures = new Set(rows.flatMap((r) => (r.figure_id ? [r.figure_id] : splitList(r.figure_ids ?? null))));
  const places = new Set(rows.map((r) => r.place_id).filter(Boolean));
  const years = rows.map((r) => r.year).filter((y): y is number => typeof y === 'number');
  const span = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : '—';
  return { figures: figures.size, places: places.size, years: span };
}

/** The page of the site a chart belongs to. */
export function chartTopicPath(chart: ChartDefinition<unknown>, locale: Locale): { href: string; label: string } {
  if (chart.topic === 'compare') {
    const measure = COMPARE_MEASURES.find((m) => chart.id.startsWith(`compare-${m.measure_id.replace(/_/gu, '-')}-`));
    return { href: localePath(locale, measure ? comparePath(measure.measure_id) : '/compare/'), label: t(locale, 'nav.compare') };
  }
  const topic = chart.topic === 'registered' || chart.topic === 'place' ? 'intake' : chart.topic;
  return { href: localePath(locale, `/${topic}/`), label: t(locale, `nav.${topic}`) };
}

/** The compare page of a measure: the first measure is the compare page itself. */
export const comparePath = (measureId: string): string =>
  measureId === COMPARE_MEASURES[0].measure_id ? '/compare/' : `/compare/${measureId.replace(/_/gu, '-')}/`;
