// The console page's controller: it connects the URL (url-state.ts), the
// editor (editor-host.ts), the engine (engine.ts, imported only when it is
// first needed), the precomputed answers (answers.ts) and the views
// (views/: status, results, chart), and keeps the page's state (state.ts).
// Each of those is its own module, testable without the engine; this file
// only wires them.
//
// What the page's first script carries is small on purpose: no CodeMirror,
// no apache-arrow, no engine. The editor is a textarea until CodeMirror has
// loaded, and an example's answer is drawn from the page's own JSON.

import type { Locale } from '../../i18n/ui.ts';
import { formatNumber } from '../format.ts';
import { readPrecomputedAnswers } from './answers.ts';
import { createEditorHost } from './editor-host.ts';
import { bootEngine, type EngineBoot } from './engine-boot.ts';
import type { ConsoleEngine, StartStage } from './engine.ts';
import { exampleById, exampleBySql } from './examples.ts';
import { csvOf, fromCells } from './result-data.ts';
import { initialState, mayShowPrecomputed, reduce, waitsForEngine, type ConsoleEvent } from './state.ts';
import { refusedStatement } from './statement-guard.ts';
import { t, tf } from './text.ts';
import { consoleLink, isQueryFragment, MAX_FRAGMENT_LENGTH, readConsoleState, type ConsoleLink } from './url-state.ts';
import { createChartView } from './views/chart-view.ts';
import { createResultsView, MAX_RESULT_ROWS } from './views/results-view.ts';
import { createStatusView } from './views/status-view.ts';

// Loaded with the engine, or when a precomputed answer is downloaded as Arrow: it brings apache-arrow.
let resultModule: Promise<typeof import('./result.ts')> | null = null;
const loadResult = () => (resultModule ??= import('./result.ts'));

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

class Cancelled extends Error {}

type Outcome = 'result' | 'error' | 'refused' | 'cancelled';

