// Turns the suites' samples into the result file (medians, min/max, ratios to
// the baseline) and prints it as tables. A ratio is a browser timing divided
// by the median time a fresh browser takes to launch and load a static page
// on the same machine in the same session: it is what can be compared across
// days; the milliseconds alone only describe this machine at this moment.

import { BASELINE_ID, BASELINE_LABEL, type BaselineRun } from './baseline.ts';
import type { BudgetCheck } from './budgets.ts';
import type { BuildFacts, MachineFacts } from './machine.ts';
import { round, summarise, type Summary } from './stats.ts';
import type { MetricInput, Unit } from './suite.ts';

export interface Metric extends Summary {
  /** "<suite>.<id>", e.g. "console.cold.first-result". */
  id: string;
  suite: string;
  group: string;
  label: string;
  unit: Unit;
  /** median / the baseline's median, for whole-process browser times; null for anything else. */
  ratio: number | null;
}

export interface SuiteResult {
  title: string;
  details: unknown;
  text: string | null;
}

export interface BenchResult {
  benchmark: 'site';
  format: 2;
  createdAt: string;
  config: { runs: number; tiny: boolean; suites: string[]; dist: string };
  machine: MachineFacts;
  build: BuildFacts;
  /** Null when no suite needed a browser baseline. */
  baseline: { id: string; label: string; medianMs: number; runs: BaselineRun[] } | null;
  metrics: Metric[];
  suites: Record<string, SuiteResult>;
  budgets: BudgetCheck[];
}

export function toMetric(suite: string, input: MetricInput, baselineMedian: number | null): Metric {
  const s = summarise(input.samples);
  const digits = input.unit === 'ratio' ? 3 : 1;
  return {
    id: `${suite}.${input.id}`,
    suite,
    group: input.group,
    label: input.label,
    unit: input.unit,
    median: round(s.median, digits),
    min: round(s.min, digits),
    max: round(s.max, digits),
    samples: s.samples.map((n) => round(n, digits)),
    ratio: input.vsBaseline && baselineMedian ? round(s.median / baselineMedian, 4) : null,
  };
}

export function baselineMetrics(runs: BaselineRun[]): Metric[] {
  if (runs.length === 0) return [];
  const median = summarise(runs.map((r) => r.launchToLoadMs)).median;
  return [
    toMetric(
      'baseline',
      {
        id: 'static-page-load',
        group: 'baseline',
        label: 'static page /data/: launch → load',
        unit: 'ms',
        samples: runs.map((r) => r.launchToLoadMs),
        vsBaseline: true,
      },
      median,
    ),
    toMetric(
      'baseline',
      { id: 'launch', group: 'baseline', label: 'browser launch alone', unit: 'ms', samples: runs.map((r) => r.launchMs), vsBaseline: true },
      median,
    ),
  ];
}

export function baselineSummary(runs: BaselineRun[]): BenchResult['baseline'] {
  if (runs.length === 0) return null;
  return { id: BASELINE_ID, label: BASELINE_LABEL, medianMs: summarise(runs.map((r) => r.launchToLoadMs)).median, runs };
}

// ---- Printing ---------------------------------------------------------------

export function table(header: string[], rows: string[][], rightAligned: (i: number) => boolean = (i) => i > 0): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (rightAligned(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const ratioText = (n: number) => `${n.toFixed(n >= 10 ? 1 : n >= 0.1 ? 2 : 3)}×`;
export const mb = (n: number) => `${round(n / 1e6, 2)} MB`;

/** A value in its unit, for people: "1,234 ms", "6.41 MB", "3.2×". */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return value >= 10_000 ? `${round(value / 1000, 1)} s` : `${Math.round(value)} ms`;
    case 'bytes':
      return value >= 1e6 ? mb(value) : `${round(value / 1e3, 1)} kB`;
    case 'count':
      return String(Math.round(value));
    case 'ratio':
      return ratioText(value);
  }
}

export function metricTable(metrics: Metric[]): string {
  const withRatio = metrics.some((m) => m.ratio !== null);
  return table(
    ['metric', 'median', 'min', 'max', ...(withRatio ? ['× baseline'] : [])],
    metrics.map((m) => [
      m.label,
      formatValue(m.median, m.unit),
      formatValue(m.min, m.unit),
      formatValue(m.max, m.unit),
      ...(withRatio ? [m.ratio === null ? '' : ratioText(m.ratio)] : []),
    ]),
  );
}

export function formatResult(result: BenchResult, formatBudgets: (checks: BudgetCheck[]) => string): string {
  const out: string[] = [];
  const m = result.machine;
  out.push(
    `Site benchmark: ${result.config.suites.join(', ')}; ${result.config.runs} run(s)${result.config.tiny ? ' (tiny configuration: proves it works, measures nothing)' : ''}`,
  );
  out.push(`machine: ${m.cpuCount} × ${m.cpuModel}; ${m.chromium}; node ${m.node}; load average ${m.loadAverage.join(' ')}`);
  out.push(`commit ${result.build.commit ?? 'unknown'}, dist/ built ${result.build.distBuiltAt ?? 'unknown'}`);
  if (result.build.changedSinceBuild.length)
    out.push(`note: ${result.build.changedSinceBuild.length} source file(s) changed after dist/ was built: this is the older build`);
  if (result.baseline) {
    out.push(`baseline = ${result.baseline.label}: median ${Math.round(result.baseline.medianMs)} ms (${result.baseline.runs.length} runs)`);
    out.push('', 'BASELINE', metricTable(result.metrics.filter((x) => x.suite === 'baseline')));
  }
  for (const [id, suite] of Object.entries(result.suites)) {
    out.push('', `==== ${suite.title} ====`);
    const metrics = result.metrics.filter((x) => x.suite === id);
    for (const group of [...new Set(metrics.map((x) => x.group))]) {
      out.push('', group.toUpperCase(), metricTable(metrics.filter((x) => x.group === group)));
    }
    if (suite.text) out.push('', suite.text);
  }
  out.push('', 'BUDGETS (bench/budgets.json)', formatBudgets(result.budgets));
  return out.join('\n');
}
