// Text descriptions of charts, generated from their rows, for screen readers
// and for anyone who would rather read than look: what is highest, lowest,
// how many places and years, how a series moves.

import type { Locale } from '../../i18n/ui.ts';
import { formatValue } from '../format.ts';

interface Described {
  value: number;
  value_high?: number | null;
  unit: string;
  qualifier: string;
}

const join = (parts: string[], locale: Locale) => {
  if (parts.length <= 1) return parts.join('');
  const and = locale === 'vi' ? ' và ' : ' and ';
  return `${parts.slice(0, -1).join(', ')}${and}${parts.at(-1)}`;
};

/** "Highest: Hà Nội, ≈16.000 (2020). Lowest: …" over rows that each have a place and a period label. */
export function describeRanking<R extends Described>(
  rows: R[],
  label: (r: R) => string,
  period: (r: R) => string,
  locale: Locale,
  value: (r: R) => number = (r) => r.value,
  shown: (r: R) => string = (r) => formatValue(r, locale),
): string {
  if (rows.length === 0) return locale === 'vi' ? 'Không có số liệu.' : 'No figures.';
  const sorted = [...rows].sort((a, b) => value(b) - value(a));
  const top = sorted[0];
  const bottom = sorted.at(-1)!;
  const item = (r: R) => `${label(r)}, ${shown(r)} (${period(r)})`;
  if (locale === 'vi') {
    return rows.length === 1 ? `Một con số: ${item(top)}.` : `${rows.length} con số. Cao nhất: ${item(top)}. Thấp nhất: ${item(bottom)}.`;
  }
  return rows.length === 1 ? `One figure: ${item(top)}.` : `${rows.length} figures. Highest: ${item(top)}. Lowest: ${item(bottom)}.`;
}

/** "From 10.000 (2009) to 3.800 (2012), highest in 2009." for one measure over time. */
export function describeSeries<R extends Described>(rows: R[], period: (r: R) => string, time: (r: R) => number, locale: Locale): string {
  if (rows.length === 0) return locale === 'vi' ? 'Không có số liệu.' : 'No figures.';
  const sorted = [...rows].sort((a, b) => time(a) - time(b));
  const first = sorted[0];
  const last = sorted.at(-1)!;
  const top = [...rows].sort((a, b) => b.value - a.value)[0];
  const v = (r: R) => formatValue(r, locale);
  const points = join(sorted.map((r) => `${v(r)} (${period(r)})`), locale);
  if (rows.length === 1) return locale === 'vi' ? `Một con số: ${points}.` : `One figure: ${points}.`;
  const up = last.value > first.value;
  const same = last.value === first.value;
  return locale === 'vi'
    ? `${rows.length} con số: ${points}. Con số cuối (${period(last)}) ${same ? 'bằng' : up ? 'cao hơn' : 'thấp hơn'} con số đầu (${period(first)}); cao nhất: ${v(top)} (${period(top)}). Các con số có thể từ các nguồn khác nhau.`
    : `${rows.length} figures: ${points}. The last (${period(last)}) is ${same ? 'the same as' : up ? 'higher than' : 'lower than'} the first (${period(first)}); highest: ${v(top)} (${period(top)}). The figures may come from different sources.`;
}

