// The built site in Debian's Chromium, served with its real headers: every
// page type in both languages loads with its chart already in the HTML, logs
// no error, asks no other host for anything, passes axe at phone and desktop
// widths without horizontal scrolling, and reads right on a phone (no word
// broken in a table, no chart text clipped or overlapping, no page taller than
// 20,000 px at 375 px, no vocabulary id, no English on a Vietnamese page:
// tests/browser/legibility.ts); tables match the published Parquet;
// a chart's downloads are the right files. With SCREENSHOTS=1, a full-page
// screenshot of each page type is written to test-results/screenshots/.

import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, nodeResult, openSession, type Session, useBrowser } from './browser.ts';
import { ENGLISH_WORDS, legibilityProblems } from './legibility.ts';
import { exportFileName, exportPath } from '../../src/lib/charts/exports.ts';
import { chartById } from '../../src/lib/charts/registry/index.ts';
import { ROOT, query } from '../helpers/build.ts';

const site = inject('siteUrl');
const dist = inject('distDir');
const browser = useBrowser();
const SHOTS = path.join(ROOT, 'test-results/screenshots');
if (process.env.SCREENSHOTS === '1') mkdirSync(SHOTS, { recursive: true });

/** One page of each type; each is checked in Vietnamese (as listed) and in English (/en/…). */
const PAGES: Array<{ type: string; path: string; chart?: string }> = [
  { type: 'home', path: '/', chart: 'home-map' },
  { type: 'intake', path: '/intake/', chart: 'intake-by-modality' },
  { type: 'relapse', path: '/relapse/', chart: 'relapse-rates' },
  { type: 'targets', path: '/targets/', chart: 'attainment' },
  { type: 'compare', path: '/compare/', chart: 'compare-registered-dependent-63-map' },
  { type: 'coverage', path: '/coverage/' },
  { type: 'places', path: '/places/' },
  { type: 'place', path: '/places/ha-noi/' },
  { type: 'place-quang-ninh', path: '/places/quang-ninh/' },
  { type: 'district', path: '/places/long-bien-district-004/' },
  { type: 'place-2025', path: '/places/bac-ninh-2025/' },
  { type: 'facility', path: '/places/facility-ha-noi-co-so-so-4-ba-vi/' },
  { type: 'sources', path: '/sources/' },
  { type: 'source', path: '/sources/hai-phong-tcncyh-hoc-vien-hoi-gia-tai-su-dung-ma-tuy-2013/' },
  { type: 'checks', path: '/checks/' },
  { type: 'methodology', path: '/methodology/' },
  { type: 'data', path: '/data/' },
  { type: 'charts', path: '/charts/' },
  { type: 'chart', path: '/charts/intake-by-modality/', chart: 'intake-by-modality' },
  { type: 'embed', path: '/charts/attainment/embed/' },
];
const BOTH = PAGES.flatMap((p) => [p, { ...p, type: `${p.type}-en`, path: `/en${p.path}` }]);

