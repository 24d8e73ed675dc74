// How this project starts Debian's Chromium (playwright-core drives it; never a
// downloaded browser). The background-networking switches matter: without
// them Chromium keeps calling Google's hosts, which this network refuses.
// Shared by the browser tests and the benchmark so both measure the same browser.

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
