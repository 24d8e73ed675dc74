import { describe, expect, it } from 'vitest';
import { chooseChart, MAX_BARS, rowsOf, splitByMeasure } from '../../../src/lib/console/chart-choice.ts';
import { yearTicks } from '../../../src/lib/console/chart-plot.ts';
import type { ResultColumn } from '../../../src/lib/console/result.ts';

const col = (name: string, kind: ResultColumn['kind']): ResultColumn => ({ name, kind, type: kind });

describe('choosing a chart from column types', () => {
  it('draws a measure over years as a line, coloured by a small set of labels', () => {
    const columns = [col('year', 'integer'), col('province', 'string'), col('persons', 'number')];
    const rows = [
      ['2020', 'Ha Noi', 10],
      ['2021', 'Ha Noi', 12],
      ['2020', 'Hue', 3],
      ['2021', 'Hue', 4],
    ];
    expect(chooseChart(columns, rows)).toEqual({ mark: 'line', x: 'year', y: 'persons', series: 'province', xIsYear: true, rows: 4, unit: null, split: null });
  });

  it('draws dots, not a line, when several rows share a moment', () => {
    const columns = [col('period_end', 'date'), col('value', 'number')];
    const rows = [
      ['2020-12-31', 1],
      ['2020-12-31', 2],
    ];
    expect(chooseChart(columns, rows)).toMatchObject({ mark: 'dot-time', x: 'period_end', series: null, xIsYear: false });
  });

  it('does not take an integer outside 1900–2100 for a year', () => {
    const columns = [col('year', 'integer'), col('n', 'integer')];
    expect(
      chooseChart(columns, [
        ['12', '3'],
        ['15', '4'],
      ]),
    ).toMatchObject({ mark: 'scatter', x: 'year', y: 'n' });
  });

  it('draws a measure by label as bars, preferring the reader’s language and a label that tells rows apart', () => {
    const columns = [col('code', 'string'), col('name_vi', 'string'), col('name_en', 'string'), col('figures', 'integer'), col('latest', 'date')];
    const rows = [
      ['01', 'Hà Nội', 'Ha Noi', '51', '2024-12-31'],
      ['79', 'Hồ Chí Minh', 'Ho Chi Minh', '15', '2021-01-31'],
    ];
    expect(chooseChart(columns, rows, { locale: 'en' })).toEqual({ mark: 'bar', label: 'name_en', value: 'figures', rows: 2, unit: null, split: null });
    expect(chooseChart(columns, rows, { locale: 'vi' })).toMatchObject({ mark: 'bar', label: 'name_vi' });
  });

  it('caps the number of bars', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`p${i}`, i]);
    expect(chooseChart([col('place', 'string'), col('n', 'number')], rows)).toMatchObject({ mark: 'bar', rows: MAX_BARS });
  });

  it('draws two measures as a scatter, one as a histogram, labels alone as counts', () => {
    expect(chooseChart([col('a', 'number'), col('b', 'number')], [[1, 2]])).toMatchObject({ mark: 'scatter', x: 'a', y: 'b' });
    expect(chooseChart([col('value', 'number')], [[1], [2]])).toEqual({ mark: 'histogram', value: 'value', rows: 2, unit: null, split: null });
    // Counting rows by unit mixes no measures on an axis.
    expect(
      chooseChart(
        [col('unit', 'string'), col('figure_id', 'string')],
        [
          ['persons', 'a'],
          ['percent', 'b'],
          ['persons', 'c'],
        ],
      ),
    ).toEqual({
      mark: 'count',
      label: 'unit',
      rows: 3,
      unit: null,
      split: null,
    });
  });

  it('does not take ids and codes for quantities', () => {
    expect(
      chooseChart(
        [col('place_id', 'integer'), col('name', 'string')],
        [
          ['1', 'a'],
          ['2', 'b'],
        ],
      ),
    ).toMatchObject({ mark: 'count' });
  });

  it('charts nothing without rows or without usable columns', () => {
    expect(chooseChart([col('value', 'number')], [])).toBeNull();
    expect(chooseChart([col('payload', 'other')], [['{}']])).toBeNull();
  });

  it('draws dots, not bars over each other, when rows share a label', () => {
    const columns = [col('place', 'string'), col('pct', 'number')];
    expect(
      chooseChart(columns, [
        ['Ha Noi', 57.6],
        ['Ha Noi', 56.4],
        ['Hue', 40],
      ]),
    ).toMatchObject({ mark: 'dot-label', label: 'place', value: 'pct' });
  });
});