export async function startConsolePage(): Promise<void> {
  const root = byId('sql-console');
  if (!root) return;
  // User Timing marks: where the page's first script spends its time (the benchmark reads the page's own signals).
  performance.mark('sql-console:start');
  const locale = (root.dataset.locale === 'en' ? 'en' : 'vi') as Locale;
  const dataBase = root.dataset.dataBase ?? '/data';
  const wasmBytes = JSON.parse(root.dataset.engineBytes ?? '{}') as { eh?: number; mvp?: number };
  const tableNames = (root.dataset.tables ?? '').split(',').filter(Boolean);
  // The engine's download, compilation, worker and tables start now, before the editor is drawn,
  // when the link runs a query on arrival (?example=); otherwise when first needed (Run, an
  // example, the editor focused): a ?sql= link may hold a query the console refuses without it.
  let boot: EngineBoot | null = null;
  const startBoot = () => (boot ??= bootEngine({ dataBase, tables: tableNames, wasmBytes }));
  if (/^\?example=[^&]*$/u.test(location.search)) startBoot();
  const el = {
    textarea: byId<HTMLTextAreaElement>('sql-editor-text'),
    run: byId<HTMLButtonElement>('sql-run'),
    cancel: byId<HTMLButtonElement>('sql-cancel'),
    copyLink: byId<HTMLButtonElement>('sql-copy-link'),
    chart: byId<HTMLButtonElement>('sql-chart'),
    csv: byId<HTMLButtonElement>('sql-download-csv'),
    arrow: byId<HTMLButtonElement>('sql-download-arrow'),
    result: byId('sql-result'),
  };
  const number = (n: number, digits = 0) => formatNumber(n, locale, digits);
  const status = createStatusView({ status: byId('sql-status'), error: byId('sql-error') }, locale);
  const results = createResultsView(
    {
      section: el.result,
      summary: byId('sql-result-summary'),
      source: byId('sql-result-source'),
      truncated: byId('sql-result-truncated'),
      table: byId<HTMLTableElement>('sql-result-table'),
      previous: byId<HTMLButtonElement>('sql-page-previous'),
      next: byId<HTMLButtonElement>('sql-page-next'),
      pageInfo: byId('sql-page-info'),
    },
    locale,
  );
  const answers = readPrecomputedAnswers(document);

  let state = initialState();
  const dispatch = (event: ConsoleEvent) => {
    state = reduce(state, event);
  };

  // ---- URL ----------------------------------------------------------------
  // The address follows the editor: ?example=, ?sql= or the compressed #z=.
  // An in-page anchor (#schema-figures) stays when the query needs no fragment.
  let urlVersion = 0;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const writeUrl = async (sql: string): Promise<ConsoleLink> => {
    const version = ++urlVersion;
    const link = await consoleLink(sql);
    if (version !== urlVersion) return link;
    const anchor = isQueryFragment(location.hash) ? '' : location.hash;
    const url = link.ok ? `${location.pathname}${link.search}${link.hash || anchor}` : `${location.pathname}${anchor}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
    return link;
  };
  const sourceUrl = async (sql: string) => {
    const link = await consoleLink(sql);
    return `${location.origin}${location.pathname}${link.ok ? `${link.search}${link.hash}` : ''}`;
  };

  // ---- Editor -------------------------------------------------------------
  // The editor and an example's answer are painted first; CodeMirror and the
  // engine (hundreds of kilobytes of script to evaluate) load after that frame.
  const firstPaint = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const arrival = await readConsoleState(location.search, location.hash);
  const editor = createEditorHost({
    loadAfter: firstPaint,
    textarea: el.textarea,
    locale,
    labelledBy: 'sql-editor-label',
    describedBy: 'sql-editor-hint',
    onRun: () => void run(),
    onChange: (text) => {
      clearTimeout(urlTimer);
      urlTimer = setTimeout(() => void writeUrl(text), 250);
    },
    // Warm the engine up as soon as the reader shows they mean to query.
    onFirstFocus: () => void ensureEngine().catch(() => {}),
  });
  editor.upgraded.catch(() => {}); // the plain editor stays usable
  // The plain editor is on screen from the page's first paint (the HTML shows it; CSS hides it
  // without scripting): what the reader may have typed before this script ran is kept.
  const typed = el.textarea.value !== el.textarea.defaultValue;
  if ((arrival.kind === 'example' || arrival.kind === 'sql') && !typed) editor.setText(arrival.sql);
  else if (typed) void writeUrl(el.textarea.value);
  root.hidden = false;
  root.dataset.ready = 'true';
  performance.mark('sql-console:editor');

  const chart = createChartView(
    {
      figure: byId('sql-chart-figure'),
      title: byId('sql-chart-title'),
      groupBox: byId('sql-chart-group-box'),
      group: byId<HTMLSelectElement>('sql-chart-group'),
      groupHint: byId('sql-chart-group-hint'),
      plot: byId('sql-chart-plot'),
      caption: byId('sql-chart-caption'),
      svg: byId<HTMLButtonElement>('sql-chart-svg'),
      png: byId<HTMLButtonElement>('sql-chart-png'),
    },
    { locale, width: () => el.result.clientWidth, sourceUrl, download, announce: (text) => tell(text) },
  );

  for (const button of document.querySelectorAll<HTMLButtonElement>('.run-example')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const example = exampleById(button.dataset.example ?? '');
      if (!example) return;
      editor.setText(example.sql);
      clearTimeout(urlTimer);
      void writeUrl(example.sql);
      void run();
      el.run.focus();
    });
  }

  // ---- Engine -------------------------------------------------------------
  let engine: Promise<ConsoleEngine> | null = null;
  let liveEngine: ConsoleEngine | null = null;

  // A message answering the reader (link copied, chart downloaded) stays a few
  // seconds before the engine's progress may replace it.
  let heldUntil = 0;
  const tell = (text: string) => {
    status.set(text);
    heldUntil = performance.now() + 3000;
  };
  const progress = (stage: StartStage) => {
    if (performance.now() < heldUntil) return;
    if (stage.stage === 'engine') {
      status.set(
        stage.total > 0
          ? // Announced in 10 MB steps, not at every progress event.
            tf(locale, 'sql.status.loadingEngineProgress', { loaded: number(Math.floor(stage.loaded / 1e7) * 10), total: number(stage.total / 1e6) })
          : t(locale, 'sql.status.loadingEngine'),
      );
    } else status.set(t(locale, stage.stage === 'tables' ? 'sql.status.loadingTables' : 'sql.status.lockdown'));
  };

  function ensureEngine(): Promise<ConsoleEngine> {
    if (engine) return engine;
    dispatch({ type: 'engine-requested' });
    status.set(t(locale, 'sql.status.loadingEngine'));
    root.setAttribute('aria-busy', 'true');
    // A restart after a cancel reuses the compiled module and the tables, in a fresh worker (takeWorker).
    const thisBoot = startBoot();
    const starting = firstPaint
      .then(() => Promise.all([import('./engine.ts'), loadResult()]))
      .then(([{ ConsoleEngine }]) => ConsoleEngine.start({ boot: thisBoot, onProgress: progress }));
    engine = starting;
    starting.then(
      (e) => {
        liveEngine = e;
        dispatch({ type: 'engine-ready' });
        root.removeAttribute('aria-busy');
        if (!running) root.dispatchEvent(new Event('console-idle'));
      },
      (error: Error) => {
        engine = null;
        dispatch({ type: 'engine-failed' });
        root.removeAttribute('aria-busy');
        status.showError(
          error.name === 'EngineStartTimeout' || error.name === 'EngineBlocked' ? t(locale, 'sql.error.startTimeout') : t(locale, 'sql.error.startFailed'),
          error.message,
        );
        status.set(t(locale, 'sql.error.startFailed'));
      },
    );
    return starting;
  }

  // ---- Running and cancelling ---------------------------------------------
  /** A run waiting for the engine or running in it. */
  let running: { cancel: () => void } | null = null;
  /** The engine is executing a query (Run waits; Cancel stops the worker). */
  let inEngine = false;

  // Counts finished runs (refused, failed, cancelled or not) so that a test,
  // or an assistive script, can tell when the console has answered.
  const finish = (outcome: Outcome, sql: string) => {
    dispatch({ type: 'run-finished', outcome, sql });
    root.dataset.runs = String(state.finishedRuns);
    root.dispatchEvent(new Event('console-idle'));
  };

  /** An example's answer computed at build time, drawn at once while the engine is not ready. */
  function showPrecomputed(sql: string): boolean {
    const example = exampleBySql(sql);
    const answer = example && answers?.answers[example.id];
    if (!example || !answer || !mayShowPrecomputed(state, sql)) return false;
    results.show(fromCells(answer.columns, answer.rows, { sql, computedAt: answers!.computedAt }));
    performance.mark('sql-console:answer');
    chart.reset();
    dispatch({ type: 'precomputed-shown', exampleId: example.id, sql });
    status.set(t(locale, 'sql.status.precomputed'));
    return true;
  }

  async function run(): Promise<void> {
    const sql = editor.text();
    if (sql.trim() === '' || inEngine) return;
    clearTimeout(urlTimer);
    void writeUrl(sql);
    status.hideError();
    const refused = refusedStatement(sql);
    if (refused) {
      status.showError(t(locale, 'sql.refused.extensions'), tf(locale, 'sql.refused.install', { keyword: refused }));
      status.set(t(locale, 'sql.status.refused'));
      results.hide();
      chart.reset();
      finish('refused', sql);
      return;
    }
    if (waitsForEngine(state)) showPrecomputed(sql);
    const waiting = running !== null;
    dispatch({ type: 'run-requested', sql });
    // A run is already waiting for the engine: it will take this SQL instead.
    if (waiting) return;

    let cancel: () => void = () => {};
    const cancelled = new Promise<never>((_, reject) => {
      cancel = () => reject(new Cancelled());
    });
    cancelled.catch(() => {});
    running = { cancel };
    el.cancel.disabled = false;
    let target = sql;
    let outcome: Outcome = 'error';
    try {
      const db = await Promise.race([ensureEngine(), cancelled]);
      target = state.pending ?? sql;
      inEngine = true;
      el.run.setAttribute('aria-disabled', 'true');
      status.set(t(locale, 'sql.status.running'));
      const result = await Promise.race([db.run(target, MAX_RESULT_ROWS), cancelled]);
      const { fromArrow } = await loadResult();
      const data = fromArrow(result.table, { sql: target, truncated: result.truncated, elapsedMs: result.elapsedMs });
      // The engine's answer to the query whose precomputed answer is shown takes its place, on the same page.
      const replacing = state.shown.kind === 'precomputed' && state.shown.sql === target;
      results.show(data, { keepPage: replacing });
      if (replacing) void chart.refresh(data);
      else chart.reset();
      status.set(tf(locale, 'sql.status.done', { rows: number(result.table.numRows), ms: number(result.elapsedMs) }));
      outcome = 'result';
    } catch (error) {
      if (error instanceof Cancelled) {
        outcome = 'cancelled';
        return;
      }
      if (engine === null) return; // the start-up failure is already shown
      const { refused: byLockdown } = status.showQueryError(error instanceof Error ? error.message : String(error));
      status.set(t(locale, byLockdown ? 'sql.status.refused' : 'sql.status.failed'));
      outcome = byLockdown ? 'refused' : 'error';
      results.hide();
      chart.reset();
    } finally {
      running = null;
      inEngine = false;
      el.run.setAttribute('aria-disabled', 'false');
      el.cancel.disabled = true;
      if (document.activeElement === document.body) el.run.focus();
      finish(outcome, target);
    }
  }

  // A query runs inside the worker and cannot be interrupted there in time:
  // stopping the worker is immediate, then a fresh engine is started. A run
  // still waiting for the engine is simply dropped; the engine keeps loading.
  function cancelRun(): void {
    if (!running) return;
    const { cancel } = running;
    if (inEngine && liveEngine) {
      liveEngine.terminate();
      liveEngine = null;
      engine = null;
      dispatch({ type: 'engine-restarting' });
      const restarting = ensureEngine();
      status.set(t(locale, 'sql.status.cancelled'));
      restarting.then(
        () => status.set(t(locale, 'sql.status.restarted')),
        () => {},
      );
    } else status.set(t(locale, 'sql.status.cancelledWaiting'));
    cancel();
    el.run.focus();
  }

  el.run.addEventListener('click', () => void run());
  el.cancel.addEventListener('click', cancelRun);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
      event.preventDefault();
      void run();
    }
  });

  // ---- Chart and downloads ------------------------------------------------
  function download(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  el.chart.addEventListener('click', () => {
    const data = results.current();
    if (data) void chart.draw(data);
  });
  el.csv.addEventListener('click', () => {
    const data = results.current();
    if (data) download(new Blob([csvOf(data.columns, data.rowCount, data.rows)], { type: 'text/csv;charset=utf-8' }), 'query-result.csv');
  });
  el.arrow.addEventListener('click', async () => {
    const data = results.current();
    if (!data) return;
    const { arrowOf, toArrowFile } = await loadResult();
    download(new Blob([toArrowFile(arrowOf(data)) as Uint8Array<ArrayBuffer>], { type: 'application/vnd.apache.arrow.file' }), 'query-result.arrow');
  });

  // ---- Copy link ----------------------------------------------------------
  el.copyLink.addEventListener('click', async () => {
    clearTimeout(urlTimer);
    const link = await writeUrl(editor.text());
    if (!link.ok) {
      tell(tf(locale, 'sql.status.linkTooLong', { length: number(link.length), max: number(MAX_FRAGMENT_LENGTH) }));
      return;
    }
    try {
      await navigator.clipboard.writeText(location.href);
      tell(t(locale, link.compressed ? 'sql.status.linkCompressed' : 'sql.linkCopied'));
    } catch {
      tell(t(locale, 'sql.linkCopyFailed'));
    }
  });

  // Once the engine has answered its first query (or is ready with nothing asked), compile its
  // common operators in the background while the reader reads (ConsoleEngine.warmUp).
  let warmed = false;
  const warmUpWhenIdle = () => {
    if (warmed || !liveEngine) return;
    warmed = true;
    const e = liveEngine;
    const idle = (f: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(f, { timeout: 500 }) : setTimeout(f, 50));
    // data-warm says when it is done (the benchmark's warm console waits for it, and times it).
    idle(() => {
      root.dataset.warm = 'running';
      void e
        .warmUp()
        .catch(() => {})
        .finally(() => (root.dataset.warm = 'done'));
    });
  };
  root.addEventListener('console-idle', warmUpWhenIdle);

  // ---- Arrival ------------------------------------------------------------
  if (arrival.kind === 'example') void run();
  else if (arrival.kind === 'sql') status.set(t(locale, 'sql.status.linkLoaded'));
  else if (arrival.kind === 'invalid') {
    status.set(t(locale, `sql.invalid.${arrival.reason}`));
    history.replaceState(history.state, '', location.pathname);
  }
}
