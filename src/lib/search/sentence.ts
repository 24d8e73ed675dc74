// Reads a sentence pasted from an article ("Quảng Ninh tiếp nhận 674 lượt người
// năm 2021") the way the check-a-number box needs it: the numbers it prints
// (with the parser the data build uses, src/lib/parse/printed-number.ts, in
// the Vietnamese and the English way of writing them), the places it names
// (with or without diacritics) and the years it speaks of. Dates ("6/2021",
// "29/01/2024"), year spans ("2016–2020") and document numbers ("146/KH-UBND")
// are recognised first so that their digits are never read as figures.
//
// Pure and synchronous: the search page runs it in the browser, the tests in Node.

import { parsePrintedNumber, PrintedNumberError, type NumberLocale, type PrintedNumber } from '../parse/printed-number.ts';
import type { Qualifier } from '../schema/vocabulary.ts';
import { fold, foldedWords } from './fold.ts';

export interface Reading {
  locale: NumberLocale;
  value: number;
  valueHigh: number | null;
}

export interface ReadNumber {
  /** The number as the sentence prints it, with its qualifier and the words that give its unit ("hơn 1.500 người"). */
  text: string;
  /** The numeral alone ("1.482", "96,3"), or both ends of a range. */
  numeral: string;
  /** What it may stand for: one reading, or two when Vietnamese and English separators read differently ("1.482": 1482 or 1.482). */
  readings: Reading[];
  qualifier: Qualifier;
  unitHint: PrintedNumber['unitHint'];
  /** Where it starts in the sentence. */
  index: number;
  /**
   * The places, years and words it goes with: those of its clause (the text between semicolons or full
   * stops), or of the whole text where its clause names no place (no year, no word).
   */
  context: { places: NamedPlace[]; years: number[]; words: string[] };
}

export interface NamedPlace {
  id: string;
  /** The words of the sentence that name it. */
  matched: string;
  index: number;
}

export interface ReadSentence {
  numbers: ReadNumber[];
  places: NamedPlace[];
  years: number[];
  /** The sentence's other words, folded (no numbers, places or dates): what it says is counted. */
  words: string[];
}

/** A place the reader can recognise: its id and every name it goes by. */
export interface PlaceNames {
  id: string;
  names: string[];
}

const QUALIFIER_WORDS =
  'hơn|trên|vượt|gần|khoảng|chừng|xấp xỉ|ước|ít nhất|tối thiểu|tối đa|không quá|dưới|chưa đến|chưa tới|more than|over|nearly|almost|about|around|approximately|at least|at most|up to|less than|under|fewer than';
