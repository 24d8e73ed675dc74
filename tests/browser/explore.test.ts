// The explorer (/explore/, /en/explore/) in Debian's Chromium, served with the
// site's real headers: every measure's address in every view opens exactly
// that view; hostile and malformed addresses are refused with a message in the
// page's language, run nothing and fetch nothing from another host; the table
// holds exactly the published rows of its selection (DuckDB over the Parquet);
// the take-away files are what they say; the embed page shows the same view;
// axe finds nothing and nothing scrolls sideways at 375 and 1280 px.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exploreEmbedPath, explorePath } from '../../src/lib/data/paths.ts';
import { openPublished, type Published } from '../../src/lib/data/published.ts';
import type { ExploreCatalog, ExploreState } from '../../src/lib/explore/model.ts';
import { defaultState, perCapitaApplies, stateQuery } from '../../src/lib/explore/state.ts';
import { valueText } from '../../src/lib/explore/view-html.ts';
import { axeViolations, openSession, useBrowser, type Session } from './browser.ts';

const site = inject('siteUrl');
const dist = inject('distDir');
const browser = useBrowser();
const catalog = JSON.parse(readFileSync(path.join(dist, 'explore/data/catalog.json'), 'utf8')) as ExploreCatalog;
const MEASURES = Object.keys(catalog.measures);

