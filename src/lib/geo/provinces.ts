// Province shapes for the maps, read from the TopoJSON in data/reference/geo
// (provenance and licences: data/reference/PROVENANCE-geo.md) and thinned with
// topojson-simplify, which keeps shared borders shared, so a map drawn into a
// page stays light. Both layers come from the same survey lines (the 34 were
// dissolved from the 63), so switching between them moves no border.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

export type ProvinceSystem = '63' | '34';

export interface ProvinceProperties {
  /** GSO code in its own system (pre-2025 for 63, post-2025 for 34). */
  code: string;
  name_vi: string;
  name_en: string;
}

export type ProvinceFeature = Feature<Geometry, ProvinceProperties>;

const FILES: Record<ProvinceSystem, { file: string; object: string; code: string }> = {
  '63': { file: 'vn_provinces_63.topojson', object: 'provinces63', code: 'ma_tinh' },
  '34': { file: 'vn_provinces_34_from63.topojson', object: 'provinces34', code: 'ma_tinh_2025' },
};

/**
 * The weight quantile passed to topojson-simplify: points below the weight of
 * this quantile are removed, so 0.08 keeps about one point in ten, plenty for a
 * map 400 pixels wide (measured: a 63-province map drops from 174 KB to 25 KB).
 */
const SIMPLIFY_QUANTILE = 0.08;

const cache = new Map<ProvinceSystem, FeatureCollection<Geometry, ProvinceProperties>>();

export function provinceFeatures(system: ProvinceSystem, root = process.cwd()): FeatureCollection<Geometry, ProvinceProperties> {
  const cached = cache.get(system);
  if (cached) return cached;
  const spec = FILES[system];
  const topology = JSON.parse(readFileSync(path.join(root, 'data/reference/geo', spec.file), 'utf8')) as Topology<Objects<Record<string, string>>>;
  const weighted = presimplify(topology);
  const thinned = simplify(weighted, quantile(weighted, SIMPLIFY_QUANTILE));
  const collection = feature(thinned, thinned.objects[spec.object] as GeometryCollection) as FeatureCollection<Geometry, Record<string, string>>;
  const features = collection.features.map((f) => ({
    type: 'Feature' as const,
    id: f.properties[spec.code],
    geometry: f.geometry,
    properties: { code: f.properties[spec.code], name_vi: f.properties.ten, name_en: f.properties.name_en },
  }));
  const result: FeatureCollection<Geometry, ProvinceProperties> = { type: 'FeatureCollection', features };
  cache.set(system, result);
  return result;
}
