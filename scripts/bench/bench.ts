// The site's performance benchmark (npm run bench): real Chromium against the
// built site, whole-process timings, each in a fresh browser, reported as
// medians (min, max) and as ratios to a static page's load measured in the
// same session; plus the builds' wall time. Each part is a suite
// (suites/index.ts). It measures and reports the budgets of
// bench/budgets.json with their margins; it asserts nothing. bench/README.md
// explains the metrics and how to compare two results.
//
//   node scripts/bench/bench.ts [--runs 5] [--suites builds,chart-pages,console,scale] [--out bench/results/latest.json]
//                               [--no-build] [--cold-cache] [--dist DIR] [--tiny] [--compare OLD.json]
//   node scripts/bench/bench.ts --compare OLD.json --against NEW.json   (no run: compares two files)

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureBaseline, type BaselineRun } from './baseline.ts';
import { checkBudgets, formatBudgets, readBudgets } from './budgets.ts';
import { formatComparison, readResult } from './compare.ts';
import { buildFacts, machineFacts } from './machine.ts';
import { baselineMetrics, baselineSummary, formatResult, toMetric, type BenchResult, type Metric, type SuiteResult } from './report.ts';
import { serveChild, type ServedSite } from './serve-child.ts';
import { summarise } from './stats.ts';
import type { SuiteContext, SuiteOutput } from './suite.ts';
import { allSuites } from './suites/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A path as the reader typed it, relative when it is under the working directory. */
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};

const USAGE = `usage: node scripts/bench/bench.ts [options]   (npm run bench -- [options])
  --runs N          measurements of each metric, each in a fresh browser or a fresh build (default 5)
  --suites LIST     which suites, comma-separated (default: all of ${allSuites({ coldCache: false })
    .map((s) => s.id)
    .join(', ')})
  --out FILE        where to write the result (default bench/results/latest.json)
  --no-build        never build: skip the builds suite, fail if dist/ is missing (by default dist/ is built when missing)
  --cold-cache      the builds suite compresses everything again (no precompression cache)
  --clone-from DIR  the builds suite's fresh clone copies DIR instead of the repository's working tree
  --dist DIR        measure another built site (e.g. a build of an earlier commit); implies --no-build
  --tiny            the smallest configuration that runs every step (npm test uses it): 1 run, 2 warm examples,
                    10,000 synthetic rows, a data build into a temporary folder and no site build
  --budgets FILE    the budgets to check (default bench/budgets.json)
  --compare OLD     after the run, print each metric's change against an earlier result
  --against NEW     with --compare: compare two saved results, without running anything`;

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      suites: { type: 'string' },
      out: { type: 'string', default: path.join(ROOT, 'bench', 'results', 'latest.json') },
      'no-build': { type: 'boolean', default: false },
      'cold-cache': { type: 'boolean', default: false },
      'clone-from': { type: 'string' },
      dist: { type: 'string' },
      tiny: { type: 'boolean', default: false },
      budgets: { type: 'string', default: path.join(ROOT, 'bench', 'budgets.json') },
      compare: { type: 'string' },
      against: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const runs = Number(values.runs ?? (values.tiny ? 1 : 5));
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not ${values.runs}`);
  if (values.against && !values.compare) throw new Error('--against needs --compare OLD.json');
  const dist = path.resolve(values.dist ?? path.join(ROOT, 'dist'));
  const noBuild = values['no-build'] || values.dist !== undefined;
  const known = allSuites({ coldCache: values['cold-cache'], cloneFrom: values['clone-from'] ? path.resolve(values['clone-from']) : undefined });
  const wanted = values.suites ? values.suites.split(',').map((s) => s.trim()) : known.map((s) => s.id);
  for (const id of wanted) if (!known.some((s) => s.id === id)) throw new Error(`unknown suite ${id} (known: ${known.map((s) => s.id).join(', ')})`);
  // The builds rebuild the repository's dist/: not when measuring a given build.
  const suites = known.filter((s) => wanted.includes(s.id) && !(s.rebuildsSite && noBuild && !values.tiny));
  return { ...values, runs, dist, noBuild, suites };
}

function ensureBuilt(dist: string, noBuild: boolean): void {
  const built = existsSync(path.join(dist, 'sql', 'index.html')) && existsSync(path.join(dist, 'data', 'arrow'));
  if (built) return;
  if (noBuild) throw new Error(`${shown(dist)} is missing or incomplete and --no-build (or --dist) was given: run \`npm run build\` first`);
  console.error('dist/ is missing: running npm run build…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (build.status !== 0) throw new Error(`npm run build failed (exit code ${build.status})`);
}

