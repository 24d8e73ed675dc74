// The explorer's static routes: its data files and one page per measure with
// figures (both languages), shared by the Vietnamese and English page files.

import { exploreSlug } from '../data/paths.ts';
import { exploreCatalog, exploreMeasureData, exploreProvinces } from './build-data.ts';
import { CATALOG_FILE, measureFile, provincesFile } from './model.ts';

/** The measure the explorer opens with at /explore/: the one with the widest provincial cover. */
export const FIRST_MEASURE = 'registered_dependent';

export async function exploreDataFiles(): Promise<string[]> {
  const catalog = await exploreCatalog();
  return [CATALOG_FILE, ...Object.keys(catalog.measures).map(measureFile), provincesFile('63'), provincesFile('34')];
}

export async function exploreDataBody(file: string): Promise<string> {
  const catalog = await exploreCatalog();
  if (file === CATALOG_FILE) return JSON.stringify(catalog);
  if (file === provincesFile('63')) return JSON.stringify(exploreProvinces('63'));
  if (file === provincesFile('34')) return JSON.stringify(exploreProvinces('34'));
  const measure = Object.keys(catalog.measures).find((m) => measureFile(m) === file);
  if (!measure) throw new Error(`explorer: no data file "${file}"`);
  return JSON.stringify(await exploreMeasureData(measure));
}

/** A page per measure with figures: /explore/<measure>/. */
export async function exploreMeasurePaths() {
  const catalog = await exploreCatalog();
  return Object.keys(catalog.measures).map((measure) => ({ params: { measure: exploreSlug(measure) }, props: { measureId: measure } }));
}
