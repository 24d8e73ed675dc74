// The coverage summary printed by `npm run data -- --summary`: documents,
// places, years and figures by measure family.

import type { Row } from '../../src/lib/schema/tables.ts';
import type { TableRows } from './write-tables.ts';

const tally = (rows: Row[], key: (r: Row) => string | null) => {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};

/** The calendar year a figure's period lies within, or null if it spans years or is undated. */
export function yearOf(f: Row): string | null {
  const end = typeof f.period_end === 'string' ? f.period_end.slice(0, 4) : null;
  const start = typeof f.period_start === 'string' ? f.period_start.slice(0, 4) : end;
  return end && start === end ? end : null;
}

export function summarise(rows: TableRows): string {
  const figures = rows.figures;
  const provinces = new Set(figures.map((f) => f.province_code).filter((c) => c !== null));
  const national = figures.filter((f) => f.place_level === 'country');
  const years = tally(figures, yearOf).sort((a, b) => a[0].localeCompare(b[0]));
  const provincesByYear = (year: string) => new Set(figures.filter((f) => yearOf(f) === year && f.province_code).map((f) => f.province_code)).size;
  const pad = (s: string) => s.padEnd(22);
  const lines = [
    `documents: ${rows.sources.length}`,
    `figures: ${figures.length}`,
    `provinces (pre-2025, incl. their districts, wards and facilities): ${provinces.size}`,
    `national figures: ${national.length}`,
    'figures whose period lies within one year (provinces with such figures):',
    ...years.map(([y, n]) => `  ${pad(y)} ${n} (${provincesByYear(y)})`),
    `figures spanning several years or undated: ${figures.filter((f) => yearOf(f) === null).length}`,
    'figures by measure family:',
    ...tally(figures, (f) => String(f.measure_family)).map(([k, v]) => `  ${pad(k)} ${v}`),
    'figures by basis:',
    ...tally(figures, (f) => String(f.basis)).map(([k, v]) => `  ${pad(k)} ${v}`),
    'figures by place level:',
    ...tally(figures, (f) => String(f.place_level)).map(([k, v]) => `  ${pad(k)} ${v}`),
    `checks: ${rows.checks.length} (${rows.checks.filter((c) => c.verdict === 'mismatch').length} mismatches)`,
    `attainment rows: ${rows.attainment.length} (${rows.attainment.filter((a) => a.partial_period).length} partial-period)`,
  ];
  return lines.join('\n');
}
