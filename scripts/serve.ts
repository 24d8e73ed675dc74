// Serves the built site (dist/) with the security headers a deployment must
// send, so what `npm start`, the browser tests and the benchmark see is what a
// reader gets: the precompressed copies the build writes (x.br, x.gz, see
// scripts/precompress.ts) chosen by Accept-Encoding, with Vary, the right
// Content-Encoding and Content-Length, and headersFor(path) on every response,
// a 404 and a redirect included.
//
// The files are served by sirv (lukeed/sirv, also Vite's preview server): it
// picks the .br or .gz copy a browser accepts, streams it with its own length,
// and lets headers set before it run through untouched. What it does not do is
// here: the security headers, redirects to a folder's trailing slash, the site's
// 404 page, content types it does not know (Arrow, Parquet) and cache rules.
//
//   node scripts/serve.ts [--root dist] [--host 127.0.0.1] [--port 4321] [--inline-scripts-under /bench-framework/]

import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor, SECURITY_HEADERS } from '../src/lib/security-headers.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.cff': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.arrows': 'application/vnd.apache.arrow.stream',
  '.map': 'application/json; charset=utf-8',
};

export interface ServeOptions {
  root: string;
  host?: string;
  port?: number;
  /** Replaces the site-wide security headers (path rules still apply); the tests use it to serve a broken policy. */
  headers?: Readonly<Record<string, string>>;
  /**
   * Paths under this prefix may run inline scripts (the benchmark serves an
   * Observable Framework page, whose code is an inline module, beside the site).
   */
  inlineScriptsUnder?: string;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** The path of a folder asked for without its trailing slash, e.g. "/sql" for dist/sql/. */
async function isFolder(root: string, pathname: string): Promise<boolean> {
  if (pathname.endsWith('/')) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (decoded.includes('\0')) return false;
  const folder = path.join(root, path.normalize(decoded));
  if (!folder.startsWith(root + path.sep)) return false;
  return (await stat(folder).catch(() => null))?.isDirectory() ?? false;
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const root = path.resolve(options.root);
  const base = options.headers ?? SECURITY_HEADERS;
  // sirv lists the files once, at start: the site is served as it was built.
  const files = sirv(root, {
    brotli: true,
    gzip: true,
    etag: true,
    dotfiles: false,
    setHeaders: (response, pathname) => {
      const type = CONTENT_TYPES[pathname.endsWith('/') ? '.html' : path.extname(pathname).toLowerCase()];
      if (type) response.setHeader('Content-Type', type);
    },
  });
  const notFound = readFile(path.join(root, '404.html')).catch(() => null);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // Before anything else, so that every answer carries them (404, 304, 301 and 405 too).
    for (const [name, value] of Object.entries(headersFor(url.pathname, base))) response.setHeader(name, value);
    if (options.inlineScriptsUnder && url.pathname.startsWith(options.inlineScriptsUnder)) {
      const csp = response.getHeader('Content-Security-Policy');
      if (typeof csp === 'string') response.setHeader('Content-Security-Policy', csp.replace(/script-src ([^;]*)/u, "script-src $1 'unsafe-inline'"));
    }
    response.setHeader('Vary', 'Accept-Encoding');
    // Hashed build assets never change; pages and data are revalidated (sirv sends an ETag).
    response.setHeader('Cache-Control', url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    if (await isFolder(root, url.pathname)) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    files(request, response, async () => {
      const body = (await notFound) ?? Buffer.from('Not found\n');
      response.writeHead(404, { 'Content-Type': CONTENT_TYPES[body === (await notFound) ? '.html' : '.txt'], 'Content-Length': body.length });
      response.end(request.method === 'HEAD' ? undefined : body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4321, options.host ?? '127.0.0.1', () => {
      const address = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://${address.address}:${address.port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: path.join(root, 'dist') },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '4321' },
      'inline-scripts-under': { type: 'string' },
    },
  });
  const running = await startServer({ root: values.root, host: values.host, port: Number(values.port), inlineScriptsUnder: values['inline-scripts-under'] });
  console.log(`Serving ${path.relative(process.cwd(), values.root) || '.'} at ${running.url}/ (Ctrl+C to stop)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
