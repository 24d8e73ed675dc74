// Search: how soon a reader who starts typing in the header's search box sees
// results, on a chart page where nothing of search has loaded yet (the box's
// script and Pagefind load on the first focus or keystroke); then a second
// query in the same page (everything loaded); the same first search throttled;
// and the check-a-number box answering a sentence given in the address.
//
// One run = one fresh Chromium (new profile: no HTTP cache) per measurement.
// The page is loaded and left to go quiet; then the box is clicked and a query
// typed at once (keys a few milliseconds apart, as a paste would be: typing
// slower only adds the typist's own time). Inside the page, a keydown listener
// takes the first and the last keystroke, and a MutationObserver on the list's
// `data-query` (set when it shows results, src/lib/search/widget.ts) takes
// the moment results are in the DOM, then the moment they are painted (a second
// requestAnimationFrame, when its callback runs, as in the chart-pages suite).
// Bytes: everything received from the click on, by kind.

import type { Page } from 'playwright-core';
import { launchFresh, throttle, THROTTLED, type Throttle } from '../../fresh-browser.ts';
import { formatValue, table } from '../../report.ts';
import { summarise } from '../../stats.ts';
import type { MetricInput, Suite, SuiteContext, SuiteOutput } from '../../suite.ts';
import { recordTransfers, type TransferTally } from '../../transfer.ts';

/** A chart page: its own JavaScript is small, and nothing of search is loaded before the box is used. */
export const SEARCH_PAGE = '/charts/attainment/';
/** What the reader types first, then second (a name without diacritics; a number as an article prints it). */
export const QUERIES = ['quang ninh', '1.482'] as const;
/** The check-a-number box, asked through the address. */
export const CHECK_PATH = `/search/?check=${encodeURIComponent('Quảng Ninh tiếp nhận 674 lượt người năm 2021')}`;
/** Between keys: none, so what is measured is the site's time, not the typist's. */
const KEY_DELAY_MS = 0;
const TIMEOUT_MS = 60_000;
const STORE = '__searchBench';

export interface SearchMarks {
  /** performance.now() in the page. */
  firstKey: number;
  lastKey: number;
  /** The list first shows results (for whatever had been typed then): in the DOM, then painted. */
  firstResultsInDom: number;
  firstResultsPainted: number;
  /** The list shows results for the whole query, painted. */
  finalResultsPainted: number;
}

export interface SearchRun {
  throttled: boolean;
  cold: SearchMarks;
  warm: SearchMarks | null;
  /** Received from the click in the box until the first query's results were painted. */
  transfer: TransferTally;
  /** Pagefind files received, by name (the index chunks and fragments the first query needed). */
  files: string[];
}

export interface CheckRun {
  /** Navigation → the check's answer drawn (painted). */
  answerPainted: number;
  transfer: TransferTally;
}

/** Installs the page-side recorder; evaluated in the page, it must not refer to anything outside itself. */
function installRecorder(store: string): void {
  const marks: Record<string, number> = {};
  (window as unknown as Record<string, unknown>)[store] = marks;
  const input = document.querySelector<HTMLInputElement>('#site-search-q')!;
  const list = document.querySelector<HTMLElement>('#site-search-list')!;
  input.addEventListener(
    'keydown',
    () => {
      const now = performance.now();
      marks.firstKey ??= now;
      marks.lastKey = now;
    },
    { capture: true },
  );
  new MutationObserver(() => {
    const query = list.dataset.query ?? '';
    const inDom = performance.now();
    marks.firstResultsInDom ??= inDom;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const painted = performance.now();
        marks.firstResultsPainted ??= painted;
        marks[`painted:${query}`] = painted;
      }),
    );
  }).observe(list, { attributes: true, attributeFilter: ['data-query'] });
}

