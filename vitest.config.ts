import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds write Parquet through DuckDB; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['tests/browser/**', '**/node_modules/**'],
          globalSetup: ['tests/helpers/real-data-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Debian's Chromium against the built site, served with its real headers.
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // Two files at a time, one per core: each drives its own Chromium against the one server.
          maxWorkers: 2,
        },
      },
    ],
  },
});
