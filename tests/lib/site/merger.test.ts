// The 34-province grouping rule on made-up figures that exercise each case:
// predecessors with a common year are added for that year only; predecessors
// without one are not added at all; a province that is its own successor
// shows its figure as it is.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBuildInProcess, tempDir } from '../../helpers/build.ts';

const out = path.join(tempDir('merger'), 'data');
const build = await runBuildInProcess({ sources: path.join(ROOT, 'tests/fixtures/merger'), out });
process.env.PUBLISHED_DATA_DIR = out;
const { COMPARE_MEASURES } = await import('../../../src/lib/charts/registry/compare.ts');
const { sql34 } = await import('../../../src/lib/charts/registry/compare-sql.ts');
const { openPublished } = await import('../../../src/lib/data/published.ts');
const db = await openPublished(out);

interface Row {
  code: string;
  status: string;
  value: number | null;
  year: number | null;
  qualifier: string;
  per_100k: number | null;
}

describe('grouping the 63 provinces into the 34', () => {
  it('builds the fixture', () => {
    expect(build.code, build.stderr).toBe(0);
  });

  it('adds the predecessors’ figures for the latest year all of them published, and only then', async () => {
    const rows = await db.query<Row>(sql34(COMPARE_MEASURES[0]));
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('24')).toMatchObject({ status: 'sum', value: 1700, year: 2020, qualifier: 'exact' });
    expect(byCode.get('08')).toMatchObject({ status: 'incomplete', value: null, per_100k: null });
    expect(byCode.get('01')).toMatchObject({ status: 'single', value: 16000, year: 2021 });
    expect(byCode.get('04')).toMatchObject({ status: 'none', value: null });
  });
});
