// The row most charts draw: one published figure with what a chart needs to
// place it (its year, whether its period is partial) and to cite it. The SQL
// fragment and the zod schema below describe the same columns, so a chart's
// query and the rows its builder receives cannot drift apart.

import { z } from 'zod';
import type { Locale } from '../../i18n/ui.ts';
import { QUALIFIER_IDS } from '../schema/vocabulary.ts';

/**
 * The select list of a figure point, for a query over `figures` aliased `f`.
 * `year` is the year the figure's period ends in or, when the source gives no
 * period, the year it was published (`year_basis` says which); `partial` marks
 * a period shorter than a year (9 months, a date range), or one that had not
 * ended when the source was published.
 */
export const FIGURE_POINT_COLUMNS = `f.figure_id, f.place_id, f.place_level, f.place_name_vi, f.place_name_en,
  f.measure_id, f.measure_label_vi, f.measure_label_en, f.subgroup, f.basis, f.unit,
  f.value, f.value_high, f.qualifier, f.printed,
  f.period_kind, f.period_start::VARCHAR AS period_start, f.period_end::VARCHAR AS period_end, f.period_as_printed,
  coalesce(year(f.period_end), year(f.source_published))::INTEGER AS year,
  CASE WHEN f.period_end IS NOT NULL THEN 'period' WHEN f.source_published IS NOT NULL THEN 'published' END AS year_basis,
  coalesce(f.period_kind IN ('months', 'date_range') AND date_diff('day', f.period_start, f.period_end) < 364, false)
    OR coalesce(f.period_open_at_publication, false) AS partial,
  f.source_id, f.source_title, f.source_publisher, f.source_published::VARCHAR AS source_published`;

const nullableString = z.string().nullable();

export const FigurePoint = z.object({
  figure_id: z.string(),
  place_id: z.string(),
  place_level: z.string(),
  place_name_vi: z.string(),
  place_name_en: z.string(),
  measure_id: z.string(),
  measure_label_vi: z.string(),
  measure_label_en: z.string(),
  subgroup: nullableString,
  basis: z.string(),
  unit: z.string(),
  value: z.number(),
  value_high: z.number().nullable(),
  qualifier: z.enum(QUALIFIER_IDS),
  printed: z.string(),
  period_kind: z.string(),
  period_start: nullableString,
  period_end: nullableString,
  period_as_printed: z.string(),
  year: z.number().int().nullable(),
  year_basis: z.enum(['period', 'published']).nullable(),
  partial: z.boolean(),
  source_id: z.string(),
  source_title: z.string(),
  source_publisher: z.string(),
  source_published: nullableString,
});
export type FigurePoint = z.infer<typeof FigurePoint>;

export const placeName = (row: { place_name_vi: string; place_name_en: string }, locale: Locale): string =>
  locale === 'vi' ? row.place_name_vi : row.place_name_en;

export const measureLabel = (row: { measure_label_vi: string; measure_label_en: string }, locale: Locale): string =>
  locale === 'vi' ? row.measure_label_vi : row.measure_label_en;

/** Open-ended qualifiers: the value is a bound, not the number. */
export const isLowerBound = (q: string): boolean => q === 'more_than' || q === 'at_least';
export const isUpperBound = (q: string): boolean => q === 'less_than' || q === 'at_most';

const MONTHS_VI = (n: number) => `${n} tháng`;

/**
 * A short label for a figure's period, for axis labels and bar ends: "2021",
 * "9 tháng 2022", "06/2022", "2016–2020", or when no period was printed the
 * year of publication ("đăng 2020" / "publ. 2020"); never a silent bare year.
 */
export function periodLabel(
  row: { period_kind: string | null; period_start: string | null; period_end: string | null; year: number | null },
  locale: Locale,
): string {
  const { period_kind: kind, period_start: start, period_end: end } = row;
  if (kind === 'year' && end) return end.slice(0, 4);
  if (kind === 'months' && start && end) {
    const months = Number(end.slice(5, 7)) - Number(start.slice(5, 7)) + 1;
    if (start.slice(5, 10) === '01-01') return locale === 'vi' ? `${MONTHS_VI(months)} ${end.slice(0, 4)}` : `${months} mo. ${end.slice(0, 4)}`;
    return `${start.slice(5, 7)}–${end.slice(5, 7)}/${end.slice(0, 4)}`;
  }
  if ((kind === 'multi_year' || kind === 'date_range') && start && end) {
    return start.slice(0, 4) === end.slice(0, 4) ? `${start.slice(5, 7)}–${end.slice(5, 7)}/${end.slice(0, 4)}` : `${start.slice(0, 4)}–${end.slice(0, 4)}`;
  }
  if (end) return `${end.slice(5, 7)}/${end.slice(0, 4)}`;
  if (row.year !== null) return locale === 'vi' ? `đăng ${row.year}` : `publ. ${row.year}`;
  return locale === 'vi' ? 'không rõ năm' : 'year unknown';
}
