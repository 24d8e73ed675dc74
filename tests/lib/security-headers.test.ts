// One definition of the headers: scripts/serve.ts sends them, dist/_headers
// carries them, and the policy allows only this site for scripts, workers and
// connections, plus the WebAssembly compilation DuckDB needs.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { CONTENT_SECURITY_POLICY, headersFile, headersFor, SECURITY_HEADERS } from '../../src/lib/security-headers.ts';
import { tempDir } from '../helpers/build.ts';

describe('content security policy', () => {
  it('allows only this site for scripts, workers and connections, and WebAssembly compilation', () => {
    expect(CONTENT_SECURITY_POLICY['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY['worker-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY['connect-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY['default-src']).toEqual(["'self'"]);
    expect(SECURITY_HEADERS['Content-Security-Policy']).not.toMatch(/'unsafe-eval'|https?:|\*/u);
  });

  it('is written to a _headers file for static hosts', () => {
    const file = headersFile();
    expect(file).toContain(`/*\n`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${name}: ${value}\n`);
  });
});

describe('where the policy is relaxed', () => {
  it('lets any site frame a chart embed page, and nothing else', () => {
    for (const path of [
      '/charts/intake-national/embed/',
      '/en/charts/intake-national/embed/',
      '/charts/x/embed/index.html',
      '/explore/relapse-rate/embed/',
      '/en/explore/relapse-rate/embed/',
    ]) {
      expect(headersFor(path)['Content-Security-Policy'], path).toContain('frame-ancestors *');
      expect(headersFor(path)['Cross-Origin-Resource-Policy'], path).toBe('cross-origin');
    }
    for (const path of [
      '/',
      '/sql/',
      '/en/sql/',
      '/charts/intake-national/',
      '/charts/embed/',
      '/places/province-22/',
      '/charts/a/b/embed/',
      '/explore/',
      '/explore/relapse-rate/',
      '/explore/data/catalog.json',
    ]) {
      expect(headersFor(path), path).toEqual(SECURITY_HEADERS);
    }
  });
  it("serves charts' take-away files and the data downloads to any site, but not the console's engine or tables", () => {
    for (const path of [
      '/charts/c/ty-le.png',
      '/en/charts/c/rates.svg',
      '/charts/c/ty-le.csv',
      '/charts/c/ty-le.xlsx',
      '/charts/c/ty-le.json',
      '/data/figures.parquet',
      '/data/figures.xlsx',
      '/CITATION.cff',
    ]) {
      expect(headersFor(path)['Access-Control-Allow-Origin'], path).toBe('*');
      expect(headersFor(path)['Cross-Origin-Resource-Policy'], path).toBe('cross-origin');
      expect(headersFor(path)['Content-Security-Policy'], path).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    }
    for (const path of ['/data/', '/data/arrow/figures.arrows', '/_astro/duckdb-eh.wasm', '/charts/c/', '/en/charts/c/']) {
      expect(headersFor(path), path).toEqual(SECURITY_HEADERS);
    }
  });
  it('writes the same rules to _headers, detaching the site-wide value first', () => {
    const file = headersFile();
    expect(file).toContain('/charts/:chart/embed/\n  ! Content-Security-Policy\n');
    expect(file).toContain(`  Content-Security-Policy: ${headersFor('/charts/c/embed/')['Content-Security-Policy']}\n`);
    expect(file).toContain('/data/:file\n  ! Cross-Origin-Resource-Policy\n  Cross-Origin-Resource-Policy: cross-origin\n  Access-Control-Allow-Origin: *\n');
  });
});

/** A raw GET (Node's fetch would undo the compression this checks). */
function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

// Compressible, and big enough to be worth compressing.
const ENGINE = Buffer.concat([Buffer.from([0, 97, 115, 109]), Buffer.alloc(64 * 1024, 'duckdb ')]);
const DATA = Buffer.from('figure_id,value\n'.concat('f-1,1661\n'.repeat(500)));

describe('precompression', () => {
  it('writes brotli and gzip copies of compressible files only, and only when they are smaller', async () => {
    const root = tempDir('precompress');
    writeFileSync(path.join(root, 'engine.wasm'), ENGINE);
    writeFileSync(path.join(root, 'tiny.js'), 'x');
    writeFileSync(path.join(root, 'table.parquet'), ENGINE);
    const report = await precompress(root, { cacheDir: null });
    expect(brotliDecompressSync(readFileSync(path.join(root, 'engine.wasm.br')))).toEqual(ENGINE);
    expect(gunzipSync(readFileSync(path.join(root, 'engine.wasm.gz')))).toEqual(ENGINE);
    expect(existsSync(path.join(root, 'tiny.js.br'))).toBe(false);
    expect(existsSync(path.join(root, 'table.parquet.br'))).toBe(false);
    expect(report).toMatchObject({ files: 2, written: 2 });
  });
});

describe('scripts/serve.ts', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const root = tempDir('serve');
    mkdirSync(path.join(root, 'sql'));
    writeFileSync(path.join(root, 'sql/index.html'), '<p>console</p>');
    writeFileSync(path.join(root, 'engine.wasm'), ENGINE);
    writeFileSync(path.join(root, '404.html'), '<p>not here</p>');
    mkdirSync(path.join(root, 'charts/c/embed'), { recursive: true });
    writeFileSync(path.join(root, 'charts/c/embed/index.html'), '<p>chart</p>');
    mkdirSync(path.join(root, 'data/arrow'), { recursive: true });
    writeFileSync(path.join(root, 'data/figures.csv'), DATA);
    writeFileSync(path.join(root, 'data/arrow/figures.arrows'), DATA);
    await precompress(root, { cacheDir: null });
    server = await startServer({ root, port: 0 });
  });
  afterAll(() => server?.close());

  it('sends the security headers with every response, found or not', async () => {
    for (const [url, status] of [
      ['/sql/', 200],
      ['/engine.wasm', 200],
      ['/nothing/', 404],
    ] as const) {
      const response = await fetch(`${server.url}${url}`);
      expect(response.status, url).toBe(status);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${url} ${name}`).toBe(value);
    }
  });

  it('sends the relaxed headers only where a rule says so', async () => {
    const embed = await fetch(`${server.url}/charts/c/embed/`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect((await fetch(`${server.url}/sql/`)).headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('sends the brotli or gzip copy the browser accepts, with its length and Vary, under the same headers', async () => {
    for (const [encoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      for (const [url, type] of [
        ['/engine.wasm', 'application/wasm'],
        ['/data/arrow/figures.arrows', 'application/vnd.apache.arrow.stream'],
        ['/data/figures.csv', 'text/csv; charset=utf-8'],
      ] as const) {
        const response = await get(`${server.url}${url}`, { 'accept-encoding': encoding === 'br' ? 'gzip, deflate, br, zstd' : 'gzip, deflate' });
        expect(response.status, url).toBe(200);
        expect(response.headers['content-encoding'], url).toBe(encoding);
        expect(response.headers['content-type'], url).toBe(type);
        expect(response.headers.vary, url).toBe('Accept-Encoding');
        expect(Number(response.headers['content-length']), url).toBe(response.body.length);
        expect(decode(response.body), url).toEqual(url.endsWith('.wasm') ? ENGINE : DATA);
        for (const [name, value] of Object.entries(headersFor(url))) expect(response.headers[name.toLowerCase()], `${url} ${name}`).toBe(value);
      }
    }
    const plain = await get(`${server.url}/engine.wasm`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(ENGINE);
    expect(plain.headers.vary).toBe('Accept-Encoding');
    // The data downloads keep their cross-origin rule when compressed.
    expect((await get(`${server.url}/data/figures.csv`, { 'accept-encoding': 'br' })).headers['access-control-allow-origin']).toBe('*');
  });

  it("answers a missing page with the site's 404 page and the headers", async () => {
    const response = await get(`${server.url}/nothing/`, { 'accept-encoding': 'br' });
    expect(response.status).toBe(404);
    expect(response.body.toString()).toBe('<p>not here</p>');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.headers['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  });

  it('serves WebAssembly with its content type, redirects to the trailing slash, and stays inside its root', async () => {
    expect((await fetch(`${server.url}/engine.wasm`)).headers.get('content-type')).toBe('application/wasm');
    const redirect = await fetch(`${server.url}/sql?example=relapse`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/sql/?example=relapse');
    expect((await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${server.url}/sql/`, { method: 'POST' })).status).toBe(405);
  });
});