describe('every page type, in both languages', () => {
  // One page for them all, as a reader moving through the site: its cache and its renderer
  // are reused (a fresh context per page cost about 2 s of each page's 3.5 s).
  let session: Session;
  const errors: string[] = [];
  beforeAll(async () => {
    session = await openSession(browser());
    session.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    session.page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => session.close());

  for (const { type, path: pagePath, chart } of BOTH) {
    it(`${pagePath}: loads without errors or foreign requests, passes axe at 375 and 1280 px, no sideways scroll`, async () => {
      const { page } = session;
      for (const width of [375, 1280]) {
        errors.length = 0;
        await page.setViewportSize({ width, height: 900 });
        const response = await page.goto(`${site}${pagePath}`);
        expect(response?.status(), pagePath).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe(pagePath.startsWith('/en/') ? 'en' : 'vi');
        if (chart) expect(await page.locator(`#${chart} svg:is([role="img"], [role="group"])`).count()).toBeGreaterThan(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await axeViolations(page)).toEqual([]);
        const locale = pagePath.startsWith('/en/') ? ('en' as const) : ('vi' as const);
        expect(await page.evaluate(legibilityProblems, { locale, maxHeight: width === 375 ? 20_000 : undefined, englishWords: ENGLISH_WORDS })).toEqual([]);
        // For review by eye (SCREENSHOTS=1): a full-page image costs about a second a page.
        if (process.env.SCREENSHOTS === '1') await page.screenshot({ path: path.join(SHOTS, `${type}-${width}.png`), fullPage: true });
        expect(errors, `${pagePath} at ${width} px`).toEqual([]);
        expect(session.foreign).toEqual([]);
      }
    });
  }
});

describe('charts without JavaScript', () => {
  it('the chart SVG and its table are in the HTML before any script runs', async () => {
    for (const pagePath of ['/intake/', '/en/relapse/', '/compare/', '/charts/attainment/']) {
      const html = await (await fetch(`${site}${pagePath}`)).text();
      expect(html, pagePath).toMatch(/<svg[^>]*role="img"/u);
      expect(html, pagePath).toContain('<table');
    }
  });

  it('a page read with JavaScript off still shows its charts and switches views with CSS', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${site}/compare/`);
      const visible = () =>
        page
          .locator('.compare-view')
          .evaluateAll((views) =>
            views.filter((v) => getComputedStyle(v).display !== 'none').map((v) => `${(v as HTMLElement).dataset.system}/${(v as HTMLElement).dataset.scale}`),
          );
      expect(await visible()).toEqual(['63/count']);
      await page.check('#system-34');
      await page.check('#scale-per100k');
      expect(await visible()).toEqual(['34/per100k']);
      expect(await page.locator('.compare-view[data-system="34"][data-scale="per100k"] svg:is([role="img"], [role="group"])').first().isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('numbers match the published tables', () => {
  it("a source page's figures table holds the figures of figures.parquet for that source, as printed", async () => {
    const id = 'hai-phong-tcncyh-hoc-vien-hoi-gia-tai-su-dung-ma-tuy-2013';
    const expected = await query<{ printed: string; locator: string }>(
      `SELECT printed, locator FROM '${dist}/data/figures.parquet' WHERE source_id = '${id}' ORDER BY figure_id`,
    );
    const session = await openSession(browser());
    try {
      await session.page.goto(`${site}/en/sources/${id}/`);
      // The table is open when it is short and in a <details> when long: find it by its region's name.
      const rows = await session.page.getByRole('region', { name: 'Figures extracted from it', exact: true }).locator('tbody tr').allInnerTexts();
      expect(rows.length).toBe(expected.length);
      for (const f of expected) expect(rows.some((r) => r.includes(f.printed) && r.includes(f.locator))).toBe(true);
    } finally {
      await session.close();
    }
  });

  it("the attainment chart's table shows the derived percentages of attainment.parquet", async () => {
    const expected = await query<{ pct: number }>(`SELECT round(computed_pct, 1) AS pct FROM '${dist}/data/attainment.parquet' WHERE computed_pct IS NOT NULL`);
    const session = await openSession(browser());
    try {
      await session.page.goto(`${site}/en/targets/`);
      const text = (await session.page.locator('#attainment table').textContent()) ?? '';
      for (const { pct } of expected) expect(text).toContain(`${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(pct)}%`);
    } finally {
      await session.close();
    }
  });
});

describe('downloads', () => {
  it('a chart offers its CSV, Excel, SVG, PNG and metadata, each the right file, named for what it holds', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const chart = chartById('intake-by-modality');
    try {
      await page.goto(`${site}/charts/intake-by-modality/`);
      const expected = (await nodeResult(dist, chart.sql)).rows.length;
      const files: Record<string, Buffer> = {};
      for (const format of ['csv', 'xlsx', 'svg', 'png', 'json'] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.click(`#intake-by-modality .chart-actions a[href="${exportPath(chart, 'vi', format)}"]`),
        ]);
        expect(download.suggestedFilename(), format).toBe(exportFileName(chart, 'vi', format));
        files[format] = readFileSync((await download.path())!);
      }
      expect(exportFileName(chart, 'vi', 'csv')).toBe('tiep-nhan-cai-nghien-theo-hinh-thuc-so-nguoi.csv');
      const csv = files.csv.toString('utf8');
      expect(csv.startsWith('\uFEFF'), 'the CSV opens in Excel as UTF-8').toBe(true);
      expect(csv.trim().split('\n').length).toBe(expected + 1);
      expect(csv.split('\n')[0]).toContain('source_title');
      expect(files.xlsx.subarray(0, 2).toString('ascii')).toBe('PK');
      expect(files.svg.toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/u);
      expect(files.svg.toString('utf8')).toContain('Số người được đưa vào cai nghiện');
      expect(files.png.subarray(1, 4).toString('ascii')).toBe('PNG');
      const meta = JSON.parse(files.json.toString('utf8'));
      expect(meta.rows).toBe(expected);
      expect(meta.sql).toContain('FROM figures');
      expect(meta.sources.length).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });

  it('the data page links every table in Parquet, CSV and one Excel workbook', async () => {
    for (const file of ['figures.parquet', 'figures.csv', 'vn-rehab-data.xlsx', 'datapackage.json']) {
      const response = await fetch(`${site}/data/${file}`);
      expect(response.status, file).toBe(200);
    }
    const xlsx = Buffer.from(await (await fetch(`${site}/data/vn-rehab-data.xlsx`)).arrayBuffer());
    expect(xlsx.subarray(0, 2).toString('ascii')).toBe('PK');
    expect((await fetch(`${site}/CITATION.cff`)).status).toBe(200);
  });
});
