// Turns the runs into the result file (medians, min/max, ratios to the
// baseline) and prints it as a table. A ratio is a console timing divided by
// the median time a fresh browser takes to launch and load a static page on
// the same machine in the same session: it is what can be compared across
// days; the milliseconds alone only describe this machine at this moment.

import { EXAMPLES } from '../../src/lib/console/examples.ts';
import type { BuildFacts, MachineFacts } from './machine.ts';
import type { BaselineRun, ConsoleMarks, ConsoleRun } from './measure.ts';
import { round, summarise, type Summary } from './stats.ts';
import { TRANSFER_KINDS, type TransferKind, type TransferTally } from './transfer.ts';

export type MetricGroup = 'baseline' | 'cold start' | 'cold-start stage' | 'warm query';

export interface Metric extends Summary {
  id: string;
  group: MetricGroup;
  label: string;
  /** median / baseline median */
  ratio: number;
}

export interface BytesSummary {
  bodyBytes: Record<TransferKind, number>;
  requests: Record<TransferKind, number>;
  headerBytes: number;
  totalBytes: number;
  /** False when some run received a different number of bytes than the first (it should not). */
  sameInEveryRun: boolean;
}

export interface BenchResult {
  benchmark: 'sql-console';
  format: 1;
  createdAt: string;
  runs: number;
  machine: MachineFacts;
  build: BuildFacts & { wasmFiles: string[] };
  baseline: { id: string; label: string; medianMs: number };
  metrics: Metric[];
  /** The engine's own timing and the row count of each example, beside the click-to-result metric. */
  examples: Array<{ id: string; rows: number | null; engineReportedMs: Summary | null }>;
  bytes: { coldStart: BytesSummary; warmExamples: BytesSummary };
  raw: { baseline: BaselineRun[]; console: ConsoleRun[] };
}

export const BASELINE_ID = 'baseline.static-page-load';

type MarkName = keyof ConsoleMarks;
const COLD: Array<[string, string, MarkName]> = [
  ['cold.page-load', '/sql/ load event', 'load'],
  ['cold.engine-ready', 'engine ready (tables in, locked down)', 'engineReady'],
  ['cold.first-result', 'first result shown (?example= on arrival)', 'firstResult'],
];
type Sample = (run: ConsoleRun) => number | null;
const between =
  (from: MarkName, to: MarkName): Sample =>
  ({ marks }) =>
    marks[from] === null || marks[to] === null ? null : marks[to]! - marks[from]!;
// Consecutive: in each run they add up to launch → first result.
const STAGES: Array<[string, string, Sample]> = [
  ['stage.launch', 'browser launch', (r) => r.marks.launched],
  ['stage.to-engine-request', 'navigate, parse, run the page script until the engine is requested', between('launched', 'engineRequested')],
  ['stage.engine-js', 'engine JS + worker start, until the wasm starts arriving', between('engineRequested', 'engineProgressFirst')],
  ['stage.wasm-download', 'wasm download (first → last progress)', between('engineProgressFirst', 'engineProgressLast')],
  ['stage.engine-start', 'wasm compile/instantiate + open + connect', between('engineProgressLast', 'tablesStart')],
  ['stage.tables', 'insert the Arrow tables', between('tablesStart', 'lockdownStart')],
  ['stage.lockdown', 'lockdown + its verification', between('lockdownStart', 'engineReady')],
  ['stage.first-query', 'first query + drawing its result', between('engineReady', 'firstResult')],
];

const present = (values: Array<number | null>): number[] => values.filter((v): v is number => v !== null);