/** Opens an address and waits until the explorer has read it and drawn its view. */
async function open(page: Page, address: string): Promise<void> {
  await page.goto(`${site}${address}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#explore[data-ready="true"]', { timeout: 30_000 });
}

/** The view the page's form and address say it shows. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const form = document.getElementById('explore-form') as HTMLFormElement;
    const value = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
    return {
      search: location.search,
      measure: (document.getElementById('explore-measure') as HTMLSelectElement).value,
      places: [...form.querySelectorAll<HTMLInputElement>('input[name="places"]:checked')].map((b) => b.value).sort(),
      from: Number((document.getElementById('explore-from') as HTMLSelectElement).value),
      to: Number((document.getElementById('explore-to') as HTMLSelectElement).value),
      view: value('view'),
      per: value('per'),
      problems: !(document.getElementById('explore-problems') as HTMLElement).hidden,
      viewAttr: (document.getElementById('explore-view') as HTMLElement).dataset.view,
    };
  });
}

describe('every explorer address opens exactly its view', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(browser());
  });
  afterAll(async () => session.close());

  // Every measure's address, each in one view (the three in turn across measures, so each view is opened
  // by address for a third of them, per 100,000 or as printed in turn too). Every measure's table is
  // checked row by row below; every measure's chart is also drawn by the build, with the same builders.
  it('every measure with figures, opened by its address in one of the three views', { timeout: 900_000 }, async () => {
    const { page } = session;
    const VIEWS = ['chart', 'map', 'table'] as const;
    for (const [i, measure] of MEASURES.entries()) {
      const base = defaultState(catalog, measure);
      // Half the measures per 100,000 where that applies, the others as printed.
      const per = i % 2 === 0 && perCapitaApplies(catalog, measure, base.places) ? '100k' : 'persons';
      const view = VIEWS[i % 3];
      const state: ExploreState = { ...base, view, per };
      await open(page, explorePath(i % 3 === 1 ? 'en' : 'vi', state));
      expect(await shown(page), `${measure} ${view}`).toEqual({
        search: stateQuery(state),
        measure,
        places: [...state.places].sort(),
        from: state.from,
        to: state.to,
        view,
        per,
        problems: false,
        viewAttr: view,
      });
      // The view shows its figures: a drawing for chart and map views (unless nothing can be drawn), a table for the table view.
      if (view === 'table') expect(await page.locator('#explore-table tbody tr, #explore-undated-table tbody tr').count(), measure).toBeGreaterThan(0);
      else expect(await page.locator('#explore-view .explore-panel, #explore-view .explore-empty').count(), measure).toBeGreaterThan(0);
    }
    expect(session.foreign).toEqual([]);
  });

  it('the form switches a view to the other two, and the address follows', async () => {
    const { page } = session;
    const state = { ...defaultState(catalog, 'registered_dependent'), view: 'chart' as const };
    await open(page, explorePath('vi', state));
    for (const view of ['map', 'table', 'chart'] as const) {
      await page.check(`input[name="view"][value="${view}"]`);
      await page.waitForFunction((search) => location.search === search, stateQuery({ ...state, view }));
      expect((await shown(page)).viewAttr).toBe(view);
    }
  });

  it('a change in the form is in the address at once, and that address opens the same view', async () => {
    const { page } = session;
    await open(page, '/explore/relapse-rate/');
    await page.check('input[name="view"][value="table"]');
    await page.waitForFunction(() => location.search.includes('view=table'));
    await page.selectOption('#explore-from', { index: 1 });
    await page.waitForFunction(() => !location.search.includes('from=2003'));
    await page.locator('#explore-places summary').click();
    await page.uncheck('#explore-only-with');
    await page.check('input[name="places"][value="province:01"]');
    await page.waitForFunction(() => location.search.includes('province:01'));
    // A kind of evidence: only measured rates are listed, each saying so.
    await page.check('input[name="evidence"][value="measured"]');
    await page.waitForFunction(() => location.search.endsWith('&evidence=measured'));
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('#explore-table tbody tr')];
      return rows.length > 0 && rows.every((tr) => (tr.textContent ?? '').includes('đo lường'));
    });
    expect(await page.locator('#explore-view-title, .explore-view-title').first().textContent()).toContain('(đo lường)');
    const before = await shown(page);
    const table = await page.locator('#explore-table tbody tr').count();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#explore[data-ready="true"]');
    expect(await shown(page)).toEqual(before);
    expect(await page.locator('#explore-table tbody tr').count()).toBe(table);
  });

  it('changing the measure moves to its page and keeps the places that have its figures', async () => {
    const { page } = session;
    await open(page, explorePath('vi', { ...defaultState(catalog, 'registered_dependent'), places: ['province:79', 'country:VN'] }));
    await page.selectOption('#explore-measure', 'in_treatment_facility');
    await page.waitForFunction(() => location.pathname === '/explore/in-treatment-facility/');
    const got = await shown(page);
    expect(got.measure).toBe('in_treatment_facility');
    expect(got.places).toEqual(['country:VN', 'province:79']);
  });
});

describe('hostile and malformed addresses are refused with a message', () => {
  // [address, what the page must say it refused]; every one is also checked for no script run and no foreign request.
  const HOSTILE: Array<[string, string]> = [
    ['/explore/?measure=<script>window.__pwned=1</script>', 'measure'],
    ['/explore/?measure=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E', 'measure'],
    ['/explore/?places=<svg/onload=window.__pwned=1>', 'places'],
    ["/explore/?places=province:01'%20OR%201=1--", 'places'],
    ['/explore/?measure=registered_dependent;DROP%20TABLE%20figures', 'measure'],
    ['/explore/?view=javascript:window.__pwned=1', 'view'],
    ['/explore/?per=100k%22%3E%3Cscript%3Ewindow.__pwned%3D1%3C/script%3E', 'per'],
    ['/explore/?from=2015&from=2016', 'repeated'],
    ['/explore/?from=abcd', 'from'],
    ['/explore/?to=99999', 'to'],
    ['/explore/?from=2024&to=2001', 'reversed'],
    ['/explore/?places=https://evil.example/steal.js', 'places'],
    ['/explore/?places=//evil.example/x', 'places'],
    ['/explore/?callback=https://evil.example/jsonp', 'unknown'],
    ['/explore/?measure=__proto__', 'measure'],
    ['/explore/?places=constructor,__proto__,toString', 'places'],
    ['/explore/relapse-rate/?per=100k', 'per'],
    [`/explore/?places=${'province:01,'.repeat(700)}`, 'too-long'],
    ['/explore/?view=MAP', 'view'],
    ['/explore/?places=province:01&places=province:79', 'repeated'],
    ['/explore/?%3Cscript%3E=1', 'unknown'],
    ['/explore/?places=province%3A01%00', 'places'],
    ['/explore/?measure=%E2%80%AEregistered_dependent', 'measure'],
    ['/explore/?measure=https%3A%2F%2Fevil.example%2F', 'measure'],
    ['/explore/?measure=registered_dependent&view=map&view=table', 'repeated'],
    ['/en/explore/?measure=SELECT%20*%20FROM%20figures', 'measure'],
    ['/en/explore/?places=data:text/html,<script>window.__pwned=1</script>', 'places'],
  ];
  let session: Session;
  const dialogs: string[] = [];
  beforeAll(async () => {
    session = await openSession(browser());
    session.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(async () => session.close());

  it(`${HOSTILE.length} addresses`, { timeout: 600_000 }, async () => {
    const { page } = session;
    expect(HOSTILE.length).toBeGreaterThanOrEqual(20);
    for (const [address, kind] of HOSTILE) {
      await open(page, address);
      const english = address.startsWith('/en/');
      const box = page.locator('#explore-problems');
      expect(await box.isVisible(), address).toBe(true);
      const text = await box.innerText();
      expect(text, address).toContain(english ? 'Part of this address could not be used' : 'Địa chỉ này có phần không dùng được');
      expect(text.length, address).toBeGreaterThan(60);
      if (kind !== 'too-long' && kind !== 'unknown' && kind !== 'repeated' && kind !== 'reversed')
        expect(text, address).toMatch(english ? /measure|places|count|view|from|to/u : /chỉ tiêu|địa bàn|tính theo|cách xem|từ năm|đến năm|trên 100\.000/u);
      // Nothing ran, nothing was written as markup, and the address is now a valid view.
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), address).toBeUndefined();
      expect(await page.locator('#explore script, #explore [onerror], #explore [onload], #explore iframe').count(), address).toBe(0);
      const search = await page.evaluate(() => location.search);
      expect(search, address).toMatch(/^\?measure=[a-z_]+&places=[a-zA-Z0-9:,-]+&from=\d{4}&to=\d{4}&view=(chart|map|table)&per=(persons|100k)$/u);
      expect(await page.locator('#explore-view .explore-panel, #explore-view .explore-empty').count(), address).toBeGreaterThan(0);
    }
    expect(dialogs).toEqual([]);
    expect(session.foreign).toEqual([]);
  });

  it('a fragment is never read: an address whose fragment holds markup shows the plain view', async () => {
    const { page } = session;
    await open(page, '/explore/#<img src=x onerror=window.__pwned=1>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#explore-problems').isVisible()).toBe(false);
  });
});

describe('the explorer’s table is the published rows of its selection', () => {
  let db: Published;
  let session: Session;
  beforeAll(async () => {
    db = await openPublished(path.join(dist, 'data'));
    session = await openSession(browser());
  });
  afterAll(async () => {
    db.close();
    await session.close();
  });

  const quote = (s: string) => `'${s.replace(/'/gu, "''")}'`;

  async function check(state: ExploreState, locale: 'vi' | 'en'): Promise<number> {
    const { page } = session;
    await open(page, explorePath(locale, state));
    const where = `measure_id = ${quote(state.measure)} AND place_id IN (${state.places.map(quote).join(', ')})${state.evidence === 'all' ? '' : ` AND claim = ${quote(state.evidence)}`}`;
    for (const [table, condition] of [
      ['#explore-table', `year BETWEEN ${state.from} AND ${state.to}`],
      ['#explore-undated-table', 'year IS NULL'],
    ] as const) {
      const published = await db.query<{ figure_id: string; value: number; value_high: number | null; unit: string; qualifier: string; basis: string }>(
        `SELECT figure_id, value, value_high, unit, qualifier, basis FROM figures WHERE ${where} AND ${condition} ORDER BY figure_id`,
      );
      const rows = await page.$$eval(`${table} tbody tr`, (trs) =>
        trs.map((tr) => ({ figure_id: tr.getAttribute('data-figure')!, value: (tr.querySelector('td.num') as HTMLElement).textContent!.trim() })),
      );
      rows.sort((a, b) => a.figure_id.localeCompare(b.figure_id));
      expect(
        rows.map((r) => r.figure_id),
        `${state.measure} ${table}`,
      ).toEqual(published.map((r) => r.figure_id));
      expect(
        rows.map((r) => r.value),
        `${state.measure} ${table}`,
      ).toEqual(published.map((r) => valueText(r as never, locale)));
    }
    return page.locator('#explore-table tbody tr').count();
  }

  it('for every measure’s places with figures, in every year', { timeout: 900_000 }, async () => {
    for (const [i, measure] of MEASURES.entries()) {
      const places = Object.keys(catalog.placeMeasures).filter((p) => catalog.placeMeasures[p].some(([m]) => m === measure));
      await check({ measure, places, from: 1990, to: 2040, view: 'table', per: 'persons', evidence: 'all' }, i % 2 ? 'en' : 'vi');
    }
  });

  it('for each kind of evidence of the relapse measures', async () => {
    for (const measure of MEASURES.filter((m) => catalog.measures[m].claims.length > 0)) {
      const places = Object.keys(catalog.placeMeasures).filter((p) => catalog.placeMeasures[p].some(([m]) => m === measure));
      for (const evidence of catalog.measures[measure].claims)
        await check({ measure, places, from: 1990, to: 2040, view: 'table', per: 'persons', evidence }, 'vi');
    }
    // The filter is offered: a measured-only view is one choice away on the relapse rate's page.
    expect(catalog.measures.relapse_rate.claims).toContain('measured');
  });

  it('for selections across levels and narrower years', async () => {
    const mixed: ExploreState = {
      measure: 'in_treatment_facility',
      places: ['country:VN', 'province:79', 'province:01', 'facility:bac-giang-provincial', 'district:001'],
      from: 2015,
      to: 2021,
      view: 'table',
      per: '100k',
      evidence: 'all',
    };
    await check(mixed, 'vi');
    expect(await check({ ...defaultState(catalog, 'registered_dependent'), view: 'table', from: 2018, to: 2020 }, 'en')).toBeGreaterThan(0);
  });
});

