// The benchmark (npm run bench) in its tiny configuration, against the built
// site: every suite runs and the result holds every metric and budget. It
// proves the benchmark works; its timings mean nothing and are not checked.
// Bytes are: the console's cold start must arrive compressed, and a chart page
// sends no more JavaScript than its budget. The chart pages' client-rendered
// baseline must draw the very SVG the static page holds.

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { BenchResult } from '../../scripts/bench/report.ts';
import { ROOT, tempDir } from '../helpers/build.ts';

const run = promisify(execFile);

describe('npm run bench -- --tiny', () => {
  it('runs every suite and reports every metric and budget', { timeout: 300_000 }, async () => {
    const out = path.join(tempDir('bench'), 'tiny.json');
    await run(process.execPath, ['scripts/bench/bench.ts', '--tiny', '--no-build', '--out', out], { cwd: ROOT, timeout: 280_000, maxBuffer: 16 * 1024 * 1024 });
    const result = JSON.parse(readFileSync(out, 'utf8')) as BenchResult;
    expect(result.config).toMatchObject({ tiny: true, runs: 1, suites: ['builds', 'chart-pages', 'console', 'scale', 'explore', 'search'] });
    const ids = result.metrics.map((m) => m.id);
    for (const id of [
      'baseline.static-page-load',
      'builds.data',
      'chart-pages.intake.static.first-chart',
      'chart-pages.intake.client.first-chart',
      'chart-pages.intake.client-ratio',
      'chart-pages.throttled.intake.client-ratio',
      'chart-pages.intake.static.bytes.total',
      'chart-pages.first-chart.client-ratio',
      'chart-pages.bytes.js-gzip',
      'chart-pages.empty.first-paint',
      'chart-pages.first-chart.vs-empty',
      'chart-pages.throttled.first-chart.vs-empty',
      'console.cold.editor-usable',
      'console.nav.editor-usable',
      'console.nav.first-answer',
      'console.nav.first-live-result',
      'console.stage.engine-start',
      'console.moment.wasm-compiled',
      'console.cold.editor-usable.vs-static',
      'console.cold.first-result.vs-static',
      'console.return.first-result.vs-static',
      'console.warm.slowest',
      'console.bytes.cold-start',
      'console.throttled.nav.first-live-result',
      'scale.cold.click-to-result',
      'scale.warm.aggregate',
      'explore.chart-page.first-chart',
      'explore.chart.first-chart',
      'explore.first-chart.ratio',
      'explore.bytes.js-gzip',
      'search.first-results',
      'search.query-results',
      'search.warm.query-results',
      'search.throttled.first-results',
      'search.bytes.first-query',
      'search.check.answer',
    ]) {
      expect(ids, id).toContain(id);
    }
    const budgets = JSON.parse(readFileSync(path.join(ROOT, 'bench/budgets.json'), 'utf8')).budgets as unknown[];
    expect(result.budgets).toHaveLength(budgets.length);
    for (const metric of ['chart-pages.first-chart.client-ratio', 'chart-pages.bytes.js-gzip']) {
      expect(result.budgets.find((b) => b.metric === metric)?.verdict, metric).not.toBe('not measured');
    }
    // The same chart, drawn by the build and by the browser; the page's own JavaScript within its budget, the baseline's not.
    const chartPages = result.suites['chart-pages'].details as {
      pages: Array<{ page: { key: string }; sameDrawing: boolean; drawingDifference: string | null }>;
    };
    expect(chartPages.pages.map((p) => p.page.key)).toEqual(['intake']);
    expect(chartPages.pages[0].sameDrawing, chartPages.pages[0].drawingDifference ?? '').toBe(true);
    // The precomputed answer comes before the engine's.
    const nav = (id: string) => result.metrics.find((m) => m.id === id)!.median;
    expect(nav('console.nav.first-answer')).toBeLessThan(nav('console.nav.first-live-result'));
    expect(nav('chart-pages.bytes.js-gzip')).toBeLessThanOrEqual(30_000);
    expect(nav('chart-pages.intake.client.bytes.js-gzip')).toBeGreaterThan(30_000);
    // The explorer's JavaScript, all of it loaded to draw a view in the browser, within its budget.
    expect(nav('explore.bytes.js-gzip')).toBeLessThanOrEqual(130_000);
    // A returning reader's engine comes from the browser's cache: no .wasm transferred again.
    expect(result.metrics.find((m) => m.id === 'console.return.bytes.wasm')!.median).toBe(0);
    // Compressed delivery: the 34 MB engine arrives as about 6 MB.
    expect(result.metrics.find((m) => m.id === 'console.bytes.cold-start.wasm')!.median).toBeLessThan(8e6);
  });
});
