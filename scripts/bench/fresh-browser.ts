// One Chromium process per measurement, with its own new profile directory:
// no HTTP cache, no compiled-WebAssembly cache, no warmed-up browser process.
// The launch itself is part of what is timed.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

export interface FreshBrowser {
  context: BrowserContext;
  page: Page;
  /** Epoch milliseconds (high resolution) just before the launch started. */
  launchStartedAt: number;
  /** Milliseconds the launch took, until a page was ready to navigate. */
  launchMs: number;
  close(): Promise<void>;
}

/** Wall-clock epoch milliseconds with sub-millisecond resolution, comparable with a page's performance.timeOrigin + performance.now(). */
export const epochNow = (): number => performance.timeOrigin + performance.now();

export async function launchFresh(): Promise<FreshBrowser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'console-bench-profile-'));
  const launchStartedAt = epochNow();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const launchMs = epochNow() - launchStartedAt;
  return {
    context,
    page,
    launchStartedAt,
    launchMs,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