async function main(): Promise<void> {
  const opts = options();
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  if (opts.compare && opts.against) {
    console.log(formatComparison(readResult(opts.compare), readResult(opts.against), { before: opts.compare, after: opts.against }));
    return;
  }
  // Fail before a long run, not after.
  const previous = opts.compare ? readResult(opts.compare) : null;
  const budgets = readBudgets(opts.budgets);

  const machine = machineFacts();
  const outputs = new Map<string, SuiteOutput>();
  const baselineRuns: BaselineRun[] = [];
  let site: ServedSite | null = null;
  const context = (): SuiteContext => ({
    root: ROOT,
    dist: opts.dist,
    site,
    serve: (dir, serveOptions) => serveChild(ROOT, dir, serveOptions),
    runs: opts.runs,
    tiny: opts.tiny,
    baseline: async () => {
      if (!site) throw new Error('the baseline needs the site to be served');
      const run = await measureBaseline(site.url);
      baselineRuns.push(run);
      return run;
    },
    log: (line) => console.error(line),
  });

  // Builds first: they write dist/, which the other suites then measure.
  for (const suite of opts.suites.filter((s) => !s.needsSite)) {
    console.error(`== ${suite.title}`);
    outputs.set(suite.id, await suite.run(context()));
  }
  const paged = opts.suites.filter((s) => s.needsSite);
  if (paged.length) ensureBuilt(opts.dist, opts.noBuild);
  // Another folder's build (--dist) was made from some other commit: say nothing rather than something wrong.
  const build =
    opts.dist === path.join(ROOT, 'dist') ? buildFacts(ROOT, opts.dist) : { ...buildFacts(ROOT, opts.dist), commit: null, branch: null, changedSinceBuild: [] };
  if (build.changedSinceBuild.length) {
    console.error(
      `warning: ${build.changedSinceBuild.length} source file(s) changed since dist/ was built (${build.changedSinceBuild.slice(0, 3).join(', ')}${build.changedSinceBuild.length > 3 ? ', …' : ''}); this measures the older build. Run npm run build first to measure the current code.`,
    );
  }
  if (paged.length) {
    site = await serveChild(ROOT, opts.dist);
    try {
      // One unrecorded launch, so that the first run does not also pay for
      // reading Chromium and the site from disk into the OS's cache.
      console.error(`serving ${shown(opts.dist)} at ${site.url}; warming up…`);
      await measureBaseline(site.url);
      for (const suite of paged) {
        console.error(`== ${suite.title}`);
        outputs.set(suite.id, await suite.run(context()));
      }
    } finally {
      await site.stop();
    }
  }

  const baselineMedian = baselineRuns.length ? summarise(baselineRuns.map((r) => r.launchToLoadMs)).median : null;
  const metrics: Metric[] = [...baselineMetrics(baselineRuns)];
  const suites: Record<string, SuiteResult> = {};
  for (const suite of opts.suites) {
    const output = outputs.get(suite.id)!;
    metrics.push(...output.metrics.map((m) => toMetric(suite.id, m, baselineMedian)));
    suites[suite.id] = { title: suite.title, details: output.details ?? null, text: output.text ?? null };
  }
  const result: BenchResult = {
    benchmark: 'site',
    format: 2,
    createdAt: new Date().toISOString(),
    config: { runs: opts.runs, tiny: opts.tiny, suites: opts.suites.map((s) => s.id), dist: shown(opts.dist) },
    machine,
    build,
    baseline: baselineSummary(baselineRuns),
    metrics,
    suites,
    budgets: checkBudgets(budgets, metrics),
  };
  const out = path.resolve(opts.out);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(formatResult(result, formatBudgets));
  console.log(`\nwritten to ${shown(out)}`);
  if (previous && opts.compare) {
    console.log(`\n${formatComparison(previous, result, { before: opts.compare, after: shown(out) })}`);
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
}
