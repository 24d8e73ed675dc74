// Number and date formatting always names its locale: Vietnamese readers get
// "1.661" and "96,3", English readers "1,661" and "96.3".

import type { Locale } from '../i18n/ui.ts';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits }).format(value);
}

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;
}

const QUALIFIER_SIGN: Record<string, string> = {
  exact: '',
  about: '≈',
  nearly: '≈',
  more_than: '>',
  at_least: '≥',
  less_than: '<',
  at_most: '≤',
  range: '',
};

/** A percentage the way the page's language writes it: "96,3%" in Vietnamese, "96.3%" in English. */
export function formatPercent(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return `${formatNumber(value, locale, maximumFractionDigits)}%`;
}

/**
 * A figure's value for a chart label, with its qualifier as a sign (">60%",
 * "≈3.300") and a range as its two ends: a bound is never shown as the number.
 */
export function formatValue(
  figure: { value: number; value_high?: number | null; unit: string; qualifier: string },
  locale: Locale,
): string {
  const one = (v: number) => (figure.unit === 'percent' ? formatPercent(v, locale) : formatNumber(v, locale, 1));
  if (figure.qualifier === 'range' && figure.value_high != null) return `${one(figure.value)}–${one(figure.value_high)}`;
  return `${QUALIFIER_SIGN[figure.qualifier] ?? ''}${one(figure.value)}`;
}

/** A year as a label: never "2,022" or "2.022". */
export const formatYear = (year: number): string => String(Math.round(year));