const NUMERAL = String.raw`\d+(?:[.,]\d+)*`;
const RANGE_JOIN = String.raw`\s*(?:-|–|—|đến|tới|to)\s*`;
/** A number and what may belong to it: a qualifier before, a range's other end after. */
const NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?:(${QUALIFIER_WORDS})\s+)?(?:từ\s+)?(${NUMERAL})(?:(${RANGE_JOIN})(${NUMERAL}))?(?![\p{N}])`, 'giu');
/** Words after which a number is part of a date or a duration, not a figure. */
const DATE_WORD_BEFORE = /(?:ngày|tháng|quý|đợt|khóa|lần|day|month|quarter|phase)\s*$/iu;
const DURATION_AFTER = /^\s*(?:tháng|năm|ngày|tuần|quý|months?|years?|days?|weeks?|quarters?)(?![\p{L}])/iu;
/** A unit or % after a four-digit number makes it a count ("2000 người"), not a year. */
const COUNT_AFTER =
  /^\s*(?:%|phần trăm|người|lượt|học viên|hv|bệnh nhân|cơ sở|xã|vụ|đối tượng|đồng|triệu|tỷ|nghìn|ngàn|persons?|people|patients?|cases?|percent|per cent)/iu;

const YEAR_MIN = 1950;
const YEAR_MAX = 2049;
const isYear = (n: number) => Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX;

/** Spans of the sentence read as something other than figures, and the years they give. */
interface Span {
  start: number;
  end: number;
}

function masked(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

interface YearAt {
  year: number;
  index: number;
}

/** Dates, year spans and document numbers: their years, and where they are. */
function readDates(text: string): { spans: Span[]; years: YearAt[] } {
  const spans: Span[] = [];
  const years: YearAt[] = [];
  const patterns: Array<[RegExp, (m: RegExpExecArray) => number[]]> = [
    // Document numbers: "146/KH-UBND", "05/2021/NQ-HĐND", "23/CT-TTg".
    [/(?<![\p{L}\p{N}])\d+(?:\/\d{4})?\/\p{Lu}[\p{L}\p{N}.-]*/gu, () => []],
    // Day/month/year and month/year: "29/01/2024", "16.1.2025", "6/2021", "06-2022".
    [/(?<![\p{N}.,/])(?:\d{1,2}[/.-])?\d{1,2}[/.-](\d{4})(?![\p{N}])/gu, (m) => [Number(m[1])]],
    // Year spans: "2016-2020", "2016 – 2020", "2021–2025".
    [/(?<![\p{N}.,/])(\d{4})\s*[-–—]\s*(\d{4})(?![\p{N}])/gu, (m) => [Number(m[1]), Number(m[2])]],
  ];
  for (const [re, yearsOf] of patterns) {
    for (const m of text.matchAll(re)) {
      const found = yearsOf(m as RegExpExecArray);
      if (found.length && !found.every(isYear)) continue;
      if (masked(spans, m.index, m.index + m[0].length)) continue;
      spans.push({ start: m.index, end: m.index + m[0].length });
      years.push(...found.map((year) => ({ year, index: m.index })));
    }
  }
  return { spans, years };
}

/** The places' names as folded words, by their first word: built once, then each sentence is read in one pass over its words. */
export interface PlaceIndex {
  byFirstWord: Map<string, Array<{ id: string; words: string[] }>>;
}

export function placeIndex(places: PlaceNames[]): PlaceIndex {
  const byFirstWord = new Map<string, Array<{ id: string; words: string[] }>>();
  for (const place of places) {
    const seen = new Set<string>();
    for (const name of place.names) {
      const words = foldedWords(name);
      const key = words.join(' ');
      if (!words.length || key.length < 2 || seen.has(key)) continue;
      seen.add(key);
      const list = byFirstWord.get(words[0]);
      if (list) list.push({ id: place.id, words });
      else byFirstWord.set(words[0], [{ id: place.id, words }]);
    }
  }
  return { byFirstWord };
}

/**
 * Places named in the sentence, word for word once folded (so "quang ninh" and "Quảng Ninh", "TP.HCM" and
 * "TP HCM" are alike); the longest name wins a stretch of words, and a stretch names every place of that name.
 */
function readPlaces(text: string, index: PlaceIndex): { found: NamedPlace[]; every: NamedPlace[]; spans: Span[] } {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ folded: fold(m[0]), start: m.index, end: m.index + m[0].length }));
  const candidates: Array<{ id: string; start: number; end: number; length: number }> = [];
  words.forEach((word, i) => {
    for (const name of index.byFirstWord.get(word.folded) ?? []) {
      if (name.words.every((w, k) => words[i + k]?.folded === w)) {
        const last = words[i + name.words.length - 1];
        candidates.push({ id: name.id, start: word.start, end: last.end, length: name.words.length });
      }
    }
  });
  candidates.sort((a, b) => b.length - a.length || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Span[] = [];
  const every: NamedPlace[] = [];
  for (const c of candidates) {
    const same = taken.find((s) => s.start === c.start && s.end === c.end);
    if (!same && masked(taken, c.start, c.end)) continue;
    if (!same) taken.push({ start: c.start, end: c.end });
    every.push({ id: c.id, matched: text.slice(c.start, c.end), index: c.start });
  }
  every.sort((a, b) => a.index - b.index);
  const found = every.filter((p, i) => every.findIndex((q) => q.id === p.id) === i);
  return { found, every, spans: taken };
}

/** What follows a number, up to `count` words, stopping where the phrase ends: "% chỉ tiêu", " lượt người năm". */
function wordsAfter(text: string, at: number, count: number): string {
  const rest = text.slice(at);
  const stop = rest.search(/[;:!?()[\]“”"/]|[.,](?!\d)/u);
  const phrase = stop >= 0 ? rest.slice(0, stop) : rest;
  // Words, not numbers: "700 người năm 2019" ends before the year.
  return new RegExp(`^\\s*(?:[^\\s\\d]\\S*\\s*){0,${count}}`, 'u').exec(phrase)?.[0].trimEnd() ?? '';
}

function readingsOf(printed: string, numeral: string): { readings: Reading[]; qualifier: Qualifier; unitHint: PrintedNumber['unitHint'] } {
  const readings: Reading[] = [];
  let qualifier: Qualifier = 'exact';
  let unitHint: PrintedNumber['unitHint'] = null;
  for (const locale of ['vi', 'en'] as const) {
    let parsed: PrintedNumber | null = null;
    for (const candidate of [printed, numeral]) {
      try {
        parsed = parsePrintedNumber(candidate, locale);
        break;
      } catch (e) {
        if (!(e instanceof PrintedNumberError)) throw e;
      }
    }
    if (!parsed) continue;
    if (!readings.some((r) => r.value === parsed.value && r.valueHigh === parsed.valueHigh))
      readings.push({ locale, value: parsed.value, valueHigh: parsed.valueHigh });
    if (readings.length === 1) {
      qualifier = parsed.qualifier;
      unitHint = parsed.unitHint;
    }
  }
  return { readings, qualifier, unitHint };
}

/** The words after a number that say what it counts, kept with it when it is shown: "%", "lượt người", "triệu đồng". */
const UNIT_WORDS =
  /^(?:\s*%|\s+(?:(?:nghìn|ngàn|triệu|tỷ|tỉ|nghin|ngan|trieu|ty)\s+)?(?:đồng|dong|vnđ|vnd)|\s+(?:nghìn|ngàn|triệu|tỷ|tỉ|thousand|million|billion)|\s+(?:lượt người|luot nguoi|lượt|luot|người|nguoi|học viên|hoc vien|bệnh nhân|benh nhan|persons?|people|person-times|percent|per cent|phần trăm|phan tram))(?![\p{L}])/iu;

/** The unit words of an unaccented sentence ("674 luot nguoi"), which the build's parser, reading sources, never meets. */
function foldedUnitHint(after: string): PrintedNumber['unitHint'] {
  const rest = fold(after).trimStart();
  if (/^(?:%|phan tram|percent|per cent)/u.test(rest)) return 'percent';
  if (/^luot\b/u.test(rest)) return 'person_times';
  if (/^(?:(?:trieu|ty|nghin|ngan)\s+)?dong\b/u.test(rest)) return 'vnd';
  if (/^(?:nguoi|persons?|people)\b/u.test(rest)) return 'persons';
  return null;
}

/** True when the text is probably English (words, none with a Vietnamese letter): its numbers are then read the English way first. */
const looksEnglish = (text: string) => /\p{L}{2,}/u.test(text) && !/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu.test(text);

/** Where each clause of the text starts and ends: semicolons, full stops (not inside a number or a name) and line ends. */
function clausesOf(text: string): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[;!?\n]|\.(?=\s|$)/gu)) {
    clauses.push({ start, end: m.index });
    start = m.index + 1;
  }
  clauses.push({ start, end: text.length });
  return clauses;
}

export function readSentence(input: string, places: PlaceNames[] | PlaceIndex): ReadSentence {
  const text = input
    .normalize('NFC')
    .replace(/[^\S\n]+/gu, ' ')
    .trim();
  const dates = readDates(text);
  const named = readPlaces(text, Array.isArray(places) ? placeIndex(places) : places);
  const spans = [...dates.spans, ...named.spans];
  const years: YearAt[] = [...dates.years];
  const found: Array<Omit<ReadNumber, 'context'>> = [];
  const numberSpans: Span[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (masked(spans, start, end)) continue;
    const [, qualifierWord, low, join, high] = m;
    const after = text.slice(end);
    const before = text.slice(0, start);
    if (DATE_WORD_BEFORE.test(before) || DURATION_AFTER.test(after)) {
      numberSpans.push({ start, end });
      continue;
    }
    // A bare four-digit year ("năm 2021", "in 2021"), unless a unit follows it or a qualifier precedes it.
    if (!high && !qualifierWord && /^\d{4}$/u.test(low) && isYear(Number(low)) && !COUNT_AFTER.test(after)) {
      years.push({ year: Number(low), index: start });
      numberSpans.push({ start, end });
      continue;
    }
    const numeral = high ? `${low}${join}${high}` : low;
    const read = readingsOf(`${m[0]}${wordsAfter(text, end, 2)}`, numeral);
    const { readings, qualifier } = read;
    if (!readings.length) continue;
    const unitHint = read.unitHint ?? foldedUnitHint(after);
    if (looksEnglish(text) && readings.length > 1) readings.reverse();
    found.push({ text: `${m[0]}${UNIT_WORDS.exec(after)?.[0] ?? ''}`, numeral, readings, qualifier, unitHint, index: start });
    numberSpans.push({ start, end });
  }
  // The text without its numbers, dates and places, the same length, so that a clause's words can be taken by position.
  const rest = [...spans, ...numberSpans].reduce((t, s) => `${t.slice(0, s.start)}${' '.repeat(s.end - s.start)}${t.slice(s.end)}`, text);
  const wordsIn = (span: Span) => foldedWords(rest.slice(span.start, span.end)).filter((w) => !/^\d+$/u.test(w));
  const whole = { start: 0, end: text.length };
  const allYears = [...new Set(years.map((y) => y.year))].sort((a, b) => a - b);
  const clauses = clausesOf(text);
  const numbers: ReadNumber[] = found.map((n) => {
    const clause = clauses.find((c) => n.index >= c.start && n.index < c.end) ?? whole;
    const inClause = (index: number) => index >= clause.start && index < clause.end;
    const placesHere = named.every.filter((p) => inClause(p.index));
    const yearsHere = years.filter((y) => inClause(y.index)).map((y) => y.year);
    const wordsHere = wordsIn(clause);
    return {
      ...n,
      context: {
        places: (placesHere.length ? placesHere : named.every).filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i),
        years: [...new Set(yearsHere.length ? yearsHere : allYears)].sort((a, b) => a - b),
        words: wordsHere.length ? wordsHere : wordsIn(whole),
      },
    };
  });
  return { numbers, places: named.found, years: allYears, words: wordsIn(whole) };
}