export function buildResult(input: {
  machine: MachineFacts;
  build: BuildFacts;
  baseline: BaselineRun[];
  console: ConsoleRun[];
}): BenchResult {
  const { baseline, console: runs } = input;
  const base = summarise(baseline.map((r) => r.launchToLoadMs));
  const metric = (id: string, group: MetricGroup, label: string, samples: number[]): Metric | null => {
    if (samples.length === 0) return null;
    const s = summarise(samples);
    return { id, group, label, median: round(s.median), min: round(s.min), max: round(s.max), samples: s.samples.map((n) => round(n)), ratio: round(s.median / base.median, 4) };
  };

  const metrics: Array<Metric | null> = [
    metric(BASELINE_ID, 'baseline', 'static page /data/: launch → load', baseline.map((r) => r.launchToLoadMs)),
    metric('baseline.launch', 'baseline', 'browser launch alone', baseline.map((r) => r.launchMs)),
    ...COLD.map(([id, label, mark]) => metric(id, 'cold start', `launch → ${label}`, present(runs.map((r) => r.marks[mark])))),
    ...STAGES.map(([id, label, sample]) => metric(id, 'cold-start stage', label, present(runs.map(sample)))),
    ...EXAMPLES.map((e) =>
      metric(`warm.${e.id}`, 'warm query', `${e.id}: click → result`, present(runs.map((r) => r.examples.find((x) => x.id === e.id)?.clickToResultMs ?? null))),
    ),
  ];

  const examples = EXAMPLES.map((e) => {
    const found = runs.map((r) => r.examples.find((x) => x.id === e.id)).filter((x) => x !== undefined);
    const engine = present(found.map((x) => x.engineReportedMs));
    return { id: e.id, rows: found[0]?.rows ?? null, engineReportedMs: engine.length ? summarise(engine) : null };
  });

  return {
    benchmark: 'sql-console',
    format: 1,
    createdAt: new Date().toISOString(),
    runs: runs.length,
    machine: input.machine,
    build: { ...input.build, wasmFiles: [...new Set(runs.flatMap((r) => r.wasmFiles))].sort() },
    baseline: { id: BASELINE_ID, label: 'fresh Chromium: launch + /data/ until its load event', medianMs: base.median },
    metrics: metrics.filter((m): m is Metric => m !== null),
    examples,
    bytes: {
      coldStart: summariseBytes(runs.map((r) => r.transfer.coldStart)),
      warmExamples: summariseBytes(runs.map((r) => r.transfer.warmExamples)),
    },
    raw: { baseline, console: runs },
  };
}

function summariseBytes(tallies: TransferTally[]): BytesSummary {
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

// ---- Printing ---------------------------------------------------------------

export function table(header: string[], rows: string[][], rightAligned: (i: number) => boolean = (i) => i > 0): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (rightAligned(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const ms = (n: number) => String(Math.round(n));
export const ratioText = (n: number) => `${n.toFixed(n >= 10 ? 1 : n >= 0.1 ? 2 : 3)}×`;
export const mb = (n: number) => `${round(n / 1e6, 2)} MB`;

export function formatResult(result: BenchResult): string {
  const out: string[] = [];
  const m = result.machine;
  out.push(`SQL console benchmark: ${result.runs} runs, each in a fresh Chromium process (${m.chromium}; ${m.cpuCount} × ${m.cpuModel}; node ${m.node}; load average ${m.loadAverage.join(' ')})`);
  out.push(`commit ${result.build.commit ?? 'unknown'}, dist/ built ${result.build.distBuiltAt ?? 'unknown'}, engine ${result.build.wasmFiles.join(', ')}`);
  if (result.build.changedSinceBuild.length) out.push(`note: ${result.build.changedSinceBuild.length} source file(s) changed after dist/ was built: this is the older build`);
  out.push(`baseline = ${result.baseline.label}: median ${ms(result.baseline.medianMs)} ms`);
  for (const group of ['baseline', 'cold start', 'cold-start stage', 'warm query'] as const) {
    const rows = result.metrics.filter((x) => x.group === group);
    if (rows.length === 0) continue;
    out.push('', group.toUpperCase());
    out.push(
      table(
        ['metric', 'median ms', 'min', 'max', '× baseline'],
        rows.map((x) => [x.label, ms(x.median), ms(x.min), ms(x.max), ratioText(x.ratio)]),
      ),
    );
  }
  out.push('', 'WARM QUERIES: the time the console itself reports (engine + result transfer) and the rows');
  out.push(
    table(
      ['example', 'engine ms (median)', 'rows'],
      result.examples.map((e) => [e.id, e.engineReportedMs ? ms(e.engineReportedMs.median) : '?', e.rows === null ? '?' : String(e.rows)]),
    ),
  );
  out.push('', 'BYTES RECEIVED (response bodies; headers apart)');
  const { coldStart, warmExamples } = result.bytes;
  out.push(
    table(
      ['', ...TRANSFER_KINDS, 'headers', 'total'],
      [
        ['console cold start', ...TRANSFER_KINDS.map((k) => `${mb(coldStart.bodyBytes[k])} (${coldStart.requests[k]})`), mb(coldStart.headerBytes), mb(coldStart.totalBytes)],
        ['all warm examples', ...TRANSFER_KINDS.map((k) => `${mb(warmExamples.bodyBytes[k])} (${warmExamples.requests[k]})`), mb(warmExamples.headerBytes), mb(warmExamples.totalBytes)],
      ],
    ),
  );
  out.push('(n) = requests');
  if (!coldStart.sameInEveryRun) out.push('note: the cold start did not receive the same bytes in every run (medians shown)');
  return out.join('\n');
}
