// The columns of every table of published figures: the data table behind a
// chart, and the figure lists of place and source pages. One definition, so a
// figure reads the same everywhere: its value with its qualifier and unit in
// the page's language, its period in words (partial periods said), and the
// source's own words (the number and period as printed, the excerpt, quotes
// in notes) marked with the source's language.

import { chartText } from '../../i18n/strings/charts.ts';
import type { Locale } from '../../i18n/ui.ts';
import { placePath, measurePath, sourcePath } from '../data/paths.ts';
import { formatNumber, formatValue, inLocale, periodWithPartial, statedOrNot, termLabel } from '../format.ts';
import { splitList } from '../schema/rows.ts';
import type { TableRow } from '../schema/tables.ts';
import type { Claim, RelapseMethod, Unit } from '../schema/vocabulary.ts';
import { measureLabel, placeName } from './figure-point.ts';
import type { TableColumn } from './types.ts';

type Figure = TableRow<'figures'>;

/** What every figure row carries, in a chart's rows and in the published table alike. */
export type FigureCells = Pick<
  Figure,
  | 'place_id'
  | 'place_name_vi'
  | 'place_name_en'
  | 'measure_id'
  | 'measure_label_vi'
  | 'measure_label_en'
  | 'subgroup_label_vi'
  | 'subgroup_label_en'
  | 'basis'
  | 'value'
  | 'value_high'
  | 'unit'
  | 'qualifier'
  | 'printed'
  | 'period_kind'
  | 'period_start'
  | 'period_end'
  | 'period_as_printed'
  | 'period_open_at_publication'
  | 'year'
  | 'partial'
  | 'source_id'
  | 'source_publisher'
  | 'source_published'
  | 'source_language'
>;

/** "1.661 người", "> 60%", "≈ 3.300 lượt người (chỉ tiêu)": the value with its qualifier, unit and, unless a result, its basis. */
export function valueText(r: Pick<Figure, 'value' | 'value_high' | 'unit' | 'qualifier' | 'basis'>, locale: Locale): string {
  const unit = r.unit === 'percent' ? '' : ` ${termLabel('unit', r.unit as Unit, locale)}`;
  const basis = r.basis === 'actual' ? '' : ` (${termLabel('basis', r.basis, locale)})`;
  return `${formatValue(r, locale, 2)}${unit}${basis}`;
}

export const placeColumn: TableColumn<Pick<Figure, 'place_id' | 'place_name_vi' | 'place_name_en'>> = {
  label: { vi: 'Địa bàn', en: 'Place' },
  essential: true,
  cell: (r, locale) => ({ text: placeName(r, locale), href: placePath(locale, { place_id: r.place_id, name_en: r.place_name_en }) }),
};

export const measureColumn: TableColumn<Pick<Figure, 'measure_id' | 'measure_label_vi' | 'measure_label_en' | 'subgroup_label_vi' | 'subgroup_label_en'>> = {
  label: { vi: 'Chỉ tiêu', en: 'Measure' },
  essential: true,
  cell: (r, locale) => ({ text: measureLabel(r, locale), href: measurePath(locale, r.measure_id) }),
};

export const periodColumn: TableColumn<FigureCells> = {
  label: { vi: 'Kỳ', en: 'Period' },
  essential: true,
  cell: (r, locale) => ({ text: periodWithPartial(r, locale) }),
};

export const valueColumn: TableColumn<FigureCells> = {
  label: { vi: 'Giá trị', en: 'Value' },
  essential: true,
  cell: (r, locale) => ({ text: valueText(r, locale), numeric: true }),
};

/** The number and its period as the source printed them, in the source's language. */
export const printedColumn: TableColumn<FigureCells> = {
  label: { vi: 'Nguồn in', en: 'As printed' },
  cell: (r) => ({ text: `“${r.printed}” · “${r.period_as_printed}”`, lang: r.source_language }),
};

export const sourceColumn: TableColumn<Pick<Figure, 'source_id' | 'source_publisher' | 'source_published' | 'source_language'>> = {
  label: { vi: 'Nguồn', en: 'Source' },
  // The publisher's name is in its own language ("The Hanoi Times").
  cell: (r, locale) => ({
    text: `${r.source_publisher}${r.source_published ? `, ${r.source_published.slice(0, 4)}` : ''}`,
    href: sourcePath(locale, r.source_id),
    lang: r.source_language,
  }),
};

export const locatorColumn: TableColumn<Pick<Figure, 'locator' | 'source_language'>> = {
  label: { vi: 'Đoạn trích', en: 'Excerpt' },
  cell: (r) => ({ text: `“${r.locator}”`, lang: r.source_language }),
};

export const noteColumn: TableColumn<Pick<Figure, 'note_vi' | 'note_en' | 'source_language'>> = {
  label: { vi: 'Ghi chú', en: 'Note' },
  cell: (r, locale) => ({ text: inLocale(r, 'note', locale) ?? '', quoteLang: r.source_language }),
};

