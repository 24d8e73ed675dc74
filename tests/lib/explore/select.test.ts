// What a view of the explorer shows: the figures of its places in its years,
// in panels that never share an axis across units, bases or parts, nothing
// summed, and per 100,000 only for counts of people of places with a population.

import { describe, expect, it } from 'vitest';
import type { ExploreRow, ExploreState } from '../../../src/lib/explore/model.ts';
import { drawnRows, latestByPlace, per100k, select } from '../../../src/lib/explore/select.ts';

const row = (o: Partial<ExploreRow> & Pick<ExploreRow, 'figure_id' | 'place_id'>): ExploreRow =>
  ({
    place_level: 'province',
    place_name_vi: o.place_id,
    place_name_en: o.place_id,
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
    period_start: '2020-01-01',
    period_end: '2020-12-31',
    period_as_printed: 'năm 2020',
    period_open_at_publication: false,
    year: 2020,
    year_basis: 'period',
    partial: false,
    source_id: 's',
    source_title: 't',
    source_publisher: 'p',
    source_published: '2021-01-01',
    source_url: null,
    source_language: 'vi',
    claim: null,
    ...o,
  }) as ExploreRow;

const places = { 'province:01': { population: 8_000_000 }, 'province:79': { population: 9_000_000 }, 'district:001': { population: null } };
const state: ExploreState = {
  measure: 'intake_compulsory',
  places: ['province:79', 'province:01', 'district:001'],
  from: 2019,
  to: 2021,
  view: 'chart',
  per: 'persons',
  evidence: 'all',
};

const rows = [
  row({ figure_id: 'a', place_id: 'province:01' }),
  row({ figure_id: 'b', place_id: 'province:79', unit: 'person_times' }),
  row({ figure_id: 'c', place_id: 'province:79', basis: 'target' }),
  row({ figure_id: 'd', place_id: 'province:79', subgroup: 'minors', subgroup_label_vi: 'người chưa thành niên' }),
  row({ figure_id: 'e', place_id: 'province:79', year: 2015, period_end: '2015-12-31' }),
  row({ figure_id: 'f', place_id: 'province:79', year: null, period_kind: 'unstated', period_start: null, period_end: null }),
  row({ figure_id: 'g', place_id: 'province:02' }),
  row({ figure_id: 'h', place_id: 'district:001', value: 40 }),
  row({ figure_id: 'i', place_id: 'province:01', measure_id: 'other' }),
  row({ figure_id: 'j', place_id: 'province:79', period_end: '2021-06-30', year: 2021, partial: true }),
];

describe('the explorer’s evidence filter', () => {
  const relapse = [
    row({ figure_id: 'm', place_id: 'province:79', measure_id: 'relapse_rate', unit: 'percent', claim: 'measured' }),
    row({ figure_id: 'o', place_id: 'province:79', measure_id: 'relapse_rate', unit: 'percent', claim: 'official' }),
    row({ figure_id: 's', place_id: 'province:01', measure_id: 'relapse_rate', unit: 'percent', claim: 'second_hand', year: null, period_end: null }),
  ];
  const relapseState: ExploreState = { ...state, measure: 'relapse_rate' };

  it('shows every kind by default, and one kind alone when asked, dated or not', () => {
    expect(select(relapse, relapseState, places).rows.map((r) => r.figure_id)).toEqual(['m', 'o']);
    expect(select(relapse, { ...relapseState, evidence: 'measured' }, places).rows.map((r) => r.figure_id)).toEqual(['m']);
    const secondHand = select(relapse, { ...relapseState, evidence: 'second_hand' }, places);
    expect([secondHand.rows, secondHand.undated].map((l) => l.map((r) => r.figure_id))).toEqual([[], ['s']]);
    // The places without a figure are those without one of that kind.
    expect(select(relapse, { ...relapseState, evidence: 'official' }, places).placesWithout).toEqual(['province:01', 'district:001']);
  });
});

describe('the explorer’s selection', () => {
  const s = select(rows, state, places);

  it('keeps the figures of the places in the years, lists those of unknown year apart, counts the others', () => {
    expect(s.rows.map((r) => r.figure_id).sort()).toEqual(['a', 'b', 'c', 'd', 'h', 'j']);
    expect(s.undated.map((r) => r.figure_id)).toEqual(['f']);
    expect(s.elsewhere).toEqual({ count: 1, from: 2015, to: 2015 });
  });

  it('orders figures by the reader’s places, then time', () => {
    expect(s.rows.filter((r) => r.basis === 'actual' && r.unit === 'persons' && r.subgroup === null).map((r) => r.figure_id)).toEqual(['j', 'a', 'h']);
  });

  it('never puts two units, two bases, or a part and the whole on one panel, and sums nothing', () => {
    expect(s.panels.map((p) => p.key)).toEqual(['persons|actual|whole', 'person_times|actual|whole', 'persons|target|whole', 'persons|actual|parts']);
    for (const p of s.panels) expect(new Set(p.rows.map((r) => `${r.unit}|${r.basis}|${r.subgroup === null}`)).size).toBe(1);
    // Every figure appears once, as printed.
    expect(s.panels.flatMap((p) => p.rows).length).toBe(s.rows.length);
    expect(s.panels.flatMap((p) => p.rows).every((r) => rows.includes(r))).toBe(true);
  });

  it('per 100,000: counts of people of places with a population become rates; others are listed, not drawn', () => {
    const per = select(rows, { ...state, per: '100k' }, places);
    const persons = per.panels.find((p) => p.key === 'persons|actual|whole')!;
    expect(persons.perCapita).toBe(true);
    expect(persons.unpopulated.map((r) => r.place_id)).toEqual(['district:001']);
    const drawn = drawnRows(persons, places);
    expect(drawn.map((r) => [r.figure_id, r.value, r.unit])).toEqual([
      ['j', per100k(100, 9_000_000), 'rate'],
      ['a', 1.3, 'rate'],
    ]);
    expect(per.panels.find((p) => p.unit === 'person_times')!.perCapita).toBe(true);
  });

  it('the latest figure of a place: latest period end, else publication date', () => {
    const latest = latestByPlace([
      row({ figure_id: 'x', place_id: 'p', period_end: '2019-12-31' }),
      row({ figure_id: 'y', place_id: 'p', period_end: '2020-06-30' }),
      row({ figure_id: 'z', place_id: 'q', period_end: null, source_published: '2018-01-01' }),
    ]);
    expect(latest.get('p')!.figure_id).toBe('y');
    expect(latest.get('q')!.figure_id).toBe('z');
  });

  it('names the chosen places without a figure in the years', () => {
    expect(select(rows, { ...state, places: ['province:01', 'province:48'] }, places).placesWithout).toEqual(['province:48']);
  });
});