describe('what a view shows', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(browser());
  });
  afterAll(async () => session.close());

  it('a selection with nothing says what the places did publish, with links that stay in the explorer', async () => {
    const { page } = session;
    await open(
      page,
      explorePath('vi', { measure: 'relapse_rate', places: ['province:01'], from: 2020, to: 2021, view: 'chart', per: 'persons', evidence: 'all' }),
    );
    const empty = page.locator('.explore-empty');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.innerText()).toContain('Không có con số nào');
    expect(await empty.locator('a[href="/coverage/"]').count()).toBe(1);
    const instead = empty.locator('a[data-explore-link]').first();
    const href = await instead.getAttribute('href');
    await instead.click();
    await page.waitForFunction((h) => `${location.pathname}${location.search}` === h, href);
    expect(await page.locator('.explore-panel').count()).toBeGreaterThan(0);
  });

  it('persons and person-times, targets and results, wholes and parts are never on one chart', async () => {
    const { page } = session;
    for (const measure of ['intake_compulsory', 'intake_community', 'registered_dependent', 'methadone_patients']) {
      const places = Object.keys(catalog.placeMeasures).filter((p) => catalog.placeMeasures[p].some(([m]) => m === measure));
      await open(page, explorePath('en', { measure, places, from: 1990, to: 2040, view: 'table', per: 'persons', evidence: 'all' }));
      const data = JSON.parse(readFileSync(path.join(dist, `explore/data/${measure.replace(/_/gu, '-')}.json`), 'utf8')) as {
        rows: Array<{ figure_id: string; unit: string; basis: string; subgroup: string | null; year: number | null }>;
      };
      const keys = new Set(data.rows.filter((r) => r.year !== null).map((r) => `${r.unit}|${r.basis}|${r.subgroup === null}`));
      expect(await page.locator('.explore-panel').count(), measure).toBe(keys.size);
    }
  });

  it('a partial period is drawn open and said in the table', async () => {
    const { page } = session;
    const data = JSON.parse(readFileSync(path.join(dist, 'explore/data/intake-compulsory.json'), 'utf8')) as {
      rows: Array<{ place_id: string; partial: boolean; year: number | null }>;
    };
    const partial = data.rows.find((r) => r.partial && r.year !== null)!;
    await open(
      page,
      explorePath('vi', {
        measure: 'intake_compulsory',
        places: [partial.place_id],
        from: partial.year!,
        to: partial.year!,
        view: 'chart',
        per: 'persons',
        evidence: 'all',
      }),
    );
    expect(await page.locator('.explore-panel svg circle[fill="white"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#explore-table').textContent()).toMatch(/một phần năm|kỳ chưa kết thúc khi đăng/u);
  });

  it('the browser draws the same chart the build drew, with the same builder', async () => {
    const { page } = session;
    const html = readFileSync(path.join(dist, 'explore/relapse-rate/index.html'), 'utf8');
    const built = /<div class="chart-svg chart-wide">(<svg[\s\S]*?<\/svg>)<\/div>/u.exec(html)![1];
    await open(page, `${explorePath('vi', defaultState(catalog, 'relapse_rate'))}`.replace('view=chart', 'view=table'));
    await page.check('input[name="view"][value="chart"]');
    await page.waitForSelector('#explore-view .explore-panel svg[role="img"]');
    const drawn = await page.$eval('#explore-view .explore-panel svg[role="img"]', (svg) => svg.outerHTML);
    const marks = (svg: string) => ({
      circles: (svg.match(/<circle/gu) ?? []).length,
      texts: [...svg.matchAll(/<text[^>]*>([^<]*)</gu)].map((m) => m[1]).join('|'),
      paths: (svg.match(/<path/gu) ?? []).length,
      viewBox: /viewBox="([^"]+)"/u.exec(svg)?.[1],
    });
    expect(marks(drawn)).toEqual(marks(built));
  });
});

