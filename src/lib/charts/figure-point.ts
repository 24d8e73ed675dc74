// The row most charts draw: one published figure with what a chart needs to
// place it (its year, whether its period is partial, both published by the
// pipeline) and to cite it. The schema is a pick of the figures table's own
// row schema and the SQL select list is made from the same column names, so a
// chart's query and the rows its builder receives cannot drift apart.

import type { Locale } from '../../i18n/ui.ts';
import { inLocale } from '../format.ts';
import { rowSchema, selectList } from '../schema/rows.ts';
import type { TableRow } from '../schema/tables.ts';

const FIGURE_POINT_FIELDS = [
  'figure_id',
  'place_id',
  'place_level',
  'place_name_vi',
  'place_name_en',
  'measure_id',
  'measure_label_vi',
  'measure_label_en',
  'subgroup',
  'subgroup_label_vi',
  'subgroup_label_en',
  'basis',
  'unit',
  'value',
  'value_high',
  'qualifier',
  'printed',
  'period_kind',
  'period_start',
  'period_end',
  'period_as_printed',
  'period_open_at_publication',
  'year',
  'year_basis',
  'partial',
  'source_id',
  'source_title',
  'source_publisher',
  'source_published',
  'source_url',
  'source_language',
] as const satisfies ReadonlyArray<keyof TableRow<'figures'>>;

const pickOf = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, true])) as { [P in K]: true };

/** The select list of a figure point, for a query over `figures` aliased `f`. */
export const FIGURE_POINT_COLUMNS = selectList('figures', FIGURE_POINT_FIELDS, 'f');

export const FigurePoint = rowSchema('figures').pick(pickOf(FIGURE_POINT_FIELDS));
export type FigurePoint = Pick<TableRow<'figures'>, (typeof FIGURE_POINT_FIELDS)[number]>;

const RELAPSE_FIELDS = [
  'claim',
  'cited_from_en',
  'cited_from_vi',
  'cohort_en',
  'cohort_vi',
  'cohort_size',
  'cohort_size_qualifier',
  'cohort_followed_by_en',
  'cohort_followed_by_vi',
  'follow_up_en',
  'follow_up_vi',
  'relapse_method',
  'relapse_method_note_en',
  'relapse_method_note_vi',
  'study_period_en',
  'study_period_vi',
] as const satisfies ReadonlyArray<keyof TableRow<'figures'>>;

/** A figure point with its evidence: the kind of claim and the cohort (every relapse figure has both). */
export const RELAPSE_POINT_COLUMNS = `${FIGURE_POINT_COLUMNS}, ${selectList('figures', RELAPSE_FIELDS, 'f')}`;
export const RelapsePoint = rowSchema('figures').pick({ ...pickOf(FIGURE_POINT_FIELDS), ...pickOf(RELAPSE_FIELDS) });
export type RelapsePoint = Pick<TableRow<'figures'>, (typeof FIGURE_POINT_FIELDS)[number] | (typeof RELAPSE_FIELDS)[number]>;

export const placeName = (row: { place_name_vi: string; place_name_en: string }, locale: Locale): string => inLocale(row, 'place_name', locale);

/** The measure, with the part of its population when the figure counts one: "Tiếp nhận bắt buộc (người chưa thành niên)". */
export const measureLabel = (
  row: { measure_label_vi: string; measure_label_en: string; subgroup_label_vi?: string | null; subgroup_label_en?: string | null },
  locale: Locale,
): string => {
  const measure = inLocale(row, 'measure_label', locale);
  const part = locale === 'vi' ? row.subgroup_label_vi : row.subgroup_label_en;
  return part ? `${measure} (${part})` : measure;
};
