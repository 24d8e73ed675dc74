// The site's data shaping over the real published tables: every place page has
// a unique address, the coverage matrix accounts for every province, the 2025
// grouping only adds figures of one year from every predecessor, and the home
// page's findings are computed, each with its place or source.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildRealData, query } from '../../helpers/build.ts';

const out = buildRealData();
process.env.PUBLISHED_DATA_DIR = out;

const { siteIndex, pagePlaces } = await import('../../../src/lib/data/site-index.ts');
const { placeSlug, slugify } = await import('../../../src/lib/data/paths.ts');
const { coverage } = await import('../../../src/lib/site/coverage.ts');
const { findings } = await import('../../../src/lib/site/findings.ts');
const { placeView } = await import('../../../src/lib/site/place-page.ts');
const { COMPARE_MEASURES } = await import('../../../src/lib/charts/registry/compare.ts');
const { sql34 } = await import('../../../src/lib/charts/registry/compare-sql.ts');
const { sitePublished } = await import('../../../src/lib/data/published.ts');

type Data = Awaited<ReturnType<typeof siteIndex>>;
let data: Data;
beforeAll(async () => {
  data = await siteIndex();
});

describe('place pages', () => {
  it('exist for all 63 and 34 provinces, each at its own address', () => {
    const places = pagePlaces(data);
    expect(places.filter((p) => p.level === 'province').length).toBe(63);
    expect(places.filter((p) => p.level === 'province_2025').length).toBe(34);
    const slugs = places.map(placeSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });

  it('exist for every place with a figure', () => {
    const withPage = new Set(pagePlaces(data).map((p) => p.place_id));
    for (const f of data.figures) expect(withPage.has(f.place_id), f.place_id).toBe(true);
  });

  it('slugify drops Vietnamese diacritics and đ', () => {
    expect(slugify('Bà Rịa - Vũng Tàu')).toBe('ba-ria-vung-tau');
    expect(slugify('Đắk Lắk')).toBe('dak-lak');
  });

  it('show a 2025 province its predecessors’ figures, labelled by predecessor, and never as its own', async () => {
    const bacNinh = data.placeById.get('province2025:24')!;
    const view = await placeView(data, bacNinh);
    expect(view.predecessors.map((p) => p.place_id).sort()).toEqual(['province:24', 'province:27']);
    const own = view.families.flatMap((f) => f.figures).map((f) => f.place_id);
    expect(own.every((id) => id === 'province2025:24')).toBe(true);
    const inherited = view.predecessorFigures.flatMap((p) => p.families.flatMap((f) => f.figures));
    expect(inherited.length).toBe(data.figures.filter((f) => f.place_id === 'province:24' || f.place_id === 'province:27').length);
  });
});

describe('coverage matrix', () => {
  it('accounts for every pre-2025 province, with or without figures', () => {
    const matrix = coverage(data, null);
    expect(matrix.provincesWith + matrix.provincesWithout.length).toBe(63);
    const counted = matrix.rows.reduce((n, r) => n + r.total, 0);
    expect(counted).toBe(data.figures.filter((f) => f.province_code !== null || f.place_level === 'country' || f.place_level === 'province_2025').length);
  });

  it('counts a province’s cell from the figures whose period ends in that year', () => {
    const matrix = coverage(data, 'intake');
    const row = matrix.rows.find((r) => r.place.place_id === 'province:22')!;
    const expected = data.figures.filter(
      (f) => f.province_code === '22' && f.measure_family === 'intake' && f.year === 2021 && (f.period_start === null || f.period_start.slice(0, 4) === '2021'),
    ).length;
    expect(row.cells.get(2021) ?? 0).toBe(expected);
  });
});

describe('34-province grouping', () => {
  for (const measure of COMPARE_MEASURES) {
    it(`${measure.measure_id}: a sum adds one figure of every predecessor, all of the same year`, async () => {
      const rows = await (await sitePublished()).query<{
        status: string;
        value: number | null;
        year: number | null;
        figure_ids: string | null;
        predecessor_count: number;
      }>(sql34(measure));
      expect(rows.length).toBe(34);
      for (const row of rows.filter((r) => r.status === 'sum')) {
        const ids = row.figure_ids!.split(' | ');
        expect(ids.length).toBe(row.predecessor_count);
        const figures = await query<{ value: number; year: number; place_id: string }>(
          `SELECT value, year::INTEGER AS year, place_id FROM '${out}/figures.parquet' WHERE figure_id IN (${ids.map((i) => `'${i}'`).join(', ')})`,
        );
        expect(new Set(figures.map((f) => f.year))).toEqual(new Set([row.year]));
        expect(new Set(figures.map((f) => f.place_id)).size).toBe(row.predecessor_count);
        expect(figures.reduce((n, f) => n + f.value, 0)).toBeCloseTo(row.value!, 6);
      }
      for (const row of rows.filter((r) => r.status === 'incomplete' || r.status === 'none')) expect(row.value).toBeNull();
    });
  }
});

describe('home page findings', () => {
  it('are computed from the data, each with a number and a link, in both languages', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const list = await findings(locale);
      expect(list.length).toBeGreaterThanOrEqual(3);
      for (const f of list) {
        expect(f.figure).toMatch(/\d/u);
        expect(f.links.length).toBeGreaterThan(0);
        expect(f.sql).toMatch(/SELECT/iu);
      }
    }
  });
});

describe('a place page a reader can use (issue 12)', () => {
  it('every province with two dated figures of a family and unit has a chart of them over time, and its rank for each compared measure', async () => {
    for (const place of pagePlaces(data).filter((p) => p.level === 'province' || p.level === 'province_2025')) {
      const view = await placeView(data, place);
      const own = data.figures.filter((f) => f.place_id === place.place_id && f.basis === 'actual' && f.subgroup === null && f.period_end !== null);
      const groups = Map.groupBy(own, (f) => `${f.measure_family}|${f.unit}`);
      const expected = [...groups.values()].filter((list) => list.length >= 2).length;
      expect(view.families.flatMap((f) => f.charts).length, place.place_id).toBe(expected);
      for (const chart of view.ranks) expect(chart.id).toContain('-rank-');
    }
  });
  it('Quảng Ninh, tables only before, now has a chart', async () => {
    const view = await placeView(data, data.placeById.get('province:22')!);
    expect(view.families.flatMap((f) => f.charts).length + view.ranks.length).toBeGreaterThan(0);
  });
});
