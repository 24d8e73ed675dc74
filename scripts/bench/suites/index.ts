// Every part of the benchmark, in the order they run. A new kind of page is
// one more module exporting a Suite (see ../suite.ts), listed here.

import type { Suite } from '../suite.ts';
import { buildsSuite } from './builds.ts';
import { chartPagesSuite } from './chart-pages/suite.ts';
import { consoleSuite } from './console/suite.ts';
import { exploreSuite } from './explore.ts';
import { scaleSuite } from './scale/suite.ts';
import { searchSuite } from './search/suite.ts';

export interface SuiteOptions {
  coldCache: boolean;
  /** The folder a fresh clone copies (default: the repository's working tree). */
  cloneFrom?: string;
}

export function allSuites(options: SuiteOptions): Suite[] {
  return [buildsSuite({ coldCache: options.coldCache, cloneFrom: options.cloneFrom }), chartPagesSuite, consoleSuite, scaleSuite, exploreSuite, searchSuite];
}
