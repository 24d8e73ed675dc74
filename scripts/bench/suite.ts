// What a part of the benchmark is. Each kind of page (the SQL console, the
// chart pages), the scale test and the builds is one Suite in scripts/bench/suites/:
// it is given the built site, served, and a way to take a baseline sample, and
// returns its samples as metrics. The command (bench.ts) summarises them
// (median, min, max), divides browser timings by the baseline measured in the
// same session, checks bench/budgets.json and prints everything.
//
// Adding a kind of page = one module exporting a Suite, listed in suites/index.ts.

import type { BaselineRun } from './baseline.ts';
import type { ServedSite } from './serve-child.ts';

export type Unit = 'ms' | 'bytes' | 'count' | 'ratio';

/** The samples of one quantity, as a suite reports them. */
export interface MetricInput {
  /** Unique within the suite, e.g. "cold.first-result"; the result's id is "<suite>.<id>". */
  id: string;
  /** Rows of a printed table: metrics of one group are printed together. */
  group: string;
  label: string;
  unit: Unit;
  samples: number[];
  /**
   * A whole-process browser time (launch → something): also expressed as a
   * multiple of the static-page baseline measured in the same session.
   */
  vsBaseline?: boolean;
}

export interface SuiteContext {
  /** The repository. */
  root: string;
  /** The built site being measured. */
  dist: string;
  /** dist/ served by scripts/serve.ts in a child process (null for suites that need no site). */
  site: ServedSite | null;
  /** Serves another folder the same way (for a suite that measures a modified copy of the site); inline scripts may run under a path prefix. */
  serve(dir: string, options?: { inlineScriptsUnder?: string }): Promise<ServedSite>;
  /** Measurements per metric (fresh browsers, builds). */
  runs: number;
  /** The smallest configuration that still runs every step: `npm test` uses it to prove the benchmark works. */
  tiny: boolean;
  /**
   * One static-page baseline sample (a fresh Chromium loading /data/), kept for
   * the ratios. A suite that measures whole-process browser times calls it once
   * before each of its runs, so that a busy moment slows both alike.
   */
  baseline(): Promise<BaselineRun>;
  /** Progress, to stderr. */
  log(line: string): void;
}

export interface SuiteOutput {
  metrics: MetricInput[];
  /** Anything else worth keeping in the result file (rows, bytes by kind, raw marks). */
  details?: unknown;
  /** Extra printed lines after the suite's metric tables (e.g. bytes by kind). */
  text?: string;
}

export interface Suite {
  id: string;
  title: string;
  /** False for suites that run without the built site being served (the builds). */
  needsSite: boolean;
  /** Suites that rebuild dist/ run before the site is served. */
  rebuildsSite?: boolean;
  run(context: SuiteContext): Promise<SuiteOutput>;
}