/** The standard table of figures: place, measure, period, value, as printed, source. */
export const FIGURE_COLUMNS: TableColumn<FigureCells>[] = [placeColumn, measureColumn, periodColumn, valueColumn, printedColumn, sourceColumn];

type ListedFigure = FigureCells & Pick<Figure, 'locator' | 'note_vi' | 'note_en'>;

/** On a place page: what, when, how much, as printed, the excerpt, from where, and the note. */
export const PLACE_FIGURE_COLUMNS: TableColumn<ListedFigure>[] = [
  measureColumn,
  periodColumn,
  valueColumn,
  printedColumn,
  locatorColumn,
  sourceColumn,
  noteColumn,
];

/** On a province page that also lists its districts' and facilities' figures. */
export const PLACE_FIGURE_COLUMNS_WITH_PLACE: TableColumn<ListedFigure>[] = [placeColumn, ...PLACE_FIGURE_COLUMNS];

/** On a source page: where, what, when, how much, and the excerpt to find it. */
export const SOURCE_FIGURE_COLUMNS: TableColumn<ListedFigure>[] = [
  placeColumn,
  measureColumn,
  periodColumn,
  valueColumn,
  printedColumn,
  locatorColumn,
  noteColumn,
];

// ---- Relapse: what kind of evidence, and about whom ------------------------------

type Evidence = Pick<
  Figure,
  | 'claim'
  | 'cited_from_vi'
  | 'cited_from_en'
  | 'cohort_vi'
  | 'cohort_en'
  | 'cohort_size'
  | 'cohort_size_qualifier'
  | 'cohort_followed_by_vi'
  | 'cohort_followed_by_en'
  | 'follow_up_vi'
  | 'follow_up_en'
  | 'relapse_method'
  | 'relapse_method_note_vi'
  | 'relapse_method_note_en'
  | 'study_period_vi'
  | 'study_period_en'
>;

const pair = (r: object, key: string) => ({ vi: (r as Record<string, string | null>)[`${key}_vi`], en: (r as Record<string, string | null>)[`${key}_en`] });

/** "Đo lường (Sở LĐTBXH Hải Phòng)", "Dẫn lại (khảo sát không nêu tên)": the kind of evidence in words. */
export function claimText(r: Evidence, locale: Locale): string {
  if (r.claim === null) return '';
  const by = r.claim === 'second_hand' ? inLocale(r, 'cited_from', locale) : r.claim === 'measured' ? inLocale(r, 'cohort_followed_by', locale) : null;
  const claim = termLabel('claim', r.claim as Claim, locale);
  if (!by) return claim;
  return chartText(locale, r.claim === 'second_hand' ? 'claim.citedFrom' : 'claim.by', { claim, by });
}

/** The cohort's size as printed, with its qualifier: "hơn 11.500". */
export function cohortSizeText(r: Pick<Figure, 'cohort_size' | 'cohort_size_qualifier'>, locale: Locale): string {
  if (r.cohort_size === null) return chartText(locale, 'cohort.notStated');
  return formatValue({ value: r.cohort_size, unit: 'persons', qualifier: r.cohort_size_qualifier ?? 'exact' }, locale, 0);
}

/** A relapse figure's definition: who, how many, how long, how measured, and what kind of claim it is. */
export const RELAPSE_COLUMNS: TableColumn<FigureCells & Evidence>[] = [
  placeColumn,
  measureColumn,
  { label: { vi: 'Giá trị (nguồn in)', en: 'Value (as printed)' }, essential: true, cell: (r) => ({ text: `“${r.printed}”`, lang: r.source_language }) },
  {
    label: { vi: 'Loại bằng chứng', en: 'Kind of evidence' },
    essential: true,
    cell: (r, locale) => ({ text: claimText(r, locale), quoteLang: r.source_language }),
  },
  {
    label: { vi: 'Nhóm được theo dõi', en: 'Who was followed' },
    cell: (r, locale) => ({ text: statedOrNot(pair(r, 'cohort'), locale), quoteLang: r.source_language }),
  },
  { label: { vi: 'Số người', en: 'How many' }, cell: (r, locale) => ({ text: cohortSizeText(r, locale), numeric: r.cohort_size !== null }) },
  { label: { vi: 'Theo dõi', en: 'Follow-up' }, cell: (r, locale) => ({ text: statedOrNot(pair(r, 'follow_up'), locale), quoteLang: r.source_language }) },
  {
    label: { vi: 'Cách xác định', en: 'Measured by' },
    cell: (r, locale) => {
      const method = r.relapse_method === null ? '' : termLabel('relapseMethod', r.relapse_method as RelapseMethod, locale);
      const note = inLocale(r, 'relapse_method_note', locale);
      return { text: note ? `${method} (${note})` : method, quoteLang: r.source_language };
    },
  },
  {
    label: { vi: 'Thời gian nghiên cứu', en: 'Study period' },
    cell: (r, locale) => ({ text: statedOrNot(pair(r, 'study_period'), locale), quoteLang: r.source_language }),
  },
  periodColumn,
  sourceColumn,
];

