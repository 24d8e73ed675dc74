// The SQL console (/sql/): how soon a reader arriving on an example's link can
// type (editor usable), sees an answer (the one computed at build time), and
// gets the engine's own result; the cold start cut into stages; each example
// in the warm console; the bytes received; and the same cold start throttled
// like a phone on a mobile network. bench/README.md explains each metric.

import { EXAMPLES } from '../../../../src/lib/console/examples.ts';
import { mb, table } from '../../report.ts';
import { summarise } from '../../stats.ts';
import type { MetricInput, Suite, SuiteContext, SuiteOutput } from '../../suite.ts';
import { TRANSFER_KINDS, type TransferKind, type TransferTally } from '../../transfer.ts';
import { rm } from 'node:fs/promises';
import { newProfile, THROTTLED } from '../../fresh-browser.ts';
import { measureConsole, type ConsoleMarks, type ConsoleRun } from './measure.ts';

type MarkName = keyof ConsoleMarks;
type Sample = (run: ConsoleRun) => number | null;
const mark =
  (name: MarkName): Sample =>
  ({ marks }) =>
    marks[name];
const between =
  (from: MarkName, to: MarkName): Sample =>
  ({ marks }) =>
    marks[from] === null || marks[to] === null ? null : marks[to]! - marks[from]!;

// Whole-process: from just before the browser was launched.
const COLD: Array<[string, string, MarkName]> = [
  ['cold.page-load', 'launch → /sql/ load event', 'load'],
  ['cold.editor-usable', 'launch → editor usable', 'editorUsable'],
  ['cold.first-answer', 'launch → first answer (precomputed at build time)', 'firstAnswer'],
  ['cold.engine-ready', 'launch → engine ready (tables in, locked down)', 'engineReady'],
  ['cold.first-result', 'launch → first live result (?example= on arrival)', 'firstResult'],
];
// What a reader waits for once the page is asked for (the budgets' "after navigation").
const AFTER_NAVIGATION: Array<[string, string, MarkName]> = [
  ['nav.editor-usable', 'navigation → editor usable', 'editorUsable'],
  ['nav.first-answer', 'navigation → first answer (precomputed)', 'firstAnswer'],
  ['nav.first-live-result', 'navigation → first live result', 'firstResult'],
];
// Consecutive: in each run they add up to launch → first live result. The engine's start is one
// stage: the page begins the .wasm's download and streamed compilation, DuckDB's worker and the
// tables' download at once (engine-boot.ts); MOMENTS below say when each of those was done.
const STAGES: Array<[string, string, Sample]> = [
  ['stage.launch', 'browser launch', mark('launched')],
  ['stage.to-engine-start', 'navigate, parse, run the page script until the engine starts', between('launched', 'bootStart')],
  [
    'stage.engine-start',
    'wasm download + streamed compile, worker and engine scripts (in parallel) → DuckDB instantiated',
    between('bootStart', 'instantiated'),
  ],
  ['stage.engine-open', 'open + connect', between('instantiated', 'tablesStart')],
  ['stage.tables', 'insert the Arrow tables', between('tablesStart', 'lockdownStart')],
  ['stage.lockdown', 'lockdown + its verification', between('lockdownStart', 'engineReady')],
  ['stage.first-query', 'first live query + drawing its result', between('engineReady', 'firstResult')],
];
// Not consecutive: what runs in parallel inside the engine's start, from the navigation.
const MOMENTS: Array<[string, string, MarkName]> = [
  ['moment.engine-start', 'the page starts the engine', 'bootStart'],
  ['moment.wasm-request', 'the .wasm requested', 'wasmRequest'],
  ['moment.wasm-first-byte', 'its first byte', 'wasmFirstByte'],
  ['moment.wasm-last-byte', 'its last byte', 'wasmLastByte'],
  ['moment.wasm-compiled', 'compiled on the page (streamed)', 'wasmCompiled'],
  ['moment.engine-script', "the engine's JS running on the page", 'engineScript'],
  ['moment.instantiated', 'DuckDB instantiated in its worker', 'instantiated'],
];

const present = (values: Array<number | null>): number[] => values.filter((v): v is number => v !== null);

