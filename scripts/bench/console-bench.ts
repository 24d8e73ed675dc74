// The SQL console's performance benchmark (npm run bench): real Chromium
// against the built site, whole-process timings, each in a fresh browser,
// reported as medians and as ratios to a static page's load on the same
// machine. It measures; it asserts nothing. bench/README.md explains the
// metrics and how to compare two results.
//
//   node scripts/bench/console-bench.ts [--runs 5] [--out bench/results/latest.json] [--no-build] [--compare OLD.json]
//   node scripts/bench/console-bench.ts --compare OLD.json --against NEW.json   (no run: compares two files)

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatComparison, readResult } from './compare.ts';
import { buildFacts, machineFacts } from './machine.ts';
import { measureBaseline, measureConsole, type BaselineRun, type ConsoleRun } from './measure.ts';
import { buildResult, formatResult } from './report.ts';
import { serveChild } from './serve-child.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');

/** A path as the reader typed it, relative when it is under the working directory. */
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};

const USAGE = `usage: node scripts/bench/console-bench.ts [options]
  --runs N          fresh-browser runs of each measurement (default 5)
  --out FILE        where to write the result (default bench/results/latest.json)
  --no-build        never build; fail if dist/ is missing (by default dist/ is built only when missing)
  --compare OLD     after the run, print each ratio's change against an earlier result
  --against NEW     with --compare: compare two saved results, without running anything`;

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      out: { type: 'string', default: path.join(ROOT, 'bench', 'results', 'latest.json') },
      'no-build': { type: 'boolean', default: false },
      compare: { type: 'string' },
      against: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not ${values.runs}`);
  if (values.against && !values.compare) throw new Error('--against needs --compare OLD.json');
  return { ...values, runs, noBuild: values['no-build'] };
}

function ensureBuilt(noBuild: boolean): void {
  const built = existsSync(path.join(DIST, 'sql', 'index.html')) && existsSync(path.join(DIST, 'data', 'arrow'));
  if (built) return;
  if (noBuild) throw new Error('dist/ is missing or incomplete and --no-build was given: run `npm run build` first');
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
  const previous = opts.compare ? readResult(opts.compare) : null; // fail before a long run, not after

  ensureBuilt(opts.noBuild);
  const machine = machineFacts();
  const build = buildFacts(ROOT, DIST);
  if (build.changedSinceBuild.length) {
    console.error(
      `warning: ${build.changedSinceBuild.length} source file(s) changed since dist/ was built (${build.changedSinceBuild.slice(0, 3).join(', ')}${build.changedSinceBuild.length > 3 ? ', …' : ''}); this measures the older build. Run npm run build first to measure the current code.`,
    );
  }
  const site = await serveChild(ROOT, DIST);
  const baseline: BaselineRun[] = [];
  const consoleRuns: ConsoleRun[] = [];
  try {
    // One unrecorded launch, so that the first run does not also pay for
    // reading Chromium and the site from disk into the OS's cache.
    console.error(`serving dist/ at ${site.url}; warming up…`);
    await measureBaseline(site.url);
    for (let i = 1; i <= opts.runs; i++) {
      // Alternating the two keeps slow drifts of the machine out of the ratios.
      baseline.push(await measureBaseline(site.url));
      consoleRuns.push(await measureConsole(site.url));
      const b = baseline.at(-1)!;
      const c = consoleRuns.at(-1)!;
      console.error(
        `run ${i}/${opts.runs}: static page ${Math.round(b.launchToLoadMs)} ms; console ready ${Math.round(c.marks.engineReady ?? NaN)} ms, first result ${Math.round(c.marks.firstResult)} ms`,
      );
    }
  } finally {
    await site.stop();
  }

  const result = buildResult({ machine, build, baseline, console: consoleRuns });
  const out = path.resolve(opts.out);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(formatResult(result));
  console.log(`\nwritten to ${shown(out)}`);
  if (previous && opts.compare) {
    console.log(`\n${formatComparison(previous, result, { before: opts.compare, after: shown(out) })}`);
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
