// What several registered charts share: a figure's tooltip, the sources and
// measures of a set of rows, and SQL string quoting.

import type { Locale } from '../../../i18n/ui.ts';
import { formatValue } from '../../format.ts';
import { measureLabel, placeName, type FigurePoint } from '../figure-point.ts';

const unique = <T>(values: T[]): T[] => [...new Set(values)];

export const sourcesOf = (rows: Array<{ source_id: string }>): string[] => unique(rows.map((r) => r.source_id));
export const measuresOf = (rows: Array<{ measure_id: string }>): string[] => unique(rows.map((r) => r.measure_id));

/** A SQL string literal. */
export const sqlString = (s: string): string => `'${s.replace(/'/gu, "''")}'`;

/** A dot's tooltip: the value as printed, where, when, and from which source. */
export function figureTitle(r: FigurePoint, locale: Locale): string {
  return `${placeName(r, locale)} · ${measureLabel(r, locale)}\n${formatValue(r, locale)} (“${r.printed}”) · ${r.period_as_printed}\n${r.source_publisher}${r.source_published ? `, ${r.source_published}` : ''}`;
}

export const dotSwatch = (color: string): string =>
  `<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><circle cx="7" cy="7" r="5" fill="${color}"/></svg>`;
