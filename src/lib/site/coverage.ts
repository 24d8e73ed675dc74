// The coverage matrix: for each province (and the country), how many figures
// were published for each year, overall or for one measure family. An empty
// cell is "no published figure found", which is information too.

import { MEASURE_FAMILIES } from '../schema/vocabulary.ts';
import type { FigureRow, PlaceRow, SiteIndex } from '../data/site-index.ts';

export interface CoverageRow {
  place: PlaceRow;
  cells: Map<number, number>;
  undated: number;
  total: number;
}

export interface Coverage {
  years: number[];
  rows: CoverageRow[];
  provincesWith: number;
  provincesWithout: PlaceRow[];
}

export const FAMILY_IDS = Object.keys(MEASURE_FAMILIES) as Array<keyof typeof MEASURE_FAMILIES>;

/** The row a figure counts in: its pre-2025 province (districts and facilities included), else its own place. */
const rowOf = (f: FigureRow) => (f.province_code ? `province:${f.province_code}` : f.place_id);

export function coverage(data: SiteIndex, family: string | null): Coverage {
  const figures = data.figures.filter((f) => family === null || f.measure_family === family);
  const years = figures.map((f) => f.year).filter((y): y is number => y !== null);
  const span = years.length ? Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i) : [];
  const byRow = new Map<string, FigureRow[]>();
  for (const f of figures) byRow.set(rowOf(f), [...(byRow.get(rowOf(f)) ?? []), f]);
  const order = (p: PlaceRow) => (p.level === 'country' ? 0 : p.level === 'province' ? 1 : 2);
  const places = data.places
    .filter((p) => p.level === 'country' || p.level === 'province' || (p.level === 'province_2025' && byRow.has(p.place_id)))
    .sort((a, b) => order(a) - order(b) || a.name_vi.localeCompare(b.name_vi, 'vi'));
  const rows = places.map((place) => {
    const list = byRow.get(place.place_id) ?? [];
    const cells = new Map<number, number>();
    let undated = 0;
    for (const f of list) {
      const spansYears = f.period_start !== null && f.period_end !== null && f.period_start.slice(0, 4) !== f.period_end.slice(0, 4);
      if (f.year === null || spansYears) undated++;
      else cells.set(f.year, (cells.get(f.year) ?? 0) + 1);
    }
    return { place, cells, undated, total: list.length };
  });
  const provinces = rows.filter((r) => r.place.level === 'province');
  return {
    years: span,
    rows,
    provincesWith: provinces.filter((r) => r.total > 0).length,
    provincesWithout: provinces.filter((r) => r.total === 0).map((r) => r.place),
  };
}
