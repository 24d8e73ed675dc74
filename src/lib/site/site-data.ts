// The published tables as the site's pages read them at build time: loaded
// once per build from the same Parquet the downloads hold, typed, and indexed
// by place and source. Pages filter these; they never query on their own.

import { publishedQuery } from '../published-data.ts';

export interface FigureRecord {
  figure_id: string;
  place_id: string;
  place_level: string;
  place_code: string | null;
  place_name_vi: string;
  place_name_en: string;
  province_code: string | null;
  period_kind: string;
  period_start: string | null;
  period_end: string | null;
  period_as_printed: string;
  period_open_at_publication: boolean | null;
  measure_id: string;
  measure_family: string;
  measure_label_vi: string;
  measure_label_en: string;
  subgroup: string | null;
  basis: string;
  value: number;
  value_high: number | null;
  unit: string;
  qualifier: string;
  printed: string;
  locator: string;
  note: string | null;
  claim: string | null;
  cited_from: string | null;
  cohort: string | null;
  cohort_size: number | null;
  follow_up: string | null;
  relapse_method: string | null;
  relapse_method_note: string | null;
  study_period: string | null;
  source_id: string;
  source_publisher: string;
  source_title: string;
  source_published: string | null;
  source_url: string | null;
  /** Year of the period's end, else of publication. */
  year: number | null;
}

export interface SourceRecord {
  source_id: string;
  publisher: string;
  publisher_note: string | null;
  title: string;
  kind: string;
  language: string;
  published: string | null;
  published_as_printed: string | null;
  published_note: string | null;
  url: string | null;
  url_note: string | null;
  author: string | null;
  documents_cited: string | null;
  also_at: string | null;
  notes: string | null;
  figure_count: number;
  file: string;
}

export interface PlaceRecord {
  place_id: string;
  level: string;
  code: string | null;
  name_vi: string;
  name_en: string;
  parent_id: string | null;
  host_place_id: string | null;
  province_code: string | null;
  province_2025_code: string | null;
  region6_vi: string | null;
  region6_en: string | null;
  population_2019: number | null;
  members: string | null;
  note: string | null;
}

export interface MeasureRecord {
  measure_id: string;
  family: string;
  family_label_vi: string;
  family_label_en: string;
  kind: string;
  units: string;
  label_vi: string;
  label_en: string;
  definition_vi: string;
  definition_en: string;
  figure_count: number;
}

export interface CheckRecord {
  check_id: string;
  kind: string;
  source_id: string;
  subject_figure_id: string;
  input_figure_ids: string;
  printed_value: number;
  computed_value: number;
  difference: number;
  tolerance: number;
  verdict: string;
  explanation_en: string;
  explanation_vi: string;
}

export interface SiteData {
  figures: FigureRecord[];
  sources: SourceRecord[];
  places: PlaceRecord[];
  measures: MeasureRecord[];
  checks: CheckRecord[];
  placeById: Map<string, PlaceRecord>;
  sourceById: Map<string, SourceRecord>;
  measureById: Map<string, MeasureRecord>;
  figureById: Map<string, FigureRecord>;
  figuresByPlace: Map<string, FigureRecord[]>;
  figuresBySource: Map<string, FigureRecord[]>;
  /** Checks whose subject or inputs are figures of the place / source. */
  checksByPlace: Map<string, CheckRecord[]>;
  checksBySource: Map<string, CheckRecord[]>;
}

const groupBy = <T,>(items: T[], key: (item: T) => string) => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
};

let loaded: Promise<SiteData> | null = null;

export function siteData(): Promise<SiteData> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteData> {
  const [figures, sources, places, measures, checks] = await Promise.all([
    publishedQuery<FigureRecord>(`SELECT * EXCLUDE (period_start, period_end, source_published, cohort_size),
        period_start::VARCHAR AS period_start, period_end::VARCHAR AS period_end, source_published::VARCHAR AS source_published,
        cohort_size::DOUBLE AS cohort_size, coalesce(year(period_end), year(source_published))::INTEGER AS year
      FROM figures ORDER BY place_id, period_end NULLS LAST, measure_id, figure_id`),
    publishedQuery<SourceRecord>(`SELECT * EXCLUDE (published, figure_count), published::VARCHAR AS published, figure_count::INTEGER AS figure_count
      FROM sources ORDER BY published DESC NULLS LAST, source_id`),
    publishedQuery<PlaceRecord>(`SELECT place_id, level, code, name_vi, name_en, parent_id, host_place_id, province_code, province_2025_code,
        region6_vi, region6_en, population_2019::DOUBLE AS population_2019, members, note FROM places ORDER BY level, code, place_id`),
    publishedQuery<MeasureRecord>(`SELECT * EXCLUDE (figure_count), figure_count::INTEGER AS figure_count FROM measures ORDER BY family, measure_id`),
    publishedQuery<CheckRecord>(`SELECT * FROM checks ORDER BY verdict = 'mismatch' DESC, check_id`),
  ]);
  const figureById = new Map(figures.map((f) => [f.figure_id, f]));
  const checksByPlace = new Map<string, CheckRecord[]>();
  const checksBySource = groupBy(checks, (c) => c.source_id);
  for (const check of checks) {
    const ids = [check.subject_figure_id, ...check.input_figure_ids.split(' | ')];
    for (const placeId of new Set(ids.map((id) => figureById.get(id)?.place_id).filter((p): p is string => p !== undefined))) {
      const list = checksByPlace.get(placeId);
      if (list) list.push(check);
      else checksByPlace.set(placeId, [check]);
    }
  }
  return {
    figures,
    sources,
    places,
    measures,
    checks,
    placeById: new Map(places.map((p) => [p.place_id, p])),
    sourceById: new Map(sources.map((s) => [s.source_id, s])),
    measureById: new Map(measures.map((m) => [m.measure_id, m])),
    figureById,
    figuresByPlace: groupBy(figures, (f) => f.place_id),
    figuresBySource: groupBy(figures, (f) => f.source_id),
    checksByPlace,
    checksBySource,
  };
}

/** The places that get a page: every province of both systems, the country, and every other place with a figure. */
export function pagePlaces(data: SiteData): PlaceRecord[] {
  return data.places.filter((p) => p.level === 'province' || p.level === 'province_2025' || p.level === 'country' || data.figuresByPlace.has(p.place_id));
}