export interface BytesSummary {
  bodyBytes: Record<TransferKind, number>;
  requests: Record<TransferKind, number>;
  headerBytes: number;
  totalBytes: number;
  /** False when some run received a different number of bytes than the first (it should not). */
  sameInEveryRun: boolean;
}

export function summariseBytes(tallies: TransferTally[]): BytesSummary {
  const med = (f: (t: TransferTally) => number) => summarise(tallies.map(f)).median;
  const bodyBytes = Object.fromEntries(TRANSFER_KINDS.map((k) => [k, med((t) => t.bodyBytes[k])])) as Record<TransferKind, number>;
  const requests = Object.fromEntries(TRANSFER_KINDS.map((k) => [k, med((t) => t.requests[k])])) as Record<TransferKind, number>;
  const first = tallies[0];
  return {
    bodyBytes,
    requests,
    headerBytes: med((t) => t.headerBytes),
    totalBytes: med((t) => t.totalBytes),
    sameInEveryRun: tallies.every((t) => TRANSFER_KINDS.every((k) => t.bodyBytes[k] === first.bodyBytes[k])),
  };
}

/** The same cold start on a slower reader's connection and CPU (THROTTLED): what compression and the precomputed answers are for. */
function throttledMetrics(runs: ConsoleRun[]): MetricInput[] {
  const group = `throttled (${THROTTLED.name})`;
  const all: MetricInput[] = [
    ...AFTER_NAVIGATION.map(([id, label, name]) => ({
      id: `throttled.${id}`,
      group,
      label,
      unit: 'ms' as const,
      samples: present(runs.map(between('navigationStart', name))),
    })),
    {
      id: 'throttled.stage.wasm-download',
      group,
      label: 'wasm download (first → last byte)',
      unit: 'ms',
      samples: present(runs.map(between('wasmFirstByte', 'wasmLastByte'))),
    },
  ];
  return all.filter((m) => m.samples.length > 0);
}

export interface ConsoleDetails {
  /** The engine's own timing and the row count of each example, beside the click-to-result metric. */
  examples: Array<{ id: string; rows: number | null; engineReportedMs: number | null }>;
  bytes: { coldStart: BytesSummary; warmExamples: BytesSummary };
  wasmFiles: string[];
  runs: ConsoleRun[];
  returnRuns: ConsoleRun[];
  throttledRuns: ConsoleRun[];
}

/** Each run's whole-process time divided by the static-page baseline taken just before it (the budgets read these). */
const RATIOS: Array<[string, string, MarkName]> = [
  ['editor-usable', 'launch → editor usable', 'editorUsable'],
  ['first-answer', 'launch → first answer', 'firstAnswer'],
  ['first-result', 'launch → first live result', 'firstResult'],
];

function ratioMetrics(runs: ConsoleRun[], baselines: readonly number[], prefix: string, group: string, what: string): MetricInput[] {
  return RATIOS.map(([id, label, name]) => ({
    id: `${prefix}${id}.vs-static`,
    group,
    label: `${what}${label} ÷ the static page's launch → load (same run)`,
    unit: 'ratio' as const,
    samples: present(runs.map((r, i) => (r.marks[name] === null || !baselines[i] ? null : r.marks[name]! / baselines[i]))),
  })).filter((m) => m.samples.length > 0);
}

/** A returning reader: the same browser profile launched again (HTTP cache and compiled-code cache kept), the same link. */
function returnMetrics(runs: ConsoleRun[], baselines: readonly number[]): MetricInput[] {
  const group = 'second visit (the same profile: engine in the browser cache)';
  const metrics: MetricInput[] = [
    { id: 'return.first-result', group, label: 'launch → first live result', unit: 'ms', samples: runs.map((r) => r.marks.firstResult), vsBaseline: true },
    {
      id: 'return.nav.first-live-result',
      group,
      label: 'navigation → first live result',
      unit: 'ms',
      samples: runs.map((r) => r.marks.firstResult - r.marks.navigationStart),
    },
    {
      id: 'return.stage.engine-start',
      group,
      label: 'engine start → DuckDB instantiated (compiled code from the cache)',
      unit: 'ms',
      samples: present(runs.map(between('bootStart', 'instantiated'))),
    },
    { id: 'return.bytes.wasm', group, label: '.wasm transferred (0: from the cache)', unit: 'bytes', samples: present(runs.map((r) => r.wasmTransferSize)) },
    ...ratioMetrics(runs, baselines, 'return.', group, 'second visit: '),
  ];
  return metrics.filter((m) => m.samples.length > 0);
}

