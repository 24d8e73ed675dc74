// Debian's Chromium driven by playwright-core, with every request recorded so
// a test can prove that nothing left for another host.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { describeColumns, resultRows, type Cell } from '../../src/lib/console/result.ts';
import { TABLES } from '../../src/lib/schema/tables.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** One browser for a test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL requested whose host is not this machine. */
  foreign: string[];
  close(): Promise<void>;
}

const LOCAL = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function openSession(browser: Browser, options: { permissions?: string[] } = {}): Promise<Session> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, ...options });
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && !LOCAL.has(url.hostname))
      foreign.push(request.url());
  });
  const page = await context.newPage();
  return { context, page, foreign, close: () => context.close() };
}

/** How many runs the console has finished (refused, failed or answered). */
export async function finishedRuns(page: Page): Promise<number> {
  return Number((await page.getAttribute('#sql-console', 'data-runs')) ?? 0);
}

/** Waits until the console has finished more than `after` runs. */
export async function waitForRun(page: Page, after: number, timeout = 90_000): Promise<void> {
  await page.waitForFunction((n) => Number(document.querySelector('#sql-console')?.getAttribute('data-runs') ?? 0) > n, after, { timeout });
}

/**
 * Replaces the editor's text as a paste would (one input, not a keystroke per character). For a
 * query short enough to be on screen whole: CodeMirror draws only the lines in view.
 */
export async function replaceQuery(page: Page, sql: string): Promise<void> {
  await page.click('.cm-content');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(sql);
  await page.waitForFunction((text) => document.querySelector('.cm-content')?.textContent === text.replace(/\n/gu, ''), sql);
}

export async function clickRun(page: Page): Promise<void> {
  const before = await finishedRuns(page);
  await page.click('#sql-run');
  await waitForRun(page, before);
}

/** Downloads the current result as Arrow and reads it back as column names and Cells. */
export async function downloadResult(page: Page): Promise<{ columns: string[]; rows: Cell[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#sql-download-arrow')]);
  const file = await download.path();
  const table = tableFromIPC(readFileSync(file));
  const columns = describeColumns(table);
  return { columns: columns.map((c) => c.name), rows: resultRows(table, columns, 0, table.numRows) };
}

/** The same SQL run by @duckdb/node-api over the published Parquet files, as the build reads them. */
export async function nodeResult(distDir: string, sql: string): Promise<{ columns: string[]; rows: Cell[][] }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const table of TABLES) {
      await connection.run(`CREATE VIEW "${table.name}" AS SELECT * FROM read_parquet('${path.join(distDir, 'data', `${table.name}.parquet`)}')`);
    }
    const reader = await connection.runAndReadAll(sql);
    const columns = reader.columnNames();
    const rows = (reader.getRowsJson() as unknown[][]).map((row) => row.map((v) => v as Cell));
    return { columns, rows };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Numbers compare as numbers (BIGINT arrives as digits from both sides, DOUBLE may differ in the last bit after a sum). */
export function normalise(rows: Cell[][]): Array<Array<string | number | boolean | null>> {
  return rows.map((row) =>
    row.map((cell) => {
      if (typeof cell === 'string' && /^-?\d+(\.\d+)?$/u.test(cell)) return Number(cell);
      if (typeof cell === 'number') return Number(cell.toPrecision(12));
      return cell;
    }),
  );
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's violations on the page as it stands, one line each naming the rule and up to three elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  )) as { violations: AxeViolation[] };
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}
