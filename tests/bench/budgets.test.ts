// The benchmark's arithmetic, without a browser: budgets and their margins,
// the synthetic table of the scale test, and reading older results.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { checkBudgets, formatBudgets, readBudgets, type Budget } from '../../scripts/bench/budgets.ts';
import { readResult } from '../../scripts/bench/compare.ts';
import { toMetric } from '../../scripts/bench/report.ts';
import { SYNTHETIC_COLUMNS, syntheticFigures } from '../../scripts/bench/suites/scale/synthetic-figures.ts';
import { allSuites } from '../../scripts/bench/suites/index.ts';
import { buildRealData, ROOT } from '../helpers/build.ts';

const metric = (id: string, unit: 'ms' | 'bytes' | 'ratio', samples: number[]) =>
  toMetric(id.split('.')[0], { id: id.split('.').slice(1).join('.'), group: 'g', label: id, unit, samples }, null);

describe('budgets', () => {
  it('the committed budgets file is valid and names metrics of known suites', () => {
    const budgets = readBudgets(path.join(ROOT, 'bench/budgets.json'));
    expect(budgets.length).toBeGreaterThanOrEqual(9);
    const suites = new Set(allSuites({ coldCache: false }).map((s) => s.id));
    for (const b of budgets) expect(suites.has(b.metric.split('.')[0]), b.metric).toBe(true);
  });

  it('reports the margin of each budget, inside or outside, and what was not measured', () => {
    const budgets: Budget[] = [
      { metric: 'console.nav.editor-usable', at_most: 300, unit: 'ms', says: 'a' },
      { metric: 'console.warm.slowest', less_than: 50, unit: 'ms', says: 'b' },
      { metric: 'chart-pages.first-chart.client-ratio', at_least: 3, unit: 'ratio', says: 'c' },
      { metric: 'console.bytes.cold-start', at_most: 7_000_000, unit: 'bytes', says: 'd' },
    ];
    const checks = checkBudgets(budgets, [
      metric('console.nav.editor-usable', 'ms', [200, 250, 400]),
      metric('console.warm.slowest', 'ms', [50, 50, 50]),
      metric('console.bytes.cold-start', 'bytes', [6_500_000]),
    ]);
    expect(checks.map((c) => [c.verdict, c.margin])).toEqual([
      ['within', 50],
      ['over', 0],
      ['not measured', null],
      ['within', 500_000],
    ]);
    expect(checks[0].marginShare).toBeCloseTo(50 / 300);
    expect(formatBudgets(checks)).toMatch(/console\.warm\.slowest\s+less than 50 ms\s+50 ms\s+\+0 ms \(\+0%\)\s+OVER/u);
  });

  it('refuses a budget without exactly one limit, or in another unit than its metric', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'budgets-'));
    const file = path.join(dir, 'b.json');
    writeFileSync(file, JSON.stringify({ budgets: [{ metric: 'console.x', at_most: 1, less_than: 2, unit: 'ms', says: 'x' }] }));
    expect(() => readBudgets(file)).toThrow(/exactly one/u);
    expect(() => checkBudgets([{ metric: 'console.x', at_most: 1, unit: 'bytes', says: 'x' }], [metric('console.x', 'ms', [1])])).toThrow(
      /in bytes, the metric is in ms/u,
    );
  });
});

describe('the scale test', () => {
  it("makes a table with figures' columns and types, one row per id, spread over provinces and years", () => {
    const published = readFileSync(path.join(buildRealData(), 'arrow/figures.arrows'));
    const table = tableFromIPC(syntheticFigures(published, 5000));
    expect(table.numRows).toBe(5000);
    expect(table.schema.fields.map((f) => f.name)).toEqual([...SYNTHETIC_COLUMNS]);
    const ids = new Set(Array.from({ length: 5000 }, (_, i) => table.getChild('figure_id')!.get(i)));
    expect(ids.size).toBe(5000);
    const provinces = new Set(Array.from({ length: 5000 }, (_, i) => table.getChild('province_code')!.get(i)));
    expect(provinces.size).toBe(63);
    const years = new Set(Array.from({ length: 5000 }, (_, i) => new Date(table.getChild('period_end')!.get(i) as number).getUTCFullYear()));
    expect(years.size).toBe(16);
    // The same rows every time.
    const rows = () => JSON.stringify(tableFromIPC(syntheticFigures(published, 100)).toArray());
    expect(rows()).toBe(rows());
  });
});

describe('results', () => {
  it('reads the first console benchmark result (format 1) as the console suite', () => {
    const old = readResult(path.join(ROOT, 'bench/results/2026-11-23-initial.json'));
    expect(old.format).toBe(2);
    expect(old.metrics.find((m) => m.id === 'console.cold.first-result')?.ratio).toBeGreaterThan(1);
    expect(old.metrics.find((m) => m.id === 'console.bytes.cold-start')?.median).toBeGreaterThan(30e6);
  });
});
