// The baseline every browser timing is divided by: a fresh Chromium process
// (new profile) launched and loading a static page of the site (/data/) until
// its load event. Measured in the same session as what it is compared with,
// so that a slower machine or a busy moment slows both and the ratio stays.

import { launchFresh } from './fresh-browser.ts';

export const BASELINE_PATH = '/data/';
export const BASELINE_ID = 'baseline.static-page-load';
export const BASELINE_LABEL = 'fresh Chromium: launch + /data/ until its load event';

export interface BaselineRun {
  launchMs: number;
  /** Launch + navigation to /data/ until its load event has run. */
  launchToLoadMs: number;
  /** Navigation start to load event, without the launch. */
  navigationToLoadMs: number;
  userAgent: string;
}

export interface NavigationTimes {
  /** Epoch ms when the navigation started (the page's time origin). */
  startedAt: number;
  /** Epoch ms when the load event's handlers had run. */
  loadedAt: number;
  domContentLoadedAt: number;
}

export async function navigationTimes(page: import('playwright-core').Page): Promise<NavigationTimes> {
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

export async function measureBaseline(siteUrl: string, path = BASELINE_PATH): Promise<BaselineRun> {
  const browser = await launchFresh();
  try {
    await browser.page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    const nav = await navigationTimes(browser.page);
    return {
      launchMs: browser.launchMs,
      launchToLoadMs: nav.loadedAt - browser.launchStartedAt,
      navigationToLoadMs: nav.loadedAt - nav.startedAt,
      userAgent: await browser.page.evaluate(() => navigator.userAgent),
    };
  } finally {
    await browser.close();
  }
}