export function consoleMetrics(runs: ConsoleRun[], warmIds: readonly string[], baselines: readonly number[] = []): MetricInput[] {
  const metrics: MetricInput[] = [];
  const add = (m: MetricInput) => {
    if (m.samples.length > 0) metrics.push(m);
  };
  for (const [id, label, name] of COLD) add({ id, group: 'cold start', label, unit: 'ms', samples: present(runs.map(mark(name))), vsBaseline: true });
  for (const m of ratioMetrics(runs, baselines, 'cold.', 'cold start ÷ static page', '')) add(m);
  for (const [id, label, name] of AFTER_NAVIGATION) {
    add({ id, group: 'after navigation', label, unit: 'ms', samples: present(runs.map(between('navigationStart', name))) });
  }
  for (const [id, label, sample] of STAGES) add({ id, group: 'cold-start stage', label, unit: 'ms', samples: present(runs.map(sample)), vsBaseline: true });
  for (const [id, label, name] of MOMENTS) {
    add({
      id,
      group: 'inside the engine start, after navigation',
      label: `navigation → ${label}`,
      unit: 'ms',
      samples: present(runs.map(between('navigationStart', name))),
    });
  }
  for (const id of warmIds) {
    const samples = present(runs.map((r) => r.examples.find((x) => x.id === id)?.clickToResultMs ?? null));
    add({ id: `warm.${id}`, group: 'warm query', label: `${id}: click → result`, unit: 'ms', samples, vsBaseline: true });
  }
  add({
    id: 'warm-up',
    group: 'warm query',
    label: "first live result → the engine's background warm-up done (before the warm examples)",
    unit: 'ms',
    samples: present(runs.map((r) => r.warmUpMs)),
  });
  add({
    id: 'warm.slowest',
    group: 'warm query',
    label: 'slowest example of each run: click → result',
    unit: 'ms',
    samples: runs.filter((r) => r.examples.length > 0).map((r) => Math.max(...r.examples.map((x) => x.clickToResultMs))),
  });
  const tallies = (which: 'coldStart' | 'warmExamples') => runs.map((r) => r.transfer[which]);
  add({
    id: 'bytes.cold-start',
    group: 'bytes',
    label: 'cold start to the first live result: bytes received (bodies + headers)',
    unit: 'bytes',
    samples: tallies('coldStart').map((t) => t.totalBytes),
  });
  for (const kind of TRANSFER_KINDS) {
    add({
      id: `bytes.cold-start.${kind}`,
      group: 'bytes',
      label: `cold start: ${kind} bodies`,
      unit: 'bytes',
      samples: tallies('coldStart').map((t) => t.bodyBytes[kind]),
    });
  }
  add({
    id: 'bytes.warm-examples',
    group: 'bytes',
    label: 'all warm examples: bytes received',
    unit: 'bytes',
    samples: tallies('warmExamples').map((t) => t.totalBytes),
  });
  add({
    id: 'requests.cold-start',
    group: 'bytes',
    label: 'cold start: requests',
    unit: 'count',
    samples: tallies('coldStart').map((t) => TRANSFER_KINDS.reduce((n, k) => n + t.requests[k], 0)),
  });
  return metrics;
}

function formatDetails(details: ConsoleDetails): string {
  const out: string[] = [];
  out.push('WARM QUERIES: the time the console itself reports (engine + result transfer) and the rows');
  out.push(
    table(
      ['example', 'engine ms (median)', 'rows'],
      details.examples.map((e) => [e.id, e.engineReportedMs === null ? '?' : String(Math.round(e.engineReportedMs)), e.rows === null ? '?' : String(e.rows)]),
    ),
  );
  out.push('', `BYTES RECEIVED (response bodies as sent, compressed or not; headers apart). Engine: ${details.wasmFiles.join(', ')}`);
  const { coldStart, warmExamples } = details.bytes;
  const row = (name: string, b: BytesSummary) => [
    name,
    ...TRANSFER_KINDS.map((k) => `${mb(b.bodyBytes[k])} (${b.requests[k]})`),
    mb(b.headerBytes),
    mb(b.totalBytes),
  ];
  out.push(table(['', ...TRANSFER_KINDS, 'headers', 'total'], [row('console cold start', coldStart), row('all warm examples', warmExamples)]));
  out.push('(n) = requests');
  if (!coldStart.sameInEveryRun) out.push('note: the cold start did not receive the same bytes in every run (medians shown)');
  return out.join('\n');
}

