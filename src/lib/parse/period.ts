// Reads the period a source gave for a figure ("6 tháng đầu năm 2022",
// "tính đến 15/9/2022", "giai đoạn 2019-2021") into start and end dates.
//
// A 9-month figure stays a 9-month figure: nothing here annualises or widens a
// period. When the wording leaves the year out ("9 tháng"), the year has to
// come from the figure's context, never from a guess.

import type { PeriodKind } from '../schema/vocabulary.ts';

export interface Period {
  kind: PeriodKind;
  start: string | null;
  end: string | null;
}

export interface PeriodContext {
  /** The year the figure belongs to when the wording omits it ("9 tháng"). */
  year?: number;
  /** The publication date, for "đến nay" (up to now). */
  published?: string | null;
}

export class PeriodError extends Error {}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const endOfMonth = (y: number, m: number) => iso(y, m, lastDay(y, m));

/** "15/9/2022" → "2022-09-15", checking that the day exists. */
export function parseVietnameseDate(text: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(text.trim());
  if (!m) throw new PeriodError(`"${text}" is not a date written day/month/year`);
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > lastDay(y, mo)) throw new PeriodError(`"${text}" is not a real date`);
  return iso(y, mo, d);
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function needYear(printed: string, found: string | undefined, context: PeriodContext): number {
  if (found) return Number(found);
  if (context.year) return context.year;
  throw new PeriodError(`"${printed}" does not say which year; give the figure's period a year`);
}

function needPublished(printed: string, context: PeriodContext): string {
  if (context.published) return context.published;
  throw new PeriodError(`"${printed}" runs up to the date of publication, which the source does not give; state the end date`);
}

/**
 * Parses a period as printed. Returns null when the wording is not one this
 * parser knows; the caller then needs explicit dates.
 */
export function parsePeriod(printed: string, context: PeriodContext = {}): Period | null {
  const text = printed
    .trim()
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/^(?:trong|riêng|chỉ riêng|qua)\s+/u, '');
  const YEAR = String.raw`(?:năm\s+)?(\d{4})`;
  let m: RegExpExecArray | null;

  // "năm 2021", "2021", "cả năm 2021"
  if ((m = /^(?:cả\s+)?năm\s+(\d{4})$|^(\d{4})$/u.exec(text))) {
    const y = Number(m[1] ?? m[2]);
    return { kind: 'year', start: iso(y, 1, 1), end: iso(y, 12, 31) };
  }

  // "6 tháng đầu năm 2022", "9 tháng năm 2022", "9 tháng", "10 tháng đầu năm"
  if ((m = /^(\d{1,2}) tháng(?: đầu)?(?: năm)?(?:\s+(\d{4}))?$/u.exec(text))) {
    const n = Number(m[1]);
    if (n < 1 || n > 12) throw new PeriodError(`"${printed}" names ${n} months`);
    const y = needYear(printed, m[2], context);
    return n === 12 ? { kind: 'year', start: iso(y, 1, 1), end: iso(y, 12, 31) } : { kind: 'months', start: iso(y, 1, 1), end: endOfMonth(y, n) };
  }

  // "6 tháng cuối năm 2022"
  if ((m = /^(\d{1,2}) tháng cuối(?: năm)?(?:\s+(\d{4}))?$/u.exec(text))) {
    const n = Number(m[1]);
    const y = needYear(printed, m[2], context);
    return { kind: 'months', start: iso(y, 13 - n, 1), end: iso(y, 12, 31) };
  }

  // "quý I/2023", "quý II-2023", "quý 3 năm 2023"
  if ((m = /^quý (iv|iii|ii|i|[1-4])(?:\s*[/-]\s*|\s+năm\s+|\s+)?(\d{4})?$/u.exec(text))) {
    const q = ROMAN[m[1]];
    const y = needYear(printed, m[2], context);
    return { kind: 'months', start: iso(y, q * 3 - 2, 1), end: endOfMonth(y, q * 3) };
  }

  // "tháng 6/2022", "tháng 6 năm 2022"
  if ((m = /^tháng (\d{1,2})(?:\s*\/\s*|\s+năm\s+)(\d{4})$/u.exec(text))) {
    const [mo, y] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) throw new PeriodError(`"${printed}" names month ${mo}`);
    return { kind: 'months', start: iso(y, mo, 1), end: endOfMonth(y, mo) };
  }

  // "giai đoạn 2019-2021", "2016 - 2020", "từ năm 2016 đến năm 2020"
  if ((m = new RegExp(`^(?:giai đoạn |thời kỳ |từ )?${YEAR}\\s*(?:-|–|đến|tới)\\s*${YEAR}$`, 'u').exec(text))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (b <= a) throw new PeriodError(`"${printed}" ends before it starts`);
    return { kind: 'multi_year', start: iso(a, 1, 1), end: iso(b, 12, 31) };
  }

  // "từ năm 2010 đến nay"
  if ((m = new RegExp(`^từ ${YEAR} (?:đến|tới) nay$`, 'u').exec(text))) {
    return { kind: 'multi_year', start: iso(Number(m[1]), 1, 1), end: needPublished(printed, context) };
  }

  // "từ đầu năm đến nay", "từ đầu năm 2023 đến nay"
  if ((m = /^từ đầu năm(?: (\d{4}))? (?:đến|tới) nay$/u.exec(text))) {
    const end = needPublished(printed, context);
    const y = m[1] ? Number(m[1]) : Number(end.slice(0, 4));
    return { kind: 'months', start: iso(y, 1, 1), end };
  }

  // "tính đến 15/9/2022", "đến ngày 15/9/2022", "ngày 15/9/2022"
  if ((m = /^(?:tính )?(?:đến|tới)?\s*(?:hết )?(?:ngày )?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$/u.exec(text))) {
    return { kind: 'as_of', start: null, end: parseVietnameseDate(m[1]) };
  }

  // "tính đến tháng 6/2023", "đến hết tháng 10/2022"
  if ((m = /^(?:tính )?(?:đến|tới) (?:hết )?tháng (\d{1,2})\s*\/\s*(\d{4})$/u.exec(text))) {
    const [mo, y] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) throw new PeriodError(`"${printed}" names month ${mo}`);
    return { kind: 'as_of', start: null, end: endOfMonth(y, mo) };
  }

  // "cuối năm 2020", "tính đến cuối năm 2020", "đến hết năm 2020"
  if ((m = /^(?:tính )?(?:(?:đến|tới) )?(?:cuối|hết) năm (\d{4})$/u.exec(text))) {
    return { kind: 'as_of', start: null, end: iso(Number(m[1]), 12, 31) };
  }

  // "hiện nay", "hiện có", "hiện tại": a stock at the time of writing.
  if (/^(?:hiện nay|hiện có|hiện tại|hiện|đến nay|tính đến nay)$/u.test(text)) {
    return { kind: 'as_of', start: null, end: needPublished(printed, context) };
  }

  return null;
}

/** Whether period `inner` lies within period `outer` (both with dates). */
export function periodWithin(inner: Period, outer: Period): boolean {
  if (!inner.end || !outer.end || !outer.start) return false;
  const innerStart = inner.start ?? inner.end;
  return innerStart >= outer.start && inner.end <= outer.end;
}
