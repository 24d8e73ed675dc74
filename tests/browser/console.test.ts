// The SQL console in Debian's Chromium, against the built site served with
// its real headers: every example gives what the build's DuckDB gives, links
// round-trip, hostile SQL is refused without a request leaving the machine,
// and a runaway query can be cancelled.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXAMPLES } from '../../src/lib/console/examples.ts';
import { startServer } from '../../scripts/serve.ts';
import { contentSecurityPolicy, CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/lib/security-headers.ts';
import { clickRun, downloadResult, finishedRuns, nodeResult, normalise, openSession, replaceQuery, useBrowser, waitForRun, type Session } from './browser.ts';

const site = inject('siteUrl');
const dist = inject('distDir');
const browser = useBrowser();

const CLIPBOARD = ['clipboard-read', 'clipboard-write'];

// One page for the file's tests: its renderer keeps the engine's compiled
// WebAssembly across navigations (V8 shares a module compiled from the same
// bytes), so a test does not compile the 34 MB engine again: an engine start
// takes about 2.5 s instead of 4.5 s on two cores. A test that must start from
// nothing (a copied link opened "elsewhere") asks for a fresh context.
let shared: Session | undefined;
beforeAll(async () => {
  shared = await openSession(browser(), { permissions: CLIPBOARD });
});
afterAll(async () => shared?.close());

async function withSession<T>(fn: (s: Session) => Promise<T>, options: { fresh?: boolean } = {}): Promise<T> {
  const session = options.fresh ? await openSession(browser(), { permissions: CLIPBOARD }) : shared!;
  try {
    const result = await fn(session);
    expect(session.foreign, 'requests to hosts other than this machine').toEqual([]);
    return result;
  } finally {
    if (options.fresh) await session.close();
    // What a test held back or blocked is released for the next one.
    else await session.page.unrouteAll({ behavior: 'ignoreErrors' });
  }
}

const sqlLink = (sql: string, lang = '') => `${site}${lang}/sql/?${new URLSearchParams({ sql })}`;

describe('example queries', () => {
  // One engine for all of them: the first arrives by its link (?example= runs on arrival), each other
  // by its button on the same page. Every link's arrival is checked below, with the precomputed answers.
  it(`each of the ${EXAMPLES.length} examples returns exactly what @duckdb/node-api returns, the first on arrival by its link`, async () => {
    await withSession(async ({ page }) => {
      for (const [i, example] of EXAMPLES.entries()) {
        const expected = await nodeResult(dist, example.sql);
        if (i === 0) {
          await page.goto(`${site}/sql/?example=${example.id}`);
          await waitForRun(page, 0);
        } else {
          const before = await finishedRuns(page);
          await page.click(`button.run-example[data-example="${example.id}"]`);
          await waitForRun(page, before);
          expect(new URL(page.url()).search, example.id).toBe(`?example=${example.id}`);
        }
        expect(await page.isHidden('#sql-error'), example.id).toBe(true);
        const shown = await downloadResult(page);
        expect(shown.columns, example.id).toEqual(expected.columns);
        expect(normalise(shown.rows), example.id).toEqual(normalise(expected.rows));
        expect(await page.textContent('#sql-result-summary'), example.id).toMatch(new RegExp(`^${expected.rows.length} dòng · [\\d.]+ ms$`, 'u'));
        // Paging: at most one page of rows is drawn.
        expect(await page.locator('#sql-result-table tbody tr').count(), example.id).toBe(Math.max(1, Math.min(100, expected.rows.length)));
      }
    });
  });

  it('every example shows its answer computed at build time at once, identical to @duckdb/node-api, even when the engine never starts', async () => {
    await withSession(async ({ page }) => {
      // No engine: what is on screen can only be the precomputed answer.
      await page.route('**/*.wasm', (route) => route.abort());
      for (const example of EXAMPLES) {
        const expected = await nodeResult(dist, example.sql);
        await page.goto(`${site}/sql/?example=${example.id}`);
        await page.waitForSelector('#sql-result[data-answer="precomputed"]', { timeout: 5000 });
        expect(await page.textContent('#sql-result-summary')).toBe(`${expected.rows.length} dòng · tính sẵn`);
        expect(await page.textContent('#sql-result-source')).toMatch(/^Kết quả tính sẵn khi xây dựng trang/u);
        const shown = await downloadResult(page);
        expect(shown.columns, example.id).toEqual(expected.columns);
        expect(normalise(shown.rows), example.id).toEqual(normalise(expected.rows));
      }
    });
  });

  it('shows the precomputed answer before the engine, then the live result takes its place without touching what the reader typed', async () => {
    await withSession(async ({ page }) => {
      // Hold the engine back until the reader has typed.
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/*.wasm', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${site}/en/sql/?example=relapse`);
      await page.waitForSelector('#sql-result[data-answer="precomputed"]');
      expect(await finishedRuns(page)).toBe(0);
      expect(await page.textContent('#sql-result-summary')).toMatch(/^\d+ rows · precomputed$/u);
      await page.click('.cm-content');
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type('\n-- my note');
      release();
      await waitForRun(page, 0);
      expect(await page.getAttribute('#sql-result', 'data-answer')).toBe('live');
      expect(await page.textContent('#sql-result-summary')).toMatch(/^\d+ rows · [\d,.]+ ms$/u);
      expect(await page.textContent('.cm-content')).toContain('-- my note');
    });
  });

  it('the editor can be typed in before CodeMirror has arrived, and keeps the text when it does', async () => {
    await withSession(async ({ page }) => {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/_astro\/editor\.[\w-]+\.js$/u, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${site}/en/sql/`);
      await page.waitForSelector('#sql-console[data-ready] textarea#sql-editor-text');
      await page.fill('#sql-editor-text', 'SELECT 6 * 7 AS answer');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('sql') === 'SELECT 6 * 7 AS answer');
      release();
      await page.waitForSelector('.cm-content');
      expect(await page.isHidden('#sql-editor-text')).toBe(true);
      expect(await page.textContent('.cm-content')).toBe('SELECT 6 * 7 AS answer');
      await clickRun(page);
      expect((await downloadResult(page)).rows).toEqual([[42]]);
    });
  });

  it('an example runs with one click, in English too, and its link names it', async () => {
    await withSession(async ({ page }) => {
      await page.goto(`${site}/en/sql/`);
      const before = await finishedRuns(page);
      await page.click('button.run-example[data-example="relapse"]');
      await waitForRun(page, before);
      expect(new URL(page.url()).search).toBe('?example=relapse');
      expect(await page.textContent('#sql-status')).toMatch(/rows in [\d,]+ ms/u);
    });
  });
});

describe('links', () => {
  const sql = "SELECT place_id, name_vi, population_2019 FROM places WHERE level = 'province' ORDER BY population_2019 DESC, place_id";

  it('a link with SQL fills the editor but runs only when Run is pressed, with the same result', async () => {
    const expected = await nodeResult(dist, sql);
    await withSession(async ({ page }) => {
      await page.goto(sqlLink(sql));
      // The page has read the link when its status says so; a link that ran would have started the engine.
      await page.waitForFunction(() => /nhấn Chạy/u.test(document.querySelector('#sql-status')?.textContent ?? ''));
      expect(await finishedRuns(page)).toBe(0);
      expect(await page.getAttribute('#sql-console', 'aria-busy')).toBeNull();
      expect(await page.isHidden('#sql-result')).toBe(true);
      await clickRun(page);
      const shown = await downloadResult(page);
      expect(shown.columns).toEqual(expected.columns);
      expect(normalise(shown.rows)).toEqual(normalise(expected.rows));
    });
  });

  it('the URL follows the editor, and the copied link gives the same result elsewhere', async () => {
    const typed = 'SELECT measure_id, label_en FROM measures ORDER BY measure_id LIMIT 7';
    const link = await withSession(async ({ page }) => {
      await page.goto(`${site}/en/sql/`);
      await page.click('.cm-content');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(typed);
      await page.waitForFunction((text) => new URLSearchParams(location.search).get('sql') === text, typed);
      await page.click('#sql-copy-link');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(page.url());
      // Ctrl/Cmd+Enter runs from the editor.
      await page.click('.cm-content');
      const before = await finishedRuns(page);
      await page.keyboard.press('ControlOrMeta+Enter');
      await waitForRun(page, before);
      return { url: copied, result: await downloadResult(page) };
    });
    // Elsewhere: a browser that has never seen the console.
    await withSession(
      async ({ page }) => {
        await page.goto(link.url);
        expect(await finishedRuns(page)).toBe(0);
        await clickRun(page);
        expect(await downloadResult(page)).toEqual(link.result);
      },
      { fresh: true },
    );
  });

  /** Opens the console with CodeMirror held back, fills the plain editor (fast, unlike typing), then lets CodeMirror in. */
  async function openWithText(session: Session, url: string, text: string): Promise<void> {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await session.page.route(/\/_astro\/editor\.[\w-]+\.js$/u, async (route) => {
      await held;
      await route.continue();
    });
    await session.page.goto(url);
    await session.page.fill('#sql-editor-text', text);
    release();
    await session.page.waitForSelector('.cm-content');
  }

  it('a long query travels compressed in the fragment, and the copied link gives the same query elsewhere', async () => {
    const long = `SELECT place_id, name_vi FROM places WHERE place_id IN (\n${Array.from({ length: 400 }, (_, i) => `  'province:${String(i).padStart(3, '0')}' -- ${i}`).join(',\n')}\n) ORDER BY place_id`;
    expect(long.length).toBeGreaterThan(8000);
    const copy = async (page: Session['page']) => {
      // The engine's progress would overwrite the status line: let it finish loading first.
      await page.waitForFunction(() => !document.querySelector('#sql-console')?.hasAttribute('aria-busy'), null, { timeout: 60_000 });
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.click('#sql-copy-link');
      await page.waitForFunction(() => /Link copied/u.test(document.querySelector('#sql-status')?.textContent ?? ''));
      return page.evaluate(() => navigator.clipboard.readText());
    };
    const copied = await withSession(async (session) => {
      await openWithText(session, `${site}/en/sql/`, long);
      const url = await copy(session.page);
      expect(await session.page.textContent('#sql-status')).toMatch(/compressed/u);
      expect(url).toBe(session.page.url());
      expect(new URL(url).search).toBe('');
      expect(new URL(url).hash).toMatch(/^#z=[\w-]+$/u);
      expect(url.length).toBeLessThan(long.length / 2);
      return url;
    });
    await withSession(
      async ({ page }) => {
        await page.goto(copied);
        await page.waitForSelector('.cm-content');
        expect(await page.textContent('#sql-status')).toMatch(/press Run/u);
        expect(await finishedRuns(page)).toBe(0);
        // The editor holds exactly the query: its own link is the same link.
        expect(await copy(page)).toBe(copied);
        await clickRun(page);
        expect((await downloadResult(page)).columns).toEqual(['place_id', 'name_vi']);
      },
      { fresh: true },
    );
  });

  it('a query too long for any link is not copied, and the console says so', async () => {
    let seed = 7;
    const noise = Array.from({ length: 40_000 }, () => String.fromCharCode(35 + ((seed = (seed * 48271) % 2147483647) % 88))).join('');
    await withSession(async (session) => {
      await openWithText(session, `${site}/sql/`, `SELECT '${noise}'`);
      const { page } = session;
      await page.waitForFunction(() => !document.querySelector('#sql-console')?.hasAttribute('aria-busy'), null, { timeout: 60_000 });
      await page.evaluate(() => navigator.clipboard.writeText('untouched'));
      await page.click('#sql-copy-link');
      await page.waitForFunction(() => /quá dài/u.test(document.querySelector('#sql-status')?.textContent ?? ''));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('untouched');
      expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
    });
  });

  it('the CSV download holds the result', async () => {
    await withSession(async ({ page }) => {
      await page.goto(sqlLink("SELECT 'a,b' AS text, 1.5 AS x, NULL AS nothing, DATE '2020-02-29' AS day"));
      await clickRun(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#sql-download-csv')]);
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(await download.path(), 'utf8')).toBe('text,x,nothing,day\r\n"a,b",1.5,,2020-02-29\r\n');
    });
  });

  it('a link naming an unknown example, or carrying other parameters, runs nothing and says so', async () => {
    await withSession(async ({ page }) => {
      await page.goto(`${site}/en/sql/?example=drop-everything`);
      expect(await page.textContent('#sql-status')).toMatch(/example query that does not exist/u);
      await page.goto(`${site}/en/sql/?example=relapse&sql=${encodeURIComponent('SELECT 1')}`);
      expect(await page.textContent('#sql-status')).toMatch(/does not accept/u);
      // The status is the page's decision: a link that ran would have started the engine.
      expect(await finishedRuns(page)).toBe(0);
      expect(await page.getAttribute('#sql-console', 'aria-busy')).toBeNull();
    });
  });
});

describe('hostile queries and links', () => {
  const HOSTILE: Array<[string, RegExp]> = [
    ["SELECT * FROM read_csv('https://example.com/data.csv')", /does not fetch any other address/u],
    ["SELECT * FROM read_parquet('https://example.com/data.parquet')", /does not install or load DuckDB extensions/u],
    ["SELECT * FROM 'https://example.com/data.csv'", /does not fetch any other address/u],
    ['INSTALL httpfs', /does not install or load DuckDB extensions/u],
    ['FORCE INSTALL httpfs', /does not install or load DuckDB extensions/u],
    ['LOAD httpfs', /does not install or load DuckDB extensions/u],
    ["ATTACH 'https://example.com/db.duckdb' AS remote", /does not fetch any other address/u],
    ["COPY figures TO 'figures.csv'", /does not fetch any other address/u],
    ["COPY (SELECT 1) TO 'https://example.com/upload.csv'", /does not fetch any other address/u],
    ['SET enable_external_access = true', /configuration is locked/u],
    ['SET lock_configuration = false', /configuration is locked/u],
    ['RESET lock_configuration', /configuration is locked/u],
    ['SET autoload_known_extensions = true', /configuration is locked/u],
  ];

  // Each link first (none runs on arrival), then each query run in the one engine of the last page:
  // most are refused by the engine's lockdown, which must hold query after query.
  it('are each refused with a clear message, and nothing leaves the machine', { timeout: 300_000 }, async () => {
    await withSession(async ({ page }) => {
      for (const [sql] of HOSTILE) {
        await page.goto(sqlLink(sql, '/en'));
        await page.waitForFunction(() => /press Run/u.test(document.querySelector('#sql-status')?.textContent ?? ''));
        expect(await finishedRuns(page), `${sql} ran on arrival`).toBe(0);
        expect(await page.getAttribute('#sql-console', 'aria-busy'), `${sql} started the engine on arrival`).toBeNull();
      }
      for (const [sql, explanation] of HOSTILE) {
        await replaceQuery(page, sql);
        await clickRun(page);
        const error = await page.textContent('#sql-error');
        expect(await page.isVisible('#sql-error'), sql).toBe(true);
        expect(error, sql).toMatch(explanation);
        expect(await page.textContent('#sql-status'), sql).toBe('The query was refused.');
        expect(await page.isHidden('#sql-result'), sql).toBe(true);
      }
      // The lockdown still holds after all of them.
      await replaceQuery(
        page,
        "SELECT current_setting('enable_external_access') AS ext, current_setting('lock_configuration') AS locked, current_setting('autoload_known_extensions') AS autoload",
      );
      await clickRun(page);
      expect((await downloadResult(page)).rows).toEqual([[false, true, false]]);
    });
  });

  it('an ordinary SQL error is shown inline with DuckDB’s message', async () => {
    await withSession(async ({ page }) => {
      await page.goto(sqlLink('SELECT no_such_column FROM figures', '/en'));
      await clickRun(page);
      expect(await page.textContent('#sql-error')).toMatch(/Binder Error.*no_such_column/su);
      expect(await page.textContent('#sql-status')).toBe('The query failed.');
    });
  });

  it('on the Vietnamese page, a common error is explained in Vietnamese beside DuckDB’s English message', async () => {
    await withSession(async ({ page }) => {
      for (const [i, [sql, explanation]] of (
        [
          ['SELECT no_such_column FROM figures', /^Không có cột này/u],
          ['SELECT * FROM no_such_table', /^Không có bảng này/u],
          ['SELEC 1', /^Câu truy vấn sai cú pháp/u],
          ["SELECT 'abc'::INTEGER", /^Sai kiểu dữ liệu/u],
        ] as const
      ).entries()) {
        // One page, one engine: the first query arrives by its link, the others are typed in.
        if (i === 0) await page.goto(sqlLink(sql));
        else await replaceQuery(page, sql);
        await clickRun(page);
        expect(await page.textContent('#sql-error .error-heading'), sql).toMatch(explanation);
        expect(await page.textContent('#sql-error .error-original'), sql).toBe('Thông báo gốc của DuckDB (tiếng Anh):');
        expect(await page.textContent('#sql-error pre'), sql).toMatch(/Error/u);
      }
    });
  });
});

describe('cancel', () => {
  it('stops a runaway query within a second, and the console answers afterwards', async () => {
    await withSession(async ({ page }) => {
      await page.goto(sqlLink('SELECT count(*) FROM range(100000000) a, range(100000000) b', '/en'));
      await page.click('#sql-run');
      // The status says so once the query is inside the engine (not waiting for it to start).
      await page.waitForFunction(() => document.querySelector('#sql-status')?.textContent === 'Running the query…', null, { timeout: 60_000 });
      const before = await finishedRuns(page);
      const started = Date.now();
      await page.click('#sql-cancel');
      await waitForRun(page, before, 1000);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(await page.getAttribute('#sql-run', 'aria-disabled')).toBe('false');
      expect(await page.isDisabled('#sql-cancel')).toBe(true);
      expect(await page.isHidden('#sql-error')).toBe(true);
      // The same page answers the next query, on a fresh engine.
      await page.click('.cm-content');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('SELECT 6 * 7 AS answer');
      await clickRun(page);
      expect((await downloadResult(page)).rows).toEqual([[42]]);
      expect(await page.textContent('#sql-status')).toMatch(/^1 rows in/u);
    });
  });
});

describe('results', () => {
  it('pages a large result without drawing it all, and caps what it keeps', async () => {
    await withSession(async ({ page }) => {
      await page.goto(sqlLink('SELECT range AS n FROM range(250000)', '/en'));
      await clickRun(page);
      expect(await page.textContent('#sql-result-summary')).toMatch(/^100,000 rows/u);
      expect(await page.isVisible('#sql-result-truncated')).toBe(true);
      expect(await page.locator('#sql-result-table tbody tr').count()).toBe(100);
      expect(await page.textContent('#sql-page-info')).toBe('Rows 1–100 of 100,000');
      await page.click('#sql-page-next');
      expect(await page.textContent('#sql-page-info')).toBe('Rows 101–200 of 100,000');
      expect(await page.textContent('#sql-result-table tbody tr:first-child td')).toBe('100');
    });
  });

  it('charts a result with a mark chosen from its column types', async () => {
    await withSession(async ({ page }) => {
      await page.goto(`${site}/en/sql/?example=sources-by-year`);
      await waitForRun(page, 0);
      await page.click('#sql-chart');
      await page.waitForSelector('#sql-chart-plot svg');
      expect(await page.textContent('#sql-chart-title')).toBe('Line chart: documents by year');
      expect(await page.getAttribute('#sql-chart-plot svg', 'aria-label')).toBe('Line chart: documents by year');
      // Whole years, written without separators, on the axis and in the tooltip.
      const texts = await page.$$eval('#sql-chart-plot svg text', (t) => t.map((x) => x.textContent ?? ''));
      const yearish = texts.filter((t) => /^(19|20)\d\d/u.test(t) || /^\d[,.]\d{3}$/u.test(t));
      expect(yearish.length).toBeGreaterThan(1);
      for (const t of yearish) expect(t).toMatch(/^(19|20)\d\d$/u);
      const box = (await page.locator('#sql-chart-plot svg circle').first().boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const tip = await page.waitForFunction(() =>
        [...document.querySelectorAll('#sql-chart-plot svg [aria-label="tip"] text, #sql-chart-plot svg g[aria-label="tip"]')]
          .map((t) => t.textContent)
          .join(' '),
      );
      expect(await tip.jsonValue()).toMatch(/year\s*\d{4}(?!\d)/u);
      expect(await tip.jsonValue()).not.toMatch(/\d,\d{3}/u);
    });
  });

  it('never puts two measures or units on one axis: the attainment chart draws one group and says which', async () => {
    await withSession(async ({ page }) => {
      await page.goto(`${site}/en/sql/?example=attainment-ranking`);
      await waitForRun(page, 0);
      await page.click('#sql-chart');
      await page.waitForSelector('#sql-chart-plot svg');
      expect(await page.isVisible('#sql-chart-group')).toBe(true);
      const options = await page.$$eval('#sql-chart-group option', (o) => o.map((x) => x.textContent ?? ''));
      expect(options.length).toBeGreaterThan(1);
      for (const o of options) expect(o).toMatch(/^measure_id = [\w]+, unit = [\w]+ \(\d+\)$/u);
      const title = await page.textContent('#sql-chart-title');
      expect(title).toMatch(/measure_id = \w+, unit = \w+$/u);
      const rows = /^(\d+) rows/u.exec((await page.textContent('#sql-result-summary')) ?? '')?.[1];
      expect(await page.textContent('#sql-chart-caption')).toMatch(new RegExp(`^Only \\d+ of ${rows} rows are drawn: measure_id = `, 'u'));
      await page.selectOption('#sql-chart-group', { index: 1 });
      await page.waitForFunction((before) => document.querySelector('#sql-chart-title')?.textContent !== before, title);
      expect(await page.textContent('#sql-chart-title')).toContain(options[1].replace(/ \(\d+\)$/u, ''));
    });
  });

  it('downloads the chart as SVG and PNG, with its title and the query that made it', async () => {
    await withSession(async ({ page }) => {
      await page.goto(`${site}/en/sql/?example=published-by-province`);
      await waitForRun(page, 0);
      await page.click('#sql-chart');
      await page.waitForSelector('#sql-chart-plot svg');
      const title = (await page.textContent('#sql-chart-title'))!;
      const { readFileSync } = await import('node:fs');
      const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('#sql-chart-svg')]);
      expect(svgDownload.suggestedFilename()).toBe('query-chart.svg');
      const svg = readFileSync(await svgDownload.path(), 'utf8');
      expect(svg).toMatch(/^<\?xml/u);
      expect(svg).toContain(`<title>${title}</title>`);
      expect(svg).toContain('FROM figures f');
      expect(svg).toContain('?example=published-by-province');
      // Colours are written out: the page's CSS variables do not travel with the file.
      expect(svg).not.toContain('var(--accent)');
      // So is the font, both weights, for a machine without it (and for the PNG, drawn as an isolated image).
      for (const weight of [400, 600]) expect(svg).toContain(`@font-face{font-family:'Be Vietnam Pro';font-weight:${weight};src:url(data:font/woff2;base64,`);
      const reader = await page.context().newPage();
      try {
        // Opened on its own, with no site stylesheet: every text inside the image.
        await reader.setContent(svg.replace(/^<\?xml[^>]*>\n/u, ''));
        await reader.evaluate(() => document.fonts.ready);
        const outside = await reader.evaluate(() => {
          const box = document.querySelector('svg')!.getBoundingClientRect();
          return [...document.querySelectorAll('svg text')].filter((t) => t.getBoundingClientRect().right > box.right + 0.5).map((t) => t.textContent);
        });
        expect(outside).toEqual([]);
        expect(await reader.evaluate(() => document.fonts.check("600 19px 'Be Vietnam Pro'", 'Tỷ'))).toBe(true);
      } finally {
        await reader.close();
      }
      const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('#sql-chart-png')]);
      const png = readFileSync(await pngDownload.path());
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThan(1000); // twice the chart's width
      expect(png.toString('utf8')).toContain('iTXtDescription');
      expect(png.toString('utf8')).toContain('count(DISTINCT f.source_id)');
    });
  });
});

describe('security headers', () => {
  it('are sent with every response, and the console starts under them', async () => {
    for (const path of ['/sql/', '/data/arrow/figures.arrows']) {
      const response = await fetch(`${site}${path}`);
      expect(response.status).toBe(200);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
    const csp = SECURITY_HEADERS['Content-Security-Policy'];
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/u);
    expect(csp).toMatch(/worker-src 'self'/u);
    expect(csp).toMatch(/connect-src 'self'/u);
    await withSession(
      async ({ page, context }) => {
        const headers: string[] = [];
        context.on('response', (r) => {
          if (/\.(wasm|worker\.[\w-]+\.js)$/u.test(new URL(r.url()).pathname)) headers.push(r.headers()['content-security-policy'] ?? '');
        });
        await page.goto(`${site}/sql/?example=relapse`);
        await waitForRun(page, 0);
        expect(await page.isVisible('#sql-result')).toBe(true);
        expect(headers.length).toBeGreaterThanOrEqual(2);
        for (const h of headers) expect(h).toBe(csp);
      },
      // A fresh context: the engine's files come from the server, not from the shared page's cache.
      { fresh: true },
    );
  });

  it("without 'wasm-unsafe-eval' the console says the engine did not start, instead of hanging", async () => {
    const strict = contentSecurityPolicy({ ...CONTENT_SECURITY_POLICY, 'script-src': ["'self'"] });
    const server = await startServer({ root: dist, port: 0, headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': strict } });
    try {
      const session = await openSession(browser());
      try {
        await session.page.goto(`${server.url}/en/sql/?example=relapse`);
        await waitForRun(session.page, 0, 60_000);
        expect(await session.page.textContent('#sql-error')).toMatch(/did not start in time[\s\S]*wasm-unsafe-eval/u);
        expect(await session.page.textContent('#sql-status')).toBe('The SQL engine could not start.');
      } finally {
        await session.close();
      }
    } finally {
      await server.close();
    }
  });
});
