// Timestamps taken inside the console page, as things happen, instead of by
// polling from outside: clicks, the engine's busy flag (aria-busy on
// #sql-console, set when the engine is asked for and removed once the tables
// are in and locked down), finished runs (data-runs on #sql-console, bumped
// after a result is drawn) and every text the status line shows.
// Times are epoch milliseconds (performance.timeOrigin + performance.now()),
// comparable with the Node side's epochNow().

import type { Page } from 'playwright-core';

export type PageEventKind = 'click' | 'busy' | 'idle' | 'runs' | 'status';

export interface PageEvent {
  at: number;
  kind: PageEventKind;
  /** click: the button's data-example or id; runs: the new count; status: the text shown. */
  value: string;
}

const STORE = '__consoleBenchEvents';

/** Installed with page.addInitScript: it must not refer to anything outside itself. */
function recordConsoleEvents(store: string): void {
  const events: Array<{ at: number; kind: string; value: string }> = [];
  (window as unknown as Record<string, unknown>)[store] = events;
  const now = () => performance.timeOrigin + performance.now();
  window.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element | null)?.closest?.('button');
      if (button) events.push({ at: now(), kind: 'click', value: button.dataset.example ?? button.id });
    },
    true,
  );
  // Parsing has finished and the page's module scripts have not run yet:
  // observe only the two elements that matter, not the whole document.
  const observe = () => {
    const root = document.getElementById('sql-console');
    const status = document.getElementById('sql-status');
    if (!root || !status) return;
    new MutationObserver((records) => {
      const at = now();
      for (const r of records) {
        if (r.attributeName === 'aria-busy') events.push({ at, kind: root.hasAttribute('aria-busy') ? 'busy' : 'idle', value: '' });
        else if (r.attributeName === 'data-runs') events.push({ at, kind: 'runs', value: root.getAttribute('data-runs') ?? '' });
      }
    }).observe(root, { attributes: true, attributeFilter: ['aria-busy', 'data-runs'] });
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
}

export async function installRecorder(page: Page): Promise<void> {
  await page.addInitScript(recordConsoleEvents, STORE);
}

export async function recordedEvents(page: Page): Promise<PageEvent[]> {
  return page.evaluate((store) => ((window as unknown as Record<string, PageEvent[]>)[store] ?? []).slice(), STORE);
}

export interface NavigationTimes {
  /** Epoch ms when the navigation started (the page's time origin). */
  startedAt: number;
  /** Epoch ms when the load event's handlers had run. */
  loadedAt: number;
  domContentLoadedAt: number;
}

export async function navigationTimes(page: Page): Promise<NavigationTimes> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const origin = performance.timeOrigin;
    return {
      startedAt: origin + nav.startTime,
      loadedAt: origin + (nav.loadEventEnd || nav.loadEventStart),
      domContentLoadedAt: origin + nav.domContentLoadedEventEnd,
    };
  });
}

/** How many runs the console has finished (refused, failed or answered). */
export async function finishedRuns(page: Page): Promise<number> {
  return Number((await page.getAttribute('#sql-console', 'data-runs')) ?? 0);
}

export async function waitForRuns(page: Page, atLeast: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    (n) => Number(document.querySelector('#sql-console')?.getAttribute('data-runs') ?? 0) >= n,
    atLeast,
    { timeout: timeoutMs },
  );
}
