import { describe, expect, it } from 'vitest';
import { chooseChart, MAX_BARS } from '../../../src/lib/console/chart-choice.ts';
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
    expect(chooseChart(columns, rows)).toEqual({ mark: 'line', x: 'year', y: 'persons', series: 'province', xIsYear: true, rows: 4 });
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
    expect(chooseChart(columns, [['12', '3'], ['15', '4']])).toMatchObject({ mark: 'scatter', x: 'year', y: 'n' });
  });

  it('draws a measure by label as bars, preferring the reader’s language and a label that tells rows apart', () => {
    const columns = [col('code', 'string'), col('name_vi', 'string'), col('name_en', 'string'), col('figures', 'integer'), col('latest', 'date')];
    const rows = [
      ['01', 'Hà Nội', 'Ha Noi', '51', '2024-12-31'],
      ['79', 'Hồ Chí Minh', 'Ho Chi Minh', '15', '2021-01-31'],
    ];
    expect(chooseChart(columns, rows, { locale: 'en' })).toEqual({ mark: 'bar', label: 'name_en', value: 'figures', rows: 2 });
    expect(chooseChart(columns, rows, { locale: 'vi' })).toMatchObject({ mark: 'bar', label: 'name_vi' });
  });

  it('caps the number of bars', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`p${i}`, i]);
    expect(chooseChart([col('place', 'string'), col('n', 'number')], rows)).toMatchObject({ mark: 'bar', rows: MAX_BARS });
  });

  it('draws two measures as a scatter, one as a histogram, labels alone as counts', () => {
    expect(chooseChart([col('a', 'number'), col('b', 'number')], [[1, 2]])).toMatchObject({ mark: 'scatter', x: 'a', y: 'b' });
    expect(chooseChart([col('value', 'number')], [[1], [2]])).toEqual({ mark: 'histogram', value: 'value', rows: 2 });
    expect(chooseChart([col('unit', 'string'), col('figure_id', 'string')], [['persons', 'a'], ['percent', 'b'], ['persons', 'c']])).toEqual({
      mark: 'count',
      label: 'unit',
      rows: 3,
    });
  });

  it('does not take ids and codes for quantities', () => {
    expect(chooseChart([col('place_id', 'integer'), col('name', 'string')], [['1', 'a'], ['2', 'b']])).toMatchObject({ mark: 'count' });
  });

  it('charts nothing without rows or without usable columns', () => {
    expect(chooseChart([col('value', 'number')], [])).toBeNull();
    expect(chooseChart([col('payload', 'other')], [['{}']])).toBeNull();
  });
});
