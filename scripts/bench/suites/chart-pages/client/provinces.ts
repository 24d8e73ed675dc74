// The province shapes as the client baselines receive them beside the rows:
// the features provinceFeatures() gives the site's build, as data.

import type { FeatureCollection, Geometry } from 'geojson';
import type { ProvinceProperties } from '../../../../../src/lib/geo/provinces.ts';

export type ProvinceCollection = FeatureCollection<Geometry, ProvinceProperties>;
