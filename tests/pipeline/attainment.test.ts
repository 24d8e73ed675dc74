// Which target an actual is set against (data/METHODOLOGY.md, "Targets and
// attainment"): its own source's; else, when its source printed no attainment
// for it, one agreed target from a plan or decision; else none. The fixtures
// in tests/fixtures/attainment hold one case per rule.

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { query, ROOT, runBuildInProcess, tempDir } from '../helpers/build.ts';

type Row = Record<string, string | number | boolean | null>;
let rows: Row[];
let checks: Row[];
const pairingsOf = (actual: string) => rows.filter((r) => r.actual_figure_id === `a-half-year-report/${actual}`);

beforeAll(async () => {
  const out = path.join(tempDir('attainment'), 'data');
  const result = await runBuildInProcess({ sources: path.join(ROOT, 'tests/fixtures/attainment'), out });
  expect(result.code, result.stderr).toBe(0);
  expect(result.stderr).not.toMatch(/Warning: /u);
  rows = await query<Row>(`SELECT * FROM '${out}/attainment.parquet'`);
  checks = await query<Row>(`SELECT * FROM '${out}/checks.parquet'`);
});

describe('pairing an actual with a target', () => {
  it('prefers the target its own source printed over another article’s or a plan’s', () => {
    const pairs = pairingsOf('voluntary-h1');
    expect(pairs.map((r) => r.target_figure_id)).toEqual(['a-half-year-report/voluntary-target']);
    expect(pairs[0].target_value).toBe(2100);
  });

  it('pairs across documents with a plan’s target when the source printed none', () => {
    const pairs = pairingsOf('community-h1');
    expect(pairs.map((r) => r.target_figure_id)).toEqual(['c-plan/community-target']);
    expect(pairs[0].target_source_id).toBe('c-plan');
    expect(pairs[0].partial_period).toBe(true);
  });

  it('never pairs with another news article’s target', () => {
    expect(pairingsOf('compulsory-h1')).toEqual([]);
  });

  it('pairs with none when two target-setting documents give different targets', () => {
    expect(pairingsOf('vocational-h1')).toEqual([]);
  });

  it('pairs once, with the document published first, when they agree', () => {
    expect(pairingsOf('methadone-h1').map((r) => r.target_figure_id)).toEqual(['c-plan/methadone-target']);
  });

  it('keeps a printed attainment with its implied target, not another document’s target, and checks nothing across documents', () => {
    const pairs = pairingsOf('managed-h1');
    expect(pairs).toHaveLength(1);
    expect(pairs[0].target_figure_id).toBeNull();
    expect(pairs[0].printed_pct).toBe(74.8);
    expect(Number(pairs[0].implied_target)).toBeCloseTo((673 / 74.8) * 100, 6);
    expect(pairs[0].verdict).toBeNull();
    // A result is never checked against another document's printed attainment (documents that disagree are checked apart).
    expect(checks.filter((c) => c.kind !== 'disagreement')).toEqual([]);
  });

  it('every pairing across documents has a plan or decision as the target’s source', () => {
    const crossing = rows.filter((r) => r.target_source_id && r.target_source_id !== r.actual_source_id);
    expect(crossing.map((r) => r.target_source_id).sort()).toEqual(['c-plan', 'c-plan']);
  });
});
