// Checks a sentence from an article against the published figures: for each
// number it prints, the figures that say the same (same value, and the place
// and year it names, if it names them), the figures of the same place, measure
// and year that say something else, or that nothing has been published for
// that place and year. The measure is taken from a figure that matches, or
// else from the sentence's words, compared with each candidate figure's excerpt
// and measure label (words weighted by how rare they are among all figures).
//
// Pure: the search page runs it in the browser over /search/check.json
// (src/lib/search/check-data.ts), the tests in Node over the same data.

import type { CheckData, CheckFigure, CheckPlace } from './check-data.ts';
import { foldedWords } from './fold.ts';
import { placeIndex, readSentence, type NamedPlace, type PlaceIndex, type ReadNumber, type ReadSentence, type Reading } from './sentence.ts';

/**
 * Nothing published: for a place and year (none at all, or none of the measure the sentence speaks
 * of), or no figure with this number (for the places and years named, if any).
 */
export interface NoneAnswer {
  /** The place named, or null when the sentence names none (or the answer is about the number). */
  place: CheckPlace | null;
  year: number | null;
  /** Set when the place and year have figures, but none of this measure. */
  measure: string | null;
  /** True when the answer is that no figure equals the number (the place and year may have others). */
  aboutNumber: boolean;
  /** How many other figures there are for the place (and year): the place's page lists them. */
  others: number;
}

export interface NumberCheck {
  number: ReadNumber;
  /** Published figures with this number (at the place and in the year named, when named). */
  same: CheckFigure[];
  /** Published figures of the same place, measure and year with another number. */
  different: CheckFigure[];
  /** Nothing published there and then (or with this number). */
  none: NoneAnswer[];
  /** The measures the sentence is taken to speak of. */
  measures: string[];
}

export interface CheckResult {
  read: ReadSentence;
  numbers: NumberCheck[];
}

/** A sentence's words must share at least this much rarity with a figure's excerpt to say it counts the same thing. */
const MIN_MEASURE_SCORE = 2.5;
/** Measures scoring within this share of the best are kept too. */
const NEAR_BEST = 0.6;

const near = (a: number, b: number | null) => b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

export function valueMatches(f: CheckFigure, readings: Reading[]): boolean {
  return readings.some((r) =>
    r.valueHigh !== null ? near(r.value, f.value) && near(r.valueHigh, f.value_high) : near(r.value, f.value) || near(r.value, f.value_high),
  );
}

/** Whether a figure's unit can be what the sentence counts: a % is only a %, money only money, people people or person-times. */
export function unitFits(hint: ReadNumber['unitHint'], unit: string): boolean {
  switch (hint) {
    case null:
      return true;
    case 'percent':
      return unit === 'percent';
    case 'vnd':
      return unit === 'vnd';
    default:
      return unit === 'persons' || unit === 'person_times';
  }
}

function terms(words: string[]): string[] {
  const bigrams = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  return [...new Set([...words, ...bigrams])];
}

export class Checker {
  readonly placeById: Map<string, CheckPlace>;
  private readonly places: PlaceIndex;
  private readonly figuresByPlace = new Map<string, CheckFigure[]>();
  private readonly figureTerms = new Map<string, Set<string>>();
  private readonly idf = new Map<string, number>();

  readonly data: CheckData;

  constructor(data: CheckData) {
    this.data = data;
    this.placeById = new Map(data.places.map((p) => [p.id, p]));
    this.places = placeIndex(data.places.map((p) => ({ id: p.id, names: [p.vi, p.en, ...p.aliases] })));
    for (const f of data.figures) {
      const place = this.placeById.get(f.place);
      for (const id of [f.place, ...(place?.within ?? [])]) {
        const list = this.figuresByPlace.get(id);
        if (list) list.push(f);
        else this.figuresByPlace.set(id, [f]);
      }
      const measure = data.measures[f.measure];
      const text = [f.locator, measure?.vi, measure?.en, f.subgroup_vi, f.subgroup_en].filter(Boolean).join(' ');
      this.figureTerms.set(f.id, new Set(terms(foldedWords(text).filter((w) => !/^\d+$/u.test(w)))));
    }
    const df = new Map<string, number>();
    for (const set of this.figureTerms.values()) for (const term of set) df.set(term, (df.get(term) ?? 0) + 1);
    for (const [term, n] of df) this.idf.set(term, Math.log(data.figures.length / n));
  }

  /** How much of what the sentence says is counted a figure's excerpt and measure say too. */
  score(words: string[], f: CheckFigure): number {
    const own = this.figureTerms.get(f.id);
    if (!own) return 0;
    let sum = 0;
    for (const term of terms(words)) if (own.has(term)) sum += this.idf.get(term) ?? 0;
    return sum;
  }

  /** Figures of these places, or (with `within`) of places inside them. */
  figuresAt(placeIds: string[], within: boolean): CheckFigure[] {
    const list = new Set<CheckFigure>();
    for (const id of placeIds) for (const f of this.figuresByPlace.get(id) ?? []) if (within || f.place === id) list.add(f);
    return [...list];
  }

