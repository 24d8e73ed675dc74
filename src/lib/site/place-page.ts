// What a place page shows, shaped from the published tables: the place and its
// relations (parent, host, the 2025 successor or predecessors), its figures by
// measure family, the small charts worth drawing, the checks that touch it,
// and the families with nothing published yet.

import type { Locale } from '../../i18n/ui.ts';
import { placeSeries } from '../charts/series-charts.ts';
import type { ChartDefinition } from '../charts/types.ts';
import type { FigurePoint } from '../charts/figure-point.ts';
import { MEASURE_FAMILIES, PLACE_LEVELS, UNITS } from '../schema/vocabulary.ts';
import { placeSlug } from './paths.ts';
import { pagePlaces, type CheckRecord, type FigureRecord, type PlaceRecord, type SiteData } from './site-data.ts';

export interface FamilyGroup {
  family: string;
  label: { vi: string; en: string };
  figures: FigureRecord[];
  charts: ChartDefinition<FigurePoint>[];
}

export interface PlaceView {
  place: PlaceRecord;
  levelLabel: { vi: string; en: string };
  parent: PlaceRecord | null;
  host: PlaceRecord | null;
  successor: PlaceRecord | null;
  predecessors: PlaceRecord[];
  children: Array<{ place: PlaceRecord; count: number }>;
  families: FamilyGroup[];
  /** True when the families hold figures of places within this one (a province's districts and facilities). */
  includesChildren: boolean;
  /** For a 2025 province: its predecessors' figures, by predecessor. */
  predecessorFigures: Array<{ place: PlaceRecord; families: FamilyGroup[] }>;
  checks: CheckRecord[];
  missingFamilies: Array<{ vi: string; en: string }>;
  sourceCount: number;
  figureCount: number;
}

/** Families readers come for first; the rest follow in the vocabulary's order. */
const FAMILY_ORDER = Object.keys(MEASURE_FAMILIES);
/** Families whose absence is worth saying on a province page (context families are not). */
const CORE_FAMILIES = ['intake', 'in_treatment', 'outcomes', 'registered', 'post_rehab', 'methadone'];

export function familyGroups(figures: FigureRecord[], placeId: string): FamilyGroup[] {
  // Figures of the place itself first, then those of places within it.
  figures = [...figures].sort((a, b) => Number(a.place_id !== placeId) - Number(b.place_id !== placeId));
  const byFamily = new Map<string, FigureRecord[]>();
  for (const f of figures) byFamily.set(f.measure_family, [...(byFamily.get(f.measure_family) ?? []), f]);
  return [...byFamily.entries()]
    .sort((a, b) => FAMILY_ORDER.indexOf(a[0]) - FAMILY_ORDER.indexOf(b[0]))
    .map(([family, list]) => ({
      family,
      label: MEASURE_FAMILIES[family as keyof typeof MEASURE_FAMILIES] ?? { vi: family, en: family },
      figures: list,
      charts: seriesWorthDrawing(list, placeId),
    }));
}

/** One small chart per measure and unit with at least two dated results of the whole population. */
function seriesWorthDrawing(figures: FigureRecord[], placeId: string): ChartDefinition<FigurePoint>[] {
  const groups = new Map<string, FigureRecord[]>();
  for (const f of figures) {
    if (f.place_id !== placeId || f.basis !== 'actual' || f.subgroup !== null || f.period_end === null) continue;
    const key = `${f.measure_id}|${f.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()]
    .filter((list) => new Set(list.map((f) => f.period_end)).size >= 2)
    .map((list) => {
      const f = list[0];
      const unit = UNITS[f.unit as keyof typeof UNITS] ?? { vi: f.unit, en: f.unit };
      return placeSeries({
        placeId,
        measureId: f.measure_id,
        unit: f.unit,
        title: { vi: f.measure_label_vi, en: f.measure_label_en },
        unitLabel: { vi: unit.vi[0].toUpperCase() + unit.vi.slice(1), en: unit.en[0].toUpperCase() + unit.en.slice(1) },
      });
    });
}

export function placeView(data: SiteData, place: PlaceRecord): PlaceView {
  // A province's page also lists the figures of its districts, wards and facilities, each under its own place.
  const figures =
    place.level === 'province'
      ? data.figures.filter((f) => f.place_id === place.place_id || (f.province_code === place.code && f.place_level !== 'province'))
      : (data.figuresByPlace.get(place.place_id) ?? []);
  const byId = data.placeById;
  const successor = place.level === 'province' && place.province_2025_code ? (byId.get(`province2025:${place.province_2025_code}`) ?? null) : null;
  const predecessors = place.level === 'province_2025' ? data.places.filter((p) => p.level === 'province' && p.province_2025_code === place.code) : [];
  const children =
    place.level === 'province'
      ? data.places
          .filter((p) => p.place_id !== place.place_id && p.level !== 'province_2025' && (p.parent_id === place.place_id || (p.level !== 'province' && p.province_code === place.code)))
          .map((p) => ({ place: p, count: data.figuresByPlace.get(p.place_id)?.length ?? 0 }))
          .filter((c) => c.count > 0)
      : [];
  const present = new Set(figures.map((f) => f.measure_family));
  const relevant = place.level === 'province' || place.level === 'province_2025' || place.level === 'country';
  const predecessorFigures = predecessors.map((p) => ({ place: p, families: familyGroups(data.figuresByPlace.get(p.place_id) ?? [], p.place_id) }));
  if (place.level === 'province_2025') for (const p of predecessorFigures) for (const g of p.families) present.add(g.family);
  return {
    place,
    levelLabel: PLACE_LEVELS[place.level as keyof typeof PLACE_LEVELS] ?? { vi: place.level, en: place.level },
    parent: place.parent_id ? (byId.get(place.parent_id) ?? null) : null,
    host: place.host_place_id && place.host_place_id !== place.parent_id ? (byId.get(place.host_place_id) ?? null) : null,
    successor,
    predecessors,
    children,
    families: familyGroups(figures, place.place_id),
    includesChildren: figures.some((f) => f.place_id !== place.place_id),
    predecessorFigures,
    checks: data.checksByPlace.get(place.place_id) ?? [],
    missingFamilies: relevant ? CORE_FAMILIES.filter((f) => !present.has(f)).map((f) => MEASURE_FAMILIES[f as keyof typeof MEASURE_FAMILIES]) : [],
    sourceCount: new Set(figures.map((f) => f.source_id)).size,
    figureCount: figures.length,
  };
}

/** The place pages' static paths. */
export async function placePaths(data: SiteData) {
  return pagePlaces(data).map((place) => ({ params: { slug: placeSlug(place) }, props: { placeId: place.place_id } }));
}

export const placeName = (p: { name_vi: string; name_en: string }, locale: Locale): string => (locale === 'vi' ? p.name_vi : p.name_en);
