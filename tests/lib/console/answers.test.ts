// The examples' answers computed at build time: every example has one, with
// the live engine's column kinds and cells, and it travels safely inside the
// page's HTML.

import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPrecomputedAnswers, scriptJson, type PrecomputedAnswers } from '../../../src/lib/console/answers.ts';
import { computeAnswers, toLiveCell } from '../../../src/lib/console/answers-build.ts';
import { EXAMPLES } from '../../../src/lib/console/examples.ts';
import { buildRealData } from '../../helpers/build.ts';

describe('precomputed answers', () => {
  let answers: PrecomputedAnswers;
  beforeAll(async () => {
    answers = await computeAnswers(EXAMPLES, buildRealData());
  });

  it('answer every example, with rows and named, typed columns', () => {
    expect(Object.keys(answers.answers).sort()).toEqual(EXAMPLES.map((e) => e.id).sort());
    for (const e of EXAMPLES) {
      const a = answers.answers[e.id];
      expect(a.rows.length, e.id).toBeGreaterThan(0);
      for (const row of a.rows) expect(row.length, e.id).toBe(a.columns.length);
    }
    expect(answers.engine).toMatch(/^DuckDB v1\./u);
    expect(Date.parse(answers.computedAt)).not.toBeNaN();
  });

  it('describe columns as the live engine does (Arrow types, BIGINT as exact digits)', () => {
    const byYear = answers.answers['sources-by-year'];
    expect(byYear.columns).toEqual([
      { name: 'year', kind: 'integer', type: 'Int64' },
      { name: 'documents', kind: 'integer', type: 'Int64' },
      { name: 'figures', kind: 'integer', type: 'Int64' },
    ]);
    expect(byYear.rows.every((r) => r.every((c) => c === null || /^\d+$/u.test(String(c))))).toBe(true);
    const published = answers.answers['published-by-province'].columns;
    expect(published.find((c) => c.name === 'earliest_period_end')).toEqual({ name: 'earliest_period_end', kind: 'date', type: 'Date32<DAY>' });
    const attainment = answers.answers['attainment-ranking'].columns;
    expect(attainment.find((c) => c.name === 'attainment_pct')).toMatchObject({ kind: 'number', type: 'Float64' });
    expect(attainment.find((c) => c.name === 'partial_period')).toMatchObject({ kind: 'boolean', type: 'Bool' });
  });

  it('turn DuckDB JSON values into the cells of the live engine', () => {
    expect(toLiveCell('integer', '9007199254740993')).toBe('9007199254740993');
    expect(toLiveCell('integer', 12)).toBe(12);
    expect(toLiveCell('number', '1.25')).toBe(1.25);
    expect(toLiveCell('date', '2020-02-29')).toBe('2020-02-29');
    expect(toLiveCell('other', [1, 2])).toBe('[1,2]');
    expect(toLiveCell('string', null)).toBeNull();
  });

  it('survive the trip through the page (no </script> can end the element early)', () => {
    const hostile = { ...answers, engine: '</script><script>alert(1)</script> <!-- \u2028' };
    const { document } = parseHTML(`<html><body><script type="application/json" id="sql-answers">${scriptJson(hostile)}</script></body></html>`);
    expect(document.querySelectorAll('script').length).toBe(1);
    expect(readPrecomputedAnswers(document as unknown as Document)).toEqual(hostile);
  });

  it('are read as absent, not as an error, when the page has none or they are broken', () => {
    expect(readPrecomputedAnswers(parseHTML('<p></p>').document as unknown as Document)).toBeNull();
    expect(readPrecomputedAnswers(parseHTML('<script id="sql-answers">{oops</script>').document as unknown as Document)).toBeNull();
  });
});
