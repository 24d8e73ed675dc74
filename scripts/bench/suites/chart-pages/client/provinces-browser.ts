// Stands in for src/lib/geo/provinces.ts in the client baseline's bundle (that
// module reads and thins the TopoJSON from disk with node:fs). The page fetches
// the very features provinceFeatures() returns at build time, as data, and the
// registry's map builders read them from here.

import type { FeatureCollection, Geometry } from 'geojson';
import type { ProvinceProperties, ProvinceSystem } from '../../../../../src/lib/geo/provinces.ts';

export type { ProvinceFeature, ProvinceProperties, ProvinceSystem } from '../../../../../src/lib/geo/provinces.ts';
export type ProvinceCollection = FeatureCollection<Geometry, ProvinceProperties>;

const loaded = new Map<ProvinceSystem, ProvinceCollection>();

export function setProvinceFeatures(system: ProvinceSystem, collection: ProvinceCollection): void {
  loaded.set(system, collection);
}

export function provinceFeatures(system: ProvinceSystem): ProvinceCollection {
  const collection = loaded.get(system);
  if (!collection) throw new Error(`chart client: the page did not load the ${system}-province shapes`);
  return collection;
}
