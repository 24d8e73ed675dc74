// The chart builders are pure: the same rows and options give the same SVG.
// Each kind is drawn from fixed rows that exercise what it must show (bounds,
// ranges, partial periods, missing provinces, a hatched sum) and compared with
// a committed SVG a reviewer can open.

import { describe, expect, it } from 'vitest';
import { attainmentDots, type AttainmentRow } from '../../../src/lib/charts/attainment-dots.ts';
import { choropleth } from '../../../src/lib/charts/choropleth.ts';
import { figureDots } from '../../../src/lib/charts/figure-dots.ts';
import type { FigurePoint } from '../../../src/lib/charts/figure-point.ts';
import { rankedBars } from '../../../src/lib/charts/ranked-bars.ts';
import { renderSvg } from '../../../src/lib/charts/render.ts';
import { timeSeries } from '../../../src/lib/charts/time-series.ts';
import { provinceFeatures } from '../../../src/lib/geo/provinces.ts';
import { expectSvgSnapshot } from './snapshot.ts';

const base: FigurePoint = {
  figure_id: 'a/1',
  place_id: 'province:22',
  place_level: 'province',
  place_name_vi: 'Quảng Ninh',
  place_name_en: 'Quang Ninh',
  measure_id: 'intake_compulsory',
  measure_label_vi: 'Cai nghiện bắt buộc',
  measure_label_en: 'Compulsory rehab',
  subgroup: null,
  subgroup_label_vi: null,
  subgroup_label_en: null,
  basis: 'actual',
  unit: 'persons',
  value: 100,
  value_high: null,
  qualifier: 'exact',
  printed: '100',
  period_kind: 'year',
  period_start: '2021-01-01',
  period_end: '2021-12-31',
  period_as_printed: 'năm 2021',
  period_open_at_publication: false,
  year: 2021,
  year_basis: 'period',
  partial: false,
  source_id: 'a',
  source_title: 'A',
  source_publisher: 'Báo A',
  source_published: '2022-01-05',
  source_url: null,
  source_language: 'vi',
};

const FIGURES: FigurePoint[] = [
  { ...base, figure_id: 'a/1', value: 674 },
  { ...base, figure_id: 'a/2', measure_id: 'intake_voluntary_facility', value: 310, qualifier: 'more_than', printed: 'hơn 310' },
  {
    ...base,
    figure_id: 'b/1',
    place_id: 'province:01',
    place_name_vi: 'Hà Nội',
    place_name_en: 'Ha Noi',
    value: 1482,
    period_kind: 'months',
    period_end: '2022-06-30',
    period_start: '2022-01-01',
    year: 2022,
    partial: true,
  },
  {
    ...base,
    figure_id: 'c/1',
    place_id: 'province:79',
    place_name_vi: 'Hồ Chí Minh',
    place_name_en: 'Ho Chi Minh',
    value: 1500,
    value_high: 1700,
    qualifier: 'range',
    printed: '1.500 - 1.700',
  },
];

const title = (r: FigurePoint) => `${r.place_name_en}: ${r.printed}`;
const draw = (name: string, svg: () => ReturnType<typeof renderSvg>) => it(`${name} draws the same SVG as its snapshot`, () => expectSvgSnapshot(name, svg()));

describe('figure dots', () => {
  const build = figureDots<FigurePoint>({
    rowLabel: (r, locale) => `${locale === 'vi' ? r.place_name_vi : r.place_name_en} · ${r.year}`,
    colorKey: (r) => r.measure_id,
    colors: { intake_compulsory: '#0b5cad', intake_voluntary_facility: '#c35a00' },
    sort: (a, b) => a.figure_id.localeCompare(b.figure_id),
    title,
  });
  for (const width of [340, 720]) {
    draw(`figure-dots-${width}`, () => renderSvg(build(FIGURES, { width, locale: 'vi', idPrefix: 'fd' }), { idPrefix: 'fd', label: 'test' }));
  }
  it('draws one dot per figure, an arrow for "more than" and a line for a range', () => {
    const svg = renderSvg(build(FIGURES, { width: 720, locale: 'en', idPrefix: 'fd' }), { idPrefix: 'fd', label: 'test' });
    expect(svg.match(/<title>/gu)?.length).toBe(FIGURES.length);
    expect(svg).toContain('Quang Ninh · 2021');
    expect(svg).toMatch(/<path[^>]*d="M[^"]*"/u);
  });
});

describe('ranked bars', () => {
  const rows = [...FIGURES.slice(0, 1), { ...FIGURES[2] }, { ...FIGURES[3] }];
  const build = rankedBars<FigurePoint>({
    key: (r) => r.figure_id,
    label: (r, l) => (l === 'vi' ? r.place_name_vi : r.place_name_en),
    detail: (r) => String(r.year),
    title,
    hatched: (r) => r.qualifier === 'range',
  });
  draw('ranked-bars-720', () => renderSvg(build(rows, { width: 720, locale: 'vi', idPrefix: 'rb' }), { idPrefix: 'rb', label: 'test' }));
  it('draws a bar per row, longest first, with its year beside it, and hatches what is not one printed number', () => {
    const svg = renderSvg(build(rows, { width: 560, locale: 'en', idPrefix: 'rb' }), { idPrefix: 'rb', label: 'test' });
    expect(svg.match(/<rect[^>]*>/gu)?.filter((r) => !r.includes('height="6"')).length).toBe(rows.length);
    expect(svg).toContain('url(#rb-');
    const names = [...svg.matchAll(/<text[^>]*>([^<]+)<\/text>/gu)].map((m) => m[1]);
    expect(names.indexOf('Ho Chi Minh')).toBeLessThan(names.indexOf('Quang Ninh'));
    expect(svg).toContain('1,500–1,700 · 2021');
  });
});

