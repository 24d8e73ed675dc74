// The coverage summary printed by `npm run data -- --summary`: documents,
// places, years and figures by measure family.

import type { TableRows } from './write-tables.ts';

export function summarise(rows: TableRows): string {
  const figures = rows.figures;
  const count = <T>(values: T[]) => new Set(values).size;
  const provinces = count(figures.map((f) => f.province_code).filter((c) => c !== null));
  const years = [...new Set(figures.flatMap((f) => [f.period_end, f.period_start]).filter((d): d is string => typeof d === 'string').map((d) => d.slice(0, 4)))].sort();
  const byFamily = new Map<string, number>();
  for (const f of figures) byFamily.set(String(f.measure_family), (byFamily.get(String(f.measure_family)) ?? 0) + 1);
  const byLevel = new Map<string, number>();
  for (const f of figures) byLevel.set(String(f.place_level), (byLevel.get(String(f.place_level)) ?? 0) + 1);
  const national = figures.filter((f) => f.place_level === 'country').length;
  const lines = [
    `documents: ${rows.sources.length}`,
    `figures: ${figures.length}`,
    `provinces (pre-2025, incl. their districts, wards and facilities): ${provinces}`,
    `national figures: ${national}`,
    `years covered: ${years.join(', ')}`,
    'figures by measure family:',
    ...[...byFamily].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(20)} ${v}`),
    'figures by place level:',
    ...[...byLevel].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(20)} ${v}`),
    `checks: ${rows.checks.length} (${rows.checks.filter((c) => c.verdict === 'mismatch').length} mismatches)`,
  ];
  return lines.join('\n');
}
