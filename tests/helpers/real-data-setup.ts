// Builds the real data once for the whole unit project, in-process (the same
// buildData that `npm run data` runs), into a temporary folder every test
// file reads: one build per test run instead of one per file.

import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildData } from '../../scripts/build-data.ts';
import { formatIssue } from '../../scripts/pipeline/build-issue.ts';
import { REFERENCE, SOURCES, tempDir } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    realData: string;
    /** The build's warnings, formatted as the command prints them (without "Warning: "). */
    realDataWarnings: string[];
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const out = path.join(tempDir('real'), 'data');
  const { warnings } = await buildData({ sources: SOURCES, reference: REFERENCE, out });
  project.provide('realData', out);
  project.provide('realDataWarnings', warnings.map(formatIssue));
}
