// Bytes the browser received, by kind: the engine's WebAssembly, the tables
// as Arrow streams, JavaScript (the page's, the engine's and its worker's),
// and everything else (HTML, CSS, fonts, JSON). Requests made by the
// engine's dedicated worker are reported to the page by Playwright too.

import type { BrowserContext, Request } from 'playwright-core';

export const TRANSFER_KINDS = ['wasm', 'arrow', 'js', 'other'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

export interface TransferTally {
  /** Response bodies as received (encoded, i.e. compressed if the server compressed), by kind. */
  bodyBytes: Record<TransferKind, number>;
  requests: Record<TransferKind, number>;
  /** Response header bytes, all kinds together. */
  headerBytes: number;
  totalBytes: number;
  failed: string[];
  /** Requests whose body size Playwright did not report, counted from their Content-Length. */
  sizedFromHeader: string[];
}

export function kindOf(url: string): TransferKind {
  const { pathname } = new URL(url);
  if (pathname.endsWith('.wasm')) return 'wasm';
  if (pathname.endsWith('.arrows') || pathname.endsWith('.arrow')) return 'arrow';
  if (pathname.endsWith('.js') || pathname.endsWith('.mjs')) return 'js';
  return 'other';
}

export const emptyTally = (): TransferTally => ({
  bodyBytes: { wasm: 0, arrow: 0, js: 0, other: 0 },
  requests: { wasm: 0, arrow: 0, js: 0, other: 0 },
  headerBytes: 0,
  totalBytes: 0,
  failed: [],
  sizedFromHeader: [],
});

export interface TransferRecorder {
  /** What has been received so far (waits for the sizes of finished requests). */
  snapshot(): Promise<TransferTally>;
}

export function recordTransfers(context: BrowserContext): TransferRecorder {
  const tally = emptyTally();
  const pending = new Set<Promise<void>>();
  const count = (request: Request) => {
    const url = request.url();
    if (!url.startsWith('http:') && !url.startsWith('https:')) return;
    const kind = kindOf(url);
    const job = Promise.all([request.sizes(), request.response()])
      .then(([sizes, response]) => {
        // Playwright reports 0 bytes for a dedicated worker's own script; the
        // site's server always sends Content-Length, the length of the body
        // as sent (compressed when it is).
        let body = sizes.responseBodySize;
        if (body <= 0) {
          body = Number(response?.headers()['content-length'] ?? 0);
          if (body > 0) tally.sizedFromHeader.push(url);
        }
        tally.bodyBytes[kind] += body;
        tally.headerBytes += sizes.responseHeadersSize;
        tally.totalBytes += body + sizes.responseHeadersSize;
        tally.requests[kind] += 1;
      })
      .catch(() => {
        tally.failed.push(url);
      })
      .finally(() => pending.delete(job));
    pending.add(job);
  };
  context.on('requestfinished', count);
  context.on('requestfailed', (request) => tally.failed.push(request.url()));
  return {
    snapshot: async () => {
      await Promise.all([...pending]);
      return structuredClone(tally);
    },
  };
}

export function subtractTally(later: TransferTally, earlier: TransferTally): TransferTally {
  const out = emptyTally();
  for (const kind of TRANSFER_KINDS) {
    out.bodyBytes[kind] = later.bodyBytes[kind] - earlier.bodyBytes[kind];
    out.requests[kind] = later.requests[kind] - earlier.requests[kind];
  }
  out.headerBytes = later.headerBytes - earlier.headerBytes;
  out.totalBytes = later.totalBytes - earlier.totalBytes;
  out.failed = later.failed.slice(earlier.failed.length);
  out.sizedFromHeader = later.sizedFromHeader.slice(earlier.sizedFromHeader.length);
  return out;
}
