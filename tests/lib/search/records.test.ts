// What the search indexes and what the check-a-number box reads, built from
// the real data (built into a temporary folder): a record for every place,
// figure, source and measure in both languages, one per address (Pagefind
// keeps one record per URL), names with đ reachable without it; and the
// checker's three kinds of answer for the example.

import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteIndex } from '../../../src/lib/data/site-index.ts';
import type { SearchRecord } from '../../../src/lib/search/records.ts';
import type { Checker } from '../../../src/lib/search/check.ts';
import { buildRealData } from '../../helpers/build.ts';

let data: SiteIndex;
let records: SearchRecord[];
let checker: Checker;

beforeAll(async () => {
  process.env.PUBLISHED_DATA_DIR = buildRealData();
  const { siteIndex } = await import('../../../src/lib/data/site-index.ts');
  const { searchRecords } = await import('../../../src/lib/search/records.ts');
  const { checkData } = await import('../../../src/lib/search/check-data.ts');
  const { Checker } = await import('../../../src/lib/search/check.ts');
  data = await siteIndex();
  records = searchRecords(data, []);
  checker = new Checker(checkData(data));
}, 120_000);

describe('search records', () => {
  it('give every address one record per language (Pagefind keeps one record per URL)', () => {
    for (const locale of ['vi', 'en']) {
      const urls = records.filter((r) => r.language === locale).map((r) => r.url);
      expect(new Set(urls).size).toBe(urls.length);
    }
  });

  it('cover every place, figure, source and measure in both languages', () => {
    for (const locale of ['vi', 'en'] as const) {
      const of = (kind: string) => records.filter((r) => r.language === locale && r.kind === kind);
      expect(of('place')).toHaveLength(data.places.length);
      expect(of('figure')).toHaveLength(data.figures.length);
      expect(of('source')).toHaveLength(data.sources.length);
      expect(of('measure')).toHaveLength(data.measures.length);
    }
    const provinces = records.filter((r) => r.language === 'vi' && r.kind === 'place' && /^Tỉnh \((?:63|34)/u.test(r.detail));
    expect(provinces).toHaveLength(97);
  });

  it('index a figure by its number as printed and in both languages’ formats, and link it to its row on its source page', () => {
    const figure = records.find(
      (r) => r.language === 'en' && r.url === '/en/sources/quang-ninh-baodansinh-doi-moi-cai-nghien/#figure-facility-admissions-2021-attainment',
    )!;
    expect(figure).toMatchObject({ kind: 'figure', title: '96,3%', titleLang: 'vi' });
    expect(figure.content).toContain('96,3%');
    expect(figure.content).toContain('96.3%');
    expect(figure.content).toContain('Quảng Ninh');
    expect(figure.detail).toContain('2021');
  });

  it('index a source by its document numbers', () => {
    const source = records.find((r) => r.language === 'vi' && r.url === '/sources/quang-ninh-baodansinh-doi-moi-cai-nghien/')!;
    expect(source.content).toContain('146/KH-UBND');
  });

  it('give every word written with đ a d-twin, so an unaccented query reaches it', () => {
    const daNang = records.find((r) => r.language === 'vi' && r.url === '/places/da-nang/')!;
    expect(daNang.title).toBe('Đà Nẵng');
    expect(daNang.content.split('\n').at(-1)).toContain('Dà');
    for (const r of records) {
      for (const word of r.content.match(/[\p{L}]*[đĐ][\p{L}]*/gu) ?? []) expect(r.content, r.url).toContain(word.replace(/đ/gu, 'd').replace(/Đ/gu, 'D'));
    }
  });

  it('say a place’s other names ("Thừa Thiên Huế" for Huế), and lead a place without a page to the one it lies in', () => {
    const hue = records.find((r) => r.language === 'vi' && r.url === '/places/hue/')!;
    expect(hue.names).toContain('Thừa Thiên Huế');
    const withoutPage = records.filter((r) => r.kind === 'place' && r.url.includes('#'));
    expect(withoutPage.length).toBeGreaterThan(0);
    for (const r of withoutPage) expect(r.detail).toMatch(r.language === 'vi' ? /chưa có con số, xem trang/u : /no figures yet, see/u);
  });

  it('write Vietnamese records in Vietnamese', () => {
    for (const r of records.filter((x) => x.language === 'vi'))
      expect(r.detail, r.url).not.toMatch(/\b(?:figures?|province|district|facility|news article|target)\b/u);
  });
});

describe('check a number over the real figures', () => {
  const kinds = (text: string) => {
    const [n] = checker.check(text).numbers;
    return { same: n.same.map((f) => f.id), different: n.different.map((f) => f.id), none: n.none };
  };

  it('finds the same number from its source', () => {
    expect(kinds('Quảng Ninh tiếp nhận 674 lượt người năm 2021').same).toEqual(['quang-ninh-baodansinh-doi-moi-cai-nghien/facility-admissions-2021']);
    expect(kinds('674').same).toEqual(['quang-ninh-baodansinh-doi-moi-cai-nghien/facility-admissions-2021']);
  });

  it('finds the same place, measure and year with another number', () => {
    const answer = kinds('quang ninh tiep nhan 700 luot nguoi nam 2021');
    expect(answer.same).toEqual([]);
    expect(answer.different).toEqual(['quang-ninh-baodansinh-doi-moi-cai-nghien/facility-admissions-2021']);
  });

  it('says when nothing is published for the place and year', () => {
    const answer = kinds('Quảng Ninh tiếp nhận 700 lượt người năm 2014');
    expect(answer.same).toEqual([]);
    expect(answer.different).toEqual([]);
    expect(answer.none).toMatchObject([{ place: { id: 'province:22' }, year: 2014, measure: null, aboutNumber: false, others: 0 }]);
  });

  it('never calls a percentage the same as a count', () => {
    expect(kinds('Quảng Ninh đạt 674% năm 2021').same).toEqual([]);
  });
});
