// Timestamps taken inside the console page, as things happen, instead of by
// polling from outside: clicks, the editor becoming usable (#sql-console shown
// with CodeMirror's editable content or the plain editor in it, the parser past
// it; when the DOM says so, and once that frame has been painted), the engine's busy flag (aria-busy
// on #sql-console, set when the engine is asked for and removed once the
// tables are in and locked down), an answer drawn (data-answer on #sql-result:
// "precomputed" for the answer computed at build time, "live" for the
// engine's; in the DOM, and painted), finished runs (data-runs on #sql-console, bumped after the engine
// answered) and every text the status line shows.
// Times are epoch milliseconds (performance.timeOrigin + performance.now()),
// comparable with the Node side's epochNow().

import type { Page } from 'playwright-core';

export type PageEventKind = 'click' | 'editor' | 'editor-painted' | 'busy' | 'idle' | 'answer' | 'answer-painted' | 'runs' | 'status';

export interface PageEvent {
  at: number;
  kind: PageEventKind;
  /** click: the button's data-example or id; answer: precomputed or live; runs: the new count; status: the text shown. */
  value: string;
}

const STORE = '__consoleBenchEvents';

/** Installed with page.addInitScript: it must not refer to anything outside itself. */
function recordConsoleEvents(store: string): void {
  const events: Array<{ at: number; kind: string; value: string }> = [];
  (window as unknown as Record<string, unknown>)[store] = events;
  const now = () => performance.timeOrigin + performance.now();
  // When the frame showing a change has been painted: the start of the frame
  // after it (a second requestAnimationFrame's timestamp). A long task before
  // that frame delays it, as it delays the reader.
  const afterPaint = (f: (at: number) => void) => requestAnimationFrame(() => requestAnimationFrame((frame) => f(performance.timeOrigin + frame)));
  window.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element | null)?.closest?.('button');
      if (button) events.push({ at: now(), kind: 'click', value: button.dataset.example ?? button.id });
    },
    true,
  );
  // Parsing has finished and the page's module scripts have not run yet:
  // observe only the elements that matter, not the whole document.
  const observe = () => {
    const root = document.getElementById('sql-console');
    const status = document.getElementById('sql-status');
    const result = document.getElementById('sql-result');
    if (!root || !status) return;
    new MutationObserver((records) => {
      const at = now();
      for (const r of records) {
        if (r.attributeName === 'aria-busy') events.push({ at, kind: root.hasAttribute('aria-busy') ? 'busy' : 'idle', value: '' });
        else if (r.attributeName === 'data-runs') events.push({ at, kind: 'runs', value: root.getAttribute('data-runs') ?? '' });
      }
    }).observe(root, { attributes: true, attributeFilter: ['aria-busy', 'data-runs'] });
    if (result) {
      new MutationObserver(() => {
        const value = result.getAttribute('data-answer');
        if (!value) return;
        events.push({ at: now(), kind: 'answer', value });
        afterPaint((at) => events.push({ at, kind: 'answer-painted', value }));
      }).observe(result, { attributes: true, attributeFilter: ['data-answer'] });
    }
    new MutationObserver((records) => {
      const at = now();
      for (const r of records) {
        if (r.type === 'characterData') events.push({ at, kind: 'status', value: r.target.textContent ?? '' });
        else for (const node of r.addedNodes) events.push({ at, kind: 'status', value: node.textContent ?? '' });
      }
    }).observe(status, { childList: true, characterData: true, subtree: true });
  };
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') observe();
  });
  // Usable: the console is shown and holds an editor one can type in, CodeMirror's or the plain
  // one that precedes it, and the parser has gone past it (the page may show it from its HTML,
  // before any script has run, or a script may show it). Watched from the start, until seen.
  const usable = () => {
    const root = document.getElementById('sql-console');
    const editor = root?.querySelector('.cm-content[contenteditable="true"], textarea:not([disabled]):not([readonly])');
    if (!root || !editor || root.hidden) return false;
    let followed = false;
    for (let n: Node | null = root; n && !followed; n = n.parentNode) followed = n.nextSibling !== null;
    // Last, and once: styles computed during parsing would be work the page itself does not do.
    return followed && getComputedStyle(root).display !== 'none';
  };
  const editorWatch = new MutationObserver(() => {
    if (!usable()) return;
    events.push({ at: now(), kind: 'editor', value: '' });
    afterPaint((at) => events.push({ at, kind: 'editor-painted', value: '' }));
    editorWatch.disconnect();
  });
  editorWatch.observe(document, { attributes: true, attributeFilter: ['hidden'], childList: true, subtree: true });
}

export async function installRecorder(page: Page): Promise<void> {
  await page.addInitScript(recordConsoleEvents, STORE);
}

export async function recordedEvents(page: Page): Promise<PageEvent[]> {
  return page.evaluate((store) => ((window as unknown as Record<string, PageEvent[]>)[store] ?? []).slice(), STORE);
}

/** How many runs the console has finished (refused, failed or answered). */
export async function finishedRuns(page: Page): Promise<number> {
  return Number((await page.getAttribute('#sql-console', 'data-runs')) ?? 0);
}

export async function waitForRuns(page: Page, atLeast: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.querySelector('#sql-console')?.getAttribute('data-runs') ?? 0) >= n, atLeast, { timeout: timeoutMs });
}
