// The presentation vocabulary (src/lib/format.ts) in both languages: every
// qualifier's sign and words, ranges, bounds, periods (never "2021–2022" for
// six months), partial labels that say why, and the descriptions built on them.

import { describe, expect, it } from 'vitest';
import { describeRanking, describeSeries, describeSpan } from '../../src/lib/charts/describe.ts';
import {
  boundOf,
  formatList,
  formatNumber,
  formatPercent,
  formatValue,
  formatValueInWords,
  partialLabel,
  periodLabel,
  periodWithPartial,
  quotedParts,
  statedOrNot,
  termLabel,
} from '../../src/lib/format.ts';
import { QUALIFIER_IDS } from '../../src/lib/schema/vocabulary.ts';

describe('numbers', () => {
  it('are written the way each language writes them', () => {
    expect(formatNumber(1661, 'vi')).toBe('1.661');
    expect(formatNumber(1661, 'en')).toBe('1,661');
    expect(formatPercent(96.3, 'vi')).toBe('96,3%');
    expect(formatPercent(96.3, 'en')).toBe('96.3%');
  });
});

describe('qualifiers', () => {
  const signs = {
    exact: '1.661',
    about: '≈1.661',
    nearly: '≈1.661',
    more_than: '>1.661',
    at_least: '≥1.661',
    less_than: '<1.661',
    at_most: '≤1.661',
    range: '1.661',
  };
  for (const q of QUALIFIER_IDS) {
    it(`${q}: sign "${signs[q]}", words in both languages, bound ${String(boundOf(q))}`, () => {
      expect(formatValue({ value: 1661, unit: 'persons', qualifier: q }, 'vi')).toBe(signs[q]);
      const vi = formatValueInWords({ value: 1661, unit: 'persons', qualifier: q }, 'vi');
      const en = formatValueInWords({ value: 1661, unit: 'persons', qualifier: q }, 'en');
      expect(vi.endsWith('1.661 người')).toBe(true);
      expect(en.endsWith('1,661 persons')).toBe(true);
      if (q !== 'exact' && q !== 'range') {
        expect(vi.startsWith(termLabel('qualifier', q, 'vi'))).toBe(true);
        expect(en.startsWith(termLabel('qualifier', q, 'en'))).toBe(true);
      }
    });
  }
  it('a bound is never shown as the number: a "less than" rate keeps its sign', () => {
    expect(formatValue({ value: 152.4, unit: 'rate', qualifier: 'less_than' }, 'vi')).toBe('<152,4');
    expect(boundOf('more_than')).toBe('lower');
    expect(boundOf('at_most')).toBe('upper');
  });
  it('a range shows both ends, in percent too', () => {
    expect(formatValue({ value: 1500, value_high: 1700, unit: 'persons', qualifier: 'range' }, 'vi')).toBe('1.500–1.700');
    expect(formatValue({ value: 98, value_high: 100, unit: 'percent', qualifier: 'range' }, 'en')).toBe('98%–100%');
    expect(formatValueInWords({ value: 250, value_high: 300, unit: 'person_times', qualifier: 'range' }, 'vi')).toBe('250–300 lượt người');
  });
});

