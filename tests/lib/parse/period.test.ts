import { describe, expect, it } from 'vitest';
import { parsePeriod, parseVietnameseDate, PeriodError, periodWithin } from '../../../src/lib/parse/period.ts';

describe('parsePeriod', () => {
  it('reads calendar years', () => {
    expect(parsePeriod('năm 2021')).toEqual({ kind: 'year', start: '2021-01-01', end: '2021-12-31' });
    expect(parsePeriod('Trong năm 2022')).toEqual({ kind: 'year', start: '2022-01-01', end: '2022-12-31' });
  });
  it('keeps part-year periods as they are', () => {
    expect(parsePeriod('6 tháng đầu năm 2022')).toEqual({ kind: 'months', start: '2022-01-01', end: '2022-06-30' });
    expect(parsePeriod('9 tháng năm 2022')).toEqual({ kind: 'months', start: '2022-01-01', end: '2022-09-30' });
    expect(parsePeriod('6 tháng cuối năm 2023')).toEqual({ kind: 'months', start: '2023-07-01', end: '2023-12-31' });
    expect(parsePeriod('quý I/2023')).toEqual({ kind: 'months', start: '2023-01-01', end: '2023-03-31' });
    expect(parsePeriod('quý II-2024')).toEqual({ kind: 'months', start: '2024-04-01', end: '2024-06-30' });
    expect(parsePeriod('tháng 2/2024')).toEqual({ kind: 'months', start: '2024-02-01', end: '2024-02-29' });
  });
  it('needs the year from context when the wording leaves it out', () => {
    expect(parsePeriod('9 tháng', { year: 2022 })).toEqual({ kind: 'months', start: '2022-01-01', end: '2022-09-30' });
    expect(() => parsePeriod('9 tháng')).toThrow(PeriodError);
  });
  it('reads a stock or a count up to a date, with no start', () => {
    expect(parsePeriod('tính đến 15/9/2022')).toEqual({ kind: 'as_of', start: null, end: '2022-09-15' });
    expect(parsePeriod('đến hết tháng 10/2022')).toEqual({ kind: 'as_of', start: null, end: '2022-10-31' });
    expect(parsePeriod('cuối năm 2020')).toEqual({ kind: 'as_of', start: null, end: '2020-12-31' });
    expect(parsePeriod('hiện nay', { published: '2023-03-30' })).toEqual({ kind: 'as_of', start: null, end: '2023-03-30' });
    expect(() => parsePeriod('hiện nay')).toThrow(/publication/);
  });
  it('reads multi-year programmes', () => {
    expect(parsePeriod('giai đoạn 2019-2021')).toEqual({ kind: 'multi_year', start: '2019-01-01', end: '2021-12-31' });
    expect(parsePeriod('giai đoạn 2016 - 2020')).toEqual({ kind: 'multi_year', start: '2016-01-01', end: '2020-12-31' });
    expect(parsePeriod('từ năm 2010 đến nay', { published: '2021-04-02' })).toEqual({ kind: 'multi_year', start: '2010-01-01', end: '2021-04-02' });
    expect(() => parsePeriod('giai đoạn 2021-2019')).toThrow(PeriodError);
  });
  it('returns null for wording it does not know, so explicit dates are required', () => {
    expect(parsePeriod('thời gian qua')).toBeNull();
    expect(parsePeriod('quý 5/2022')).toBeNull();
  });
  it('refuses impossible dates and months', () => {
    expect(() => parsePeriod('tính đến 31/2/2022')).toThrow(/real date/);
    expect(() => parsePeriod('13 tháng năm 2022')).toThrow(PeriodError);
    expect(() => parseVietnameseDate('2022-02-01')).toThrow(PeriodError);
  });
});

describe('periodWithin', () => {
  const year = { kind: 'year' as const, start: '2022-01-01', end: '2022-12-31' };
  it('puts nine months inside the year, not the reverse', () => {
    const nine = parsePeriod('9 tháng năm 2022')!;
    expect(periodWithin(nine, year)).toBe(true);
    expect(periodWithin(year, nine)).toBe(false);
  });
  it('never matches an undated period', () => {
    expect(periodWithin({ kind: 'unstated', start: null, end: null }, year)).toBe(false);
  });
});
