// Browsing into and around the explorer, in Debian's Chromium against the
// built site: place, chart and measure pages link into it with their
// selection filled in; the language link and the compare page's switches keep
// their state in the address; the charts index shows a thumbnail per chart
// with titles that tell variants apart; the sources index filters by
// province, year and kind with and without JavaScript.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ExploreCatalog } from '../../src/lib/explore/model.ts';
import { openSession, useBrowser, type Session } from './browser.ts';

const site = inject('siteUrl');
const dist = inject('distDir');
const browser = useBrowser();
const catalog = JSON.parse(readFileSync(path.join(dist, 'explore/data/catalog.json'), 'utf8')) as ExploreCatalog;

describe('links into the explorer', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(browser());
  });
  afterAll(async () => session.close());

  const follow = async (selector: string) => {
    const { page } = session;
    const hrefs = await page.$$eval(selector, (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length, selector).toBeGreaterThan(0);
    for (const href of hrefs.slice(0, 6)) {
      await page.goto(`${site}${href}`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('#explore[data-ready="true"]');
      // The link's view, exactly: no problem, the same address.
      expect(await page.locator('#explore-problems').isVisible(), href).toBe(false);
      expect(await page.evaluate(() => `${location.pathname}${location.search}`), href).toBe(href);
    }
    return hrefs;
  };

  it('a province page: each measure it published, beside the other provinces that did', async () => {
    await session.page.goto(`${site}/places/ha-noi/`);
    const hrefs = await follow('ul.explore-links a');
    const first = new URL(hrefs[0], site);
    const places = first.searchParams.get('places')!.split(',');
    expect(places[0]).toBe('province:01');
    expect(places.length).toBeGreaterThan(1);
    for (const p of places) expect(catalog.places[p].level).toBe('province');
  });

  it('a chart page and the measure definitions', async () => {
    await session.page.goto(`${site}/en/charts/compare-registered-dependent-63-map/`);
    const [href] = await follow('ul.explore-links a');
    expect(new URL(href, site).searchParams.get('view')).toBe('map');
    await session.page.goto(`${site}/methodology/`);
    const defined = await session.page.$$eval('#measures a[href^="/explore/"]', (as) => as.length);
    expect(defined).toBe(Object.keys(catalog.measures).length);
  });
});

describe('state in the address', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(browser());
  });
  afterAll(async () => session.close());

  it('the language link keeps the query string and the fragment, after every change too', async () => {
    const { page } = session;
    await page.goto(`${site}/explore/relapse-rate/?view=table#explore-view`);
    await page.waitForSelector('#explore[data-ready="true"]');
    await page.check('input[name="view"][value="map"]');
    await page.waitForFunction(() => location.search.includes('view=map'));
    const search = await page.evaluate(() => location.search);
    expect(await page.getAttribute('header.site a[hreflang="en"]', 'href')).toBe(`/en/explore/relapse-rate/${search}#explore-view`);
    await page.click('header.site a[hreflang="en"]');
    await page.waitForSelector('#explore[data-ready="true"]');
    expect(await page.evaluate(() => `${location.pathname}${location.search}${location.hash}`)).toBe(`/en/explore/relapse-rate/${search}#explore-view`);
    expect(await page.locator('input[name="view"][value="map"]').isChecked()).toBe(true);
    await page.goto(`${site}/en/sources/?kind=plan`);
    expect(await page.getAttribute('header.site a[hreflang="vi"]', 'href')).toBe('/sources/?kind=plan');
  });

  it('the compare page’s switches are read from and written to the address', async () => {
    const { page } = session;
    await page.goto(`${site}/compare/?system=34&per=100k`);
    expect(await page.locator('#system-34').isChecked()).toBe(true);
    expect(await page.locator('#scale-per100k').isChecked()).toBe(true);
    expect(await page.locator('.compare-view[data-system="34"][data-scale="per100k"]').isVisible()).toBe(true);
    await page.check('#system-63');
    expect(await page.evaluate(() => location.search)).toBe('?system=63&per=100k');
    await page.check('#scale-count');
    expect(await page.evaluate(() => location.search)).toBe('?system=63&per=persons');
    expect(await page.getAttribute('header.site a[hreflang="en"]', 'href')).toBe('/en/compare/?system=63&per=persons');
    // Anything else is ignored: the defaults stay.
    await page.goto(`${site}/compare/?system=<b>&per=javascript:1`);
    expect(await page.locator('#system-63').isChecked()).toBe(true);
    expect(await page.locator('#scale-count').isChecked()).toBe(true);
  });
});

