// One definition of the headers: scripts/serve.ts sends them, dist/_headers
// carries them, and the policy allows only this site for scripts, workers and
// connections, plus the WebAssembly compilation DuckDB needs.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    for (const path of ['/charts/intake-national/embed/', '/en/charts/intake-national/embed/', '/charts/x/embed/index.html']) {
      expect(headersFor(path)['Content-Security-Policy'], path).toContain('frame-ancestors *');
      expect(headersFor(path)['Cross-Origin-Resource-Policy'], path).toBe('cross-origin');
    }
    for (const path of ['/', '/sql/', '/en/sql/', '/charts/intake-national/', '/charts/embed/', '/places/province-22/', '/charts/a/b/embed/']) {
      expect(headersFor(path), path).toEqual(SECURITY_HEADERS);
    }
  });
  it("serves charts' take-away files and the data downloads to any site, but not the console's engine or tables", () => {
    for (const path of ['/charts/c/chart.png', '/en/charts/c/chart.svg', '/charts/c/data.csv', '/charts/c/meta.json', '/data/figures.parquet', '/data/figures.xlsx', '/CITATION.cff']) {
      expect(headersFor(path)['Access-Control-Allow-Origin'], path).toBe('*');
      expect(headersFor(path)['Cross-Origin-Resource-Policy'], path).toBe('cross-origin');
      expect(headersFor(path)['Content-Security-Policy'], path).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    }
    for (const path of ['/data/', '/data/arrow/figures.arrows', '/_astro/duckdb-eh.wasm', '/charts/c/other.png']) {
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

describe('scripts/serve.ts', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const root = tempDir('serve');
    mkdirSync(path.join(root, 'sql'));
    writeFileSync(path.join(root, 'sql/index.html'), '<p>console</p>');
    writeFileSync(path.join(root, 'engine.wasm'), new Uint8Array([0, 97, 115, 109]));
    writeFileSync(path.join(root, '404.html'), '<p>not here</p>');
    mkdirSync(path.join(root, 'charts/c/embed'), { recursive: true });
    writeFileSync(path.join(root, 'charts/c/embed/index.html'), '<p>chart</p>');
    server = await startServer({ root, port: 0 });
  });
  afterAll(() => server?.close());

  it('sends the security headers with every response, found or not', async () => {
    for (const [url, status] of [['/sql/', 200], ['/engine.wasm', 200], ['/nothing/', 404]] as const) {
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

  it('serves WebAssembly with its content type, redirects to the trailing slash, and stays inside its root', async () => {
    expect((await fetch(`${server.url}/engine.wasm`)).headers.get('content-type')).toBe('application/wasm');
    const redirect = await fetch(`${server.url}/sql?example=relapse`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/sql/?example=relapse');
    expect((await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${server.url}/sql/`, { method: 'POST' })).status).toBe(405);
  });
});
