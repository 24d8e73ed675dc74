// The presentation vocabulary: how every number, date, period, qualifier and
// vocabulary term reads on the site, in the page's language. Charts, tables,
// findings, descriptions and take-away files all say things through here, so
// "more than 60%" reads the same everywhere and a vocabulary id never shows.
// Formatting always names its locale: Vietnamese readers get "1.661" and
// "96,3", English readers "1,661" and "96.3".

import { chartText } from '../i18n/strings/charts.ts';
import type { Locale } from '../i18n/ui.ts';
import {
  BASES,
  CHECK_KINDS,
  CHECK_VERDICTS,
  LANGUAGES,
  CLAIMS,
  MEASURE_FAMILIES,
  MEASURE_KINDS,
  NOT_STATED,
  PERIOD_KINDS,
  PLACE_LEVELS,
  QUALIFIERS,
  RELAPSE_METHODS,
  SOURCE_KINDS,
  UNITS,
  type Qualifier,
  type Term,
} from './schema/vocabulary.ts';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits }).format(value);
}

/** A percentage the way the page's language writes it: "96,3%" in Vietnamese, "96.3%" in English. */
export function formatPercent(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return `${formatNumber(value, locale, maximumFractionDigits)}%`;
}

/** "20/12/2016" in Vietnamese (as Vietnamese documents write dates, not "20 thg 12, 2016"), "20 Dec 2016" in English. */
export function formatDate(iso: string, locale: Locale): string {
  const month = locale === 'vi' ? 'numeric' : 'short';
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;
}

/** A year as a label: never "2,022" or "2.022". */
export const formatYear = (year: number): string => String(Math.round(year));

/** "A, B và C" / "A, B and C". */
export function formatList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' }).format(items);
}

// ---- Vocabulary terms ------------------------------------------------------

const VOCABULARIES = {
  unit: UNITS,
  basis: BASES,
  periodKind: PERIOD_KINDS,
  qualifier: QUALIFIERS,
  claim: CLAIMS,
  relapseMethod: RELAPSE_METHODS,
  sourceKind: SOURCE_KINDS,
  measureFamily: MEASURE_FAMILIES,
  measureKind: MEASURE_KINDS,
  placeLevel: PLACE_LEVELS,
  checkKind: CHECK_KINDS,
  verdict: CHECK_VERDICTS,
  language: LANGUAGES,
} as const satisfies Record<string, Record<string, Term>>;
export type Vocabulary = keyof typeof VOCABULARIES;

/**
 * A vocabulary term in words ("lượt người", "person-times"). An id the
 * vocabulary does not know is a bug upstream (the build refuses such values),
 * so it throws rather than print the id.
 */
export function termLabel<V extends Vocabulary>(vocabulary: V, id: keyof (typeof VOCABULARIES)[V] & string, locale: Locale): string {
  const term = (VOCABULARIES[vocabulary] as Record<string, Term>)[id];
  if (!term) throw new Error(`"${id}" is not a term of the ${vocabulary} vocabulary`);
  return term[locale];
}

/** Upper-cases the first letter: a term at the start of a label. */
export const capitalise = (text: string): string => (text ? text[0].toLocaleUpperCase() + text.slice(1) : text);

// ---- Values and their qualifiers ------------------------------------------

/** Open-ended qualifiers: the printed number is a bound, not the value. */
export const boundOf = (qualifier: string): 'lower' | 'upper' | null => QUALIFIERS[qualifier as Qualifier]?.bound ?? null;
export const isLowerBound = (qualifier: string): boolean => boundOf(qualifier) === 'lower';
export const isUpperBound = (qualifier: string): boolean => boundOf(qualifier) === 'upper';

export interface ValueLike {
  value: number;
  value_high?: number | null;
  unit: string;
  qualifier: string;
}

const bare = (v: number, unit: string, locale: Locale, digits: number) => (unit === 'percent' ? formatPercent(v, locale) : formatNumber(v, locale, digits));

/**
 * A figure's value for a chart label or a table cell, with its qualifier as a
 * sign (">60%", "≈3.300", "≤12%") and a range as its two ends: a bound is never
 * shown as the number.
 */
export function formatValue(figure: ValueLike, locale: Locale, digits = 1): string {
  if (figure.qualifier === 'range' && figure.value_high != null)
    return `${bare(figure.value, figure.unit, locale, digits)}–${bare(figure.value_high, figure.unit, locale, digits)}`;
  return `${QUALIFIERS[figure.qualifier as Qualifier]?.sign ?? ''}${bare(figure.value, figure.unit, locale, digits)}`;
}

/**
 * A figure's value in a sentence, with its qualifier in words and its unit:
 * "hơn 1.661 người", "more than 60%", "1.500–1.700 lượt người".
 */