describe('one measure and one unit per axis', () => {
  const columns = [col('place_name_en', 'string'), col('measure_id', 'string'), col('unit', 'string'), col('attainment_pct', 'number'), col('year', 'integer')];
  const rows = [
    ['Dong Nai', 'methadone_enrolled', 'persons', 119, '2016'],
    ['Quang Ninh', 'intake_facility', 'person_times', 96.3, '2021'],
    ['Ha Noi', 'intake_facility', 'persons', 48.6, '2022'],
    ['Ba Vi', 'intake_facility', 'persons', 85, '2022'],
    ['Ha Noi', 'compulsory_dossiers', 'persons', 57.6, '2022'],
  ];

  it('splits a result of several measures or units into groups, the largest first', () => {
    const split = splitByMeasure(columns, rows);
    expect(split?.columns).toEqual(['measure_id', 'unit']);
    expect(split?.groups.map((g) => [g.label, g.rows])).toEqual([
      ['measure_id = intake_facility, unit = persons', 2],
      ['measure_id = compulsory_dossiers, unit = persons', 1],
      ['measure_id = intake_facility, unit = person_times', 1],
      ['measure_id = methadone_enrolled, unit = persons', 1],
    ]);
  });

  it('draws one group at a time and says which', () => {
    const spec = chooseChart(columns, rows)!;
    // A percentage of target is not in the unit of the figures it was computed from.
    expect(spec).toMatchObject({ mark: 'bar', label: 'place_name_en', value: 'attainment_pct', rows: 2, unit: null });
    expect(spec.split?.chosen).toBe(0);
    expect(rowsOf(spec, columns, rows).map((r) => r[0])).toEqual(['Ha Noi', 'Ba Vi']);
    const other = chooseChart(columns, rows, { group: 2 })!;
    expect(other).toMatchObject({ rows: 1 });
    expect(rowsOf(other, columns, rows).map((r) => r[0])).toEqual(['Quang Ninh']);
  });

  it('names the unit of value columns on their axis', () => {
    const valued = [col('place_name_en', 'string'), col('unit', 'string'), col('value', 'number')];
    expect(
      chooseChart(valued, [
        ['Ha Noi', 'persons', 1],
        ['Hue', 'persons', 2],
      ]),
    ).toMatchObject({ value: 'value', unit: 'persons' });
    expect(
      chooseChart(valued, [
        ['Ha Noi', 'persons', 1],
        ['Hue', 'person_times', 2],
      ]),
    ).toMatchObject({ unit: 'person_times', split: { columns: ['unit'] } });
  });

  it('does not split one measure in one unit', () => {
    const one = rows.filter((r) => r[1] === 'intake_facility' && r[2] === 'persons');
    expect(splitByMeasure(columns, one)).toBeNull();
    expect(chooseChart(columns, one)).toMatchObject({ split: null });
  });

  it('ignores the other language’s measure label', () => {
    const labelled = [col('measure_label_vi', 'string'), col('measure_label_en', 'string'), col('value', 'number')];
    // Same measure, the labels differ only in the other language: one group on the English page.
    expect(
      splitByMeasure(
        labelled,
        [
          ['a', 'A', 1],
          ['b', 'A', 2],
        ],
        'en',
      ),
    ).toBeNull();
    expect(
      splitByMeasure(
        labelled,
        [
          ['a', 'A', 1],
          ['b', 'A', 2],
        ],
        'vi',
      )?.groups.length,
    ).toBe(2);
  });
});

describe('year axis', () => {
  it('ticks whole years only, about ten at most', () => {
    expect(yearTicks([2014, 2015])).toEqual([2014, 2015]);
    expect(yearTicks([2014.5, 2016])).toEqual([2015, 2016]);
    expect(yearTicks([1998, 2025])).toEqual([2000, 2005, 2010, 2015, 2020, 2025]);
    expect(yearTicks([2022])).toEqual([2022]);
  });
});
