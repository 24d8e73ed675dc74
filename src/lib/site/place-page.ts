// What a place page shows, shaped from the published tables: the place and its
// relations (parent, host, the 2025 successor or predecessors), its charts
// (figures over time by family and unit; for a province, where it stands
// among provinces), its figures by measure family, the checks that touch it,
// and the families with nothing published yet.

import type { Locale } from '../../i18n/ui.ts';
import { chartsOfPlace } from '../charts/routes.ts';
import type { ChartDefinition } from '../charts/types.ts';
import { placeSlug } from '../data/paths.ts';
import { pagePlaces, type CheckRow, type FigureRow, type PlaceRow, type SiteIndex } from '../data/site-index.ts';
import { inLocale, termLabel } from '../format.ts';
import { MEASURE_FAMILY_IDS, type MeasureFamily } from '../schema/vocabulary.ts';

export interface FamilyGroup {
  family: MeasureFamily;
  label: { vi: string; en: string };
  figures: FigureRow[];
  /** Charts of this family's figures over time (one per unit). */
  charts: ChartDefinition<any>[];
}

export interface PlaceView {
  place: PlaceRow;
  levelLabel: { vi: string; en: string };
  parent: PlaceRow | null;
  host: PlaceRow | null;
  successor: PlaceRow | null;
  predecessors: PlaceRow[];
  children: Array<{ place: PlaceRow; count: number }>;
  families: FamilyGroup[];
  /** Where the province stands among provinces, one chart per compared measure it has a figure of. */
  ranks: ChartDefinition<any>[];
  /** True when the families hold figures of places within this one (a province's districts and facilities). */
  includesChildren: boolean;
  /** For a 2025 province: its predecessors' figures, by predecessor. */
  predecessorFigures: Array<{ place: PlaceRow; families: FamilyGroup[] }>;
  checks: CheckRow[];
  missingFamilies: Array<{ vi: string; en: string }>;
  sourceCount: number;
  figureCount: number;
}

/** Families whose absence is worth saying on a province page (context families are not). */
const CORE_FAMILIES: MeasureFamily[] = ['intake', 'in_treatment', 'outcomes', 'registered', 'post_rehab', 'methadone'];

const both = (family: MeasureFamily) => ({ vi: termLabel('measureFamily', family, 'vi'), en: termLabel('measureFamily', family, 'en') });

export function familyGroups(figures: FigureRow[], placeId: string, charts: ChartDefinition<any>[] = []): FamilyGroup[] {
  // Figures of the place itself first, then those of places within it.
  const sorted = [...figures].sort((a, b) => Number(a.place_id !== placeId) - Number(b.place_id !== placeId));
  const byFamily = Map.groupBy(sorted, (f) => f.measure_family);
  return [...byFamily.entries()]
    .sort((a, b) => MEASURE_FAMILY_IDS.indexOf(a[0]) - MEASURE_FAMILY_IDS.indexOf(b[0]))
    .map(([family, list]) => ({
      family,
      label: both(family),
      figures: list,
      charts: charts.filter((c) => c.id.includes(`-${family.replace(/_/gu, '-')}-`)),
    }));
}

export async function placeView(data: SiteIndex, place: PlaceRow): Promise<PlaceView> {
  // A province's page also lists the figures of its districts, wards and facilities, each under its own place.
  const figures =
    place.level === 'province'
      ? data.figures.filter((f) => f.place_id === place.place_id || (f.province_code === place.code && f.place_level !== 'province'))
      : (data.figuresByPlace.get(place.place_id) ?? []);
  const byId = data.placeById;
  const charts = await chartsOfPlace(place.place_id);
  const ranks = charts.filter((c) => c.id.includes('-rank-'));
  const series = charts.filter((c) => !c.id.includes('-rank-'));
  const successor = place.level === 'province' && place.province_2025_code ? (byId.get(`province2025:${place.province_2025_code}`) ?? null) : null;
  const predecessors = place.level === 'province_2025' ? data.places.filter((p) => p.level === 'province' && p.province_2025_code === place.code) : [];
  const children =
    place.level === 'province'
      ? data.places
          .filter(
            (p) =>
              p.place_id !== place.place_id &&
              p.level !== 'province_2025' &&
              (p.parent_id === place.place_id || (p.level !== 'province' && p.province_code === place.code)),
          )
          .map((p) => ({ place: p, count: data.figuresByPlace.get(p.place_id)?.length ?? 0 }))
          .filter((c) => c.count > 0)
      : [];
  const present = new Set(figures.map((f) => f.measure_family));
  const relevant = place.level === 'province' || place.level === 'province_2025' || place.level === 'country';
  const predecessorFigures = predecessors.map((p) => ({ place: p, families: familyGroups(data.figuresByPlace.get(p.place_id) ?? [], p.place_id) }));
  if (place.level === 'province_2025') for (const p of predecessorFigures) for (const g of p.families) present.add(g.family);
  return {
    place,
    levelLabel: { vi: termLabel('placeLevel', place.level, 'vi'), en: termLabel('placeLevel', place.level, 'en') },
    parent: place.parent_id ? (byId.get(place.parent_id) ?? null) : null,
    host: place.host_place_id && place.host_place_id !== place.parent_id ? (byId.get(place.host_place_id) ?? null) : null,
    successor,
    predecessors,
    children,
    families: familyGroups(figures, place.place_id, series),
    ranks,
    includesChildren: figures.some((f) => f.place_id !== place.place_id),
    predecessorFigures,
    checks: data.checksByPlace.get(place.place_id) ?? [],
    missingFamilies: relevant ? CORE_FAMILIES.filter((f) => !present.has(f)).map(both) : [],
    sourceCount: new Set(figures.map((f) => f.source_id)).size,
    figureCount: figures.length,
  };
}

/** The place pages' static paths. */
export async function placePaths(data: SiteIndex) {
  return pagePlaces(data).map((place) => ({ params: { slug: placeSlug(place) }, props: { placeId: place.place_id } }));
}

export const placeName = (p: { name_vi: string; name_en: string }, locale: Locale): string => inLocale(p, 'name', locale);
