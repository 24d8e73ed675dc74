// The columns of the data tables behind charts of published figures: what a
// reader needs to check each number against its source.

import { CLAIMS, QUALIFIERS, RELAPSE_METHODS, UNITS } from '../schema/vocabulary.ts';
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

interface RelapseFields {
  claim: string;
  cited_from: string | null;
  cohort: string;
  cohort_size: number | null;
  follow_up: string;
  relapse_method: string;
  relapse_method_note: string | null;
  study_period: string;
}

const NOT_STATED = { vi: 'nguồn không nêu', en: 'not stated' };
const stated = (text: string, locale: 'vi' | 'en') => (text === 'not stated' ? NOT_STATED[locale] : text);

/** A relapse figure's definition: who, how many, how long, how measured, and what kind of claim it is. */
export const RELAPSE_COLUMNS: TableColumn<FigurePoint & RelapseFields>[] = [
  placeColumn,
  measureColumn,
  { label: { vi: 'Giá trị (nguồn in)', en: 'Value (as printed)' }, cell: (r) => ({ text: r.printed }) },
  {
    label: { vi: 'Loại con số', en: 'Kind of figure' },
    cell: (r, locale) => ({
      text: `${(CLAIMS as Record<string, { vi: string; en: string }>)[r.claim]?.[locale] ?? r.claim}${r.cited_from ? ` — ${locale === 'vi' ? 'dẫn từ' : 'from'}: ${r.cited_from}` : ''}`,
    }),
  },
  { label: { vi: 'Nhóm được theo dõi', en: 'Who was followed' }, cell: (r, locale) => ({ text: stated(r.cohort, locale) }) },
  { label: { vi: 'Số người', en: 'How many' }, cell: (r, locale) => ({ text: r.cohort_size === null ? NOT_STATED[locale] : formatNumber(r.cohort_size, locale), numeric: r.cohort_size !== null }) },
  { label: { vi: 'Theo dõi', en: 'Follow-up' }, cell: (r, locale) => ({ text: stated(r.follow_up, locale) }) },
  {
    label: { vi: 'Cách đo', en: 'Measured by' },
    cell: (r, locale) => ({
      text: `${(RELAPSE_METHODS as Record<string, { vi: string; en: string }>)[r.relapse_method]?.[locale] ?? r.relapse_method}${r.relapse_method_note ? ` (${r.relapse_method_note})` : ''}`,
    }),
  },
  { label: { vi: 'Thời gian nghiên cứu', en: 'Study period' }, cell: (r, locale) => ({ text: stated(r.study_period, locale) }) },
  periodColumn,
  sourceColumn,
];
