// @ts-check
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { headersFile } from './src/lib/security-headers.ts';
import { precompressSite } from './scripts/precompress.ts';
import { searchIndex } from './scripts/search-index.ts';

/** Writes dist/_headers for static hosts from the headers scripts/serve.ts sends. */
function securityHeaders() {
  return {
    name: 'security-headers',
    hooks: {
      /** @param {{ dir: URL }} options */
      'astro:build:done': async ({ dir }) => {
        await writeFile(fileURLToPath(new URL('_headers', dir)), headersFile());
      },
    },
  };
}

// Vietnamese is the default language at /, English under /en/.
export default defineConfig({
  site: 'https://example.invalid',
  output: 'static',
  trailingSlash: 'always',
  i18n: {
    defaultLocale: 'vi',
    locales: ['vi', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory' },
  // DuckDB's native module is loaded by Node at build time, never bundled.
  vite: {
    ssr: { external: ['@duckdb/node-api'] },
    // Never inline a script into the HTML: the CSP allows scripts from this site only ('self').
    build: { assetsInlineLimit: 0 },
    // DuckDB-WASM asks for apache-arrow 17, the site uses 21: one copy in the
    // browser bundle. The console hands DuckDB raw IPC bytes, not Arrow objects.
    resolve: { dedupe: ['apache-arrow'] },
  },
  // searchIndex() writes dist/pagefind/ (the site search); precompressSite() writes .br and .gz
  // copies of dist/: keep it last, so it sees every file.
  integrations: [securityHeaders(), searchIndex(), precompressSite()],
});