  check(text: string): CheckResult {
    const read = readSentence(text, this.places);
    return { read, numbers: read.numbers.map((n) => this.checkNumber(n)) };
  }

  /** One number, with the places, years and words of its clause (sentence.ts). */
  private checkNumber(number: ReadNumber): NumberCheck {
    const { places, years, words } = number.context;
    const placeIds = places.map((p) => p.id);
    const inYear = (f: CheckFigure) => years.length === 0 || (f.year !== null && years.includes(f.year));
    const fits = (f: CheckFigure) => unitFits(number.unitHint, f.unit);
    const pool = placeIds.length ? this.figuresAt(placeIds, true) : this.data.figures;
    const byScore = (list: CheckFigure[]) =>
      list
        .map((f) => ({ f, s: this.score(words, f) + (placeIds.includes(f.place) ? 0.01 : 0) }))
        .sort((a, b) => b.s - a.s)
        .map((x) => x.f);

    const same = byScore(pool.filter((f) => valueMatches(f, number.readings) && inYear(f) && fits(f)));

    let measures: string[] = [];
    let different: CheckFigure[] = [];
    if (same.length) {
      // Other figures for the same place, measure, subgroup, basis and year as a match, with another number.
      measures = [...new Set(same.map((f) => f.measure))];
      const key = (f: CheckFigure) => `${f.place}|${f.measure}|${f.subgroup_en}|${f.basis}|${f.year}|${f.unit}`;
      const keys = new Set(same.map(key));
      different = this.data.figures.filter((f) => keys.has(key(f)) && !valueMatches(f, number.readings));
    } else if (placeIds.length && years.length) {
      const candidates = this.figuresAt(placeIds, false).filter((f) => inYear(f) && fits(f));
      const scored = candidates.map((f) => ({ f, s: this.score(words, f) })).sort((a, b) => b.s - a.s);
      const best = scored[0]?.s ?? 0;
      if (best >= MIN_MEASURE_SCORE) {
        measures = [...new Set(scored.filter((x) => x.s >= best * NEAR_BEST).map((x) => x.f.measure))];
        different = scored.filter((x) => measures.includes(x.f.measure)).map((x) => x.f);
      } else {
        measures = this.measuresNamed(words);
      }
    }

    const none: NoneAnswer[] = [];
    if (!same.length && !different.length) {
      if (placeIds.length && years.length) {
        for (const group of this.placeGroups(places)) {
          for (const year of years) {
            const there = this.figuresAt(group, true).filter((f) => f.year === year);
            const place = this.placeForYear(group, year);
            if (!there.length) none.push({ place, year, measure: null, aboutNumber: false, others: 0 });
            else if (measures.length && !there.some((f) => measures.includes(f.measure)))
              none.push({ place, year, measure: measures[0], aboutNumber: false, others: there.length });
            else none.push({ place, year, measure: null, aboutNumber: true, others: there.length });
          }
        }
      } else if (placeIds.length) {
        for (const group of this.placeGroups(places)) {
          const place = this.placeForYear(group, years[0] ?? null);
          none.push({ place, year: null, measure: null, aboutNumber: true, others: this.figuresAt(group, true).filter(inYear).length });
        }
      } else none.push({ place: null, year: null, measure: null, aboutNumber: true, others: 0 });
    }
    return { number, same, different, none, measures };
  }

  /**
   * Measures whose label the sentence's words recall, when no figure is there to compare with: at least
   * half of the label's weight (its words, weighted by rarity) must be in the sentence.
   */
  private measuresNamed(words: string[]): string[] {
    const sentence = new Set(words);
    const covered = (label: string) => {
      const own = [...new Set(foldedWords(label))];
      const total = own.reduce((sum, w) => sum + (this.idf.get(w) ?? 0), 0);
      const found = own.filter((w) => sentence.has(w)).reduce((sum, w) => sum + (this.idf.get(w) ?? 0), 0);
      return total > 0 ? found / total : 0;
    };
    const scored = Object.entries(this.data.measures)
      .map(([id, m]) => ({ id, s: Math.max(covered(m.vi), covered(m.en)) }))
      .filter((x) => x.s >= 0.5)
      .sort((a, b) => b.s - a.s);
    return scored.length ? scored.filter((x) => x.s >= scored[0].s * 0.9).map((x) => x.id) : [];
  }

  /** The places named, grouped by the words that name them ("Quảng Ninh" is a province of both systems). */
  private placeGroups(places: NamedPlace[]): string[][] {
    const groups = new Map<number, string[]>();
    for (const p of places) groups.set(p.index, [...(groups.get(p.index) ?? []), p.id]);
    return [...groups.values()];
  }

  /** Of places sharing a name, the one in force that year: the 63 provinces until 2025, the 34 after. */
  private placeForYear(group: string[], year: number | null): CheckPlace {
    const places = group.map((id) => this.placeById.get(id)!).filter(Boolean);
    const preferNew = year !== null && year > 2025;
    return places.find((p) => (p.level === 'province_2025') === preferNew) ?? places[0];
  }
}