describe('periods', () => {
  const row = (period_kind: string, period_start: string | null, period_end: string | null, extra = {}) => ({
    period_kind,
    period_start,
    period_end,
    year: period_end ? Number(period_end.slice(0, 4)) : 2020,
    ...extra,
  });
  it('name a year, months, a range within a year, and several years', () => {
    expect(periodLabel(row('year', '2021-01-01', '2021-12-31'), 'vi')).toBe('2021');
    expect(periodLabel(row('months', '2022-01-01', '2022-09-30'), 'vi')).toBe('9 tháng 2022');
    expect(periodLabel(row('months', '2022-01-01', '2022-09-30'), 'en')).toBe('9 mo. 2022');
    expect(periodLabel(row('months', '2022-04-01', '2022-06-30'), 'vi')).toBe('04–06/2022');
    expect(periodLabel(row('multi_year', '2016-01-01', '2020-12-31'), 'en')).toBe('2016–2020');
  });
  it('never call six months across two years "2021–2022"', () => {
    expect(periodLabel(row('date_range', '2021-10-01', '2022-03-31'), 'vi')).toBe('10/2021–03/2022');
  });
  it('date a stock, and say when only the publication date is known', () => {
    expect(periodLabel(row('as_of', null, '2022-09-15'), 'vi')).toBe('09/2022');
    expect(periodLabel(row('unstated', null, null), 'vi')).toBe('đăng 2020');
    expect(periodLabel(row('unstated', null, null), 'en')).toBe('publ. 2020');
  });
  it('say why a period is partial, never contradicting its label', () => {
    expect(periodWithPartial(row('months', '2022-01-01', '2022-06-30', { partial: true, period_open_at_publication: false }), 'vi')).toBe(
      '6 tháng 2022 (một phần năm)',
    );
    expect(periodWithPartial(row('months', '2020-01-01', '2020-12-31', { partial: true, period_open_at_publication: true }), 'vi')).toBe(
      '12 tháng 2020 (kỳ chưa kết thúc khi đăng)',
    );
    expect(partialLabel(row('year', '2021-01-01', '2021-12-31', { partial: false }), 'en')).toBeNull();
  });
});

describe('words', () => {
  it('vocabulary terms in each language, and an unknown id is an error, never shown', () => {
    expect(termLabel('unit', 'person_times', 'vi')).toBe('lượt người');
    expect(termLabel('claim', 'second_hand', 'en')).toBe('second-hand');
    expect(() => termLabel('unit', 'no_such_unit' as never, 'vi')).toThrow(/not a term/u);
  });
  it('"not stated" reads in the page’s language', () => {
    expect(statedOrNot({ vi: 'không nêu', en: 'not stated' }, 'vi')).toBe('nguồn không nêu');
    expect(statedOrNot({ vi: 'người sau cai', en: 'people after rehab' }, 'en')).toBe('people after rehab');
  });
  it('lists with the language’s own conjunction', () => {
    expect(formatList(['A', 'B', 'C'], 'vi')).toBe('A, B và C');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
  });
  it('mark quotations with the source’s language', () => {
    expect(quotedParts('Share "relapse into bad habits" in 2013.', 'en')).toEqual([
      { text: 'Share ' },
      { text: '"relapse into bad habits"', lang: 'en' },
      { text: ' in 2013.' },
    ]);
  });
});

describe('chart descriptions', () => {
  const r = (value: number, qualifier: string, label: string) => ({ value, value_high: null, unit: 'persons', qualifier, label });
  const rows = [r(674, 'exact', 'Quảng Ninh'), r(1500, 'more_than', 'Hà Nội'), r(120, 'less_than', 'Bắc Kạn')];
  it('rank in both languages with the qualifier kept', () => {
    expect(
      describeRanking(
        rows,
        (x) => x.label,
        () => '2021',
        'vi',
      ),
    ).toBe('Cao nhất: Hà Nội, >1.500 (2021). Thấp nhất: Bắc Kạn, <120 (2021).');
    expect(
      describeRanking(
        rows,
        (x) => x.label,
        () => '2021',
        'en',
      ),
    ).toBe('Highest: Hà Nội, >1,500 (2021). Lowest: Bắc Kạn, <120 (2021).');
  });
  it('describe a series and a span in both languages', () => {
    const series = [r(100, 'exact', 'a'), r(150, 'about', 'b')];
    expect(
      describeSeries(
        series,
        (x) => x.label,
        (x) => x.value,
        'vi',
      ),
    ).toContain('Con số cuối (b) cao hơn con số đầu (a)');
    expect(
      describeSeries(
        series,
        (x) => x.label,
        (x) => x.value,
        'en',
      ),
    ).toContain('The last (b) is higher than the first (a)');
    expect(
      describeSpan(
        [
          { place_id: 'p', year: 2019 },
          { place_id: 'q', year: 2021 },
        ],
        'vi',
      ),
    ).toBe('2 con số của 2 địa bàn, 2019–2021.');
  });
});
