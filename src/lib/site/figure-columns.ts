// Columns of the figure tables on place and source pages: every field a reader
// needs to find the number in its source and to read it right.

import { formatNumber } from '../format.ts';
import type { TableColumn } from '../charts/types.ts';
import { BASES, QUALIFIERS, UNITS } from '../schema/vocabulary.ts';
import { measurePath, placePath, sourcePath } from './paths.ts';
import type { CheckRecord, FigureRecord } from './site-data.ts';

const label = (vocabulary: Record<string, { vi: string; en: string }>, id: string, locale: 'vi' | 'en') => vocabulary[id]?.[locale] ?? id;

const measure: TableColumn<FigureRecord> = {
  label: { vi: 'Chỉ tiêu', en: 'Measure' },
  cell: (f, locale) => ({ text: `${locale === 'vi' ? f.measure_label_vi : f.measure_label_en}${f.subgroup ? ` — ${f.subgroup}` : ''}`, href: measurePath(locale, f.measure_id) }),
};
const place: TableColumn<FigureRecord> = {
  label: { vi: 'Địa bàn', en: 'Place' },
  cell: (f, locale) => ({ text: locale === 'vi' ? f.place_name_vi : f.place_name_en, href: placePath(locale, { place_id: f.place_id, name_en: f.place_name_en }) }),
};
const period: TableColumn<FigureRecord> = { label: { vi: 'Kỳ (như nguồn in)', en: 'Period (as printed)' }, cell: (f) => ({ text: f.period_as_printed }) };
const value: TableColumn<FigureRecord> = {
  label: { vi: 'Giá trị', en: 'Value' },
  cell: (f, locale) => ({ text: f.value_high !== null ? `${formatNumber(f.value, locale)}–${formatNumber(f.value_high, locale)}` : formatNumber(f.value, locale), numeric: true }),
};
const unit: TableColumn<FigureRecord> = { label: { vi: 'Đơn vị', en: 'Unit' }, cell: (f, locale) => ({ text: label(UNITS, f.unit, locale) }) };
const qualifier: TableColumn<FigureRecord> = { label: { vi: 'Mức', en: 'Qualifier' }, cell: (f, locale) => ({ text: label(QUALIFIERS, f.qualifier, locale) }) };
const basis: TableColumn<FigureRecord> = { label: { vi: 'Loại', en: 'Basis' }, cell: (f, locale) => ({ text: label(BASES, f.basis, locale) }) };
const printed: TableColumn<FigureRecord> = { label: { vi: 'Nguồn in', en: 'As printed' }, cell: (f) => ({ text: f.printed }) };
const locator: TableColumn<FigureRecord> = { label: { vi: 'Đoạn trích', en: 'Excerpt' }, cell: (f) => ({ text: `“${f.locator}”` }) };
const note: TableColumn<FigureRecord> = { label: { vi: 'Ghi chú (tiếng Anh)', en: 'Note' }, cell: (f) => ({ text: f.note ?? '' }) };
const source: TableColumn<FigureRecord> = {
  label: { vi: 'Nguồn', en: 'Source' },
  cell: (f, locale) => ({ text: `${f.source_publisher}${f.source_published ? `, ${f.source_published.slice(0, 4)}` : ''}`, href: sourcePath(locale, f.source_id) }),
};

/** On a place page: what, when, how much, as printed, from where. */
export const PLACE_FIGURE_COLUMNS: TableColumn<FigureRecord>[] = [measure, period, value, unit, qualifier, basis, printed, locator, source, note];

/** On a province page that also lists its districts' and facilities' figures. */
export const PLACE_FIGURE_COLUMNS_WITH_PLACE: TableColumn<FigureRecord>[] = [place, ...PLACE_FIGURE_COLUMNS];

/** On a source page: where, what, when, how much, and the excerpt to find it. */
export const SOURCE_FIGURE_COLUMNS: TableColumn<FigureRecord>[] = [place, measure, period, value, unit, qualifier, basis, printed, locator, note];

/** A check of the published arithmetic, for the checks, place and source pages. */
export function checkColumns(figureById: Map<string, FigureRecord>): TableColumn<CheckRecord>[] {
  return [
    {
      label: { vi: 'Kết luận', en: 'Verdict' },
      cell: (c, locale) => ({ text: c.verdict === 'mismatch' ? (locale === 'vi' ? '✗ không khớp' : '✗ mismatch') : c.verdict === 'consistent' ? (locale === 'vi' ? '✓ khớp' : '✓ consistent') : locale === 'vi' ? '? không xác định' : '? indeterminate' }),
    },
    { label: { vi: 'Loại', en: 'Kind' }, cell: (c, locale) => ({ text: { sum: { vi: 'tổng', en: 'sum' }, share: { vi: 'tỷ lệ', en: 'share' }, attainment: { vi: 'hoàn thành chỉ tiêu', en: 'attainment' } }[c.kind as 'sum']?.[locale] ?? c.kind }) },
    { label: { vi: 'Nguồn in', en: 'Printed' }, cell: (c, locale) => ({ text: formatNumber(c.printed_value, locale, 2), numeric: true }) },
    { label: { vi: 'Tính lại', en: 'Computed' }, cell: (c, locale) => ({ text: formatNumber(c.computed_value, locale, 2), numeric: true }) },
    { label: { vi: 'Diễn giải', en: 'Explanation' }, cell: (c, locale) => ({ text: locale === 'vi' ? c.explanation_vi : c.explanation_en }) },
    {
      label: { vi: 'Địa bàn', en: 'Place' },
      cell: (c, locale) => {
        const f = figureById.get(c.subject_figure_id);
        return f ? { text: locale === 'vi' ? f.place_name_vi : f.place_name_en, href: placePath(locale, { place_id: f.place_id, name_en: f.place_name_en }) } : { text: '' };
      },
    },
    { label: { vi: 'Nguồn', en: 'Source' }, cell: (c, locale) => ({ text: c.source_id, href: sourcePath(locale, c.source_id) }) },
  ];
}