async function typeAndWait(page: Page, query: string): Promise<SearchMarks> {
  await page.evaluate((store) => {
    const marks = (window as unknown as Record<string, Record<string, unknown>>)[store];
    for (const key of Object.keys(marks)) delete marks[key];
  }, STORE);
  await page.click('#site-search-q');
  await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  await page.waitForFunction(
    ([store, q]) => (window as unknown as Record<string, Record<string, number>>)[store][`painted:${q}`] !== undefined,
    [STORE, query] as const,
    { timeout: TIMEOUT_MS, polling: 20 },
  );
  const marks = await page.evaluate((store) => (window as unknown as Record<string, Record<string, number>>)[store], STORE);
  return {
    firstKey: marks.firstKey,
    lastKey: marks.lastKey,
    firstResultsInDom: marks.firstResultsInDom,
    firstResultsPainted: marks.firstResultsPainted,
    finalResultsPainted: marks[`painted:${query}`],
  };
}

export async function measureSearch(siteUrl: string, options: { throttle?: Throttle; warm?: boolean } = {}): Promise<SearchRun> {
  const browser = await launchFresh();
  try {
    const { page, context } = browser;
    if (options.throttle) await throttle(page, options.throttle);
    await page.goto(`${siteUrl}${SEARCH_PAGE}`, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await page.waitForLoadState('networkidle');
    await page.evaluate(installRecorder, STORE);
    const transfers = recordTransfers(context);
    const files: string[] = [];
    context.on('requestfinished', (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.startsWith('/pagefind/') || pathname.startsWith('/_astro/')) files.push(pathname);
    });
    const cold = await typeAndWait(page, QUERIES[0]);
    const transfer = await transfers.snapshot();
    let warm: SearchMarks | null = null;
    if (options.warm) {
      await page.fill('#site-search-q', '');
      warm = await typeAndWait(page, QUERIES[1]);
    }
    return { throttled: Boolean(options.throttle), cold, warm, transfer, files };
  } finally {
    await browser.close();
  }
}

export async function measureCheck(siteUrl: string): Promise<CheckRun> {
  const browser = await launchFresh();
  try {
    const { page, context } = browser;
    const transfers = recordTransfers(context);
    await page.addInitScript((store) => {
      const marks: Record<string, number> = {};
      (window as unknown as Record<string, unknown>)[store] = marks;
      new MutationObserver((_, observer) => {
        const results = document.getElementById('check-results');
        if (results?.dataset.checked === undefined) return;
        observer.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => (marks.answerPainted = performance.now())));
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-checked'] });
    }, STORE);
    await page.goto(`${siteUrl}${CHECK_PATH}`, { timeout: TIMEOUT_MS });
    await page.waitForFunction((store) => (window as unknown as Record<string, Record<string, number>>)[store].answerPainted !== undefined, STORE, {
      timeout: TIMEOUT_MS,
      polling: 20,
    });
    // performance.now() counts from the navigation's start (timeOrigin) on a fresh page.
    const answerPainted = await page.evaluate((store) => (window as unknown as Record<string, Record<string, number>>)[store].answerPainted, STORE);
    return { answerPainted, transfer: await transfers.snapshot() };
  } finally {
    await browser.close();
  }
}

const firstResults = (m: SearchMarks) => m.firstResultsPainted - m.firstKey;
const finalResults = (m: SearchMarks) => m.finalResultsPainted - m.lastKey;

