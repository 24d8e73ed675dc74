// What the check-a-number box on the search page knows: every published figure
// (place, measure, unit, period, value as parsed and as printed, the excerpt
// that finds it, its source), the places it can name, the measures and the
// sources, in one compact JSON file written at build time
// (src/pages/search/check.json.ts) that only the search page loads. The types
// are shared by the build and the browser; the builder runs at build time only.

import { figureAnchor } from '../data/paths.ts';
import { pagePlaces, type SiteIndex } from '../data/site-index.ts';
import { placeAliases } from './place-names.ts';

export interface CheckPlace {
  id: string;
  level: string;
  vi: string;
  en: string;
  /** Other ways of writing the name a text may use ("Bắc Cạn", "TP.HCM", "Ba Đình" for "Quận Ba Đình"). */
  aliases: string[];
  /** Places this one lies within: a district's or facility's province, in both systems. */
  within: string[];
  /** False when the place has no page of its own (a ward without figures). */
  page: boolean;
}

export interface CheckFigure {
  id: string;
  /** The anchor of the figure's row on its source page. */
  anchor: string;
  place: string;
  measure: string;
  subgroup_vi: string | null;
  subgroup_en: string | null;
  basis: string;
  unit: string;
  value: number;
  value_high: number | null;
  qualifier: string;
  printed: string;
  locator: string;
  period_kind: string;
  period_start: string | null;
  period_end: string | null;
  period_as_printed: string;
  year: number | null;
  partial: boolean;
  period_open_at_publication: boolean | null;
  source: string;
}

export interface CheckMeasure {
  vi: string;
  en: string;
  family: string;
}

export interface CheckSource {
  title: string;
  publisher: string;
  published: string | null;
  language: string;
}

export interface CheckData {
  places: CheckPlace[];
  measures: Record<string, CheckMeasure>;
  sources: Record<string, CheckSource>;
  figures: CheckFigure[];
}

export function checkData(data: SiteIndex): CheckData {
  const paged = new Set(pagePlaces(data).map((p) => p.place_id));
  const withFigures = new Set(data.figures.map((f) => f.place_id));
  const places: CheckPlace[] = data.places
    .filter((p) => withFigures.has(p.place_id) || p.level === 'province' || p.level === 'province_2025' || p.level === 'country')
    .map((p) => {
      const aliases = placeAliases(p);
      const province = p.level !== 'province' && p.province_code ? data.placeById.get(`province:${p.province_code}`) : undefined;
      const within = [
        ...(p.parent_id && p.parent_id !== province?.place_id && !p.parent_id.startsWith('country:') ? [p.parent_id] : []),
        ...(province ? [province.place_id] : []),
        ...(province?.province_2025_code && p.level !== 'province_2025' ? [`province2025:${province.province_2025_code}`] : []),
      ];
      return { id: p.place_id, level: p.level, vi: p.name_vi, en: p.name_en, aliases, within: [...new Set(within)], page: paged.has(p.place_id) };
    });
  const measures = Object.fromEntries(data.measures.map((m) => [m.measure_id, { vi: m.label_vi, en: m.label_en, family: m.family }]));
  const sources = Object.fromEntries(
    data.sources.map((s) => [s.source_id, { title: s.title, publisher: s.publisher, published: s.published, language: s.language }]),
  );
  const figures: CheckFigure[] = data.figures.map((f) => ({
    id: f.figure_id,
    anchor: figureAnchor(f.figure_id),
    place: f.place_id,
    measure: f.measure_id,
    subgroup_vi: f.subgroup_label_vi,
    subgroup_en: f.subgroup_label_en,
    basis: f.basis,
    unit: f.unit,
    value: f.value,
    value_high: f.value_high,
    qualifier: f.qualifier,
    printed: f.printed,
    locator: f.locator,
    period_kind: f.period_kind,
    period_start: f.period_start,
    period_end: f.period_end,
    period_as_printed: f.period_as_printed,
    year: f.year,
    partial: f.partial,
    period_open_at_publication: f.period_open_at_publication,
    source: f.source_id,
  }));
  return { places, measures, sources, figures };
}