export function formatValueInWords(figure: ValueLike, locale: Locale): string {
  const unit = figure.unit === 'percent' ? '' : ` ${termLabel('unit', figure.unit as keyof typeof UNITS, locale)}`;
  if (figure.qualifier === 'range' && figure.value_high != null)
    return `${bare(figure.value, figure.unit, locale, 2)}–${bare(figure.value_high, figure.unit, locale, 2)}${unit}`;
  const word = figure.qualifier === 'exact' || figure.qualifier === 'range' ? '' : `${QUALIFIERS[figure.qualifier as Qualifier]?.[locale] ?? ''} `;
  return `${word}${bare(figure.value, figure.unit, locale, 2)}${unit}`;
}

// ---- Periods -----------------------------------------------------------------

export interface PeriodLike {
  period_kind: string | null;
  period_start: string | null;
  period_end: string | null;
  year: number | null;
  year_basis?: string | null;
  partial?: boolean;
  period_open_at_publication?: boolean | null;
}

const month = (iso: string) => Number(iso.slice(5, 7));
const yearOf = (iso: string) => iso.slice(0, 4);
const monthYear = (iso: string) => `${String(month(iso)).padStart(2, '0')}/${yearOf(iso)}`;

/**
 * A short label for a figure's period, for axis labels, bar ends and table
 * cells: "2021", "9 tháng 2022", "10/2021–03/2022", "2016–2020", "06/2022", or
 * when no period was printed the year of publication ("đăng 2020"); never a
 * silent bare year, and never a two-year label for a few months.
 */
export function periodLabel(row: PeriodLike, locale: Locale): string {
  const { period_kind: kind, period_start: start, period_end: end } = row;
  if (kind === 'year' && end) return yearOf(end);
  if ((kind === 'months' || kind === 'date_range') && start && end) {
    if (yearOf(start) === yearOf(end)) {
      const months = month(end) - month(start) + 1;
      if (start.slice(5, 10) === '01-01' && kind === 'months') return chartText(locale, 'period.firstMonths', { months, year: yearOf(end) });
      if (months === 1) return monthYear(end);
      return `${String(month(start)).padStart(2, '0')}–${monthYear(end)}`;
    }
    // Spanning two calendar years: the months, not "2021–2022".
    if (Number(yearOf(end)) - Number(yearOf(start)) === 1 && !(start.slice(5) === '01-01' && end.slice(5) === '12-31'))
      return `${monthYear(start)}–${monthYear(end)}`;
    return `${yearOf(start)}–${yearOf(end)}`;
  }
  if (kind === 'multi_year' && start && end) return yearOf(start) === yearOf(end) ? yearOf(end) : `${yearOf(start)}–${yearOf(end)}`;
  if (end) return monthYear(end);
  if (row.year !== null) return chartText(locale, 'period.published', { year: row.year });
  return chartText(locale, 'period.unknown');
}

/**
 * Why a figure is drawn open, in words, or null when it covers its whole
 * period: part of a year ("một phần năm"), or a period not yet over when
 * the source was published ("kỳ chưa kết thúc khi đăng"). The two never
 * contradict the period label: a 12-month figure is never "part of a year".
 */
export function partialLabel(row: PeriodLike, locale: Locale): string | null {
  if (!row.partial) return null;
  return chartText(locale, row.period_open_at_publication ? 'period.openAtPublication' : 'period.partYear');
}

/** The period label with its partial note: "9 tháng 2022 (một phần năm)". */
export function periodWithPartial(row: PeriodLike, locale: Locale): string {
  const partial = partialLabel(row, locale);
  return partial ? `${periodLabel(row, locale)} (${partial})` : periodLabel(row, locale);
}

// ---- Cohort fields -------------------------------------------------------------

/** A cohort field as a reader should see it: "not stated" in the page's language, never the literal. */
export function statedOrNot(row: { vi: string | null; en: string | null }, locale: Locale): string {
  const text = row[locale] ?? row.en;
  if (text === null || text === NOT_STATED || text === 'không nêu') return chartText(locale, 'cohort.notStated');
  return text;
}

/** The Vietnamese or English twin of a bilingual published column (`note_vi` / `note_en`, `name_vi` / `name_en`). */
export function inLocale<K extends string, R extends { [P in `${K}_vi` | `${K}_en`]: unknown }>(row: R, key: K, locale: Locale): R[`${K}_${Locale}`] {
  return row[`${key}_${locale}`];
}

// ---- Quotations --------------------------------------------------------------

export interface TextPart {
  text: string;
  /** Set on a quotation: the language of the source it quotes. */
  lang?: Locale;
}

/**
 * A note split into its own words and its quotations: text in double quotes
 * ("…" or “…”) is always the source's words, in the source's language, so a
 * page marks it with that language (an English quotation on a Vietnamese page
 * is `lang="en"`).
 */
export function quotedParts(text: string, sourceLanguage: Locale): TextPart[] {
  const parts: TextPart[] = [];
  const re = /“[^”]*”|"[^"]*"/gu;
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ text: m[0], lang: sourceLanguage });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