export function searchMetrics(runs: SearchRun[], throttled: SearchRun[], checks: CheckRun[]): MetricInput[] {
  const metrics: MetricInput[] = [];
  const add = (m: MetricInput) => {
    if (m.samples.length > 0) metrics.push(m);
  };
  const page = `${SEARCH_PAGE}, "${QUERIES[0]}"`;
  add({
    id: 'first-results',
    group: 'header search, first use',
    label: `${page}: first keystroke → first results painted`,
    unit: 'ms',
    samples: runs.map((r) => firstResults(r.cold)),
  });
  add({
    id: 'first-results-in-dom',
    group: 'header search, first use',
    label: `${page}: first keystroke → first results in the DOM`,
    unit: 'ms',
    samples: runs.map((r) => r.cold.firstResultsInDom - r.cold.firstKey),
  });
  add({
    id: 'query-results',
    group: 'header search, first use',
    label: `${page}: last keystroke → results for the whole query painted`,
    unit: 'ms',
    samples: runs.map((r) => finalResults(r.cold)),
  });
  add({
    id: 'warm.query-results',
    group: 'header search, index loaded',
    label: `second query "${QUERIES[1]}": last keystroke → its results painted`,
    unit: 'ms',
    samples: runs.filter((r) => r.warm).map((r) => finalResults(r.warm!)),
  });
  add({
    id: 'throttled.first-results',
    group: `throttled (${THROTTLED.name})`,
    label: `${page}: first keystroke → first results painted`,
    unit: 'ms',
    samples: throttled.map((r) => firstResults(r.cold)),
  });
  add({
    id: 'bytes.first-query',
    group: 'bytes',
    label: 'received from the click in the box to the first results (bodies + headers)',
    unit: 'bytes',
    samples: runs.map((r) => r.transfer.totalBytes),
  });
  add({ id: 'bytes.first-query.js', group: 'bytes', label: '…of which JavaScript', unit: 'bytes', samples: runs.map((r) => r.transfer.bodyBytes.js) });
  add({
    id: 'requests.first-query',
    group: 'bytes',
    label: 'requests from the click in the box to the first results',
    unit: 'count',
    samples: runs.map((r) => r.transfer.requests.js + r.transfer.requests.other + r.transfer.requests.wasm),
  });
  add({
    id: 'check.answer',
    group: 'check a number',
    label: `${CHECK_PATH.split('?')[0]}?check=…: navigation → the check's answer painted`,
    unit: 'ms',
    samples: checks.map((c) => c.answerPainted),
  });
  add({
    id: 'check.bytes',
    group: 'check a number',
    label: 'received until the answer (page, scripts, published figures)',
    unit: 'bytes',
    samples: checks.map((c) => c.transfer.totalBytes),
  });
  return metrics;
}

function details(runs: SearchRun[]): string {
  const first = runs[0];
  if (!first) return '';
  const med = (values: number[]) => summarise(values).median;
  return [
    `First use of the header's box on ${SEARCH_PAGE} (medians): first keystroke → first results ${formatValue(med(runs.map((r) => firstResults(r.cold))), 'ms')}; results for "${QUERIES[0]}" ${formatValue(med(runs.map((r) => finalResults(r.cold))), 'ms')} after its last keystroke.`,
    `Files of the first search (run 1): ${first.files.length} requests.`,
    table(
      ['kind', 'bytes', 'requests'],
      (['js', 'wasm', 'other'] as const).map((k) => [k, formatValue(first.transfer.bodyBytes[k], 'bytes'), String(first.transfer.requests[k])]),
    ),
  ].join('\n');
}

export const searchSuite: Suite = {
  id: 'search',
  title: 'Search: first keystroke to first results; check a number',
  needsSite: true,
  async run(context: SuiteContext): Promise<SuiteOutput> {
    const site = context.site!;
    const runs: SearchRun[] = [];
    const throttled: SearchRun[] = [];
    const checks: CheckRun[] = [];
    for (let i = 1; i <= context.runs; i++) {
      // A static page's load in the same session, to read this session's milliseconds against (the result's baseline).
      await context.baseline();
      const run = await measureSearch(site.url, { warm: true });
      runs.push(run);
      const slow = await measureSearch(site.url, { throttle: THROTTLED });
      throttled.push(slow);
      const check = await measureCheck(site.url);
      checks.push(check);
      context.log(
        `search run ${i}/${context.runs}: first results ${Math.round(firstResults(run.cold))} ms after the first keystroke (throttled ${Math.round(firstResults(slow.cold))} ms); warm query ${run.warm ? Math.round(finalResults(run.warm)) : '–'} ms; check answered ${Math.round(check.answerPainted)} ms after navigation`,
      );
    }
    return { metrics: searchMetrics(runs, throttled, checks), details: { runs, throttled, checks }, text: details(runs) };
  },
};
