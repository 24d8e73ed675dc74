// "Sources disagree" checks on made-up figures: two documents that print
// different numbers for the same place, measure, part, basis, unit and period
// become one check with both numbers kept; the same document, another period,
// or a qualifier that lets both be true do not make a mismatch.

import { describe, expect, it } from 'vitest';
import { deriveDisagreements, disagreementVerdict } from '../../scripts/pipeline/derive-checks.ts';
import type { FigureRow } from '../../scripts/pipeline/normalise-source.ts';

const base = {
  place_id: 'country:VN',
  measure_id: 'registered_dependent',
  subgroup: null,
  basis: 'actual',
  unit: 'persons',
  period_start: '2013-01-01',
  period_end: '2013-12-31',
  period_as_printed: 'năm 2013',
  qualifier: 'exact',
  value_high: null,
} as const;
const figure = (id: string, value: number, over: Partial<FigureRow> = {}): FigureRow =>
  ({ ...base, figure_id: `${id.split('/')[0]}/${id}`, source_id: id.split('/')[0], value, printed: String(value), ...over }) as FigureRow;
const derive = (figures: FigureRow[]) => deriveDisagreements(figures, { sourceLabel: (id) => `Publisher ${id}`, isStock: (m) => m === 'registered_dependent' });

describe('documents that disagree', () => {
  it('183.396 and 181.396 for the same year are a mismatch, both numbers kept', () => {
    const [check, ...rest] = derive([figure('a/x', 183396), figure('b/y', 181396)]);
    expect(rest).toEqual([]);
    expect(check).toMatchObject({ kind: 'disagreement', verdict: 'mismatch', printed_value: 183396, computed_value: 181396, difference: 2000 });
    expect(check.explanation_vi).toContain('Publisher a');
    expect(check.explanation_en).toContain('Publisher b');
  });
  it('the same number printed twice is no disagreement; nor are two figures of one document', () => {
    expect(derive([figure('a/x', 100), figure('b/y', 100)])).toEqual([]);
    expect(derive([figure('a/x', 100), figure('a/y', 120)])).toEqual([]);
  });
  it('different periods or parts are not the same thing', () => {
    expect(derive([figure('a/x', 100), figure('b/y', 120, { period_start: '2014-01-01', period_end: '2014-12-31' })])).toEqual([]);
    expect(derive([figure('a/x', 100), figure('b/y', 120, { subgroup: 'minors' })])).toEqual([]);
  });
  it('a stock counted at the end of a year meets "năm 2013" (the same day counted)', () => {
    expect(derive([figure('a/x', 100), figure('b/y', 120, { period_start: null })])).toHaveLength(1);
  });
  it('a qualifier that lets both be true is indeterminate; one that excludes the other is a mismatch', () => {
    expect(disagreementVerdict(figure('a/x', 170000, { qualifier: 'more_than' }), figure('b/y', 204377))).toBe('indeterminate');
    expect(disagreementVerdict(figure('a/x', 170000, { qualifier: 'more_than' }), figure('b/y', 143196))).toBe('mismatch');
    expect(disagreementVerdict(figure('a/x', 200000, { qualifier: 'about' }), figure('b/y', 204377))).toBe('indeterminate');
  });
});
