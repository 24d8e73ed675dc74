// axe-core finds no violations on the console and the pages it links to, in
// both languages, including the console with a result, a chart and an error
// on screen. axe is evaluated through the DevTools protocol, which the page's
// Content-Security-Policy does not govern, so the real headers stay on.

import { describe, expect, inject, it } from 'vitest';
import { axeViolations, clickRun, openSession, useBrowser, waitForRun } from './browser.ts';

const site = inject('siteUrl');
const browser = useBrowser();

describe('accessibility', () => {
  for (const path of ['/', '/en/', '/data/', '/en/data/', '/sql/', '/en/sql/']) {
    it(`${path} has no axe violations`, async () => {
      const session = await openSession(browser());
      try {
        await session.page.goto(`${site}${path}`);
        expect(await axeViolations(session.page)).toEqual([]);
      } finally {
        await session.close();
      }
    });
  }

  it('the console with a result, a chart, the schema open and then an error has no axe violations', async () => {
    const session = await openSession(browser());
    const { page } = session;
    try {
      await page.goto(`${site}/sql/?example=published-by-province`);
      await waitForRun(page, 0);
      await page.click('#sql-chart');
      await page.waitForSelector('#sql-chart-plot svg');
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.setAttribute('open', '');
      });
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${site}/en/sql/?sql=${encodeURIComponent('LOAD httpfs')}`);
      await clickRun(page);
      expect(await page.isVisible('#sql-error')).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('on a phone (375 px) every example and the result are readable in the page itself, with no axe violations', async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    try {
      await page.goto(`${site}/sql/?example=intake-by-province-year`);
      await waitForRun(page, 0);
      // The examples: all nine in the page's flow, no scroll box of their own.
      const examples = await page.$eval('.examples', (el) => ({ scroll: el.scrollHeight, client: el.clientHeight, overflow: getComputedStyle(el).overflowY }));
      expect(examples.scroll).toBeLessThanOrEqual(examples.client + 1);
      expect(await page.locator('.example-list > li').count()).toBe(9);
      for (const li of await page.locator('.example-list > li .example-title').all()) expect(await li.isVisible()).toBe(true);
      // The result: one card per row, every column named, no second scroll box, nothing wider than the screen.
      const wrap = await page.$eval('#sql-result .table-wrap', (el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      expect(wrap.scroll).toBeLessThanOrEqual(wrap.client + 1);
      const firstRow = page.locator('#sql-result-table tbody tr').first();
      const box = (await firstRow.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(375);
      const cells = await firstRow
        .locator('td')
        .evaluateAll((tds) => tds.map((td) => [getComputedStyle(td, '::before').content, td.getBoundingClientRect().width]));
      for (const [label, width] of cells) {
        expect(label).not.toBe('none');
        expect(width as number).toBeGreaterThan(250);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.click('#sql-chart');
      await page.waitForSelector('#sql-chart-plot svg');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the controls are reachable with Tab in a sensible order', async () => {
    const session = await openSession(browser());
    const { page } = session;
    try {
      await page.goto(`${site}/en/sql/`);
      await page.click('.cm-content');
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.className || ''));
      }
      // Tab leaves the editor instead of indenting, then walks the toolbar.
      expect(order.slice(0, 2)).toEqual(['sql-run', 'sql-copy-link']);
    } finally {
      await session.close();
    }
  });
});
