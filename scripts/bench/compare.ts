// Two results side by side. Browser timings are compared by their ratio to
// their own session's baseline (what survives a change of machine load or of
// machine), bytes and build times by their value; the milliseconds are shown
// for context. Results of the first console benchmark (format 1) are read as
// the console suite's metrics.

import { readFileSync } from 'node:fs';
import { formatValue, ratioText, table, type BenchResult, type Metric } from './report.ts';
import { round } from './stats.ts';

interface FormatOne {
  benchmark: 'sql-console';
  format: 1;
  createdAt: string;
  runs: number;
  machine: BenchResult['machine'];
  build: BenchResult['build'];
  baseline: { id: string; label: string; medianMs: number };
  metrics: Array<{ id: string; group: string; label: string; median: number; min: number; max: number; samples: number[]; ratio: number }>;
  bytes: { coldStart: { totalBytes: number; bodyBytes: Record<string, number> } };
}

/** A format-1 result (scripts/bench/console-bench.ts, before the suites) as format 2. */
function fromFormatOne(old: FormatOne): BenchResult {
  const metrics: Metric[] = old.metrics.map((m) => {
    const baseline = m.id.startsWith('baseline.');
    return {
      ...m,
      id: baseline ? m.id : `console.${m.id}`,
      suite: baseline ? 'baseline' : 'console',
      unit: 'ms',
      ratio: m.ratio,
    };
  });
  const bytes = (id: string, label: string, value: number): Metric => ({
    id,
    suite: 'console',
    group: 'bytes',
    label,
    unit: 'bytes',
    median: value,
    min: value,
    max: value,
    samples: [value],
    ratio: null,
  });
  metrics.push(bytes('console.bytes.cold-start', 'cold start: bytes received', old.bytes.coldStart.totalBytes));
  for (const [kind, value] of Object.entries(old.bytes.coldStart.bodyBytes))
    metrics.push(bytes(`console.bytes.cold-start.${kind}`, `cold start: ${kind} bodies`, value));
  return {
    benchmark: 'site',
    format: 2,
    createdAt: old.createdAt,
    config: { runs: old.runs, tiny: false, suites: ['console'], dist: 'dist' },
    machine: old.machine,
    build: old.build,
    baseline: { id: old.baseline.id, label: old.baseline.label, medianMs: old.baseline.medianMs, runs: [] },
    metrics,
    suites: { console: { title: 'SQL console (/sql/)', details: null, text: null } },
    budgets: [],
  };
}

export function readResult(file: string): BenchResult {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { benchmark?: string; format?: number; metrics?: unknown };
  if (parsed.benchmark === 'sql-console' && parsed.format === 1 && Array.isArray(parsed.metrics)) return fromFormatOne(parsed as FormatOne);
  if (parsed.benchmark === 'site' && parsed.format === 2 && Array.isArray(parsed.metrics)) return parsed as BenchResult;
  throw new Error(`${file} is not a result of npm run bench (scripts/bench/bench.ts)`);
}

const percent = (before: number, after: number) => {
  if (before === 0) return after === 0 ? '0%' : 'new';
  const change = (after / before - 1) * 100;
  return `${change > 0 ? '+' : ''}${round(change, 1)}%`;
};

export function formatComparison(before: BenchResult, after: BenchResult, names: { before: string; after: string }): string {
  const out: string[] = [];
  out.push(`Comparing ${names.after} against ${names.before}`);
  for (const [name, r] of [
    ['before:', before],
    ['after: ', after],
  ] as const) {
    const base = r.baseline ? `baseline median ${Math.round(r.baseline.medianMs)} ms, ` : '';
    out.push(`  ${name} ${r.createdAt}, commit ${r.build.commit ?? '?'}, ${r.config.runs} runs, ${base}load average ${r.machine.loadAverage.join(' ')}`);
  }
  const differences = (['cpuCount', 'cpuModel', 'chromium', 'node', 'playwrightCore'] as const).filter(
    (k) => String(before.machine[k]) !== String(after.machine[k]),
  );
  if (differences.length) {
    out.push(
      `  warning: not the same machine or browser (${differences.map((k) => `${k}: ${before.machine[k]} → ${after.machine[k]}`).join('; ')}); ratios still compare, milliseconds do not`,
    );
  }
  const old = new Map(before.metrics.map((m) => [m.id, m]));
  const both = after.metrics.filter((m) => m.suite !== 'baseline' && old.has(m.id));

  const timed = both.filter((m) => m.ratio !== null && old.get(m.id)!.ratio !== null);
  if (timed.length) {
    out.push('', "BROWSER TIMINGS, as multiples of each session's baseline");
    const rows = timed.map((m) => {
      const o = old.get(m.id)!;
      // Where the new ratio falls against the spread of the old runs (min and max over the old baseline).
      const low = o.min / before.baseline!.medianMs;
      const high = o.max / before.baseline!.medianMs;
      const reading = m.ratio! < low ? 'below old range' : m.ratio! > high ? 'above old range' : 'within old range';
      return [
        m.id,
        ratioText(o.ratio!),
        ratioText(m.ratio!),
        percent(o.ratio!, m.ratio!),
        reading,
        `${formatValue(o.median, 'ms')} → ${formatValue(m.median, 'ms')}`,
      ];
    });
    out.push(table(['metric', 'ratio before', 'ratio after', 'ratio change', 'reading', 'median'], rows, (i) => i > 0 && i !== 4));
  }
  const valued = both.filter((m) => !timed.includes(m));
  if (valued.length) {
    out.push('', 'OTHER METRICS, by value (bytes do not depend on the machine; times after navigation and build times do)');
    const rows = valued.map((m) => {
      const o = old.get(m.id)!;
      return [m.id, formatValue(o.median, o.unit), formatValue(m.median, m.unit), percent(o.median, m.median)];
    });
    out.push(table(['metric', 'before', 'after', 'change'], rows));
  }
  const added = after.metrics.filter((m) => m.suite !== 'baseline' && !old.has(m.id)).map((m) => m.id);
  const dropped = before.metrics.filter((m) => m.suite !== 'baseline' && !after.metrics.some((n) => n.id === m.id)).map((m) => m.id);
  if (added.length) out.push(`only in ${names.after}: ${added.join(', ')}`);
  if (dropped.length) out.push(`only in ${names.before}: ${dropped.join(', ')}`);
  out.push('', 'A ratio within the old range is noise. Outside it, rerun both with more --runs on a quiet machine before reading anything into it.');
  return out.join('\n');
}
