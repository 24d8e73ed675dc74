// The result: a summary, where it came from (precomputed when the site was
// built, or the live engine's), the table a page at a time, and the pager.
// It reads a ResultData, so it draws a precomputed answer without the engine
// or apache-arrow. Each cell carries its column's name (data-label): on a
// phone the stylesheet turns each row into a card of "column: value" lines.
// data-answer on the section says what is drawn ("precomputed" or "live"),
// set once the rows are in the DOM.

import type { Locale } from '../../../i18n/ui.ts';
import { isNumeric, type ResultColumn, type ResultData } from '../result-data.ts';
import { t, tf } from '../text.ts';

/** Rows kept from one live result; more would only cost memory nobody can read. */
export const MAX_RESULT_ROWS = 100_000;
/** Rows drawn at a time in the results table. */
export const PAGE_SIZE = 100;
/** Cells longer than this many characters wrap (in a column at most 28rem wide). */
const LONG_TEXT = 40;

export interface ResultsElements {
  section: HTMLElement;
  summary: HTMLElement;
  source: HTMLElement;
  truncated: HTMLElement;
  table: HTMLTableElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
  pageInfo: HTMLElement;
}

export interface ResultsView {
  /** Draws a result; `keepPage` keeps the page the reader is on (the live result replacing a precomputed one). */
  show(data: ResultData, options?: { keepPage?: boolean }): void;
  hide(): void;
  current(): ResultData | null;
}

/**
 * A whole number as the page's language groups it ("1.661", "1,661"). Written
 * out rather than with Intl.NumberFormat, whose first use costs ~20 ms of ICU
 * data on the way to the first answer.
 */
export function wholeNumber(n: number, locale: Locale): string {
  const digits = String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/gu, locale === 'vi' ? '.' : ',');
  return n < 0 ? `-${digits}` : digits;
}

export function createResultsView(el: ResultsElements, locale: Locale, doc: Document = document): ResultsView {
  const number = (n: number) => wholeNumber(n, locale);
  let current: { data: ResultData; page: number } | null = null;

  function renderHead(columns: ResultColumn[]): void {
    const row = doc.createElement('tr');
    for (const c of columns) {
      const th = doc.createElement('th');
      th.setAttribute('scope', 'col');
      th.textContent = c.name;
      th.title = c.type;
      if (isNumeric(c)) th.className = 'num';
      row.append(th);
    }
    el.table.querySelector('thead')!.replaceChildren(row);
  }

  function renderPage(): void {
    if (!current) return;
    const { data, page } = current;
    const from = page * PAGE_SIZE;
    const to = Math.min(data.rowCount, from + PAGE_SIZE);
    const body = doc.createElement('tbody');
    if (data.rowCount === 0) {
      const tr = doc.createElement('tr');
      const td = doc.createElement('td');
      td.setAttribute('colspan', String(Math.max(1, data.columns.length)));
      td.textContent = t(locale, 'sql.result.empty');
      tr.append(td);
      body.append(tr);
    }
    for (const cells of data.rows(from, to)) {
      const tr = doc.createElement('tr');
      cells.forEach((cell, i) => {
        const td = doc.createElement('td');
        const column = data.columns[i];
        td.dataset.label = column.name;
        if (isNumeric(column)) td.className = 'num';
        if (cell === null) {
          td.textContent = t(locale, 'sql.null');
          td.classList.add('null');
        } else if (String(cell).length > LONG_TEXT) {
          // Long text wraps within a readable width; everything else stays on one line.
          const span = doc.createElement('span');
          span.className = 'long';
          span.textContent = String(cell);
          td.append(span);
        } else td.textContent = String(cell);
        tr.append(td);
      });
      body.append(tr);
    }
    el.table.querySelector('tbody')!.replaceWith(body);
    el.pageInfo.textContent =
      data.rowCount === 0 ? '' : tf(locale, 'sql.result.pageInfo', { from: number(from + 1), to: number(to), rows: number(data.rowCount) });
    el.previous.toggleAttribute('disabled', page === 0);
    el.next.toggleAttribute('disabled', to >= data.rowCount);
    el.previous.parentElement!.hidden = data.rowCount <= PAGE_SIZE;
  }

  el.previous.addEventListener('click', () => {
    if (current && current.page > 0) {
      current.page -= 1;
      renderPage();
    }
  });
  el.next.addEventListener('click', () => {
    if (current && (current.page + 1) * PAGE_SIZE < current.data.rowCount) {
      current.page += 1;
      renderPage();
    }
  });

  return {
    show(data, { keepPage = false } = {}) {
      const lastPage = Math.max(0, Math.ceil(data.rowCount / PAGE_SIZE) - 1);
      const page = keepPage && current ? Math.min(current.page, lastPage) : 0;
      current = { data, page };
      const rows = number(data.rowCount);
      el.summary.textContent =
        data.source === 'live'
          ? tf(locale, 'sql.result.summary', { rows, ms: number(data.elapsedMs ?? 0) })
          : tf(locale, 'sql.result.summaryPrecomputed', { rows });
      el.source.textContent =
        data.source === 'live'
          ? t(locale, 'sql.result.live')
          : tf(locale, 'sql.result.precomputed', { date: data.computedAt ? data.computedAt.slice(0, 10) : '?' });
      el.source.classList.toggle('precomputed', data.source === 'precomputed');
      el.truncated.hidden = !data.truncated;
      el.truncated.textContent = data.truncated ? tf(locale, 'sql.result.truncated', { max: number(MAX_RESULT_ROWS) }) : '';
      el.section.hidden = false;
      renderHead(data.columns);
      renderPage();
      el.section.dataset.answer = data.source;
    },
    hide() {
      el.section.hidden = true;
      current = null;
      delete el.section.dataset.answer;
    },
    current: () => current?.data ?? null,
  };
}
