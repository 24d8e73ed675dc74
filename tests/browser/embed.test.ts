// A newsroom's page on another origin embeds a chart and its PNG and fetches
// its CSV: the embed page may be framed by any site and the take-away files
// are served cross-origin, while the console still refuses to be framed. The
// embed code sizes its frame from the height the embed page reports.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { tempDir } from '../helpers/build.ts';
import { openSession, useBrowser } from './browser.ts';

const site = inject('siteUrl');
const browser = useBrowser();
let newsroom: RunningServer;

beforeAll(async () => {
  // The embed code exactly as a journalist copies it from the chart page, pointed at this test's server.
  const chartPage = await (await fetch(`${site}/charts/attainment/`)).text();
  const code = /<code id="embed-code">([\s\S]*?)<\/code>/u
    .exec(chartPage)![1]
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&')
    .replace(/https?:\/\/[^/"]+(?=\/charts\/)/gu, site);
  const root = tempDir('newsroom');
  mkdirSync(path.join(root, 'story'));
  writeFileSync(
    path.join(root, 'story/index.html'),
    `<!doctype html><html lang="en"><body>
      <h1>A story</h1>
      ${code}
      <img id="png" src="${site}/charts/attainment/ty-le-hoan-thanh-chi-tieu.png" alt="chart">
      <iframe id="console" src="${site}/sql/" title="console"></iframe>
    </body></html>`,
  );
  // Another origin (another port), with no headers of ours: a newsroom's own server.
  newsroom = await startServer({ root, port: 0, headers: {} });
});
afterAll(() => newsroom?.close());

describe('embedding on another site', () => {
  it('frames the embed page, sizes the frame to it, loads the PNG, and fetches the CSV cross-origin', async () => {
    expect(new URL(newsroom.url).origin).not.toBe(new URL(site).origin);
    const session = await openSession(browser());
    const { page } = session;
    try {
      await page.goto(`${newsroom.url}/story/`);
      const frame = page.frameLocator('iframe[data-vnrehab-embed]');
      await expect.poll(() => frame.locator('svg:is([role="img"], [role="group"])').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.$eval('iframe[data-vnrehab-embed]', (f) => (f as HTMLIFrameElement).style.height), { timeout: 15_000 }).toMatch(/^\d+px$/u);
      const height = await page.$eval('iframe[data-vnrehab-embed]', (f) => f.getBoundingClientRect().height);
      expect(height).toBeGreaterThan(300);
      await expect.poll(() => page.$eval('#png', (img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
      const csv = await page.evaluate(async (url) => (await fetch(url)).text(), `${site}/charts/attainment/ty-le-hoan-thanh-chi-tieu.csv`);
      expect(csv.split('\n')[0]).toContain('attainment_id');
    } finally {
      await session.close();
    }
  });

  it('still refuses to let another site frame the SQL console', async () => {
    const session = await openSession(browser());
    const { page } = session;
    try {
      // goto waits for the load event, which waits for the frames too (a refused frame included).
      await page.goto(`${newsroom.url}/story/`, { waitUntil: 'load' });
      const consoleFrame = page.frames().find((f) => f.url().includes('/sql/'));
      const loaded = consoleFrame ? await consoleFrame.evaluate(() => document.querySelector('#sql-console') !== null).catch(() => false) : false;
      expect(loaded).toBe(false);
      const response = await fetch(`${site}/sql/`);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    } finally {
      await session.close();
    }
  });
});
