// bench/budgets.json: targets for the metrics' medians, each printed with its
// margin (how far inside or outside the limit the median is). The benchmark
// reports budgets; it never fails because of one (timings on a shared machine
// are noisy: read the margin with the metric's min and max).

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { formatValue, table, type Metric } from './report.ts';

const Budget = z
  .object({
    metric: z.string().regex(/^[a-z0-9-]+\.[a-z0-9.-]+$/u),
    at_most: z.number().optional(),
    less_than: z.number().optional(),
    at_least: z.number().optional(),
    unit: z.enum(['ms', 'bytes', 'count', 'ratio']),
    says: z.string().min(1),
  })
  .strict()
  .refine((b) => [b.at_most, b.less_than, b.at_least].filter((x) => x !== undefined).length === 1, {
    message: 'a budget has exactly one of at_most, less_than, at_least',
  });
export type Budget = z.infer<typeof Budget>;

const BudgetFile = z.object({ $comment: z.string().optional(), budgets: z.array(Budget) }).strict();

export function readBudgets(file: string): Budget[] {
  return BudgetFile.parse(JSON.parse(readFileSync(file, 'utf8'))).budgets;
}

export interface BudgetCheck {
  metric: string;
  says: string;
  unit: Budget['unit'];
  rule: 'at most' | 'less than' | 'at least';
  limit: number;
  /** The metric's median; null when the metric was not measured in this run. */
  value: number | null;
  /** Positive: inside the budget by that much (in the unit); negative: outside. */
  margin: number | null;
  /** The margin as a share of the limit. */
  marginShare: number | null;
  verdict: 'within' | 'over' | 'not measured';
}

export function checkBudgets(budgets: Budget[], metrics: Metric[]): BudgetCheck[] {
  return budgets.map((b) => {
    const [rule, limit] =
      b.at_most !== undefined
        ? (['at most', b.at_most] as const)
        : b.less_than !== undefined
          ? (['less than', b.less_than] as const)
          : (['at least', b.at_least!] as const);
    const found = metrics.find((m) => m.id === b.metric);
    if (found && found.unit !== b.unit) throw new Error(`budget for ${b.metric} is in ${b.unit}, the metric is in ${found.unit}`);
    const value = found ? found.median : null;
    const margin = value === null ? null : rule === 'at least' ? value - limit : limit - value;
    const within = margin === null ? null : rule === 'less than' ? margin > 0 : margin >= 0;
    return {
      metric: b.metric,
      says: b.says,
      unit: b.unit,
      rule,
      limit,
      value,
      margin,
      marginShare: margin === null || limit === 0 ? null : margin / limit,
      verdict: within === null ? 'not measured' : within ? 'within' : 'over',
    };
  });
}

export function formatBudgets(checks: BudgetCheck[]): string {
  if (checks.length === 0) return '(no budgets)';
  const rows = checks.map((c) => [
    c.metric,
    `${c.rule} ${formatValue(c.limit, c.unit)}`,
    c.value === null ? '–' : formatValue(c.value, c.unit),
    c.margin === null
      ? '–'
      : `${c.margin >= 0 ? '+' : '−'}${formatValue(Math.abs(c.margin), c.unit)} (${c.marginShare! >= 0 ? '+' : '−'}${Math.round(Math.abs(c.marginShare!) * 100)}%)`,
    c.verdict === 'over' ? 'OVER' : c.verdict,
  ]);
  return `${table(['metric', 'budget', 'median', 'margin', 'verdict'], rows, (i) => i === 2 || i === 3)}\nmargin: how far inside (+) or outside (−) the limit the median is.`;
}
