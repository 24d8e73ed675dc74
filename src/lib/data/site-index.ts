// The published tables as the site's pages read them at build time: loaded
// once per build from the same Parquet the downloads hold, typed by their
// table definitions (TableRow), and indexed by place and source. Pages filter
// these; they never query on their own.

import { splitList } from '../schema/rows.ts';
import type { TableRow } from '../schema/tables.ts';
import { sitePublished } from './published.ts';

export type FigureRow = TableRow<'figures'>;
export type SourceRow = TableRow<'sources'>;
export type PlaceRow = TableRow<'places'>;
export type MeasureRow = TableRow<'measures'>;
export type CheckRow = TableRow<'checks'>;
export type AttainmentRow = TableRow<'attainment'>;

export interface SiteIndex {
  figures: FigureRow[];
  sources: SourceRow[];
  places: PlaceRow[];
  measures: MeasureRow[];
  checks: CheckRow[];
  attainment: AttainmentRow[];
  placeById: Map<string, PlaceRow>;
  sourceById: Map<string, SourceRow>;
  measureById: Map<string, MeasureRow>;
  figureById: Map<string, FigureRow>;
  figuresByPlace: Map<string, FigureRow[]>;
  figuresBySource: Map<string, FigureRow[]>;
  /** Checks whose subject or inputs are figures of the place / source: a disagreement shows on both sources' pages. */
  checksByPlace: Map<string, CheckRow[]>;
  checksBySource: Map<string, CheckRow[]>;
}

function groupBy<T, K>(items: Iterable<T>, keys: (item: T) => Iterable<K>): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

let loaded: Promise<SiteIndex> | null = null;

/** The published tables of this build, loaded and indexed once. */
export function siteIndex(): Promise<SiteIndex> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteIndex> {
  const db = await sitePublished();
  const [figures, sources, places, measures, checks, attainment] = await Promise.all([
    db.table('figures', 'place_id, period_end NULLS LAST, measure_id, figure_id'),
    db.table('sources', 'published DESC NULLS LAST, source_id'),
    db.table('places', 'level, code, place_id'),
    db.table('measures', 'family, measure_id'),
    db.table('checks', "verdict = 'mismatch' DESC, check_id"),
    db.table('attainment', 'attainment_id'),
  ]);
  const figureById = new Map(figures.map((f) => [f.figure_id, f]));
  const figuresOfCheck = (c: CheckRow) =>
    [c.subject_figure_id, ...splitList(c.input_figure_ids)].map((id) => figureById.get(id)).filter((f) => f !== undefined);
  return {
    figures,
    sources,
    places,
    measures,
    checks,
    attainment,
    placeById: new Map(places.map((p) => [p.place_id, p])),
    sourceById: new Map(sources.map((s) => [s.source_id, s])),
    measureById: new Map(measures.map((m) => [m.measure_id, m])),
    figureById,
    figuresByPlace: groupBy(figures, (f) => [f.place_id]),
    figuresBySource: groupBy(figures, (f) => [f.source_id]),
    checksByPlace: groupBy(checks, (c) => figuresOfCheck(c).map((f) => f.place_id)),
    checksBySource: groupBy(checks, (c) => [c.source_id, ...figuresOfCheck(c).map((f) => f.source_id)]),
  };
}

/** The places that get a page: every province of both systems, the country, and every other place with a figure. */
export function pagePlaces(data: SiteIndex): PlaceRow[] {
  return data.places.filter((p) => p.level === 'province' || p.level === 'province_2025' || p.level === 'country' || data.figuresByPlace.has(p.place_id));
}
