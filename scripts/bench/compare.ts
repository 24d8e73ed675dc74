// Two results side by side: each metric's ratio to its own run's baseline,
// before and after, and how much it changed. Ratios are what survive a change
// of machine load or of machine; the milliseconds are shown only for context.

import { readFileSync } from 'node:fs';
import { mb, ratioText, table, type BenchResult } from './report.ts';
import { round } from './stats.ts';
import { TRANSFER_KINDS } from './transfer.ts';

export function readResult(file: string): BenchResult {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<BenchResult>;
  if (parsed.benchmark !== 'sql-console' || parsed.format !== 1 || !Array.isArray(parsed.metrics)) {
    throw new Error(`${file} is not a result of scripts/bench/console-bench.ts (format 1)`);
  }
  return parsed as BenchResult;
}

const percent = (before: number, after: number) => {
  if (before === 0) return after === 0 ? '0%' : 'new';
  const change = (after / before - 1) * 100;
  return `${change > 0 ? '+' : ''}${round(change, 1)}%`;
};

export function formatComparison(before: BenchResult, after: BenchResult, names: { before: string; after: string }): string {
  const out: string[] = [];
  out.push(`Comparing ${names.after} against ${names.before}`);
  for (const [name, r] of [['before:', before], ['after: ', after]] as const) {
    out.push(`  ${name} ${r.createdAt}, commit ${r.build.commit ?? '?'}, ${r.runs} runs, baseline median ${Math.round(r.baseline.medianMs)} ms, load average ${r.machine.loadAverage.join(' ')}`);
  }
  const differences = (['cpuCount', 'cpuModel', 'chromium', 'node', 'playwrightCore'] as const).filter(
    (k) => String(before.machine[k]) !== String(after.machine[k]),
  );
  if (differences.length) {
    out.push(`  warning: not the same machine or browser (${differences.map((k) => `${k}: ${before.machine[k]} → ${after.machine[k]}`).join('; ')}); ratios still compare, milliseconds do not`);
  }
  const old = new Map(before.metrics.map((m) => [m.id, m]));
  const rows = after.metrics
    .filter((m) => m.group !== 'baseline' && old.has(m.id))
    .map((m) => {
      const o = old.get(m.id)!;
      // Where the new ratio falls against the spread of the old runs (min and max over the old baseline).
      const low = o.min / before.baseline.medianMs;
      const high = o.max / before.baseline.medianMs;
      const reading = m.ratio < low ? 'below old range' : m.ratio > high ? 'above old range' : 'within old range';
      return [m.label, ratioText(o.ratio), ratioText(m.ratio), percent(o.ratio, m.ratio), reading, `${Math.round(o.median)} → ${Math.round(m.median)}`];
    });
  out.push('', table(['metric', 'ratio before', 'ratio after', 'ratio change', 'reading', 'median ms'], rows, (i) => i > 0 && i !== 4));
  const added = after.metrics.filter((m) => m.group !== 'baseline' && !old.has(m.id)).map((m) => m.id);
  const dropped = before.metrics.filter((m) => m.group !== 'baseline' && !after.metrics.some((n) => n.id === m.id)).map((m) => m.id);
  if (added.length) out.push(`only in ${names.after}: ${added.join(', ')}`);
  if (dropped.length) out.push(`only in ${names.before}: ${dropped.join(', ')}`);

  const b = before.bytes.coldStart;
  const a = after.bytes.coldStart;
  out.push('', 'console cold start, bytes received (these do not depend on the machine)');
  out.push(
    table(
      ['kind', 'before', 'after', 'change'],
      [
        ...TRANSFER_KINDS.map((k) => [k, mb(b.bodyBytes[k]), mb(a.bodyBytes[k]), percent(b.bodyBytes[k], a.bodyBytes[k])]),
        ['total', mb(b.totalBytes), mb(a.totalBytes), percent(b.totalBytes, a.totalBytes)],
      ],
    ),
  );
  out.push('', 'A ratio within the old range is noise. Outside it, rerun both with more --runs on a quiet machine before reading anything into it.');
  return out.join('\n');
}
