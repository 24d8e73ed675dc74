// The explorer: how soon a reader sees its first chart, against a static chart
// page measured in the same run (its first chart in the HTML), and what the
// explorer sends, its JavaScript above all. Three explorer addresses: a
// measure's default view, which the build drew into the page (no script
// needed to see it); a view the browser draws (a chart of other places and
// years, fetched as the measure's data file and drawn by the chart builders);
// and a map the browser draws (the province shapes fetched too). Each is one
// fresh Chromium, as in the chart-pages suite, whose measurement this reuses.

import { formatValue, ratioText, table } from '../report.ts';
import { summarise } from '../stats.ts';
import { THROTTLED } from '../fresh-browser.ts';
import type { MetricInput, Suite, SuiteContext, SuiteOutput } from '../suite.ts';
import { TRANSFER_KINDS } from '../transfer.ts';
import { measureChartPage, type ChartPageRun } from './chart-pages/measure.ts';

/** The explorer's drawings: the build's (data-drawn="build") or the browser's (data-drawn="browser"). */
const drawn = (by: 'build' | 'browser') => `#explore-view[data-drawn="${by}"] .explore-panel svg[role="img"]`;

const PLACES = ['country:VN', 'province:01', 'province:79', 'province:22', 'province:40', 'province:38'];
const PROVINCES = [
  'province:01',
  'province:79',
  'province:22',
  'province:40',
  'province:38',
  'province:31',
  'province:46',
  'province:92',
  'province:48',
  'province:56',
];

export interface ExplorePage {
  key: 'chart-page' | 'default' | 'chart' | 'map';
  path: string;
  selector: string;
  what: string;
}

export const EXPLORE_PAGES: readonly ExplorePage[] = [
  {
    key: 'chart-page',
    path: '/intake/',
    selector: '[id="intake-compulsory-national"] svg[role="img"]',
    what: 'a static chart page (its first chart in the HTML)',
  },
  { key: 'default', path: '/explore/relapse-rate/', selector: drawn('build'), what: "the explorer, a measure's default view (drawn by the build)" },
  {
    key: 'chart',
    path: `/explore/registered-dependent/?measure=registered_dependent&places=${PLACES.join(',')}&from=2010&to=2024&view=chart&per=persons`,
    selector: drawn('browser'),
    what: 'the explorer, a chart drawn in the browser',
  },
  {
    key: 'map',
    path: `/explore/registered-dependent/?measure=registered_dependent&places=${PROVINCES.join(',')}&from=2000&to=2024&view=map&per=100k`,
    selector: drawn('browser'),
    what: 'the explorer, a map drawn in the browser',
  },
];

const afterNavigation = (run: ChartPageRun): number => run.marks.chartPainted - run.marks.navigationStart;
const requests = (run: ChartPageRun) => TRANSFER_KINDS.reduce((n, k) => n + run.transfer.requests[k], 0);

type Runs = Record<ExplorePage['key'], ChartPageRun[]>;

