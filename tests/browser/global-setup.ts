// Builds the data and the site once (`npm run build`), then serves dist/ with
// scripts/serve.ts (the real security headers) on a free port for the browser
// tests. CONSOLE_TESTS_REUSE_BUILD=1 skips the build when dist/ is fresh.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.ts';
import { ROOT } from '../helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = path.join(ROOT, 'dist');
  if (!(process.env.CONSOLE_TESTS_REUSE_BUILD === '1' && existsSync(path.join(dist, 'sql/index.html')))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', env: process.env });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  }
  const server = await startServer({ root: dist, port: 0 });
  project.provide('siteUrl', server.url);
  project.provide('distDir', dist);
  return () => server.close();
}
