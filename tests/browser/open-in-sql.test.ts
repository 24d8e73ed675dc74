// "Open in SQL" reproduces a chart: each registered chart's SQL, opened from
// its link in the console (DuckDB-WASM in Chromium), gives exactly the rows
// the build drew it from (@duckdb/node-api over the same Parquet).

import { describe, expect, inject, it } from 'vitest';
import { clickRun, downloadResult, finishedRuns, nodeResult, normalise, openSession, useBrowser } from './browser.ts';
import { CHARTS } from '../../src/lib/charts/registry/index.ts';
import { sqlPath } from '../../src/lib/data/paths.ts';

const site = inject('siteUrl');
const dist = inject('distDir');
const browser = useBrowser();

/** Charts sharing one query (a map and its bar chart) are checked once. */
const unique = [...new Map(CHARTS.map((c) => [c.sql, c])).values()];

describe('Open in SQL', () => {
  // Two halves, so the engine starts once, not once per chart. CodeMirror is held back, so the page's
  // plain editor holds the text whole (CodeMirror draws only the lines in view): every chart's link puts
  // exactly its SQL in the editor without running it; then each SQL, run in one engine, gives the build's rows.
  it(`gives the build's rows for all ${unique.length} distinct chart queries`, async () => {
    const session = await openSession(browser());
    const { page } = session;
    await page.route(/\/_astro\/editor\.[\w-]+\.js$/u, (route) => route.abort());
    try {
      for (const chart of unique) {
        await page.goto(`${site}${sqlPath('en', chart.sql)}`);
        await page.waitForFunction(() => /press Run/u.test(document.querySelector('#sql-status')?.textContent ?? ''));
        expect(await page.inputValue('#sql-editor-text'), chart.id).toBe(chart.sql);
        expect(await finishedRuns(page), chart.id).toBe(0);
      }
      for (const chart of unique) {
        await page.fill('#sql-editor-text', chart.sql);
        await clickRun(page);
        expect(await page.isVisible('#sql-error'), `${chart.id}: ${await page.textContent('#sql-error').catch(() => '')}`).toBe(false);
        const shown = await downloadResult(page);
        const built = await nodeResult(dist, chart.sql);
        expect(shown.columns, chart.id).toEqual(built.columns);
        expect(normalise(shown.rows), chart.id).toEqual(normalise(built.rows));
      }
      expect(await finishedRuns(page)).toBe(unique.length);
      expect(session.foreign).toEqual([]);
    } finally {
      await session.close();
    }
  }, 600_000);

  it('the link on a chart page opens the console with the chart’s query in it', async () => {
    const session = await openSession(browser());
    const { page } = session;
    try {
      await page.goto(`${site}/charts/attainment/`);
      await page.click('#attainment .chart-actions a[href*="/sql/?sql="]');
      await page.waitForURL(/\/sql\/\?sql=/u);
      expect(await page.locator('.cm-content').textContent()).toContain('FROM attainment a');
    } finally {
      await session.close();
    }
  });
});