// ---- Checks of the published arithmetic -------------------------------------------

type Check = TableRow<'checks'>;
const VERDICT_SIGN = { consistent: '✓', mismatch: '✗', indeterminate: '?' } as const;

/** A check, for the checks, place and source pages: the verdict, the numbers, the explanation, where and from which source. */
export function checkColumns(
  figureById: Map<string, Pick<Figure, 'place_id' | 'place_name_vi' | 'place_name_en' | 'source_id'>>,
  sourceById: Map<string, { publisher: string; published: string | null; language: Locale }>,
): TableColumn<Check>[] {
  const source = (id: string) => sourceById.get(id);
  return [
    {
      label: { vi: 'Kết luận', en: 'Verdict' },
      essential: true,
      cell: (c, locale) => ({ text: `${VERDICT_SIGN[c.verdict]} ${termLabel('verdict', c.verdict, locale)}` }),
    },
    { label: { vi: 'Loại', en: 'Kind' }, essential: true, cell: (c, locale) => ({ text: termLabel('checkKind', c.kind, locale) }) },
    { label: { vi: 'Nguồn in', en: 'Printed' }, cell: (c, locale) => ({ text: formatNumber(c.printed_value, locale, 2), numeric: true }) },
    { label: { vi: 'So với', en: 'Against' }, cell: (c, locale) => ({ text: formatNumber(c.computed_value, locale, 2), numeric: true }) },
    // Quoted numbers are as their source printed them, in its language.
    {
      label: { vi: 'Diễn giải', en: 'Explanation' },
      cell: (c, locale) => ({ text: inLocale(c, 'explanation', locale), quoteLang: source(c.source_id)?.language }),
    },
    {
      label: { vi: 'Địa bàn', en: 'Place' },
      cell: (c, locale) => {
        const f = figureById.get(c.subject_figure_id);
        return f ? { text: placeName(f, locale), href: placePath(locale, { place_id: f.place_id, name_en: f.place_name_en }) } : { text: '' };
      },
    },
    {
      label: { vi: 'Nguồn', en: 'Source' },
      cell: (c, locale) => {
        const link = (id: string) => {
          const s = source(id);
          return { text: s ? `${s.publisher}${s.published ? `, ${s.published.slice(0, 4)}` : ''}` : id, href: sourcePath(locale, id), lang: s?.language };
        };
        // Documents that disagree: both of them, the subject's first.
        if (c.kind === 'disagreement') {
          const inputs = splitList(c.input_figure_ids).map((id) => figureById.get(id)?.source_id);
          const links = [...new Set([c.source_id, ...inputs.filter((id) => id !== undefined)])].map(link);
          return { text: links.map((l) => l.text).join('; '), links };
        }
        return link(c.source_id);
      },
    },
  ];
}

/**
 * What kind of evidence a figure is, in one plain sentence: "60% is measured:
 * the source reports a group of 141 people that Đà Nẵng's … followed; follow-up
 * not stated; relapse established by readmission."
 */
export function evidenceSentence(r: Pick<Figure, 'printed' | 'source_language'> & Evidence, locale: Locale): string {
  if (r.claim === null) return '';
  const who = statedOrNot(pair(r, 'cohort'), locale);
  const follow = statedOrNot(pair(r, 'follow_up'), locale);
  const method = r.relapse_method ? termLabel('relapseMethod', r.relapse_method as RelapseMethod, locale) : null;
  const by = inLocale(r, 'cohort_followed_by', locale);
  const from = inLocale(r, 'cited_from', locale);
  const size = r.cohort_size === null ? null : cohortSizeText(r, locale);
  if (locale === 'vi') {
    const head = {
      measured: 'là số đo lường',
      official: 'là nhận định chính thức, không gắn với một nhóm người được đo lường',
      second_hand: `là con số dẫn lại${from ? ` từ ${from}` : ''}, bản thân nó không phải bằng chứng`,
    }[r.claim];
    const cohort =
      r.claim === 'measured'
        ? `: nguồn báo cáo nhóm ${who}${size ? ` (${size} người)` : ''}${by ? ` do ${by} theo dõi` : ''}`
        : who !== 'nguồn không nêu'
          ? `; nhóm người: ${who}`
          : '';
    return `“${r.printed}” ${head}${cohort}; thời gian theo dõi: ${follow}${method ? `; cách xác định: ${method}` : ''}.`;
  }
  const head = {
    measured: 'is measured',
    official: 'is an official statement, not tied to a measured group',
    second_hand: `is repeated from ${from ?? 'elsewhere'}: not evidence in itself`,
  }[r.claim];
  const cohort =
    r.claim === 'measured'
      ? `: the source reports a group of ${who}${size ? ` (${size} people)` : ''}${by ? ` followed by ${by}` : ''}`
      : who !== 'not stated'
        ? `; group: ${who}`
        : '';
  return `“${r.printed}” ${head}${cohort}; follow-up: ${follow}${method ? `; established by: ${method}` : ''}.`;
}
