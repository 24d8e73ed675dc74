// Chart pages: how soon a reader sees the first chart of a page whose charts
// are drawn at build time (the SVG is in the HTML), against the same chart
// drawn in the browser by the same builder from the published data (the
// client-rendered baseline: one bundled script, data fetched once; see
// client-site.ts), both measured in the same run, in fresh browsers, on the
// same server, unthrottled and throttled; and what each page downloads, its
// JavaScript above all. bench/README.md explains each metric.

import { rm } from 'node:fs/promises';
import { stableIds } from '../../../../src/lib/charts/render.ts';
import { THROTTLED } from '../../fresh-browser.ts';
import { formatValue, ratioText, table } from '../../report.ts';
import { summarise } from '../../stats.ts';
import type { MetricInput, Suite, SuiteContext, SuiteOutput } from '../../suite.ts';
import { TRANSFER_KINDS } from '../../transfer.ts';
import path from 'node:path';
import { CLIENT_DIR, EMPTY_SELECTOR, makeClientSite, type ChartPage, type ChartPageSpec } from './client-site.ts';
import { FRAMEWORK_DIR, FRAMEWORK_VERSION, makeFrameworkPages } from './framework.ts';
import { drawnSvg, measureChartPage, type ChartPageRun } from './measure.ts';

/** The pages measured; the first chart of each is read from the built HTML. The tiny configuration measures the first only. */
export const CHART_PAGES: readonly ChartPageSpec[] = [
  { key: 'intake', path: '/intake/', kind: 'a time series, first of five charts on a topic page' },
  { key: 'compare', path: '/compare/', kind: 'a map of the 63 provinces, first of 14 drawings' },
  { key: 'attainment', path: '/charts/attainment/', kind: "dots by place and period, a chart's own page" },
];

export type Variant = 'static' | 'client';
const VARIANTS: Record<Variant, string> = { static: 'static page', client: 'client-rendered baseline' };

export interface PageRuns {
  page: ChartPage;
  runs: Array<Record<Variant, ChartPageRun>>;
  throttledRuns: Array<Record<Variant, ChartPageRun>>;
  /** The same chart on an Observable Framework page (framework.ts), each run; empty when not measured (tiny). */
  frameworkRuns: ChartPageRun[];
  throttledFrameworkRuns: ChartPageRun[];
  /** The empty page's first paint in the same run (index = run), unthrottled and throttled. */
  empty: ChartPageRun[];
  throttledEmpty: ChartPageRun[];
  /** Whether the baseline drew the same SVG as the static page (ids aside; see drawnSvg), checked in the first run. */
  sameDrawing: boolean;
  drawingDifference: string | null;
}

export const afterNavigation = (run: ChartPageRun): number => run.marks.chartPainted - run.marks.navigationStart;
const inDomAfterNavigation = (run: ChartPageRun): number => run.marks.chartInDom - run.marks.navigationStart;
const ratio = (r: Record<Variant, ChartPageRun>): number => afterNavigation(r.client) / afterNavigation(r.static);
const requests = (run: ChartPageRun) => TRANSFER_KINDS.reduce((n, k) => n + run.transfer.requests[k], 0);

