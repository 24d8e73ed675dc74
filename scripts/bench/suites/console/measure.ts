// One console measurement = one fresh Chromium process: launch, open
// /sql/?example=<first example> (the way a shared link does), wait for the
// page's own signals, then click each example's Run button in the warm
// console, close. Every time is in milliseconds from just before the browser
// was launched, unless its name says otherwise.

import type { Page } from 'playwright-core';
import { EXAMPLES } from '../../../../src/lib/console/examples.ts';
import { navigationTimes } from '../../baseline.ts';
import { epochNow, launchFresh, throttle, type Throttle } from '../../fresh-browser.ts';
import { recordTransfers, subtractTally, type TransferTally } from '../../transfer.ts';
import { readStatus, wholeNumber, type StatusStage } from './console-status.ts';
import { finishedRuns, installRecorder, recordedEvents, waitForRuns, type PageEvent } from './page-recorder.ts';

const QUERY_TIMEOUT_MS = 180_000;

/** Moments of the cold start, in ms from just before the launch; null when the page never showed that stage. */
export interface ConsoleMarks {
  launched: number;
  navigationStart: number;
  domContentLoaded: number;
  load: number;
  /** The editor is shown and editable, and that frame has been painted. */
  editorUsable: number | null;
  /** The arrival example's answer computed at build time is drawn and painted (null on a console that has none). */
  firstAnswer: number | null;
  /** The same two moments as the DOM has them, before the browser has painted them. */
  editorInDom: number | null;
  firstAnswerInDom: number | null;
  /** The engine was asked for (aria-busy set on #sql-console). */
  engineRequested: number | null;
  /** The page began the engine's start (User Timing mark sql-console:boot): download, compile, worker, tables at once. */
  bootStart: number | null;
  /** The .wasm's request sent, first byte and last byte received (Resource Timing), and compiled on the page. */
  wasmRequest: number | null;
  wasmFirstByte: number | null;
  wasmLastByte: number | null;
  wasmCompiled: number | null;
  /** The engine's JavaScript (DuckDB's API, apache-arrow) loaded and running on the page. */
  engineScript: number | null;
  /** DuckDB instantiated in its worker from the compiled module; then opened and connected. */
  instantiated: number | null;
  /** First and last "Loading the SQL engine: x of y MB" shown while the WebAssembly arrived (one when it arrived before the engine's script). */
  engineProgressFirst: number | null;
  engineProgressLast: number | null;
  /** Engine instantiated and connected; the tables start loading. */
  tablesStart: number | null;
  /** Tables in; the lockdown statements start. */
  lockdownStart: number | null;
  /** Tables loaded and locked down (aria-busy removed). */
  engineReady: number | null;
  /** The engine's result of the arrival example is drawn (data-runs becomes 1). */
  firstResult: number;
}

export interface ExampleRun {
  id: string;
  /** Click on the example's Run button to its result drawn. */
  clickToResultMs: number;
  /** The time the console itself reports for the query (inside the engine, result transfer included). */
  engineReportedMs: number | null;
  rows: number | null;
}

export interface ConsoleRun {
  launchMs: number;
  marks: ConsoleMarks;
  arrivalExample: string;
  arrivalEngineReportedMs: number | null;
  examples: ExampleRun[];
  transfer: { coldStart: TransferTally; warmExamples: TransferTally };
  /** The WebAssembly build the engine chose (duckdb-eh or duckdb-mvp). */
  wasmFiles: string[];
  /** The .wasm's transfer size as the page's Resource Timing reports it (0: from the browser's cache). */
  wasmTransferSize: number | null;
  /** First live result → the engine's background warm-up done (at most this: read from outside); null when not waited for. */
  warmUpMs: number | null;
}

export interface PageTiming {
  marks: Record<string, number>;
  wasm: { start: number; responseStart: number; responseEnd: number; transferSize: number } | null;
}

/** The page's own User Timing marks and the .wasm's Resource Timing, in epoch ms. */
async function pageTiming(page: Page): Promise<PageTiming> {
  return page.evaluate(() => {
    const origin = performance.timeOrigin;
    const marks: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark')) marks[m.name] ??= origin + m.startTime;
    const w = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.endsWith('.wasm')) as PerformanceResourceTiming | undefined;
    return {
      marks,
      wasm: w
        ? { start: origin + w.startTime, responseStart: origin + w.responseStart, responseEnd: origin + w.responseEnd, transferSize: w.transferSize }
        : null,
    };
  });
}

export interface ConsoleMeasureOptions {
  warmExamples: readonly string[];
  path?: string;
  throttle?: Throttle;
  /** A profile to launch with and keep (a returning reader's: see launchFresh). */
  profile?: string;
}

