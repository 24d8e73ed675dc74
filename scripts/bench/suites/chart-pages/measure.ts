// One chart-page measurement = one fresh Chromium process (new profile):
// launch, optionally throttle, open the page, and take, inside the page as it
// happens, the moment its first chart's SVG is in the DOM (complete: the
// parser has gone past it, or the script inserted it whole) and the moment
// that frame has been painted: the console suite's technique, a second
// requestAnimationFrame after the element exists, whose callback runs once
// the frame showing it has been made. Its time is taken when that callback
// runs, not from the frame's timestamp: a page's first frame (layout and
// paint of the whole page) can keep the main thread busy long after the next
// frame's timestamp (150 ms on /intake/), and the chart is not on screen
// before that work is done. Then wait for the
// network to go quiet and count what was received. The same function measures
// the static page and its client-rendered baseline.

import type { Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { navigationTimes } from '../../baseline.ts';
import { launchFresh, throttle, type Throttle } from '../../fresh-browser.ts';
import { kindOf, recordTransfers, type TransferTally } from '../../transfer.ts';

const TIMEOUT_MS = 120_000;
const STORE = '__chartBench';

/** Moments in ms from just before the browser was launched. */
export interface ChartPageMarks {
  launched: number;
  navigationStart: number;
  /** The first contentful paint, as the browser reports it (null if it did not). */
  firstContentfulPaint: number | null;
  domContentLoaded: number;
  load: number;
  /** The first chart's SVG is in the DOM, complete. */
  chartInDom: number;
  /** The frame showing it has been made: the second requestAnimationFrame callback after it, when it runs. */
  chartPainted: number;
  /** The timestamp of that second frame (the console suite's mark; earlier when the main thread was busy). */
  chartPaintedFrame: number;
}

export interface JavaScriptBytes {
  /** Bodies as received (compressed when the server compressed), external scripts. */
  received: number;
  /** The same scripts' decoded size. */
  decoded: number;
  /** gzip -9 of each script (external and inline), added up: the budget's measure. */
  gzip: number;
  files: Array<{ path: string; received: number; decoded: number; gzip: number }>;
  inline: { count: number; decoded: number; gzip: number };
}

export interface ChartPageRun {
  url: string;
  throttled: boolean;
  marks: ChartPageMarks;
  transfer: TransferTally;
  js: JavaScriptBytes;
}

/** Installed with page.addInitScript: it must not refer to anything outside itself. */
function recordFirstChart({ store, selector }: { store: string; selector: string }): void {
  const marks: { inDom?: number; painted?: number; paintedFrame?: number } = {};
  let resolve: (value: typeof marks) => void = () => {};
  const done = new Promise<typeof marks>((r) => (resolve = r));
  (window as unknown as Record<string, unknown>)[store] = { marks, done };
  // Complete: something follows the SVG in the document (the parser has gone past its end tag),
  // or it was inserted whole by a script into a page that goes on after it.
  const followed = (node: Node | null): boolean => {
    for (let n = node; n; n = n.parentNode) if (n.nextSibling) return true;
    return false;
  };
  const check = () => {
    const svg = document.querySelector(selector);
    if (!svg || !followed(svg)) return false;
    marks.inDom = performance.timeOrigin + performance.now();
    requestAnimationFrame(() =>
      requestAnimationFrame((frame) => {
        marks.painted = performance.timeOrigin + performance.now();
        marks.paintedFrame = performance.timeOrigin + frame;
        resolve(marks);
      }),
    );
    return true;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function scriptBytes(page: Page, external: Array<Promise<JavaScriptBytes['files'][number] | null>>): Promise<JavaScriptBytes> {
  const files = (await Promise.all(external)).filter((f) => f !== null);
  const inlineTexts = await page.evaluate(() =>
    [...document.scripts].filter((s) => !s.src && (!s.type || s.type === 'module' || s.type.includes('javascript'))).map((s) => s.text),
  );
  const inlineGzip = inlineTexts.reduce((n, text) => n + gzipSync(text, { level: 9 }).length, 0);
  const sum = (f: (x: JavaScriptBytes['files'][number]) => number) => files.reduce((n, x) => n + f(x), 0);
  return {
    received: sum((f) => f.received),
    decoded: sum((f) => f.decoded),
    gzip: sum((f) => f.gzip) + inlineGzip,
    files,
    inline: { count: inlineTexts.length, decoded: inlineTexts.reduce((n, t) => n + Buffer.byteLength(t), 0), gzip: inlineGzip },
  };
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * The chart's SVG as the browser holds it, written so that two drawings
 * compare by content: attributes in name order (the build's DOM writes them in
 * its own order) and every style attribute as the browser serialises it.
 */
async function chartSvg(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((svg: Element) => {
      const copy = svg.cloneNode(true) as SVGElement;
      for (const el of [copy, ...copy.querySelectorAll<SVGElement>('*')]) {
        if (el.hasAttribute('style')) el.setAttribute('style', el.style.cssText);
        const attributes = [...el.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        for (const [name] of attributes) el.removeAttribute(name);
        for (const [name, value] of attributes) el.setAttribute(name, value);
      }
      return copy.outerHTML;
    });
}

/**
 * The first chart's SVG as a page shows it, for comparing the static page's
 * drawing with the baseline's (not timed). Observable Plot shifts its lines by
 * half a pixel in a browser whose device pixel ratio is 1, and not when it
 * draws on a server: at a ratio of 2 the browser draws as the build does.
 */
export async function drawnSvg(url: string, selector: string): Promise<string> {
  const browser = await launchFresh({ deviceScaleFactor: 2 });
  try {
    await browser.page.addInitScript(recordFirstChart, { store: STORE, selector });
    await browser.page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await within(
      browser.page.evaluate((store) => (window as unknown as Record<string, { done: Promise<unknown> }>)[store].done, STORE),
      `${url}: no ${selector} painted`,
    );
    return await chartSvg(browser.page, selector);
  } finally {
    await browser.close();
  }
}

export async function measureChartPage(url: string, selector: string, options: { throttle?: Throttle } = {}): Promise<ChartPageRun> {
  const browser = await launchFresh();
  try {
    const { page, context, launchStartedAt } = browser;
    const transfers = recordTransfers(context);
    const scripts: Array<Promise<JavaScriptBytes['files'][number] | null>> = [];
    context.on('requestfinished', (request) => {
      if (kindOf(request.url()) !== 'js') return;
      scripts.push(
        Promise.all([request.sizes(), request.response()])
          .then(async ([sizes, response]) => {
            const body = response ? await response.body() : Buffer.alloc(0);
            const received = sizes.responseBodySize > 0 ? sizes.responseBodySize : Number(response?.headers()['content-length'] ?? body.length);
            return { path: new URL(request.url()).pathname, received, decoded: body.length, gzip: gzipSync(body, { level: 9 }).length };
          })
          .catch(() => null),
      );
    });
    await page.addInitScript(recordFirstChart, { store: STORE, selector });
    if (options.throttle) await throttle(page, options.throttle);
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    const chart = await within(
      page.evaluate(
        (store) => (window as unknown as Record<string, { done: Promise<{ inDom: number; painted: number; paintedFrame: number }> }>)[store].done,
        STORE,
      ),
      `${url}: no ${selector} painted`,
    );
    // Whatever the page still fetches after its chart (fonts, a late script) counts in its bytes.
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
    const nav = await navigationTimes(page);
    const fcp = await page.evaluate(() => {
      const entry = performance.getEntriesByName('first-contentful-paint')[0];
      return entry ? performance.timeOrigin + entry.startTime : null;
    });
    const since = (at: number) => at - launchStartedAt;
    const transfer = await transfers.snapshot();
    if (transfer.failed.length) throw new Error(`${url}: requests failed: ${transfer.failed.join(', ')}`);
    return {
      url,
      throttled: options.throttle !== undefined,
      marks: {
        launched: browser.launchMs,
        navigationStart: since(nav.startedAt),
        firstContentfulPaint: fcp === null ? null : since(fcp),
        domContentLoaded: since(nav.domContentLoadedAt),
        load: since(nav.loadedAt),
        chartInDom: since(chart.inDom),
        chartPainted: since(chart.painted),
        chartPaintedFrame: since(chart.paintedFrame),
      },
      transfer,
      js: await scriptBytes(page, scripts),
    };
  } finally {
    await browser.close();
  }
}