export function exploreMetrics(runs: Runs, throttled: Partial<Runs>): MetricInput[] {
  const metrics: MetricInput[] = [];
  const add = (m: MetricInput) => {
    if (m.samples.length > 0) metrics.push(m);
  };
  const byKey = new Map(EXPLORE_PAGES.map((p) => [p.key, p]));
  for (const [key, list] of Object.entries(runs) as Array<[ExplorePage['key'], ChartPageRun[]]>) {
    const page = byKey.get(key)!;
    add({
      id: `${key}.first-chart`,
      group: 'first chart painted, after navigation',
      label: `${page.what}: navigation → first chart painted`,
      unit: 'ms',
      samples: list.map(afterNavigation),
    });
    if (key !== 'chart-page')
      add({
        id: `${key}.ratio`,
        group: 'first chart painted, after navigation',
        label: `${page.what} ÷ the static chart page (same run)`,
        unit: 'ratio',
        samples: list.map((r, i) => afterNavigation(r) / afterNavigation(runs['chart-page'][i])),
      });
    add({
      id: `${key}.cold.first-chart`,
      group: 'whole process',
      label: `${page.what}: launch → first chart painted`,
      unit: 'ms',
      samples: list.map((r) => r.marks.chartPainted),
      vsBaseline: true,
    });
    add({
      id: `${key}.bytes.total`,
      group: 'bytes',
      label: `${page.what}: bytes received (bodies + headers)`,
      unit: 'bytes',
      samples: list.map((r) => r.transfer.totalBytes),
    });
    add({ id: `${key}.bytes.js-gzip`, group: 'bytes', label: `${page.what}: JavaScript, gzip -9`, unit: 'bytes', samples: list.map((r) => r.js.gzip) });
    add({ id: `${key}.requests`, group: 'bytes', label: `${page.what}: requests`, unit: 'count', samples: list.map(requests) });
  }
  for (const [key, list] of Object.entries(throttled) as Array<[ExplorePage['key'], ChartPageRun[]]>) {
    const page = byKey.get(key)!;
    add({
      id: `throttled.${key}.first-chart`,
      group: `throttled (${THROTTLED.name})`,
      label: `${page.what}: navigation → first chart painted`,
      unit: 'ms',
      samples: list.map(afterNavigation),
    });
    if (key !== 'chart-page' && throttled['chart-page'])
      add({
        id: `throttled.${key}.ratio`,
        group: `throttled (${THROTTLED.name})`,
        label: `${page.what} ÷ the static chart page (same run)`,
        unit: 'ratio',
        samples: list.map((r, i) => afterNavigation(r) / afterNavigation(throttled['chart-page']![i])),
      });
  }
  // What the budgets read: the explorer's heaviest JavaScript (a view drawn in the browser loads all of it).
  const browserDrawn = [...(runs.chart ?? []), ...(runs.map ?? [])];
  add({
    id: 'bytes.js-gzip',
    group: 'summary',
    label: "the explorer's JavaScript, gzip -9 (a view drawn in the browser)",
    unit: 'bytes',
    samples: browserDrawn.map((r) => r.js.gzip),
  });
  add({
    id: 'first-chart.ratio',
    group: 'summary',
    label: 'a chart drawn by the explorer in the browser ÷ the static chart page (same run)',
    unit: 'ratio',
    samples: (runs.chart ?? []).map((r, i) => afterNavigation(r) / afterNavigation(runs['chart-page'][i])),
  });
  add({
    id: 'default.first-chart.ratio',
    group: 'summary',
    label: "the explorer's default view ÷ the static chart page (same run)",
    unit: 'ratio',
    samples: (runs.default ?? []).map((r, i) => afterNavigation(r) / afterNavigation(runs['chart-page'][i])),
  });
  return metrics;
}

function details(runs: Runs): string {
  const med = (values: number[]) => summarise(values).median;
  const kb = (n: number) => formatValue(n, 'bytes');
  return [
    'EXPLORER, first chart painted after navigation (medians) and what it sends (first run)',
    table(
      ['page', 'first chart', '÷ chart page', 'received', 'JS gzip', 'requests'],
      EXPLORE_PAGES.filter((p) => runs[p.key]?.length).map((p) => {
        const list = runs[p.key];
        return [
          p.what,
          formatValue(med(list.map(afterNavigation)), 'ms'),
          p.key === 'chart-page' ? '' : ratioText(med(list.map((r, i) => afterNavigation(r) / afterNavigation(runs['chart-page'][i])))),
          kb(list[0].transfer.totalBytes),
          kb(list[0].js.gzip),
          String(requests(list[0])),
        ];
      }),
    ),
    '',
    `The explorer's scripts in the browser-drawn chart's first run: ${(runs.chart?.[0]?.js.files ?? []).map((f) => `${f.path.replace(/^\/_astro\//u, '')} ${kb(f.gzip)}`).join(', ')}.`,
  ].join('\n');
}

export const exploreSuite: Suite = {
  id: 'explore',
  title: 'Explorer: first chart against a static chart page, and its JavaScript',
  needsSite: true,
  async run(context: SuiteContext): Promise<SuiteOutput> {
    const site = context.site!;
    const pages = context.tiny ? EXPLORE_PAGES.filter((p) => p.key === 'chart-page' || p.key === 'chart') : EXPLORE_PAGES;
    const runs = Object.fromEntries(pages.map((p) => [p.key, [] as ChartPageRun[]])) as Runs;
    const throttled: Partial<Runs> = context.tiny ? {} : { 'chart-page': [], chart: [] };
    for (let i = 1; i <= context.runs; i++) {
      await context.baseline();
      // The order of the pages turns from run to run, so no page always goes first.
      const order = pages.map((_, j) => pages[(j + i) % pages.length]);
      for (const page of order) runs[page.key].push(await measureChartPage(`${site.url}${page.path}`, page.selector));
      for (const key of Object.keys(throttled) as Array<ExplorePage['key']>) {
        const page = pages.find((p) => p.key === key)!;
        throttled[key]!.push(await measureChartPage(`${site.url}${page.path}`, page.selector, { throttle: THROTTLED }));
      }
      context.log(`explore run ${i}/${context.runs}: ${pages.map((p) => `${p.key} ${Math.round(afterNavigation(runs[p.key].at(-1)!))} ms`).join(', ')}`);
    }
    return { metrics: exploreMetrics(runs, throttled), details: { pages, throttle: THROTTLED, runs, throttled }, text: details(runs) };
  },
};