/** The same drawing? Both SVGs as Chromium serialises them, ids renumbered in order. */
export function compareDrawings(staticSvg: string, clientSvg: string): string | null {
  const a = stableIds(staticSvg, 'chart');
  const b = stableIds(clientSvg, 'chart');
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `first difference at character ${i}: static …${a.slice(Math.max(0, i - 60), i + 60)}… client …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

const frameworkRatio = (r: Record<Variant, ChartPageRun>, fw: ChartPageRun): number => afterNavigation(fw) / afterNavigation(r.static);
const vsEmpty = (r: Record<Variant, ChartPageRun>, empty: ChartPageRun): number => afterNavigation(r.static) / afterNavigation(empty);

export function chartPageMetrics(all: PageRuns[]): MetricInput[] {
  const metrics: MetricInput[] = [];
  const add = (m: MetricInput) => {
    if (m.samples.length > 0) metrics.push(m);
  };
  const throttledGroup = `throttled (${THROTTLED.name})`;
  for (const { page, runs, throttledRuns } of all) {
    const p = page.key;
    for (const v of ['static', 'client'] as const) {
      add({
        id: `${p}.${v}.first-chart`,
        group: 'first chart painted, after navigation',
        label: `${page.path} ${VARIANTS[v]}: navigation → first chart painted`,
        unit: 'ms',
        samples: runs.map((r) => afterNavigation(r[v])),
      });
    }
    add({
      id: `${p}.client-ratio`,
      group: 'first chart painted, after navigation',
      label: `${page.path}: baseline ÷ static page (same run)`,
      unit: 'ratio',
      samples: runs.map(ratio),
    });
    add({
      id: `${p}.framework.first-chart`,
      group: 'first chart painted, after navigation',
      label: `${page.path} on an Observable Framework page: navigation → first chart painted`,
      unit: 'ms',
      samples: all.find((x) => x.page.key === p)!.frameworkRuns.map(afterNavigation),
    });
    add({
      id: `${p}.framework-ratio`,
      group: 'first chart painted, after navigation',
      label: `${page.path}: Framework ÷ static page (same run)`,
      unit: 'ratio',
      samples: all.find((x) => x.page.key === p)!.frameworkRuns.map((fw, i) => frameworkRatio(runs[i], fw)),
    });
    add({
      id: `${p}.vs-empty`,
      group: 'first chart painted, after navigation',
      label: `${page.path}: static page ÷ an empty page's first paint (same run)`,
      unit: 'ratio',
      samples: runs.map((r, i) => vsEmpty(r, all[0].empty[i])),
    });
    for (const v of ['static', 'client'] as const) {
      add({
        id: `${p}.${v}.first-chart-in-dom`,
        group: 'first chart in the DOM, after navigation',
        label: `${page.path} ${VARIANTS[v]}: navigation → first chart's SVG in the DOM`,
        unit: 'ms',
        samples: runs.map((r) => inDomAfterNavigation(r[v])),
      });
    }
    for (const v of ['static', 'client'] as const) {
      add({
        id: `throttled.${p}.${v}.first-chart`,
        group: throttledGroup,
        label: `${page.path} ${VARIANTS[v]}: navigation → first chart painted`,
        unit: 'ms',
        samples: throttledRuns.map((r) => afterNavigation(r[v])),
      });
    }
    add({
      id: `throttled.${p}.client-ratio`,
      group: throttledGroup,
      label: `${page.path}: baseline ÷ static page (same run)`,
      unit: 'ratio',
      samples: throttledRuns.map(ratio),
    });
    for (const v of ['static', 'client'] as const) {
      add({
        id: `${p}.${v}.cold.first-chart`,
        group: 'whole process',
        label: `${page.path} ${VARIANTS[v]}: launch → first chart painted`,
        unit: 'ms',
        samples: runs.map((r) => r[v].marks.chartPainted),
        vsBaseline: true,
      });
    }
    for (const v of ['static', 'client'] as const) {
      const of = (f: (run: ChartPageRun) => number) => runs.map((r) => f(r[v]));
      add({
        id: `${p}.${v}.bytes.total`,
        group: 'bytes',
        label: `${page.path} ${VARIANTS[v]}: bytes received (bodies + headers)`,
        unit: 'bytes',
        samples: of((r) => r.transfer.totalBytes),
      });
      add({
        id: `${p}.${v}.bytes.js`,
        group: 'bytes',
        label: `${page.path} ${VARIANTS[v]}: JavaScript received`,
        unit: 'bytes',
        samples: of((r) => r.js.received),
      });
      add({
        id: `${p}.${v}.bytes.js-gzip`,
        group: 'bytes',
        label: `${page.path} ${VARIANTS[v]}: JavaScript, gzip -9`,
        unit: 'bytes',
        samples: of((r) => r.js.gzip),
      });
      add({ id: `${p}.${v}.requests`, group: 'bytes', label: `${page.path} ${VARIANTS[v]}: requests`, unit: 'count', samples: of(requests) });
    }
  }
  // What the budgets read.
  add({
    id: 'first-chart.client-ratio',
    group: 'summary',
    label: `baseline ÷ static page, first chart painted: every page and run (${all.map((x) => x.page.key).join(', ')})`,
    unit: 'ratio',
    samples: all.flatMap((x) => x.runs.map(ratio)),
  });
  add({
    id: 'throttled.first-chart.client-ratio',
    group: 'summary',
    label: 'the same, throttled',
    unit: 'ratio',
    samples: all.flatMap((x) => x.throttledRuns.map(ratio)),
  });
  add({
    id: 'first-chart.framework-ratio',
    group: 'summary',
    label: 'Observable Framework ÷ static page, first chart painted: every page and run',
    unit: 'ratio',
    samples: all.flatMap((x) => x.frameworkRuns.map((fw, i) => frameworkRatio(x.runs[i], fw))),
  });
  add({
    id: 'throttled.first-chart.framework-ratio',
    group: 'summary',
    label: 'the same, throttled',
    unit: 'ratio',
    samples: all.flatMap((x) => x.throttledFrameworkRuns.map((fw, i) => frameworkRatio(x.throttledRuns[i], fw))),
  });
  const empty = all[0]?.empty ?? [];
  const throttledEmpty = all[0]?.throttledEmpty ?? [];
  add({
    id: 'empty.first-paint',
    group: 'summary',
    label: 'an empty page (one empty svg[role=img]): navigation → painted, the floor',
    unit: 'ms',
    samples: empty.map(afterNavigation),
  });
  add({ id: 'throttled.empty.first-paint', group: 'summary', label: 'the same, throttled', unit: 'ms', samples: throttledEmpty.map(afterNavigation) });
  add({
    id: 'first-chart.vs-empty',
    group: 'summary',
    label: "static page's first chart painted ÷ the empty page's first paint: every page and run",
    unit: 'ratio',
    samples: all.flatMap((x) => x.runs.map((r, i) => vsEmpty(r, empty[i]))),
  });
  add({
    id: 'throttled.first-chart.vs-empty',
    group: 'summary',
    label: 'the same, throttled',
    unit: 'ratio',
    samples: all.flatMap((x) => x.throttledRuns.map((r, i) => vsEmpty(r, throttledEmpty[i]))),
  });
  const runCount = Math.min(...all.map((x) => x.runs.length));
  add({
    id: 'bytes.js-gzip',
    group: 'summary',
    label: 'JavaScript of the heaviest chart page, gzip -9',
    unit: 'bytes',
    samples: Array.from({ length: runCount }, (_, i) => Math.max(...all.map((x) => x.runs[i].static.js.gzip))),
  });
  return metrics;
}

