// One definition of the headers: scripts/serve.ts sends them, dist/_headers
// carries them, and the policy allows only this site for scripts, workers and
// connections, plus the WebAssembly compilation DuckDB needs.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { CONTENT_SECURITY_POLICY, headersFile, SECURITY_HEADERS } from '../../src/lib/security-headers.ts';
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

describe('scripts/serve.ts', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const root = tempDir('serve');
    mkdirSync(path.join(root, 'sql'));
    writeFileSync(path.join(root, 'sql/index.html'), '<p>console</p>');
    writeFileSync(path.join(root, 'engine.wasm'), new Uint8Array([0, 97, 115, 109]));
    writeFileSync(path.join(root, '404.html'), '<p>not here</p>');
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

  it('serves WebAssembly with its content type, redirects to the trailing slash, and stays inside its root', async () => {
    expect((await fetch(`${server.url}/engine.wasm`)).headers.get('content-type')).toBe('application/wasm');
    const redirect = await fetch(`${server.url}/sql?example=relapse`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/sql/?example=relapse');
    expect((await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${server.url}/sql/`, { method: 'POST' })).status).toBe(405);
  });
});