describe('time series', () => {
  const rows: FigurePoint[] = [
    { ...base, figure_id: 'n/1', period_end: '2009-12-31', period_start: '2009-01-01', year: 2009, value: 10000, qualifier: 'more_than' },
    { ...base, figure_id: 'n/2', period_end: '2012-12-31', period_start: '2012-01-01', year: 2012, value: 3800, qualifier: 'nearly' },
    { ...base, figure_id: 'n/3', period_end: '2015-10-31', period_start: '2015-01-01', year: 2015, value: 4597, period_kind: 'months', partial: true },
  ];
  const build = timeSeries<FigurePoint>({ title });
  draw('time-series-720', () => renderSvg(build(rows, { width: 720, locale: 'vi', idPrefix: 'ts' }), { idPrefix: 'ts', label: 'test' }));
  it('labels years as integers without separators', () => {
    const svg = renderSvg(build(rows, { width: 720, locale: 'vi', idPrefix: 'ts' }), { idPrefix: 'ts', label: 'test' });
    expect(svg).toContain('>2012<');
    expect(svg).not.toMatch(/2\.012|2,012|2012\.5/u);
    expect(svg).toContain('10.000');
  });
});

describe('attainment dots', () => {
  const row = (over: Partial<AttainmentRow>): AttainmentRow => ({
    attainment_id: 'x',
    place_name_vi: 'Quảng Ninh',
    place_name_en: 'Quang Ninh',
    measure_label_vi: 'Tiếp nhận',
    measure_label_en: 'Admissions',
    actual_qualifier: 'exact',
    computed_pct: null,
    printed_pct: 96.3,
    partial: false,
    period_kind: 'year',
    period_start: '2021-01-01',
    period_end: '2021-12-31',
    year: 2021,
    year_basis: 'period',
    ...over,
  });
  const rows = [
    row({}),
    row({
      attainment_id: 'y',
      place_name_vi: 'Hà Nội',
      place_name_en: 'Ha Noi',
      computed_pct: 48.6,
      printed_pct: 48.6,
      partial: true,
      period_kind: 'months',
      period_start: '2022-01-01',
      period_end: '2022-06-30',
    }),
  ];
  const build = attainmentDots<AttainmentRow>({ title: (r) => r.attainment_id });
  draw('attainment-760', () => renderSvg(build(rows, { width: 760, locale: 'vi', idPrefix: 'at' }), { idPrefix: 'at', label: 'test' }));
  it('draws the printed share as a diamond, the computed one as a dot, and says a partial period is partial', () => {
    const svg = renderSvg(build(rows, { width: 760, locale: 'en', idPrefix: 'at' }), { idPrefix: 'at', label: 'test' });
    expect(svg).toContain('96.3% · 2021');
    expect(svg).toContain('6 mo. 2022 (part of a year)');
    expect(svg).toContain('target');
  });
});

describe('choropleth', () => {
  const features = provinceFeatures('63').features;
  const rows = features.map((f, i) => ({
    code: f.properties.code,
    name_vi: f.properties.name_vi,
    name_en: f.properties.name_en,
    value: i % 3 === 0 ? i * 10 : null,
  }));
  const build = choropleth<(typeof rows)[number]>({
    value: (r) => r.value,
    incomplete: () => false,
    title: (r, f) => `${f.properties.name_en}: ${r?.value ?? 'none'}`,
  });
  it('fills every province, hatching those without a figure instead of drawing them as zero', () => {
    const svg = renderSvg(build(rows, { width: 420, locale: 'vi', idPrefix: 'map', features }), { idPrefix: 'map', label: 'test' });
    expect(svg.match(/<path[^>]*>/gu)?.length).toBeGreaterThanOrEqual(63);
    expect(svg.match(/<title>/gu)?.length).toBe(63);
    expect(svg).toContain('url(#map-0)');
    expect(svg).toContain('Ha Noi: 0');
    expect(svg).toContain(': none');
  });
  it('keeps the page light: the simplified map is under 40 KB', () => {
    const svg = renderSvg(build(rows, { width: 420, locale: 'vi', idPrefix: 'map', features }), { idPrefix: 'map', label: 'test' });
    expect(svg.length).toBeLessThan(40_000);
  });
  it('links every province to its row in the list beside the map, so a tap reaches its value', () => {
    const svg = renderSvg(build(rows, { width: 340, locale: 'vi', idPrefix: 'map', features, placeHref: (code) => `#row-${code}` }), {
      idPrefix: 'map',
      label: 'test',
    });
    expect(svg.match(/<a [^>]*href="#row-\d\d"/gu)?.length).toBe(63);
  });
  it('draws Hoàng Sa and Trường Sa in boxes near the coast, named, so the mainland takes the width', () => {
    const svg = renderSvg(build(rows, { width: 340, locale: 'vi', idPrefix: 'map', features }), { idPrefix: 'map', label: 'test' });
    expect(svg).toContain('>Hoàng Sa<');
    expect(svg).toContain('>Trường Sa<');
  });
});
