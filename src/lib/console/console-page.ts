// The console page's behaviour: editor, engine life cycle, results, charts,
// downloads and the URL. The engine module (DuckDB-WASM and its bundles) is
// imported only when a query is first run, never on page load.

import type { EditorView } from 'codemirror';
import type { Table } from 'apache-arrow';
import { t, tf, type Locale } from '../../i18n/ui.ts';
import { formatNumber } from '../format.ts';
import { chooseChart, MAX_CHART_ROWS, type ChartSpec } from './chart-choice.ts';
import { createEditor, setEditorText } from './editor.ts';
import type { ConsoleEngine, QueryResult, StartStage } from './engine.ts';
import { exampleById } from './examples.ts';
import { refusalKind } from './refusal.ts';
import { refusedStatement } from './statement-guard.ts';
import type { ResultColumn } from './result.ts';
import { consoleSearch, parseConsoleState } from './url-state.ts';

// Loaded with the engine, not with the page: they bring apache-arrow.
type ResultModule = typeof import('./result.ts');
let results: ResultModule;

/** Rows kept from one result; more would only cost memory nobody can read. */
export const MAX_RESULT_ROWS = 100_000;
/** Rows drawn at a time in the results table. */
export const PAGE_SIZE = 100;

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

class Cancelled extends Error {}

