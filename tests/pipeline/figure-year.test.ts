// One definition of a figure's year and of a partial period (scripts/pipeline/
// figure-year.ts), on a fixture of each period kind: a range shorter than the
// year it is compared with is partial, whatever its kind; a stock is never.

import { describe, expect, it } from 'vitest';
import { figureYear, isPartialPeriod } from '../../scripts/pipeline/figure-year.ts';
import type { Period } from '../../src/lib/parse/period.ts';

const period = (kind: Period['kind'], start: string | null, end: string | null): Period => ({ kind, start, end });

describe('partial periods', () => {
  const cases: Array<[string, Period, boolean | null, boolean]> = [
    ['a calendar year', period('year', '2021-01-01', '2021-12-31'), false, false],
    ['a year not over when published', period('year', '2020-01-01', '2020-12-31'), true, true],
    ['nine months', period('months', '2022-01-01', '2022-09-30'), false, true],
    ['twelve months ("12 tháng 2020")', period('months', '2020-01-01', '2020-12-31'), false, false],
    ['six months across two years (10/2021–03/2022)', period('date_range', '2021-10-01', '2022-03-31'), false, true],
    ['a full year across two calendar years', period('date_range', '2021-07-01', '2022-06-30'), false, false],
    ['a programme of several years', period('multi_year', '2016-01-01', '2020-12-31'), false, false],
    ['a programme still running when reported', period('multi_year', '2016-01-01', '2020-12-31'), true, true],
    ['a stock at a date', period('as_of', null, '2022-09-15'), false, false],
    ['an unstated period', period('unstated', null, null), null, false],
  ];
  for (const [name, p, open, partial] of cases) {
    it(`${name}: ${partial ? 'partial' : 'not partial'}`, () => expect(isPartialPeriod(p, open)).toBe(partial));
  }
});

describe('the year a figure is placed in', () => {
  it('is the year its period ends', () =>
    expect(figureYear(period('date_range', '2021-10-01', '2022-03-31'), '2022-05-01')).toEqual({ year: 2022, basis: 'period' }));
  it('is the year of publication when the period has no end, and says so', () =>
    expect(figureYear(period('unstated', null, null), '2019-12-19')).toEqual({ year: 2019, basis: 'published' }));
  it('is unknown when neither is known', () => expect(figureYear(period('unstated', null, null), null)).toBeNull());
});
