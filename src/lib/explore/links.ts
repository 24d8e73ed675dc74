// Links into the explorer with their selection filled in, made at build time
// for the place pages (each measure the place has published, beside the
// other places of its level that published it), the chart pages (the chart's
// measures and places) and the measure definitions.

import type { Locale } from '../../i18n/locale.ts';
import { explorePath } from '../data/paths.ts';
import { exploreCatalog } from './build-data.ts';
import { PLACE_COLORS } from './draw.ts';
import type { EvidenceFilter, ExploreCatalog, ExploreState, View } from './model.ts';
import { mapSystem } from './select.ts';
import { evidenceApplies } from './state.ts';
import { inLocale } from '../format.ts';

export interface ExploreLink {
  href: string;
  measure: string;
  label: string;
  figures: number;
}

const label = (catalog: ExploreCatalog, measure: string, locale: Locale) => inLocale(catalog.measures[measure], 'label', locale);

/** Few places are a chart, many provinces a map, many other places a chart of rows. */
function viewFor(catalog: ExploreCatalog, places: string[]): View {
  if (places.length <= PLACE_COLORS.length) return 'chart';
  return places.every((p) => mapSystem(catalog.places[p]?.level ?? '') !== null) ? 'map' : 'chart';
}

const placesWith = (catalog: ExploreCatalog, measure: string) =>
  Object.keys(catalog.placeMeasures).filter((p) => catalog.placeMeasures[p].some(([m]) => m === measure));

/** For a place's page: each measure it has figures of, with the other places of its level that have figures of it. */
export async function placeExploreLinks(placeId: string, locale: Locale): Promise<ExploreLink[]> {
  const catalog = await exploreCatalog();
  const place = catalog.places[placeId];
  if (!place) return [];
  return (catalog.placeMeasures[placeId] ?? [])
    .filter(([m]) => catalog.measures[m])
    .sort((a, b) => b[1] - a[1] || label(catalog, a[0], locale).localeCompare(label(catalog, b[0], locale), locale))
    .map(([measure, figures]) => {
      const peers = placesWith(catalog, measure).filter((p) => p !== placeId && catalog.places[p]?.level === place.level);
      const places = [placeId, ...peers];
      const { from, to } = catalog.measures[measure].defaults;
      const state: ExploreState = { measure, places, from, to, view: viewFor(catalog, places), per: 'persons', evidence: 'all' };
      return { href: explorePath(locale, state), measure, label: label(catalog, measure, locale), figures };
    });
}

interface ChartRowLike {
  place_id?: string;
  measure_id?: string;
  year?: number | null;
  value?: number | null;
  claim?: string | null;
}

/** For a chart's page: each of its measures, with the places and years of its rows. */
export async function chartExploreLinks(measureIds: string[], rows: unknown[], locale: Locale, map = false): Promise<ExploreLink[]> {
  const catalog = await exploreCatalog();
  return measureIds
    .filter((m) => catalog.measures[m])
    .map((measure) => {
      const mine = (rows as ChartRowLike[]).filter((r) => r.place_id && (r.measure_id === undefined || r.measure_id === measure) && r.value !== null);
      const places = [...new Set(mine.map((r) => r.place_id!))].filter((p) => catalog.places[p]);
      const years = mine.map((r) => r.year).filter((y): y is number => typeof y === 'number');
      const defaults = catalog.measures[measure].defaults;
      // A chart of one kind of evidence (a view of the relapse chart) opens the explorer narrowed to it.
      const claims = new Set(mine.map((r) => r.claim ?? null));
      const only = claims.size === 1 ? [...claims][0] : null;
      const evidence: EvidenceFilter = only !== null && evidenceApplies(catalog, measure, only as EvidenceFilter) ? (only as EvidenceFilter) : 'all';
      const state: ExploreState = {
        measure,
        places: places.length ? places : defaults.places,
        from: years.length ? Math.min(...years) : defaults.from,
        to: years.length ? Math.max(...years) : defaults.to,
        view: map ? 'map' : viewFor(catalog, places.length ? places : defaults.places),
        per: 'persons',
        evidence,
      };
      return { href: explorePath(locale, state), measure, label: label(catalog, measure, locale), figures: mine.length };
    });
}

/** Whether a measure has figures (and so an explorer page). */
export async function hasExplorer(measureId: string): Promise<boolean> {
  return Boolean((await exploreCatalog()).measures[measureId]);
}
