// One Chromium process per measurement, with its own new profile directory:
// no HTTP cache, no compiled-WebAssembly cache, no warmed-up browser process.
// The launch itself is part of what is timed. A page can be throttled to a
// slower network and CPU (the chart pages are measured both ways).

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

/** A slower reader: network bandwidth and latency, and a CPU slowdown factor (Chrome DevTools' emulation). */
export interface Throttle {
  name: string;
  downloadMbit: number;
  uploadMbit: number;
  latencyMs: number;
  cpuSlowdown: number;
}

/** The "throttled" profile: a good phone on a good mobile network. */
export const THROTTLED: Throttle = { name: '20 Mbit/s, 40 ms, 4× CPU', downloadMbit: 20, uploadMbit: 10, latencyMs: 40, cpuSlowdown: 4 };

/**
 * Applies a throttle to a page before it navigates. It is set on the page's own
 * DevTools target: measure pages whose work happens on the page (a Web Worker's
 * CPU is not slowed).
 */
export async function throttle(page: Page, profile: Throttle): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: (profile.downloadMbit * 1e6) / 8,
    uploadThroughput: (profile.uploadMbit * 1e6) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  /**
   * A profile directory used before (a returning reader: its HTTP cache and
   * compiled-code cache), kept when the browser closes; the caller removes it.
   * Without it, a new empty profile is made and removed on close.
   */
  profile?: string;
}

/** An empty profile directory, for a browser whose profile outlives it (launchFresh({ profile })). */
export const newProfile = (): Promise<string> => mkdtemp(path.join(tmpdir(), 'bench-profile-'));

export async function launchFresh(options: LaunchOptions = {}): Promise<FreshBrowser> {
  const profile = options.profile ?? (await newProfile());
  const launchStartedAt = epochNow();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
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
      if (!options.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}
