// Text descriptions of charts, generated from their rows, for screen readers
// and for anyone who would rather read than look: how many figures, places and
// years, what is highest and lowest, how a series moves. Every sentence
// exists in both languages.

import type { Locale } from '../../i18n/ui.ts';
import { formatList, formatValue } from '../format.ts';

interface Described {
  value: number;
  value_high?: number | null;
  unit: string;
  qualifier: string;
}

const say = (locale: Locale, text: Record<Locale, string>) => text[locale];

/** "24 figures for 9 places, 2015–2023." over rows with a place and a year. */
export function describeSpan(rows: Array<{ place_id: string; year: number | null }>, locale: Locale): string {
  const places = new Set(rows.map((r) => r.place_id)).size;
  const years = rows.map((r) => r.year).filter((y): y is number => y !== null);
  const span = years.length ? (Math.min(...years) === Math.max(...years) ? `${Math.min(...years)}` : `${Math.min(...years)}–${Math.max(...years)}`) : '';
  return say(locale, {
    vi: `${rows.length} con số của ${places} địa bàn${span ? `, ${span}` : ''}.`,
    en: `${rows.length} figures for ${places} ${places === 1 ? 'place' : 'places'}${span ? `, ${span}` : ''}.`,
  });
}

/** "Highest: Hà Nội, ≈16.000 (2020). Lowest: …" over rows that each have a place and a period label. */
export function describeRanking<R extends Described>(
  rows: R[],
  label: (r: R) => string,
  period: (r: R) => string,
  locale: Locale,
  value: (r: R) => number = (r) => r.value,
  shown: (r: R) => string = (r) => formatValue(r, locale),
): string {
  if (rows.length === 0) return say(locale, { vi: 'Không có số liệu.', en: 'No figures.' });
  const sorted = [...rows].sort((a, b) => value(b) - value(a));
  const item = (r: R) => `${label(r)}, ${shown(r)} (${period(r)})`;
  const [top, bottom] = [sorted[0], sorted.at(-1)!];
  if (rows.length === 1) return say(locale, { vi: `Một con số: ${item(top)}.`, en: `One figure: ${item(top)}.` });
  return say(locale, {
    vi: `Cao nhất: ${item(top)}. Thấp nhất: ${item(bottom)}.`,
    en: `Highest: ${item(top)}. Lowest: ${item(bottom)}.`,
  });
}

/** "From 10.000 (2009) to 3.800 (2012), highest in 2009." for one measure over time. */
export function describeSeries<R extends Described>(rows: R[], period: (r: R) => string, time: (r: R) => number, locale: Locale): string {
  if (rows.length === 0) return say(locale, { vi: 'Không có số liệu.', en: 'No figures.' });
  const sorted = [...rows].sort((a, b) => time(a) - time(b));
  const [first, last] = [sorted[0], sorted.at(-1)!];
  const top = [...rows].sort((a, b) => b.value - a.value)[0];
  const v = (r: R) => formatValue(r, locale);
  const points = formatList(
    sorted.map((r) => `${v(r)} (${period(r)})`),
    locale,
  );
  if (rows.length === 1) return say(locale, { vi: `Một con số: ${points}.`, en: `One figure: ${points}.` });
  const direction = last.value === first.value ? 0 : last.value > first.value ? 1 : -1;
  const compared = { vi: ['thấp hơn', 'bằng', 'cao hơn'][direction + 1], en: ['lower than', 'the same as', 'higher than'][direction + 1] };
  return say(locale, {
    vi: `${rows.length} con số: ${points}. Con số cuối (${period(last)}) ${compared.vi} con số đầu (${period(first)}); cao nhất: ${v(top)} (${period(top)}). Các con số có thể từ các nguồn khác nhau.`,
    en: `${rows.length} figures: ${points}. The last (${period(last)}) is ${compared.en} the first (${period(first)}); highest: ${v(top)} (${period(top)}). The figures may come from different sources.`,
  });
}