export async function measureConsole(siteUrl: string, options: ConsoleMeasureOptions): Promise<ConsoleRun> {
  const arrival = EXAMPLES[0].id;
  const browser = await launchFresh(options.profile ? { profile: options.profile } : {});
  try {
    const { page, launchStartedAt } = browser;
    const transfers = recordTransfers(browser.context);
    const wasmFiles = new Set<string>();
    browser.context.on('request', (r) => {
      const name = new URL(r.url()).pathname.split('/').pop() ?? '';
      if (name.endsWith('.wasm')) wasmFiles.add(name);
    });
    await installRecorder(page);
    if (options.throttle) await throttle(page, options.throttle);

    // Cold start, the way a reader's link does it: ?example= runs on arrival.
    await page.goto(`${siteUrl}${options.path ?? '/sql/'}?example=${arrival}`, { waitUntil: 'load' });
    await waitForRuns(page, 1, QUERY_TIMEOUT_MS);
    await expectAnswered(page, arrival);
    const coldTransfer = await transfers.snapshot();
    const nav = await navigationTimes(page);
    const events = await recordedEvents(page);
    const timing = await pageTiming(page);
    const since = (at: number | undefined | null) => (at == null ? null : at - launchStartedAt);
    const statuses = events.filter((e) => e.kind === 'status').map((e) => ({ at: e.at, reading: readStatus(e.value) }));
    const firstStatus = (stage: StatusStage) => statuses.find((s) => s.reading?.stage === stage)?.at;
    const progress = statuses.filter((s) => s.reading?.stage === 'loadingEngineProgress');
    const firstRun = events.find((e) => e.kind === 'runs' && e.value === '1');
    if (!firstRun) throw new Error('the console finished its first run but the recorder did not see it');
    const marks: ConsoleMarks = {
      launched: browser.launchMs,
      navigationStart: nav.startedAt - launchStartedAt,
      domContentLoaded: nav.domContentLoadedAt - launchStartedAt,
      load: nav.loadedAt - launchStartedAt,
      editorUsable: since(events.find((e) => e.kind === 'editor-painted')?.at),
      firstAnswer: since(events.find((e) => e.kind === 'answer-painted' && e.value === 'precomputed')?.at),
      editorInDom: since(events.find((e) => e.kind === 'editor')?.at),
      firstAnswerInDom: since(events.find((e) => e.kind === 'answer' && e.value === 'precomputed')?.at),
      engineRequested: since(events.find((e) => e.kind === 'busy')?.at),
      bootStart: since(timing.marks['sql-console:boot']),
      wasmRequest: since(timing.wasm?.start),
      wasmFirstByte: since(timing.wasm?.responseStart),
      wasmLastByte: since(timing.wasm?.responseEnd),
      wasmCompiled: since(timing.marks['sql-console:wasm-compiled']),
      engineScript: since(timing.marks['sql-console:engine-script']),
      instantiated: since(timing.marks['sql-console:instantiated']),
      engineProgressFirst: since(progress[0]?.at),
      engineProgressLast: since(progress.at(-1)?.at),
      tablesStart: since(firstStatus('loadingTables')),
      lockdownStart: since(firstStatus('lockdown')),
      engineReady: since(events.find((e) => e.kind === 'idle')?.at),
      firstResult: firstRun.at - launchStartedAt,
    };
    // The status line is written just before data-runs is bumped, but each observer takes its own timestamp.
    const arrivalDone = statuses.find((s) => s.reading?.stage === 'done');

    // Warm console: the engine's background warm-up (ConsoleEngine.warmUp: its common operators
    // compiled while a reader reads the first result) has finished; then each example's Run button.
    let warmUpMs: number | null = null;
    if (options.warmExamples.length > 0) {
      await page.waitForFunction(() => document.getElementById('sql-console')?.dataset.warm === 'done', null, { timeout: QUERY_TIMEOUT_MS }).catch(() => {});
      warmUpMs = epochNow() - launchStartedAt - marks.firstResult;
    }
    const examples: ExampleRun[] = [];
    for (const id of options.warmExamples) examples.push(await runExample(page, id));
    const warmTransfer = subtractTally(await transfers.snapshot(), coldTransfer);

    return {
      launchMs: browser.launchMs,
      marks,
      arrivalExample: arrival,
      arrivalEngineReportedMs: wholeNumber(arrivalDone?.reading?.values.ms),
      examples,
      transfer: { coldStart: coldTransfer, warmExamples: warmTransfer },
      wasmFiles: [...wasmFiles].sort(),
      wasmTransferSize: timing.wasm?.transferSize ?? null,
      warmUpMs,
    };
  } finally {
    await browser.close();
  }
}

async function runExample(page: Page, id: string): Promise<ExampleRun> {
  const before = await finishedRuns(page);
  const seen = (await recordedEvents(page)).length;
  const button = page.locator(`button.run-example[data-example="${id}"]`);
  if ((await button.count()) === 0) throw new Error(`example ${id} has no Run button in the built page: dist/ predates it, run npm run build`);
  await button.click();
  await waitForRuns(page, before + 1, QUERY_TIMEOUT_MS);
  await expectAnswered(page, id);
  const events: PageEvent[] = (await recordedEvents(page)).slice(seen);
  const click = events.find((e) => e.kind === 'click' && e.value === id);
  const done = events.find((e) => e.kind === 'runs' && Number(e.value) === before + 1);
  if (!click || !done) throw new Error(`example ${id}: the recorder missed the click or the result`);
  const status = events
    .filter((e) => e.kind === 'status' && e.at >= click.at)
    .map((e) => readStatus(e.value))
    .find((r) => r?.stage === 'done');
  return {
    id,
    clickToResultMs: done.at - click.at,
    engineReportedMs: wholeNumber(status?.values.ms),
    rows: wholeNumber(status?.values.rows),
  };
}

/** A benchmark of a failing query measures nothing: stop with the console's own message. */
export async function expectAnswered(page: Page, what: string): Promise<void> {
  const error = await page.locator('#sql-error').evaluate((el: HTMLElement) => (el.hidden ? '' : (el.textContent ?? '').trim()));
  if (error) throw new Error(`${what}: the console showed an error instead of a result: ${error}`);
  const summaryShown = await page.locator('#sql-result').evaluate((el: HTMLElement) => !el.hidden);
  if (!summaryShown) throw new Error(`${what}: the console finished without showing a result`);
}
