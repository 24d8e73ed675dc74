// The year a figure is placed in and whether its period is partial: written
// once, here, and published as figures.year, figures.year_basis and
// figures.partial, so no chart, finding or query computes them again
// (data/METHODOLOGY.md, "Years and partial periods").

import type { Period } from '../../src/lib/parse/period.ts';
import type { YearBasis } from '../../src/lib/schema/vocabulary.ts';

/**
 * The year of the period's end; when the source gives no end (an unstated
 * period, "hiện nay" without a date), the year the source was published.
 */
export function figureYear(period: Period, published: string | null): { year: number; basis: YearBasis } | null {
  if (period.end) return { year: Number(period.end.slice(0, 4)), basis: 'period' };
  if (published) return { year: Number(published.slice(0, 4)), basis: 'published' };
  return null;
}

const DAY = 86_400_000;
const daysCovered = (start: string, end: string) => Math.round((Date.parse(end) - Date.parse(start)) / DAY) + 1;

/**
 * A figure is partial when it covers less than the year it is compared with:
 * a flow over months, or over a date range shorter than a year whatever years
 * it spans (October 2021 to March 2022 is six months, not "2021–2022"), or a
 * period that had not ended when the source was published. A stock at a date
 * (as_of) is a count on that day and never partial; a year or a programme of
 * several years is partial only when it was still running at publication.
 */
export function isPartialPeriod(period: Period, openAtPublication: boolean | null): boolean {
  if (openAtPublication === true) return true;
  if (period.kind !== 'months' && period.kind !== 'date_range') return false;
  if (!period.start || !period.end) return false;
  return daysCovered(period.start, period.end) < 365;
}
