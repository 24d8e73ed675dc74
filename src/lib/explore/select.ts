// Which published figures a view of the explorer shows, and how they are
// grouped. Nothing is computed from them but a rate per 100,000 inhabitants
// (2019 census) where the reader asks for one: figures are never summed, and
// figures that cannot share an axis never do. A panel holds one unit and one
// basis (persons apart from person-times, targets apart from results), and
// figures of a part of the population (a subgroup) apart from the whole.

import type { CatalogPlace, ExploreRow, ExploreState } from './model.ts';

type StateCatalogPlaces = Readonly<Record<string, Pick<CatalogPlace, 'population'>>>;

/** Units a rate per 100,000 inhabitants makes sense for: counts of people. */
export const PER_CAPITA_UNITS: readonly string[] = ['persons', 'person_times'];

const BASIS_ORDER = ['actual', 'target', 'attainment', 'change'];
const UNIT_ORDER = ['persons', 'person_times', 'percent'];

export interface Panel {
  /** `unit|basis|whole` or `unit|basis|parts`. */
  key: string;
  unit: string;
  basis: string;
  /** Figures of a part of the population (subgroup), never drawn with the whole. */
  parts: boolean;
  /** The figures, in the reader's order of places, then in time. */
  rows: ExploreRow[];
  /** Drawn per 100,000 inhabitants. */
  perCapita: boolean;
  /** Per 100,000: the figures of places without a population (listed in the table, not drawn). */
  unpopulated: ExploreRow[];
}

export interface Selection {
  state: ExploreState;
  /** Every figure of the measure for the places, with a year in the span. */
  rows: ExploreRow[];
  /** Figures of the measure for the places whose year is not known: never drawn, never filtered by year. */
  undated: ExploreRow[];
  /** Figures of the measure for the places in other years (outside the span). */
  elsewhere: { count: number; from: number; to: number } | null;
  panels: Panel[];
  /** Selected places with no figure in the span. */
  placesWithout: string[];
}

/** A figure's rate per 100,000 inhabitants, as the compare charts round it (one decimal). */
export const per100k = (value: number, population: number): number => Math.round((value / population) * 100000 * 10) / 10;

/** The order figures are listed and drawn in: the reader's places, then time, then id. */
export function byPlaceThenTime(places: readonly string[]): (a: ExploreRow, b: ExploreRow) => number {
  const at = new Map(places.map((p, i) => [p, i]));
  const when = (r: ExploreRow) => r.period_end ?? (r.year === null ? '9999' : `${r.year}-07-01`);
  return (a, b) => (at.get(a.place_id) ?? 0) - (at.get(b.place_id) ?? 0) || when(a).localeCompare(when(b)) || a.figure_id.localeCompare(b.figure_id);
}

const rank = (order: string[], value: string) => (order.includes(value) ? order.indexOf(value) : order.length);

/** The figures a view shows, grouped into panels that can each be drawn on one axis. */
export function select(rows: readonly ExploreRow[], state: ExploreState, places: StateCatalogPlaces): Selection {
  const chosen = new Set(state.places);
  // A kind of evidence, when one is chosen, narrows the figures before anything else: a reader who
  // trusts only measured rates sees those alone, and the counts below are of those.
  const mine = rows.filter((r) => r.measure_id === state.measure && chosen.has(r.place_id) && (state.evidence === 'all' || r.claim === state.evidence));
  const order = byPlaceThenTime(state.places);
  const inSpan = mine.filter((r) => r.year !== null && r.year >= state.from && r.year <= state.to).sort(order);
  const undated = mine.filter((r) => r.year === null).sort(order);
  const other = mine.filter((r) => r.year !== null && (r.year < state.from || r.year > state.to));
  const otherYears = other.map((r) => r.year!);
  const groups = new Map<string, ExploreRow[]>();
  for (const r of inSpan) {
    const key = `${r.unit}|${r.basis}|${r.subgroup === null ? 'whole' : 'parts'}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const panels = [...groups.entries()]
    .map(([key, list]): Panel => {
      const [unit, basis, part] = key.split('|') as [string, string, string];
      const perCapita = state.per === '100k' && PER_CAPITA_UNITS.includes(unit);
      return {
        key,
        unit,
        basis,
        parts: part === 'parts',
        rows: list,
        perCapita,
        unpopulated: perCapita ? list.filter((r) => places[r.place_id]?.population == null) : [],
      };
    })
    .sort(
      (a, b) =>
        Number(a.parts) - Number(b.parts) ||
        rank(BASIS_ORDER, a.basis) - rank(BASIS_ORDER, b.basis) ||
        rank(UNIT_ORDER, a.unit) - rank(UNIT_ORDER, b.unit) ||
        a.unit.localeCompare(b.unit),
    );
  const withFigures = new Set(inSpan.map((r) => r.place_id));
  return {
    state,
    rows: inSpan,
    undated,
    elsewhere: other.length ? { count: other.length, from: Math.min(...otherYears), to: Math.max(...otherYears) } : null,
    panels,
    placesWithout: state.places.filter((p) => !withFigures.has(p)),
  };
}

/**
 * A panel's figures as drawn: per 100,000 inhabitants they become rates (unit
 * "rate", the qualifier kept: "more than 1,000 people" is "more than 12.3 per
 * 100,000"), and figures of places without a population are left out.
 */
export function drawnRows(panel: Panel, places: StateCatalogPlaces): ExploreRow[] {
  if (!panel.perCapita) return panel.rows;
  return panel.rows.flatMap((r) => {
    const population = places[r.place_id]?.population;
    if (population == null) return [];
    return [
      {
        ...r,
        unit: 'rate' as ExploreRow['unit'],
        value: per100k(r.value, population),
        value_high: r.value_high === null ? null : per100k(r.value_high, population),
      },
    ];
  });
}

/** The province system a place is drawn in on a map, if any. */
export const mapSystem = (level: string): '63' | '34' | null => (level === 'province' ? '63' : level === 'province_2025' ? '34' : null);

/** Each province's latest figure in a panel (latest period end, else publication date), as the compare charts choose it. */
export function latestByPlace(rows: readonly ExploreRow[]): Map<string, ExploreRow> {
  const at = (r: ExploreRow) => r.period_end ?? r.source_published ?? '';
  const latest = new Map<string, ExploreRow>();
  for (const r of rows) {
    const seen = latest.get(r.place_id);
    if (!seen || at(r) > at(seen) || (at(r) === at(seen) && r.figure_id < seen.figure_id)) latest.set(r.place_id, r);
  }
  return latest;
}
