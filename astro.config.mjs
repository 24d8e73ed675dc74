// @ts-check
import { defineConfig } from 'astro/config';

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
  vite: { ssr: { external: ['@duckdb/node-api'] } },
});
