// The SQL of the regional comparison: each province's latest published figure
// of a stock measure, in the 63 provinces or the 34. The rule for the 34 is
// here, in SQL, so "Open in SQL" shows exactly what the chart does. Years and
// partial periods come from the figures table (figures.year, year_basis,
// partial): computed once, by the pipeline.

import type { CompareMeasure } from './compare-measures.ts';
import { sqlString as q } from './shared.ts';

const SOURCE_NAME = `l.source_publisher || coalesce(', ' || year(l.source_published), '')`;

/** Each of the 63 provinces with its latest published figure of the measure (none: nulls). */
export function sql63(m: CompareMeasure): string {
  return `-- Latest published figure of ${m.measure_id} for each of the 63 provinces (until 30 June 2025).
-- Latest = the latest period end, else the latest publication date; undated figures come last.
WITH latest AS (
  SELECT f.* FROM figures f
  WHERE f.measure_id = ${q(m.measure_id)} AND f.unit = ${q(m.unit)} AND f.basis = 'actual'
    AND f.subgroup IS NULL AND f.place_level = 'province'
  QUALIFY row_number() OVER (PARTITION BY f.place_id
    ORDER BY coalesce(f.period_end, f.source_published) DESC NULLS LAST, f.figure_id) = 1
)
SELECT p.code, p.place_id, p.name_vi, p.name_en, p.population_2019::DOUBLE AS population_2019,
  CASE WHEN l.figure_id IS NULL THEN 'none' ELSE 'reported' END AS status,
  l.value, l.value_high, coalesce(l.qualifier, 'exact') AS qualifier,
  round(l.value / p.population_2019 * 100000, 1) AS per_100k,
  l.year::DOUBLE AS year, l.year_basis, l.period_kind, l.period_start::VARCHAR AS period_start, l.period_end::VARCHAR AS period_end,
  l.period_as_printed, l.period_open_at_publication, coalesce(l.partial, false) AS partial,
  ${q(m.unit)} AS unit, NULL::VARCHAR AS predecessors_vi, NULL::VARCHAR AS predecessors_en,
  NULL::INTEGER AS predecessor_count, l.figure_id AS figure_ids, l.source_id AS source_ids, ${SOURCE_NAME} AS source_names
FROM places p LEFT JOIN latest l ON l.place_id = p.place_id
WHERE p.level = 'province'
ORDER BY p.code`;
}

/**
 * Each of the 34 provinces: its own latest figure if one was published for it;
 * else its predecessors' latest figures for the latest year all of them
 * published one, added up (a derived number); else nothing.
 */
