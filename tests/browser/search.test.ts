// The site search (issue 13, sections 1 and 3) in Debian's Chromium against
// the built site: the header's box loads nothing until it is used, finds every
// province of both systems by its unaccented name and published figures by
// their printed number, works with the keyboard alone; the check-a-number box
// gives the right kind of answer for real sentences made from the sources'
// excerpts; the search page has no axe violations and no horizontal overflow
// at 375 and 1280 px, in both languages; no request leaves the site.

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { figurePath, placePath } from '../../src/lib/data/paths.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { fold } from '../../src/lib/search/fold.ts';
import { searchStrings } from '../../src/i18n/strings/search.ts';
import { axeViolations, nodeResult, openSession, useBrowser, type Session } from './browser.ts';

const site = inject('siteUrl');
const dist = inject('distDir');
const browser = useBrowser();

/** Every session of this file: their requests to other hosts are checked at the end. */
const sessions: Session[] = [];
async function session(viewport?: { width: number; height: number }): Promise<Session> {
  const s = await openSession(browser());
  if (viewport) await s.page.setViewportSize(viewport);
  sessions.push(s);
  return s;
}
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close().catch(() => {})));
});

async function rows<T>(sql: string): Promise<T[]> {
  const { columns, rows } = await nodeResult(dist, sql);
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])) as T);
}

/** A small, seeded generator (mulberry32): the same draw on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function draw<T>(items: T[], n: number, seed: number): T[] {
  const next = random(seed);
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
  return out;
}

/** Types a query into the header's box and waits for its list of results; returns the links shown, by kind. */
async function headerSearch(page: Page, query: string): Promise<Record<string, Array<{ title: string; href: string }>>> {
  await page.fill('#site-search-q', query);
  await page.waitForSelector(`#site-search-list[data-query="${query.replace(/"/gu, '\\"')}"]`, { state: 'attached', timeout: 30_000 });
  return page.$$eval('#site-search-list [role="group"]', (groups) =>
    Object.fromEntries(
      groups.map((g) => [
        g.querySelector('.search-group-label')!.id.replace('site-search-kind-', ''),
        [...g.querySelectorAll<HTMLAnchorElement>('[role="option"]')].map((a) => ({
          title: a.querySelector('.search-hit-title')!.textContent ?? '',
          href: a.getAttribute('href') ?? '',
        })),
      ]),
    ),
  );
}