function formatDetails(all: PageRuns[], bundle: { file: string; bytes: number; inputs: Array<{ input: string; bytes: number }> }): string {
  const med = (values: number[]) => summarise(values).median;
  const ms = (n: number) => formatValue(n, 'ms');
  const out: string[] = [];
  out.push(`FIRST CHART PAINTED, after navigation (medians; ratio: median of the runs' baseline ÷ static)`);
  out.push(
    table(
      ['page', 'first chart', 'static', 'baseline', 'ratio', 'throttled static', 'baseline', 'ratio'],
      all.map(({ page, runs, throttledRuns }) => [
        page.path,
        page.chartId,
        ms(med(runs.map((r) => afterNavigation(r.static)))),
        ms(med(runs.map((r) => afterNavigation(r.client)))),
        ratioText(med(runs.map(ratio))),
        ms(med(throttledRuns.map((r) => afterNavigation(r.static)))),
        ms(med(throttledRuns.map((r) => afterNavigation(r.client)))),
        ratioText(med(throttledRuns.map(ratio))),
      ]),
      (i) => i > 1,
    ),
  );
  const frame = (r: ChartPageRun) => r.marks.chartPaintedFrame - r.marks.navigationStart;
  out.push(
    '',
    `With the console suite's mark instead (the second frame's timestamp, earlier when a page's first frame keeps the main thread busy), the medians would be: ${all
      .map(
        ({ page, runs }) =>
          `${page.key} static ${ms(med(runs.map((r) => frame(r.static))))}, baseline ${ms(med(runs.map((r) => frame(r.client))))} (${ratioText(med(runs.map((r) => frame(r.client) / frame(r.static))))})`,
      )
      .join('; ')}.`,
  );
  out.push('', "BYTES (bodies as sent, compressed when they were; JS gzip: gzip -9 of every script, the budget's measure)");
  const kb = (n: number) => formatValue(n, 'bytes');
  out.push(
    table(
      ['page', 'static: total', 'JS', 'JS gzip', 'requests', 'baseline: total', 'JS', 'JS gzip', 'requests'],
      all.map(({ page, runs }) => {
        const r = runs[0];
        return [
          page.path,
          kb(r.static.transfer.totalBytes),
          kb(r.static.js.received),
          kb(r.static.js.gzip),
          String(requests(r.static)),
          kb(r.client.transfer.totalBytes),
          kb(r.client.js.received),
          kb(r.client.js.gzip),
          String(requests(r.client)),
        ];
      }),
      (i) => i > 0,
    ),
  );
  const top = bundle.inputs.slice(0, 6).map((x) => `${x.input} ${kb(x.bytes)}`);
  out.push(
    '',
    `The baseline's script: ${bundle.file}, ${kb(bundle.bytes)} minified (${top.join(', ')}, …); each page's rows fetched once as JSON (${all.map((x) => `${x.page.key}: ${x.page.rows} rows, ${kb(x.page.dataBytes)}`).join('; ')}).`,
  );
  for (const x of all) {
    out.push(
      x.sameDrawing
        ? `${x.page.path}: the baseline drew the same SVG as the static page.`
        : `WARNING ${x.page.path}: the baseline's SVG differs from the static page's: ${x.drawingDifference}`,
    );
  }
  return out.join('\n');
}