describe('take-aways of the current view', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
  });
  afterAll(async () => session.close());

  const state: ExploreState = {
    measure: 'registered_dependent',
    places: ['country:VN', 'province:79', 'province:22'],
    from: 2010,
    to: 2024,
    view: 'chart',
    per: '100k',
    evidence: 'all',
  };

  it('CSV with a byte-order mark and every row; an Excel workbook; SVG and PNG images with title and source', async () => {
    const { page } = session;
    await open(page, explorePath('vi', state));
    const rows = (await page.locator('#explore-table tbody tr').count()) + (await page.locator('#explore-undated-table tbody tr').count());
    const take = async (selector: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const csv = await take('#explore-csv');
    expect(csv.name).toBe('kham-pha-registered-dependent-2010-2024-tren-100000-dan.csv');
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.trim().split('\n');
    expect(lines[0]).toContain('source_title');
    expect(lines[0]).toContain('per_100k');
    expect(lines.length - 1).toBe(rows);
    expect(text).toContain('Hồ Chí Minh');

    const book = await take('#explore-xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(book.bytes.buffer.slice(book.bytes.byteOffset, book.bytes.byteOffset + book.bytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['so-lieu', 'gioi-thieu']);
    expect(workbook.getWorksheet('so-lieu')!.rowCount).toBe(rows + 1);
    expect(String(workbook.getWorksheet('gioi-thieu')!.getCell('B3').value)).toContain('CC BY 4.0');

    const svg = await take('.explore-panel button[data-image="svg"]');
    expect(svg.name).toMatch(/^kham-pha-registered-dependent-2010-2024-tren-100000-dan-p0\.svg$/u);
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toContain('<title>Người nghiện ma túy có hồ sơ quản lý');
    expect(svgText).toContain('Nguồn:');
    expect(svgText).toContain("font-family=\"'Be Vietnam Pro'");

    const png = await take('.explore-panel button[data-image="png"]');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.includes(Buffer.from('iTXtSource'))).toBe(true);
    expect(session.foreign).toEqual([]);
  });

  it('copy link, the citation of every source in view, and an embed page that shows the same view', async () => {
    const { page } = session;
    await open(page, explorePath('vi', state));
    await page.click('#explore-copy-link');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}${explorePath('vi', state)}`);
    const sources = await page.locator('#explore-sources li').count();
    const inView = new Set(
      await page.$$eval('#explore-table tbody tr td:last-child a, #explore-undated-table tbody tr td:last-child a', (as) =>
        as.map((a) => a.getAttribute('href')),
      ),
    );
    expect(sources).toBe(inView.size);
    const code = await page.locator('#explore-embed-code').innerText();
    expect(code).toContain(`src="${site}${exploreEmbedPath('vi', state).replace(/&/gu, '&amp;')}"`);
    const title = await page.locator('#explore-view-title').innerText();
    await open(page, exploreEmbedPath('vi', state));
    expect(await page.locator('#explore-view-title').innerText()).toBe(title);
    expect(await page.evaluate(() => location.search)).toBe(stateQuery(state));
    expect(await page.locator('.explore-panel svg[role="img"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#explore-full').getAttribute('href')).toBe(explorePath('vi', state));
  });
});

describe('without JavaScript', () => {
  it('each measure’s page shows its default view, drawn at build time', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      for (const measure of ['relapse_rate', 'registered_dependent', 'intake_compulsory']) {
        await page.goto(`${site}/explore/${measure.replace(/_/gu, '-')}/`);
        expect(await page.locator('#explore-view svg[role="img"]').count(), measure).toBeGreaterThan(0);
        expect(await page.locator('#explore-form').isVisible()).toBe(false);
        expect(await page.locator('noscript').count()).toBe(1);
      }
    } finally {
      await context.close();
    }
  });
});

describe('accessibility and width', () => {
  const mapState: ExploreState = {
    measure: 'registered_dependent',
    places: [
      'province:01',
      'province:79',
      'province:22',
      'province:31',
      'province:38',
      'province:40',
      'province:46',
      'province:48',
      'province:92',
      'country:VN',
    ],
    from: 2000,
    to: 2024,
    view: 'map',
    per: '100k',
    evidence: 'all',
  };
  const PAGES = [
    '/explore/',
    explorePath('vi', mapState),
    explorePath('vi', { ...mapState, view: 'table', per: 'persons', evidence: 'all' }),
    explorePath('vi', { measure: 'relapse_rate', places: ['province:01'], from: 2020, to: 2021, view: 'chart', per: 'persons', evidence: 'all' }),
    '/explore/?measure=<b>x</b>&view=nope',
    exploreEmbedPath('vi', mapState),
  ];
  // The sources index with its filter set (the charts index, unfiltered, is read in site.test.ts).
  const INDEXES = ['/sources/?kind=news&year=2020'];
  // English pages are the same templates with the other dictionary: three of them, the form, a map and a refusal.
  const ENGLISH = [PAGES[0], PAGES[1], PAGES[4]];
  for (const width of [375, 1280])
    for (const locale of ['vi', 'en'] as const)
      it(`${locale} at ${width} px: no axe violations, nothing wider than the screen`, { timeout: 600_000 }, async () => {
        const context = await browser().newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        try {
          for (const address of locale === 'vi' ? [...PAGES, ...INDEXES] : [...ENGLISH, ...INDEXES]) {
            const url = locale === 'en' ? `/en${address}` : address;
            if (INDEXES.includes(address)) {
              await page.goto(`${site}${url}`);
            } else await open(page, url);
            await page.evaluate(() =>
              document.querySelectorAll('#explore details').forEach((d) => {
                d.setAttribute('open', '');
              }),
            );
            expect(await axeViolations(page), url).toEqual([]);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, url).toBeLessThanOrEqual(0);
            if (locale === 'vi' && !INDEXES.includes(address)) {
              // No English on a Vietnamese page. Left aside: the sources' own words (lang="en"), the names
              // and titles of sources as the sources table records them, addresses, and code.
              const english = await page.evaluate(() => {
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                const found: string[] = [];
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  if (n.parentElement?.closest('[lang="en"], .source-name, .explore-sources, code, pre, script, style, title')) continue;
                  const text = (n.textContent ?? '').replace(/https?:\/\/\S+/gu, '');
                  if (/\b(the|and|of|figures?|places?|persons|per 100,000|not|with|image|data|chart|map|table)\b/iu.test(text))
                    found.push(text.trim().slice(0, 80));
                }
                return found;
              });
              expect(english, url).toEqual([]);
            }
          }
        } finally {
          await context.close();
        }
      });
});