export const consoleSuite: Suite = {
  id: 'console',
  title: 'SQL console (/sql/)',
  needsSite: true,
  async run(context: SuiteContext): Promise<SuiteOutput> {
    const warmIds = EXAMPLES.map((e) => e.id).slice(0, context.tiny ? 2 : undefined);
    const runs: ConsoleRun[] = [];
    const returnRuns: ConsoleRun[] = [];
    const throttledRuns: ConsoleRun[] = [];
    const baselines: number[] = [];
    const returnBaselines: number[] = [];
    for (let i = 1; i <= context.runs; i++) {
      // Alternating with the baseline keeps slow drifts of the machine out of the ratios.
      const base = await context.baseline();
      baselines.push(base.launchToLoadMs);
      // The cold start's profile is kept for the returning visit, then removed.
      const profile = await newProfile();
      let run: ConsoleRun;
      try {
        run = await measureConsole(context.site!.url, { warmExamples: warmIds, profile });
        runs.push(run);
        const again = await context.baseline();
        returnBaselines.push(again.launchToLoadMs);
        const back = await measureConsole(context.site!.url, { warmExamples: [], profile });
        returnRuns.push(back);
        context.log(
          `console run ${i}/${context.runs}, second visit: static page ${Math.round(again.launchToLoadMs)} ms; launch → first live result ${Math.round(back.marks.firstResult)} ms ` +
            `(${(back.marks.firstResult / again.launchToLoadMs).toFixed(2)}×; .wasm ${back.wasmTransferSize === 0 ? 'from the cache' : `${back.wasmTransferSize} bytes transferred`})`,
        );
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
      const m = run.marks;
      const show = (n: number | null) => (n === null ? '–' : String(Math.round(n)));
      context.log(
        `console run ${i}/${context.runs}: static page ${Math.round(base.launchToLoadMs)} ms; after navigation: editor ${show(m.editorUsable === null ? null : m.editorUsable - m.navigationStart)} ms, ` +
          `first answer ${show(m.firstAnswer === null ? null : m.firstAnswer - m.navigationStart)} ms, first live result ${show(m.firstResult - m.navigationStart)} ms`,
      );
      const slow = await measureConsole(context.site!.url, { warmExamples: [], throttle: THROTTLED });
      throttledRuns.push(slow);
      const t = slow.marks;
      context.log(
        `console run ${i}/${context.runs}, throttled: editor ${show(t.editorUsable === null ? null : t.editorUsable - t.navigationStart)} ms, first answer ${show(t.firstAnswer === null ? null : t.firstAnswer - t.navigationStart)} ms, first live result ${show(t.firstResult - t.navigationStart)} ms`,
      );
    }
    const details: ConsoleDetails = {
      examples: warmIds.map((id) => {
        const found = runs.map((r) => r.examples.find((x) => x.id === id)).filter((x) => x !== undefined);
        const engine = present(found.map((x) => x.engineReportedMs));
        return { id, rows: found[0]?.rows ?? null, engineReportedMs: engine.length ? summarise(engine).median : null };
      }),
      bytes: {
        coldStart: summariseBytes(runs.map((r) => r.transfer.coldStart)),
        warmExamples: summariseBytes(runs.map((r) => r.transfer.warmExamples)),
      },
      wasmFiles: [...new Set(runs.flatMap((r) => r.wasmFiles))].sort(),
      runs,
      returnRuns,
      throttledRuns,
    };
    return {
      metrics: [...consoleMetrics(runs, warmIds, baselines), ...returnMetrics(returnRuns, returnBaselines), ...throttledMetrics(throttledRuns)],
      details,
      text: formatDetails(details),
    };
  },
};