export const chartPagesSuite: Suite = {
  id: 'chart-pages',
  title: 'Chart pages: first chart, static against client-rendered',
  needsSite: true,
  async run(context: SuiteContext): Promise<SuiteOutput> {
    const specs = context.tiny ? CHART_PAGES.slice(0, 1) : CHART_PAGES;
    const made = performance.now();
    const site = await makeClientSite(context.root, context.dist, specs);
    context.log(
      `chart pages: baseline script ${site.bundle.file} (${Math.round(site.bundle.bytes / 1000)} kB minified) and ${site.pages.length} baseline page(s) made in ${Math.round(performance.now() - made)} ms`,
    );
    // The second baseline (not in the tiny configuration: it installs Framework from the npm registry).
    const framework = context.tiny
      ? []
      : await makeFrameworkPages(context.root, site.root, site.pages, (page) => path.join(site.root, CLIENT_DIR, page.key, 'data.json'));
    if (framework.length) context.log(`chart pages: ${framework.length} Observable Framework ${FRAMEWORK_VERSION} page(s) built`);
    // Framework's page code is an inline module script: allowed there only, the site keeps its policy.
    const served = await context.serve(site.root, framework.length ? { inlineScriptsUnder: `/${FRAMEWORK_DIR}/` } : {});
    const all: PageRuns[] = site.pages.map((page) => ({
      page,
      runs: [],
      throttledRuns: [],
      frameworkRuns: [],
      throttledFrameworkRuns: [],
      empty: [],
      throttledEmpty: [],
      sameDrawing: false,
      drawingDifference: 'not checked',
    }));
    try {
      for (let i = 1; i <= context.runs; i++) {
        // Alternating with the static-page baseline keeps slow drifts of the machine out of the whole-process ratios.
        await context.baseline();
        // The floor, in this run: an empty page's first paint, in a fresh browser like the others.
        const empty = await measureChartPage(`${served.url}${site.emptyPath}`, EMPTY_SELECTOR);
        const throttledEmpty = await measureChartPage(`${served.url}${site.emptyPath}`, EMPTY_SELECTOR, { throttle: THROTTLED });
        for (const entry of all) {
          entry.empty.push(empty);
          entry.throttledEmpty.push(throttledEmpty);
        }
        context.log(
          `chart pages run ${i}/${context.runs}: empty page painted ${Math.round(afterNavigation(empty))} ms, throttled ${Math.round(afterNavigation(throttledEmpty))} ms`,
        );
        for (const entry of all) {
          const { page } = entry;
          // Which of the two goes first alternates from run to run.
          const order: Variant[] = i % 2 === 1 ? ['static', 'client'] : ['client', 'static'];
          const url = (v: Variant) => `${served.url}${v === 'static' ? page.path : page.clientPath}`;
          const run = {} as Record<Variant, ChartPageRun>;
          for (const v of order) run[v] = await measureChartPage(url(v), page.selector);
          const fw = framework.find((f) => f.key === page.key);
          if (fw) entry.frameworkRuns.push(await measureChartPage(`${served.url}${fw.path}`, fw.selector));
          const slow = {} as Record<Variant, ChartPageRun>;
          for (const v of order) slow[v] = await measureChartPage(url(v), page.selector, { throttle: THROTTLED });
          if (fw) entry.throttledFrameworkRuns.push(await measureChartPage(`${served.url}${fw.path}`, fw.selector, { throttle: THROTTLED }));
          if (i === 1) {
            // Not timed: is the baseline's drawing the static page's?
            entry.drawingDifference = compareDrawings(await drawnSvg(url('static'), page.selector), await drawnSvg(url('client'), page.selector));
            entry.sameDrawing = entry.drawingDifference === null;
            if (!entry.sameDrawing)
              context.log(`chart pages: WARNING ${page.path}: the baseline did not draw the static page's SVG (${entry.drawingDifference})`);
          }
          entry.runs.push(run);
          entry.throttledRuns.push(slow);
          const show = (r: Record<Variant, ChartPageRun>, f?: ChartPageRun) =>
            `static ${Math.round(afterNavigation(r.static))} ms, baseline ${Math.round(afterNavigation(r.client))} ms (${ratioText(ratio(r))})${f ? `, Framework ${Math.round(afterNavigation(f))} ms (${ratioText(frameworkRatio(r, f))})` : ''}`;
          context.log(
            `chart pages run ${i}/${context.runs} ${page.path}: first chart ${show(run, entry.frameworkRuns.at(-1))}; throttled ${show(slow, entry.throttledFrameworkRuns.at(-1))}`,
          );
        }
      }
    } finally {
      await served.stop();
      await rm(site.root, { recursive: true, force: true });
    }
    return {
      metrics: chartPageMetrics(all),
      details: { bundle: site.bundle, throttle: THROTTLED, pages: all },
      text: formatDetails(all, site.bundle),
    };
  },
};