export function startConsolePage(): void {
  const root = byId('sql-console');
  if (!root) return;
  const locale = (root.dataset.locale === 'en' ? 'en' : 'vi') as Locale;
  const dataBase = root.dataset.dataBase ?? '/data';
  const el = {
    editor: byId('sql-editor'),
    run: byId<HTMLButtonElement>('sql-run'),
    cancel: byId<HTMLButtonElement>('sql-cancel'),
    copyLink: byId<HTMLButtonElement>('sql-copy-link'),
    status: byId('sql-status'),
    error: byId('sql-error'),
    result: byId('sql-result'),
    summary: byId('sql-result-summary'),
    truncated: byId('sql-result-truncated'),
    table: byId<HTMLTableElement>('sql-result-table'),
    previous: byId<HTMLButtonElement>('sql-page-previous'),
    next: byId<HTMLButtonElement>('sql-page-next'),
    pageInfo: byId('sql-page-info'),
    chart: byId<HTMLButtonElement>('sql-chart'),
    chartFigure: byId('sql-chart-figure'),
    chartPlot: byId('sql-chart-plot'),
    chartCaption: byId('sql-chart-caption'),
    csv: byId<HTMLButtonElement>('sql-download-csv'),
    arrow: byId<HTMLButtonElement>('sql-download-arrow'),
  };
  const number = (n: number, digits = 0) => formatNumber(n, locale, digits);
  // The status line is an aria-live region: rewrite it only when its text changes,
  // so screen readers are not flooded during the engine download.
  const setStatus = (text: string) => {
    if (el.status.textContent !== text) el.status.textContent = text;
  };

  // ---- URL ----------------------------------------------------------------
  const writeUrl = (sql: string) => {
    const url = `${location.pathname}${consoleSearch(sql)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  };
  let urlTimer: ReturnType<typeof setTimeout> | undefined;

  // ---- Editor -------------------------------------------------------------
  const arrival = parseConsoleState(location.search);
  const initialSql = arrival.kind === 'example' || arrival.kind === 'sql' ? arrival.sql : exampleById('intake-by-province-year')!.sql;
  const editor: EditorView = createEditor({
    parent: el.editor,
    doc: initialSql,
    locale,
    labelledBy: 'sql-editor-label',
    describedBy: 'sql-editor-hint',
    onRun: () => void run(),
    onChange: (text) => {
      clearTimeout(urlTimer);
      urlTimer = setTimeout(() => writeUrl(text), 250);
    },
  });
  root.hidden = false;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.run-example')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const example = exampleById(button.dataset.example ?? '');
      if (!example) return;
      setEditorText(editor, example.sql);
      clearTimeout(urlTimer);
      writeUrl(example.sql);
      void run();
      el.run.focus();
    });
  }

  // ---- Engine -------------------------------------------------------------
  let engine: Promise<ConsoleEngine> | null = null;
  let liveEngine: ConsoleEngine | null = null;

  const progress = (stage: StartStage) => {
    if (stage.stage === 'engine') {
      setStatus(
        stage.total > 0
          ? // Announced in 10 MB steps, not at every progress event.
            tf(locale, 'sql.status.loadingEngineProgress', { loaded: number(Math.floor(stage.loaded / 1e7) * 10), total: number(stage.total / 1e6) })
          : t(locale, 'sql.status.loadingEngine'),
      );
    } else setStatus(t(locale, stage.stage === 'tables' ? 'sql.status.loadingTables' : 'sql.status.lockdown'));
  };

  const ensureEngine = (): Promise<ConsoleEngine> => {
    if (engine) return engine;
    setStatus(t(locale, 'sql.status.loadingEngine'));
    root.setAttribute('aria-busy', 'true');
    const starting = Promise.all([import('./engine.ts'), import('./result.ts')]).then(([{ ConsoleEngine }, resultModule]) => {
      results = resultModule;
      return ConsoleEngine.start({ dataBase, onProgress: progress });
    });
    engine = starting;
    starting.then(
      (e) => {
        liveEngine = e;
        root.removeAttribute('aria-busy');
      },
      (error: Error) => {
        engine = null;
        root.removeAttribute('aria-busy');
        showError(error.name === 'EngineStartTimeout' ? t(locale, 'sql.error.startTimeout') : t(locale, 'sql.error.startFailed'), error.message);
        setStatus(t(locale, 'sql.error.startFailed'));
      },
    );
    return starting;
  };
  // Warm the engine up as soon as the reader shows they mean to query.
  el.editor.addEventListener('focusin', () => void ensureEngine().catch(() => {}), { once: true });

  // ---- Running and cancelling ---------------------------------------------
  let running: { cancel: () => void } | null = null;

  const setRunning = (on: boolean) => {
    el.run.setAttribute('aria-disabled', String(on));
    el.cancel.disabled = !on;
    if (!on && document.activeElement === document.body) el.run.focus();
  };

  // Counts finished runs (refused, failed, cancelled or not) so that a test,
  // or an assistive script, can tell when the console has answered.
  let finished = 0;
  const markFinished = () => {
    root.dataset.runs = String(++finished);
  };

  async function run(): Promise<void> {
    if (running) return;
    const sql = editor.state.doc.toString();
    if (sql.trim() === '') return;
    clearTimeout(urlTimer);
    writeUrl(sql);
    hideError();
    const refused = refusedStatement(sql);
    if (refused) {
      showError(t(locale, 'sql.refused.extensions'), tf(locale, 'sql.refused.install', { keyword: refused }));
      setStatus(t(locale, 'sql.status.refused'));
      el.result.hidden = true;
      markFinished();
      return;
    }
    let cancel: () => void = () => {};
    const cancelled = new Promise<never>((_, reject) => {
      cancel = () => reject(new Cancelled());
    });
    cancelled.catch(() => {});
    running = { cancel };
    setRunning(true);
    try {
      const db = await Promise.race([ensureEngine(), cancelled]);
      setStatus(t(locale, 'sql.status.running'));
      const result = await Promise.race([db.run(sql, MAX_RESULT_ROWS), cancelled]);
      showResult(result);
    } catch (error) {
      if (error instanceof Cancelled) return;
      const message = error instanceof Error ? error.message : String(error);
      if (engine === null) return; // the start-up failure is already shown
      const refusal = refusalKind(message);
      showError(refusal ? t(locale, `sql.refused.${refusal}`) : '', message);
      setStatus(t(locale, refusal ? 'sql.status.refused' : 'sql.status.failed'));
      el.result.hidden = true;
    } finally {
      running = null;
      setRunning(false);
      markFinished();
    }
  }

  // A query runs inside the worker and cannot be interrupted there in time:
  // stopping the worker is immediate, then a fresh engine is started.
  function cancelRun(): void {
    if (!running) return;
    const { cancel } = running;
    if (liveEngine) {
      liveEngine.terminate();
      liveEngine = null;
      engine = null;
      const restarting = ensureEngine();
      setStatus(t(locale, 'sql.status.cancelled'));
      restarting.then(
        () => setStatus(t(locale, 'sql.status.restarted')),
        () => {},
      );
    }
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

  // ---- Errors -------------------------------------------------------------
  function showError(explanation: string, detail: string): void {
    el.error.replaceChildren();
    const heading = document.createElement('p');
    heading.className = 'error-heading';
    heading.textContent = explanation || t(locale, 'sql.error.heading');
    const pre = document.createElement('pre');
    pre.textContent = detail;
    el.error.append(heading, pre);
    el.error.hidden = false;
  }
  function hideError(): void {
    el.error.hidden = true;
    el.error.replaceChildren();
  }

  // ---- Results ------------------------------------------------------------
  let current: { table: Table; columns: ResultColumn[]; page: number } | null = null;

  function showResult(result: QueryResult): void {
    const columns = results.describeColumns(result.table);
    current = { table: result.table, columns, page: 0 };
    const rows = number(result.table.numRows);
    const ms = number(result.elapsedMs);
    el.summary.textContent = tf(locale, 'sql.result.summary', { rows, ms });
    el.truncated.hidden = !result.truncated;
    el.truncated.textContent = result.truncated ? tf(locale, 'sql.result.truncated', { max: number(MAX_RESULT_ROWS) }) : '';
    el.chartFigure.hidden = true;
    el.chartPlot.replaceChildren();
    el.result.hidden = false;
    renderHead(columns);
    renderPage();
    setStatus(tf(locale, 'sql.status.done', { rows, ms }));
  }

  function renderHead(columns: ResultColumn[]): void {
    const row = document.createElement('tr');
    for (const c of columns) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = c.name;
      th.title = c.type;
      if (c.kind === 'integer' || c.kind === 'number') th.className = 'num';
      row.append(th);
    }
    el.table.tHead!.replaceChildren(row);
  }

  function renderPage(): void {
    if (!current) return;
    const { table, columns, page } = current;
    const from = page * PAGE_SIZE;
    const to = Math.min(table.numRows, from + PAGE_SIZE);
    const body = document.createElement('tbody');
    if (table.numRows === 0) {
      const tr = document.createElement('tr');
      const td = document.createElement('td');
      td.colSpan = Math.max(1, columns.length);
      td.textContent = t(locale, 'sql.result.empty');
      tr.append(td);
      body.append(tr);
    }
    for (const cells of results.resultRows(table, columns, from, to)) {
      const tr = document.createElement('tr');
      cells.forEach((cell, i) => {
        const td = document.createElement('td');
        const kind = columns[i].kind;
        if (kind === 'integer' || kind === 'number') td.className = 'num';
        if (cell === null) {
          td.textContent = t(locale, 'sql.null');
          td.classList.add('null');
        } else td.textContent = String(cell);
        tr.append(td);
      });
      body.append(tr);
    }
    el.table.tBodies[0].replaceWith(body);
    el.pageInfo.textContent = table.numRows === 0 ? '' : tf(locale, 'sql.result.pageInfo', { from: number(from + 1), to: number(to), rows: number(table.numRows) });
    el.previous.disabled = page === 0;
    el.next.disabled = to >= table.numRows;
    el.previous.parentElement!.hidden = table.numRows <= PAGE_SIZE;
  }

  el.previous.addEventListener('click', () => {
    if (current && current.page > 0) {
      current.page -= 1;
      renderPage();
    }
  });
  el.next.addEventListener('click', () => {
    if (current && (current.page + 1) * PAGE_SIZE < current.table.numRows) {
      current.page += 1;
      renderPage();
    }
  });

  // ---- Chart --------------------------------------------------------------
  const captionFor = (spec: ChartSpec): string => {
    const text = tf(locale, `sql.chart.${spec.mark}`, spec as unknown as Record<string, string>);
    const total = current?.table.numRows ?? 0;
    return spec.rows < total ? `${text} (${tf(locale, 'sql.chart.limited', { n: number(spec.rows) })})` : text;
  };
  el.chart.addEventListener('click', async () => {
    if (!current) return;
    // Observable Plot loads when the first chart is asked for.
    const { chartData, renderChart } = await import('./chart-plot.ts');
    const rows = results.resultRows(current.table, current.columns, 0, MAX_CHART_ROWS);
    const spec = chooseChart(current.columns, rows, { locale });
    el.chartPlot.replaceChildren();
    el.chartFigure.hidden = false;
    if (!spec) {
      el.chartCaption.textContent = t(locale, 'sql.chart.none');
      setStatus(t(locale, 'sql.chart.none'));
      return;
    }
    const caption = captionFor(spec);
    const svg = renderChart(spec, chartData(current.columns, rows, spec), { locale, width: Math.max(320, el.result.clientWidth) });
    // The figure is one image described by its caption; Plot's labels on
    // inner groups are not allowed on elements without a role.
    for (const inner of svg.querySelectorAll('[aria-label], [aria-description]')) {
      inner.removeAttribute('aria-label');
      inner.removeAttribute('aria-description');
    }
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', caption);
    el.chartPlot.append(svg);
    el.chartCaption.textContent = caption;
    setStatus(caption);
  });

  // ---- Downloads ----------------------------------------------------------
  const download = (blob: Blob, name: string) => {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  el.csv.addEventListener('click', () => {
    if (current) download(new Blob([results.toCsv(current.table, current.columns)], { type: 'text/csv;charset=utf-8' }), 'query-result.csv');
  });
  el.arrow.addEventListener('click', () => {
    if (current) download(new Blob([results.toArrowFile(current.table) as Uint8Array<ArrayBuffer>], { type: 'application/vnd.apache.arrow.file' }), 'query-result.arrow');
  });

  // ---- Copy link ----------------------------------------------------------
  el.copyLink.addEventListener('click', async () => {
    clearTimeout(urlTimer);
    writeUrl(editor.state.doc.toString());
    try {
      await navigator.clipboard.writeText(location.href);
      setStatus(t(locale, 'sql.linkCopied'));
    } catch {
      setStatus(t(locale, 'sql.linkCopyFailed'));
    }
  });

  // ---- Arrival ------------------------------------------------------------
  if (arrival.kind === 'example') void run();
  else if (arrival.kind === 'sql') setStatus(t(locale, 'sql.status.linkLoaded'));
  else if (arrival.kind === 'invalid') {
    setStatus(t(locale, `sql.invalid.${arrival.reason}`));
    history.replaceState(history.state, '', location.pathname);
  }
}
