// The dictionaries: one way to fill a placeholder, and every string of every
// dictionary present and filled in both languages (a missing key is already a
// type error; an empty or untranslated one is not).

import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill.ts';
import { chartStrings, chartText } from '../../src/i18n/strings/charts.ts';
import { t } from '../../src/i18n/ui.ts';
import { inLocale } from '../../src/lib/format.ts';

describe('fill', () => {
  it('replaces each {name} with its value and leaves an unknown one as written', () => {
    expect(fill('{n} trên {total} tỉnh', { n: 3, total: 63 })).toBe('3 trên 63 tỉnh');
    expect(fill('{n} of {missing}', { n: 0 })).toBe('0 of {missing}');
    expect(fill('{a}{a}', { a: 'x' })).toBe('xx');
  });
});

describe('the chart dictionary', () => {
  it('has every key in both languages, none empty, and the same placeholders in each', () => {
    const keys = Object.keys(chartStrings.vi) as Array<keyof typeof chartStrings.vi>;
    expect(Object.keys(chartStrings.en).sort()).toEqual([...keys].sort());
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
    for (const key of keys) {
      expect(chartStrings.vi[key].trim(), key).not.toBe('');
      expect(chartStrings.en[key].trim(), key).not.toBe('');
      expect(placeholders(chartStrings.en[key]), key).toEqual(placeholders(chartStrings.vi[key]));
    }
  });

  it('is reachable through the site-wide t() as well as its own chartText()', () => {
    expect(t('vi', 'chart.target')).toBe(chartText('vi', 'chart.target'));
    expect(chartText('en', 'chart.rank', { rank: 2, of: 40 })).toBe('2 of 40 provinces with a figure');
    expect(chartText('vi', 'chart.rank', { rank: 2, of: 40 })).toBe('thứ 2 trên 40 tỉnh có số liệu');
  });
});

describe('inLocale', () => {
  it("picks a bilingual column's twin in the page's language, keeping its null", () => {
    const row = { name_vi: 'Hà Nội', name_en: 'Ha Noi', note_vi: null, note_en: 'a note' };
    expect(inLocale(row, 'name', 'vi')).toBe('Hà Nội');
    expect(inLocale(row, 'name', 'en')).toBe('Ha Noi');
    expect(inLocale(row, 'note', 'vi')).toBeNull();
  });
});