/** Opens the search page for a query and returns the links listed under one kind, showing more until `href` is listed (or `rounds` more). */
async function pageSearch(page: Page, query: string, kind: string, href: string, rounds = 2): Promise<string[]> {
  await page.goto(`${site}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#search-page-results[data-query]', { state: 'attached', timeout: 30_000 });
  for (let round = 0; ; round++) {
    const links = await page.$$eval(`.search-kind[data-kind="${kind}"] .search-hits a`, (as) => as.map((a) => a.getAttribute('href') ?? ''));
    const more = page.locator(`.search-kind[data-kind="${kind}"] button`);
    if (links.includes(href) || round >= rounds || !(await more.count())) return links;
    await more.click();
    await page.waitForFunction(([k, n]) => document.querySelectorAll(`.search-kind[data-kind="${k}"] .search-hits a`).length > Number(n), [
      kind,
      String(links.length),
    ] as const);
  }
}

describe('search: the header box', () => {
  it('loads no search script or index before the box is used, then loads them from the site itself', async () => {
    const { page } = await session();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${site}/charts/attainment/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind/') || p.includes('widget') || p.startsWith('/search/'))).toEqual([]);
    await page.focus('#site-search-q');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/pagefind/pagefind.js')));
    const results = await headerSearch(page, 'quang ninh');
    expect(results.place?.[0]).toMatchObject({ title: 'Quảng Ninh' });
    expect(requested.some((p) => p.startsWith('/pagefind/') && p.endsWith('.pf_index'))).toBe(true);
    // Only the search page loads the check-a-number figures.
    expect(requested).not.toContain('/search/check.json');
  });

  it('finds the issue’s examples typed without diacritics', async () => {
    const { page } = await session();
    await page.goto(`${site}/`);
    for (const [query, name] of [
      ['quang ninh', 'Quảng Ninh'],
      ['da nang', 'Đà Nẵng'],
      ['dak lak', 'Đắk Lắk'],
      ['ba ria', 'Bà Rịa - Vũng Tàu'],
    ]) {
      const results = await headerSearch(page, query);
      expect(results.place?.[0]?.title, query).toBe(name);
    }
  });

  it('ranks an exact match first when the query is typed with its diacritics', async () => {
    const { page } = await session();
    await page.goto(`${site}/`);
    expect((await headerSearch(page, 'Hà Giang')).place?.[0]?.title).toBe('Hà Giang');
    expect((await headerSearch(page, 'Hậu Giang')).place?.[0]?.title).toBe('Hậu Giang');
    expect((await headerSearch(page, 'Đắk Nông')).place?.[0]?.title).toBe('Đắk Nông');
  });

  it('finds each of the 63 and the 34 provinces by its unaccented name', async () => {
    const provinces = await rows<{ place_id: string; name_vi: string; name_en: string; level: string }>(
      "SELECT place_id, name_vi, name_en, level FROM places WHERE level IN ('province', 'province_2025') ORDER BY level, place_id",
    );
    expect(provinces.filter((p) => p.level === 'province')).toHaveLength(63);
    expect(provinces.filter((p) => p.level === 'province_2025')).toHaveLength(34);
    const { page } = await session();
    await page.goto(`${site}/en/`);
    const missed: string[] = [];
    for (const p of provinces) {
      const query = fold(p.name_vi);
      const results = await headerSearch(page, query);
      const hrefs = (results.place ?? []).map((h) => h.href);
      if (!hrefs.includes(placePath('en', p))) missed.push(`${query} → ${hrefs.join(', ')}`);
    }
    expect(missed).toEqual([]);
  });

  it('works with the keyboard alone: arrows through the results, Enter opens, Escape closes', async () => {
    const { page } = await session();
    await page.goto(`${site}/intake/`);
    // From the top of the page: the skip link, the site's name, then the search box.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('nghe an');
    await page.waitForSelector('#site-search-list[data-query="nghe an"]', { state: 'attached' });
    const input = page.locator('#site-search-q');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const options = await page.$$eval('#site-search-list [role="option"]', (os) => os.map((o) => ({ id: o.id, href: o.getAttribute('href') })));
    expect(options.length).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(options[0].id);
    expect(await page.getAttribute(`#${options[0].id}`, 'aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(options[1].id);
    // Up from the first wraps to the last, the link to every result on the search page.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(options.at(-1)!.id);
    expect(options.at(-1)!.href).toBe('/search/?q=nghe+an');
    await page.keyboard.press('ArrowDown');
    // Escape closes the list and keeps the text; a second Escape empties the box.
    await page.keyboard.press('Escape');
    expect(await page.isVisible('.search-popup')).toBe(false);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.inputValue()).toBe('nghe an');
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');
    // Enter opens the chosen result.
    await page.keyboard.type('nghe an');
    await page.waitForSelector('#site-search-list[data-query="nghe an"]', { state: 'attached' });
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(`${site}${options[0].href}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(options[0].href);
    // Enter with no result chosen opens the search page with the query.
    await page.focus('#site-search-q');
    await page.keyboard.type('methadone');
    await Promise.all([page.waitForURL(/\/search\/\?q=methadone$/u), page.keyboard.press('Enter')]);
    await page.waitForSelector('#search-page-results[data-query="methadone"]', { state: 'attached' });
    expect(await page.locator('.search-kind[data-kind="measure"] .search-hits a').count()).toBeGreaterThan(0);
  });
});

describe('search: figures by their printed number', () => {
  it('finds 20 figures drawn at random from the published table by their number as printed, each linking to its row on its source page', async () => {
    const figures = await rows<{ figure_id: string; printed: string }>('SELECT figure_id, printed FROM figures ORDER BY figure_id');
    const drawn = draw(figures, 20, 13);
    const { page } = await session();
    const missed: string[] = [];
    for (const f of drawn) {
      const href = figurePath('vi', f.figure_id);
      const links = await pageSearch(page, f.printed, 'figure', href);
      if (!links.includes(href)) missed.push(`"${f.printed}" (${f.figure_id}): ${links.length} figures listed`);
    }
    expect(missed).toEqual([]);
    // The link leads to the figure's row, opened and marked.
    const f = drawn[0];
    await page.goto(`${site}${figurePath('vi', f.figure_id)}`);
    const row = page.locator(`tr#${figurePath('vi', f.figure_id).split('#')[1]}`);
    expect(await row.isVisible()).toBe(true);
    expect(await row.textContent()).toContain(f.printed);
  });

  it('finds the issue’s numbers: "674", "96,3%", "1.482" and a document number', async () => {
    const { page } = await session();
    await page.goto(`${site}/`);
    expect((await headerSearch(page, '674')).figure?.[0]?.title).toBe('674 lượt người');
    expect((await headerSearch(page, '96,3%')).figure?.[0]?.title).toBe('96,3%');
    expect((await headerSearch(page, '1.482')).figure?.[0]?.title).toBe('1.482');
    expect((await headerSearch(page, '146/KH-UBND')).source?.length).toBeGreaterThan(0);
  });
});