export function sql34(m: CompareMeasure): string {
  return `-- ${m.measure_id} for each of the 34 provinces (from 1 July 2025).
-- Own figure if published for the new province; else the SUM of its predecessors' figures
-- for the latest year in which EVERY predecessor published one (derived by this site);
-- never a sum across different years. A single predecessor's figure is shown as it is.
WITH candidates AS (
  SELECT f.*, coalesce(f.period_end, f.source_published) AS at
  FROM figures f
  WHERE f.measure_id = ${q(m.measure_id)} AND f.unit = ${q(m.unit)} AND f.basis = 'actual' AND f.subgroup IS NULL
),
reported AS (
  SELECT p.code, c.* FROM candidates c JOIN places p ON p.place_id = c.place_id
  WHERE c.place_level = 'province_2025'
  QUALIFY row_number() OVER (PARTITION BY c.place_id ORDER BY c.at DESC NULLS LAST, c.figure_id) = 1
),
predecessors AS (
  SELECT province_2025_code AS code, count(*)::INTEGER AS n,
    string_agg(name_vi, ', ' ORDER BY code) AS names_vi, string_agg(name_en, ', ' ORDER BY code) AS names_en
  FROM places WHERE level = 'province' GROUP BY province_2025_code
),
old_by_year AS (
  SELECT p.province_2025_code AS code, c.* FROM candidates c JOIN places p ON p.place_id = c.place_id
  WHERE c.place_level = 'province'
  QUALIFY row_number() OVER (PARTITION BY c.place_id, c.year ORDER BY c.at DESC NULLS LAST, c.figure_id) = 1
),
combined AS (
  SELECT code, year, sum(value) AS value, count(*)::INTEGER AS n,
    CASE WHEN bool_and(qualifier = 'exact') THEN 'exact'
         WHEN bool_and(qualifier IN ('exact', 'more_than', 'at_least')) THEN 'more_than' ELSE 'about' END AS qualifier,
    bool_or(partial) AS partial, bool_or(coalesce(period_open_at_publication, false)) AS open_at_publication,
    any_value(period_kind) AS period_kind, any_value(period_start) AS period_start, max(period_end) AS period_end,
    any_value(period_as_printed) AS period_as_printed, bool_or(period_end IS NOT NULL) AS dated,
    string_agg(figure_id, ' | ' ORDER BY place_id) AS figure_ids, string_agg(DISTINCT source_id, ' | ' ORDER BY source_id) AS source_ids,
    string_agg(DISTINCT source_publisher || coalesce(', ' || year(source_published), ''), ' | '
      ORDER BY source_publisher || coalesce(', ' || year(source_published), '')) AS source_names
  FROM old_by_year GROUP BY code, year
),
best AS (
  SELECT c.* FROM combined c JOIN predecessors pr USING (code)
  WHERE c.n = pr.n AND (c.year IS NOT NULL OR pr.n = 1)
  -- figure_ids breaks no real tie (one row per year): without a total order DuckDB's parallel plan
  -- sometimes kept an older year (Điện Biên's 2018 methadone figure over 2021's, 1 build in 10).
  QUALIFY row_number() OVER (PARTITION BY c.code ORDER BY c.year DESC NULLS LAST, c.figure_ids) = 1
)
SELECT np.code, np.place_id, np.name_vi, np.name_en, np.population_2019::DOUBLE AS population_2019,
  CASE WHEN r.figure_id IS NOT NULL THEN 'reported'
       WHEN b.code IS NOT NULL THEN CASE WHEN pr.n = 1 THEN 'single' ELSE 'sum' END
       WHEN np.code IN (SELECT code FROM old_by_year) THEN 'incomplete' ELSE 'none' END AS status,
  coalesce(r.value, b.value) AS value, CASE WHEN r.figure_id IS NOT NULL THEN r.value_high END AS value_high,
  coalesce(r.qualifier, b.qualifier, 'exact') AS qualifier,
  round(coalesce(r.value, b.value) / np.population_2019 * 100000, 1) AS per_100k,
  coalesce(r.year, b.year)::DOUBLE AS year,
  CASE WHEN r.figure_id IS NOT NULL THEN r.year_basis
       WHEN b.code IS NOT NULL THEN CASE WHEN b.dated THEN 'period' ELSE 'published' END END AS year_basis,
  CASE WHEN r.figure_id IS NOT NULL THEN r.period_kind WHEN pr.n = 1 THEN b.period_kind WHEN b.code IS NOT NULL THEN 'year' END AS period_kind,
  CASE WHEN r.figure_id IS NOT NULL THEN r.period_start WHEN pr.n = 1 THEN b.period_start END::VARCHAR AS period_start,
  coalesce(r.period_end, CASE WHEN pr.n = 1 OR b.dated THEN b.period_end END)::VARCHAR AS period_end,
  CASE WHEN r.figure_id IS NOT NULL THEN r.period_as_printed WHEN pr.n = 1 THEN b.period_as_printed END AS period_as_printed,
  coalesce(r.period_open_at_publication, b.open_at_publication) AS period_open_at_publication,
  coalesce(r.partial, b.partial, false) AS partial,
  ${q(m.unit)} AS unit, pr.names_vi AS predecessors_vi, pr.names_en AS predecessors_en, pr.n AS predecessor_count,
  coalesce(r.figure_id, b.figure_ids) AS figure_ids, coalesce(r.source_id, b.source_ids) AS source_ids,
  coalesce(r.source_publisher || coalesce(', ' || year(r.source_published), ''), b.source_names) AS source_names
FROM places np
JOIN predecessors pr ON pr.code = np.code
LEFT JOIN reported r ON r.code = np.code
LEFT JOIN best b ON b.code = np.code
WHERE np.level = 'province_2025'
ORDER BY np.code`;
}
