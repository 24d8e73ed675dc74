// What the site build writes for the explorer, from the published tables as
// every page reads them (site-index.ts): the catalog (every measure with
// figures, its default view, every place and what it has published), one
// small JSON file per measure (its figures, exactly a chart's figure-point
// columns, and their sources), and the province shapes of both systems as
// GeoJSON, thinned as the build's own maps are (src/lib/geo/provinces.ts)
// and rounded to 0.001° (about 100 m, far below a pixel of a phone's map).
// The explorer's maps drawn at build time use the same rounded shapes, so a
// map drawn in the browser is the map the page was built with.

import type { FeatureCollection, Geometry, Position } from 'geojson';
import { FigurePoint } from '../charts/figure-point.ts';
import { rowSchema } from '../schema/rows.ts';
import { CLAIM_IDS } from '../schema/vocabulary.ts';
import { readDataPackage } from '../data/published.ts';
import { siteIndex, type FigureRow } from '../data/site-index.ts';
import { provinceFeatures, type ProvinceProperties, type ProvinceSystem } from '../geo/provinces.ts';
import {
  ROW_COLUMNS,
  type CatalogMeasure,
  type CatalogPlace,
  type ExploreCatalog,
  type ExploreMeasureData,
  type ExploreRow,
  type ExploreSource,
  type PlaceMeasure,
} from './model.ts';
import { PER_CAPITA_UNITS } from './select.ts';

/** A row as the explorer's data file carries it: the figure point and its kind of evidence. */
const ExplorePoint = FigurePoint.extend(rowSchema('figures').pick({ claim: true }).shape);

/** How many places a measure's default view puts side by side: few enough for one colour each. */
export const DEFAULT_PLACES = 6;

const yearsOf = (figures: FigureRow[]): [number, number] | null => {
  const years = figures.map((f) => f.year).filter((y): y is number => y !== null);
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
};

let catalog: Promise<ExploreCatalog> | null = null;

/** The catalog, made once per build. */
export function exploreCatalog(): Promise<ExploreCatalog> {
  catalog ??= makeCatalog();
  return catalog;
}

async function makeCatalog(): Promise<ExploreCatalog> {
  const data = await siteIndex();
  const byMeasure = new Map<string, FigureRow[]>();
  for (const f of data.figures) byMeasure.set(f.measure_id, [...(byMeasure.get(f.measure_id) ?? []), f]);
  const allYears = yearsOf(data.figures) ?? [2000, 2025];
  const places: Record<string, CatalogPlace> = {};
  for (const p of data.places) places[p.place_id] = { level: p.level, code: p.code, name_vi: p.name_vi, name_en: p.name_en, population: p.population_2019 };
  const measures: Record<string, CatalogMeasure> = {};
  for (const m of data.measures) {
    const figures = byMeasure.get(m.measure_id);
    if (!figures?.length) continue;
    const years = yearsOf(figures);
    // The default places: those with the most dated figures (the country first on a tie), else those with any.
    const dated = figures.filter((f) => f.year !== null);
    const counts = new Map<string, number>();
    for (const f of dated.length ? dated : figures) counts.set(f.place_id, (counts.get(f.place_id) ?? 0) + 1);
    const defaultPlaces = [...counts.entries()]
      .sort(
        ([a, na], [b, nb]) => nb - na || Number(b === 'country:VN') - Number(a === 'country:VN') || places[a].name_vi.localeCompare(places[b].name_vi, 'vi'),
      )
      .slice(0, DEFAULT_PLACES)
      .map(([id]) => id);
    measures[m.measure_id] = {
      label_vi: m.label_vi,
      label_en: m.label_en,
      family: m.family,
      count: figures.length,
      years,
      perCapita: figures.some((f) => PER_CAPITA_UNITS.includes(f.unit) && places[f.place_id]?.population != null),
      claims: CLAIM_IDS.filter((c) => figures.some((f) => f.claim === c)),
      defaults: { places: defaultPlaces, from: (years ?? allYears)[0], to: (years ?? allYears)[1] },
    };
  }
  const placeMeasures: Record<string, PlaceMeasure[]> = {};
  for (const [placeId, figures] of data.figuresByPlace) {
    const mine = new Map<string, FigureRow[]>();
    for (const f of figures) mine.set(f.measure_id, [...(mine.get(f.measure_id) ?? []), f]);
    placeMeasures[placeId] = [...mine.entries()].map(([m, list]) => {
      const y = yearsOf(list);
      return [m, list.length, y?.[0] ?? null, y?.[1] ?? null];
    });
  }
  return { built: readDataPackage().created, measures, places, placeMeasures };
}

/** Every figure of a measure, as the explorer draws and lists them, and their sources. */
export async function exploreMeasureData(measureId: string): Promise<ExploreMeasureData> {
  const data = await siteIndex();
  const rows: ExploreRow[] = data.figures
    .filter((f) => f.measure_id === measureId)
    .sort((a, b) => a.figure_id.localeCompare(b.figure_id))
    .map((f) => ExplorePoint.parse(Object.fromEntries(ROW_COLUMNS.map((c) => [c, f[c]]))) as ExploreRow);
  const sources: Record<string, ExploreSource> = {};
  for (const r of rows) {
    const s = data.sourceById.get(r.source_id)!;
    sources[s.source_id] = { source_id: s.source_id, author: s.author, publisher: s.publisher, title: s.title, published: s.published, url: s.url };
  }
  return { measure: measureId, rows, sources };
}

const round = (p: Position): Position => [Math.round(p[0] * 1000) / 1000, Math.round(p[1] * 1000) / 1000];

function roundGeometry(g: Geometry): Geometry {
  switch (g.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(round)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(round))) };
    default:
      return g;
  }
}

const shapes = new Map<ProvinceSystem, FeatureCollection<Geometry, ProvinceProperties>>();

/** The province shapes the explorer draws, at build time and (from its data file) in the browser. */
export function exploreProvinces(system: ProvinceSystem): FeatureCollection<Geometry, ProvinceProperties> {
  let collection = shapes.get(system);
  if (!collection) {
    const source = provinceFeatures(system);
    collection = {
      type: 'FeatureCollection',
      features: source.features.map((f) => ({ type: 'Feature', id: f.id, properties: f.properties, geometry: roundGeometry(f.geometry) })),
    };
    shapes.set(system, collection);
  }
  return collection;
}
