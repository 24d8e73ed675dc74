// Serves the built site (dist/) with the security headers a deployment must
// send, so what `npm start` and the browser tests see is what a reader gets.
// No dependency: node:http and a short list of content types.
//
//   node scripts/serve.ts [--root dist] [--host 127.0.0.1] [--port 4321]

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { headersFor, SECURITY_HEADERS } from '../src/lib/security-headers.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.arrows': 'application/vnd.apache.arrow.stream',
  '.map': 'application/json; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.cff': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
  root: string;
  host?: string;
  port?: number;
  /** Replaces the site-wide security headers (path rules still apply); the tests use it to serve a broken policy. */
  headers?: Readonly<Record<string, string>>;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

async function fileAt(root: string, urlPath: string): Promise<{ file: string } | { redirect: string } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.join(root, path.normalize(decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const info = await stat(file).catch(() => null);
  if (!info) return null;
  if (info.isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
    const index = path.join(file, 'index.html');
    return (await stat(index).catch(() => null))?.isFile() ? { file: index } : null;
  }
  return info.isFile() ? { file } : null;
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const root = path.resolve(options.root);
  const headers = options.headers ?? SECURITY_HEADERS;
  const server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of Object.entries(headersFor(pathname, headers))) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const found = await fileAt(root, url.pathname);
    if (found && 'redirect' in found) {
      response.writeHead(301, { Location: `${found.redirect}${url.search}` }).end();
      return;
    }
    const file = found?.file ?? path.join(root, '404.html');
    const info = await stat(file).catch(() => null);
    if (!info) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(found ? 200 : 404, {
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
      // Hashed build assets never change; pages and data are revalidated.
      'Cache-Control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).on('error', () => response.destroy()).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4321, options.host ?? '127.0.0.1', () => {
      const address = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://${address.address}:${address.port}`,
        close: () => new Promise((done) => {
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
    },
  });
  const running = await startServer({ root: values.root, host: values.host, port: Number(values.port) });
  console.log(`Serving ${path.relative(process.cwd(), values.root) || '.'} at ${running.url}/ (Ctrl+C to stop)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