describe('check a number', () => {
  interface Figure {
    figure_id: string;
    place_id: string;
    place_name_vi: string;
    year: number;
    value: number;
    printed: string;
    locator: string;
    unit: string;
  }

  async function check(page: Page, text: string): Promise<Array<{ kind: string; figures: string[]; text: string }>> {
    await page.goto(`${site}/search/?check=${encodeURIComponent(text)}`);
    await page.waitForSelector('#check-results[data-checked]', { state: 'attached', timeout: 30_000 });
    return page.$$eval('#check-results .check-answer', (answers) =>
      answers.map((a) => ({
        kind: a.getAttribute('data-kind') ?? '',
        figures: [...a.querySelectorAll('[data-figure]')].map((li) => li.getAttribute('data-figure') ?? ''),
        text: a.textContent ?? '',
      })),
    );
  }

  it('answers a dozen real sentences made from the sources’ excerpts with the right kind of answer', async () => {
    // Figures of a province or the country, in a year, printed as a plain number (no qualifier, no range) in a Vietnamese source.
    const figures = await rows<Figure>(`
      SELECT figure_id, place_id, place_name_vi, year, value, printed, locator, unit FROM figures
      WHERE place_level IN ('province', 'country') AND year IS NOT NULL AND qualifier = 'exact' AND source_language = 'vi'
        AND unit IN ('persons', 'person_times', 'percent') AND NOT regexp_matches(locator, '\\d{1,2}/\\d{4}')
      ORDER BY figure_id`);
    const all = await rows<{ year: number | null; value: number }>('SELECT year, value FROM figures');
    const numeral = (f: Figure) => /\d+(?:[.,]\d+)*/u.exec(f.printed)![0];
    // The excerpt with its number changed: the numeral where it stands alone, not inside another number.
    const change = (f: Figure, to: string) => f.locator.replace(new RegExp(`(?<![\\d.,])${numeral(f).replace(/[.]/gu, '\\.')}(?![\\d]|[.,]\\d)`, 'u'), to);
    // Excerpts that name no province or country of their own (so that moving one elsewhere moves all of it).
    const names = (await rows<{ name_vi: string }>("SELECT name_vi FROM places WHERE level IN ('province', 'province_2025', 'country')")).map((p) =>
      fold(p.name_vi),
    );
    const namesNoPlace = (f: Figure) => !names.some((n) => fold(f.locator).includes(n));
    const sentence = (f: Figure, locator = f.locator, place = f.place_name_vi, year = f.year) => `${locator} (${place}, năm ${year})`;
    const { page } = await session();
    const wrong: string[] = [];

    // The same number: the excerpt as printed, with its place and year.
    for (const f of draw(figures, 6, 1)) {
      const answers = await check(page, sentence(f));
      if (!answers.some((a) => a.kind === 'same' && a.figures.includes(f.figure_id))) wrong.push(`same: ${sentence(f)} → ${JSON.stringify(answers)}`);
    }
    // A different number for the same place, measure and year: the excerpt with its number changed
    // (to one no figure of that place and year has).
    const changeable = figures.filter(
      (f) => f.unit !== 'percent' && Number.isInteger(f.value) && !all.some((g) => g.year === f.year && g.value === f.value + 1),
    );
    for (const f of draw(changeable, 3, 2)) {
      const changed = change(f, formatNumber(f.value + 1, 'vi'));
      const answers = await check(page, sentence(f, changed));
      if (!answers.some((a) => a.kind === 'different' && a.figures.includes(f.figure_id)))
        wrong.push(`different: ${sentence(f, changed)} → ${JSON.stringify(answers)}`);
    }
    // Nothing published: an excerpt moved to a province and year with no figure at all.
    const empty = await rows<{ name_vi: string }>(`
      SELECT name_vi FROM places p WHERE level = 'province'
        AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.place_id = p.place_id OR f.province_code = p.code) ORDER BY place_id`);
    const provinces = draw(empty, 3, 3);
    for (const [i, f] of draw(figures.filter(namesNoPlace), 3, 4).entries()) {
      const text = sentence(f, f.locator, provinces[i].name_vi, 2019);
      const answers = await check(page, text);
      if (!answers.some((a) => a.kind === 'none' && a.text.includes(provinces[i].name_vi) && a.text.includes('2019')))
        wrong.push(`none: ${text} → ${JSON.stringify(answers)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads the issue’s example, unaccented too, and links the figure to its source', async () => {
    const { page } = await session();
    for (const text of ['Quảng Ninh tiếp nhận 674 lượt người năm 2021', 'quang ninh tiep nhan 674 luot nguoi nam 2021']) {
      const answers = await check(page, text);
      expect(answers.map((a) => a.kind)).toEqual(['same']);
      expect(answers[0].figures).toEqual(['quang-ninh-baodansinh-doi-moi-cai-nghien/facility-admissions-2021']);
    }
    const link = page.locator('.check-same .check-source a').first();
    expect(await link.getAttribute('href')).toBe('/sources/quang-ninh-baodansinh-doi-moi-cai-nghien/#figure-facility-admissions-2021');
    const different = await check(page, 'Quảng Ninh tiếp nhận 700 lượt người năm 2021');
    expect(different.map((a) => a.kind)).toEqual(['different']);
    expect(different[0].text).toContain('674 lượt người');
    const none = await check(page, 'Quảng Ninh tiếp nhận 700 lượt người năm 2014');
    expect(none.map((a) => a.kind)).toEqual(['none']);
    expect(await page.locator('.check-none a[href^="/coverage/"]').count()).toBeGreaterThan(0);
  });
});

describe('search page: accessibility and layout', () => {
  for (const locale of ['vi', 'en'] as const) {
    for (const width of [375, 1280]) {
      it(`/${locale === 'en' ? 'en/' : ''}search/ at ${width} px, with results, a check and the header's list open: no axe violations, no horizontal overflow`, async () => {
        const { page } = await session({ width, height: 900 });
        const prefix = locale === 'en' ? '/en' : '';
        await page.goto(
          `${site}${prefix}/search/?q=${encodeURIComponent('quang ninh')}&check=${encodeURIComponent('Quảng Ninh tiếp nhận 700 lượt người năm 2021, đạt 96,3% chỉ tiêu; Hà Giang năm 2019 có 1.234 người')}`,
        );
        await page.waitForSelector('#search-page-results[data-query]', { state: 'attached', timeout: 30_000 });
        await page.waitForSelector('#check-results[data-checked]', { state: 'attached', timeout: 30_000 });
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await headerSearch(page, 'da nang');
        expect(await page.isVisible('.search-popup')).toBe(true);
        const popup = (await page.locator('.search-popup').boundingBox())!;
        expect(popup.x).toBeGreaterThanOrEqual(0);
        expect(popup.x + popup.width).toBeLessThanOrEqual(width);
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    }
  }

  it('the Vietnamese search page shows none of the English strings', async () => {
    const { page } = await session();
    await page.goto(`${site}/search/?q=${encodeURIComponent('674')}&check=${encodeURIComponent('Quảng Ninh tiếp nhận 700 lượt người năm 2014')}`);
    await page.waitForSelector('#check-results[data-checked]', { state: 'attached', timeout: 30_000 });
    await page.waitForSelector('#search-page-results[data-query]', { state: 'attached', timeout: 30_000 });
    await headerSearch(page, 'tai nghien');
    // What a reader sees (innerText leaves out hidden elements and the aria-only hint), not the markup's text.
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is checked
    const text = await page.evaluate(() => document.body.innerText);
    const english = Object.values(searchStrings.en)
      .flatMap((s) => s.split(/\{\w+\}/u))
      .map((s) => s.trim())
      .filter((s) => s.length > 8);
    expect(english.filter((s) => text.includes(s))).toEqual([]);
  });
});

describe('search: the built index', () => {
  it('ships with the build, its scripts precompressed, the records file removed', () => {
    expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(dist, 'pagefind/pagefind.js.br'))).toBe(true);
    expect(existsSync(path.join(dist, 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(existsSync(path.join(dist, 'search/check.json.br'))).toBe(true);
    expect(existsSync(path.join(dist, 'search/records.json'))).toBe(false);
    expect(existsSync(path.join(dist, 'pagefind/pagefind-ui.js'))).toBe(false);
  });

  it('no request left the site', () => {
    // Runs last: the sessions above have all recorded their requests by now.
    expect(sessions.length).toBeGreaterThan(10);
    expect(sessions.flatMap((s) => s.foreign)).toEqual([]);
  });
});
