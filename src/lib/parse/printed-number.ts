// Reads a number the way a Vietnamese (or English) page printed it.
//
// Vietnamese pages write "1.661" for one thousand six hundred and sixty-one and
// "96,3" for ninety-six point three; English mirrors write the reverse. Money is
// often half in words ("440 triệu đồng"). Qualifiers ("hơn", "gần", "khoảng")
// and ranges ("1.500 - 1.700") are part of what was printed, so they are read
// here too, never dropped.

import type { Qualifier } from '../schema/vocabulary.ts';

export type NumberLocale = 'vi' | 'en';

export interface PrintedNumber {
  /** The value, or the low end of a range. */
  value: number;
  /** The high end of a range; null otherwise. */
  valueHigh: number | null;
  qualifier: Qualifier;
  /** The unit the printed text itself names, when it names one. */
  unitHint: 'percent' | 'person_times' | 'persons' | 'vnd' | null;
}

export class PrintedNumberError extends Error {}

// Longest phrases first, so "không quá" wins over a bare number and "trên" is
// not confused with the start of a longer phrase.
const QUALIFIER_PREFIXES: Array<[RegExp, Qualifier]> = [
  [/^(?:hơn|trên|vượt|more than|over)\s+/iu, 'more_than'],
  [/^(?:gần|nearly|almost)\s+/iu, 'nearly'],
  [/^(?:khoảng|chừng|xấp xỉ|ước tính|ước|about|around|approximately|an estimated|estimated)\s+/iu, 'about'],
  [/^(?:ít nhất|tối thiểu|at least)\s+/iu, 'at_least'],
  [/^(?:tối đa|không quá|at most|up to)\s+/iu, 'at_most'],
  [/^(?:dưới|chưa đến|chưa tới|less than|under|fewer than)\s+/iu, 'less_than'],
];

// "từ 10% trở lên" (10% or more), "từ 1 ... trở lên".
const AT_LEAST_FRAME = /^từ\s+(.+?)\s+trở lên$/iu;

const MULTIPLIERS: Array<[RegExp, number]> = [
  [/^nghìn tỷ|^ngàn tỷ|^nghìn tỉ|^ngàn tỉ/iu, 1e12],
  [/^tỷ|^tỉ|^billion/iu, 1e9],
  [/^triệu|^million/iu, 1e6],
  [/^nghìn|^ngàn|^thousand/iu, 1e3],
];

/** Parses one bare numeral ("1.661", "96,3", "02", "1,661" in English). */
export function parseNumeral(token: string, locale: NumberLocale = 'vi'): number {
  const t = token.trim();
  const [group, decimal] = locale === 'vi' ? ['.', ','] : [',', '.'];
  const groupRe = group === '.' ? '\\.' : ',';
  const decimalRe = decimal === '.' ? '\\.' : ',';
  const pattern = new RegExp(`^(\\d{1,3}(?:${groupRe}\\d{3})+|\\d+)(?:${decimalRe}(\\d+))?$`);
  const m = pattern.exec(t);
  if (!m) {
    // A lone separator followed by other than three digits ("1.5" on a Vietnamese
    // page) is ambiguous: refuse rather than guess.
    throw new PrintedNumberError(`"${token}" is not a number as printed in ${locale === 'vi' ? 'Vietnamese ("1.661", "96,3")' : 'English ("1,661", "96.3")'}`);
  }
  const integer = m[1].split(group).join('');
  const text = m[2] === undefined ? integer : `${integer}.${m[2]}`;
  return Number(text);
}

const NUMERAL = String.raw`\d[\d.,]*`;

function readAmount(text: string, locale: NumberLocale): { value: number; rest: string } {
  const m = new RegExp(`^(${NUMERAL})\\s*(.*)$`, 'u').exec(text);
  if (!m) throw new PrintedNumberError(`no number found in "${text}"`);
  let value = parseNumeral(m[1], locale);
  let rest = m[2].trim();
  for (const [re, factor] of MULTIPLIERS) {
    const mm = re.exec(rest);
    if (mm) {
      value = round(value * factor);
      rest = rest.slice(mm[0].length).trim();
      break;
    }
  }
  return { value, rest };
}

// Avoids 440 * 1e6 style products drifting in the last bit (2,6 tỷ = 2600000000).
function round(x: number): number {
  return Number(x.toPrecision(12));
}

function unitHintOf(rest: string): PrintedNumber['unitHint'] {
  const r = rest.toLowerCase();
  if (r.startsWith('%') || /^per ?cent\b/u.test(r)) return 'percent';
  if (/^lượt\s+người|^lượt/u.test(r) || r.startsWith('person-times')) return 'person_times';
  if (/^(?:triệu\s+)?(?:đồng|vnđ|vnd)/u.test(r)) return 'vnd';
  if (/^người|^persons?|^people/u.test(r)) return 'persons';
  return null;
}

/**
 * Parses a printed figure: an optional qualifier, a number or a range, and the
 * words that follow it ("96,3%", "hơn 60%", "440 triệu đồng", "1.500 - 1.700 người").
 */
export function parsePrintedNumber(printed: string, locale: NumberLocale = 'vi'): PrintedNumber {
  let text = printed.trim().replace(/\s+/gu, ' ');
  let qualifier: Qualifier = 'exact';

  const frame = AT_LEAST_FRAME.exec(text);
  if (frame) {
    text = frame[1];
    qualifier = 'at_least';
  } else {
    for (const [re, q] of QUALIFIER_PREFIXES) {
      const m = re.exec(text);
      if (m) {
        qualifier = q;
        text = text.slice(m[0].length);
        break;
      }
    }
  }

  // A range: "250 đến 300", "từ 250 đến 300", "1.500 - 1.700", "5 - 10%", "2 - 3 triệu đồng".
  const range = new RegExp(`^(?:từ\\s+)?(${NUMERAL})\\s*(?:-|–|—|đến|tới|to)\\s*(${NUMERAL})\\s*(.*)$`, 'iu').exec(text);
  if (range) {
    if (qualifier !== 'exact') {
      throw new PrintedNumberError(`"${printed}" has both a qualifier and a range; record it with a note instead`);
    }
    // The multiplier printed once after the high end applies to both ends.
    const high = readAmount(`${range[2]} ${range[3]}`, locale);
    const factor = high.value / parseNumeral(range[2], locale);
    const low = round(parseNumeral(range[1], locale) * factor);
    if (!(high.value > low)) {
      throw new PrintedNumberError(`"${printed}" reads as a range whose high end is not above its low end`);
    }
    return { value: low, valueHigh: high.value, qualifier: 'range', unitHint: unitHintOf(high.rest) };
  }

  const amount = readAmount(text, locale);
  return { value: amount.value, valueHigh: null, qualifier, unitHint: unitHintOf(amount.rest) };
}

/** How many decimals the printed number shows ("96,3%" → 1, "116%" → 0); sets how much rounding explains. */
export function printedDecimals(printed: string, locale: NumberLocale = 'vi'): number {
  const decimal = locale === 'vi' ? ',' : '.';
  const numerals = printed.match(/\d[\d.,]*\d|\d/gu) ?? [];
  let most = 0;
  for (const n of numerals) {
    const at = n.lastIndexOf(decimal);
    if (at >= 0) most = Math.max(most, n.length - at - 1);
  }
  return most;
}
