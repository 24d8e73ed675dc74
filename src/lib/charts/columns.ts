// The columns of the data tables behind charts of published figures: what a
// reader needs to check each number against its source.

import { UNITS, QUALIFIERS } from '../schema/vocabulary.ts';
import { formatNumber } from '../format.ts';
import { placePath, sourcePath } from '../site/paths.ts';
import { measureLabel, placeName, type FigurePoint } from './figure-point.ts';
import type { TableColumn } from './types.ts';

type Unit = keyof typeof UNITS;
type Qualifier = keyof typeof QUALIFIERS;

export const unitLabel = (unit: string, locale: 'vi' | 'en'): string => (UNITS as Record<string, { vi: string; en: string }>)[unit]?.[locale] ?? unit;

export const placeColumn: TableColumn<FigurePoint> = {
  label: { vi: 'Địa bàn', en: 'Place' },
  cell: (r, locale) => ({ text: placeName(r, locale), href: placePath(locale, { place_id: r.place_id, name_en: r.place_name_en }) }),
};

export const measureColumn: TableColumn<FigurePoint> = {
  label: { vi: 'Chỉ tiêu', en: 'Measure' },
  cell: (r, locale) => ({ text: r.subgroup ? `${measureLabel(r, locale)} (${r.subgroup})` : measureLabel(r, locale) }),
};

export const periodColumn: TableColumn<FigurePoint> = {
  label: { vi: 'Kỳ (như nguồn in)', en: 'Period (as printed)' },
  cell: (r) => ({ text: r.period_as_printed }),
};

export const valueColumn: TableColumn<FigurePoint> = {
  label: { vi: 'Giá trị', en: 'Value' },
  cell: (r, locale) => ({
    text: r.value_high !== null ? `${formatNumber(r.value, locale)}–${formatNumber(r.value_high, locale)}` : formatNumber(r.value, locale),
    numeric: true,
  }),
};

export const unitColumn: TableColumn<FigurePoint> = {
  label: { vi: 'Đơn vị', en: 'Unit' },
  cell: (r, locale) => ({ text: UNITS[r.unit as Unit]?.[locale] ?? r.unit }),
};

export const qualifierColumn: TableColumn<FigurePoint> = {
  label: { vi: 'Mức', en: 'Qualifier' },
  cell: (r, locale) => ({ text: QUALIFIERS[r.qualifier as Qualifier]?.[locale] ?? r.qualifier }),
};

export const printedColumn: TableColumn<FigurePoint> = {
  label: { vi: 'Nguồn in', en: 'As printed' },
  cell: (r) => ({ text: r.printed }),
};

export const sourceColumn: TableColumn<FigurePoint> = {
  label: { vi: 'Nguồn', en: 'Source' },
  cell: (r, locale) => ({ text: `${r.source_publisher}${r.source_published ? `, ${r.source_published.slice(0, 4)}` : ''}`, href: sourcePath(locale, r.source_id) }),
};

/** The standard table of figures: place, measure, period, value, unit, qualifier, as printed, source. */
export const FIGURE_COLUMNS: TableColumn<FigurePoint>[] = [placeColumn, measureColumn, periodColumn, valueColumn, unitColumn, qualifierColumn, printedColumn, sourceColumn];