describe('browsing the indexes', () => {
  it('the charts index: a thumbnail per drawn chart, and no two cards with one title', async () => {
    const session = await openSession(browser());
    const { page } = session;
    try {
      for (const locale of ['', '/en']) {
        await page.goto(`${site}${locale}/charts/`);
        const titles = await page.$$eval('.chart-card-title', (els) => els.map((e) => (e as HTMLElement).innerText.trim()));
        expect(titles.length).toBeGreaterThan(20);
        expect(new Set(titles).size).toBe(titles.length);
        const images = await page.$$eval('.chart-card img', (imgs) => imgs.map((i) => i.getAttribute('src')!));
        expect(images.length).toBeGreaterThan(15);
        for (const src of images) {
          const response = await page.request.get(`${site}${src}`);
          expect(response.status(), src).toBe(200);
          expect(response.headers()['content-type'], src).toBe('image/png');
        }
      }
      expect(session.foreign).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('the sources index filters by province, year and kind, in the address with JavaScript', async () => {
    const session = await openSession(browser());
    const { page } = session;
    try {
      await page.goto(`${site}/sources/?kind=plan&year=2020`);
      const shown = await page.$$eval('tr[data-kind]', (trs) =>
        trs.filter((t) => getComputedStyle(t).display !== 'none').map((t) => [t.getAttribute('data-kind'), t.getAttribute('data-year')]),
      );
      expect(shown.length).toBeGreaterThan(0);
      for (const [kind, year] of shown) expect([kind, year]).toEqual(['plan', '2020']);
      expect(await page.locator('#source-filter-count').innerText()).toContain(`${shown.length} trên`);
      await page.selectOption('#filter-year', '');
      await page.selectOption('#filter-province', 'p63-79');
      expect(await page.evaluate(() => location.search)).toBe('?province=p63-79&kind=plan');
      const rows = await page.$$eval('tr[data-kind]', (trs) =>
        trs.filter((t) => getComputedStyle(t).display !== 'none').map((t) => t.getAttribute('data-provinces')!),
      );
      for (const provinces of rows) expect(provinces.split(' ')).toContain('p63-79');
    } finally {
      await session.close();
    }
  });

  it('and without JavaScript, by CSS alone', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${site}/en/sources/`);
      const all = await page.locator('tr[data-kind]').count();
      const visible = () => page.$$eval('tr[data-kind]', (trs) => trs.filter((t) => getComputedStyle(t).display !== 'none').length);
      // Unfiltered, the newest 30 are shown and the rest are one tap away; a filter searches them all.
      expect(all).toBeGreaterThan(30);
      expect(await visible()).toBe(30);
      await page.check('#sources-all');
      expect(await visible()).toBe(all);
      await page.uncheck('#sources-all');
      await page.selectOption('#filter-kind', 'study');
      const shown = await page.$$eval('tr[data-kind]', (trs) =>
        trs.filter((t) => getComputedStyle(t).display !== 'none').map((t) => t.getAttribute('data-kind')),
      );
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(all);
      expect(new Set(shown)).toEqual(new Set(['study']));
    } finally {
      await context.close();
    }
  });
});

describe("the header's links on a phone", () => {
  it('are one row that scrolls inside the header, with the current page in view, and never move the page', async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(`${site}/sql/`);
      await page.evaluate(() => document.fonts.ready);
      const row = await page.evaluate(() => {
        const ul = document.querySelector('header.site nav ul')!;
        const current = ul.querySelector('[aria-current="page"]')!.getBoundingClientRect();
        const box = ul.getBoundingClientRect();
        const tops = new Set([...ul.querySelectorAll('li')].map((li) => Math.round(li.getBoundingClientRect().top)));
        return {
          lines: tops.size,
          scrolls: ul.scrollWidth > ul.clientWidth,
          inView: current.left >= box.left && current.right <= box.right,
          page: document.documentElement.scrollWidth,
        };
      });
      // /sql/'s link is the tenth of eleven: in view only because the row was scrolled to it.
      expect(row).toEqual({ lines: 1, scrolls: true, inView: true, page: 375 });
      // Opened at an anchor, the page stays there when the row is scrolled: the fonts are held back
      // until the page is at its anchor, since the row is scrolled once they are in.
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/*.woff2', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${site}/data/#table-checks`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => scrollY > 0);
      release();
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      expect(await page.evaluate(() => Math.abs(document.getElementById('table-checks')!.getBoundingClientRect().top))).toBeLessThan(2);
    } finally {
      await context.close();
    }
  });
});
