// The read side's rows are the published tables' rows: the schemas the site
// reads with are derived from tables.ts (types checked here by the compiler,
// values by zod), and the closed vocabularies stay closed on the way.

import { describe, expect, expectTypeOf, it } from 'vitest';
import type { FigurePoint, RelapsePoint } from '../../../src/lib/charts/figure-point.ts';
import type { FigureRow, PlaceRow, SourceRow } from '../../../src/lib/data/site-index.ts';
import { rowSchema, selectList, splitList } from '../../../src/lib/schema/rows.ts';
import { TABLES, type TableRow } from '../../../src/lib/schema/tables.ts';
import type { Qualifier, Unit } from '../../../src/lib/schema/vocabulary.ts';
import type { z } from 'zod';

describe('row schemas', () => {
  it('are the table rows, as types', () => {
    expectTypeOf<z.infer<ReturnType<typeof rowSchema<'figures'>>>>().toEqualTypeOf<TableRow<'figures'>>();
    expectTypeOf<FigureRow>().toEqualTypeOf<TableRow<'figures'>>();
    expectTypeOf<SourceRow>().toEqualTypeOf<TableRow<'sources'>>();
    expectTypeOf<PlaceRow>().toEqualTypeOf<TableRow<'places'>>();
    expectTypeOf<FigurePoint['qualifier']>().toEqualTypeOf<Qualifier>();
    expectTypeOf<FigurePoint['unit']>().toEqualTypeOf<Unit>();
    expectTypeOf<RelapsePoint['claim']>().toEqualTypeOf<TableRow<'figures'>['claim']>();
    expectTypeOf<FigurePoint>().toMatchTypeOf<Partial<TableRow<'figures'>>>();
  });
  it('cover every column of every table, and refuse a value outside a closed vocabulary', () => {
    for (const table of TABLES) expect(Object.keys(rowSchema(table.name as never).shape).sort(), table.name).toEqual(table.columns.map((c) => c.name).sort());
    const figures = rowSchema('figures');
    expect(figures.shape.unit.safeParse('persons').success).toBe(true);
    expect(figures.shape.unit.safeParse('people').success).toBe(false);
    expect(figures.shape.place_level.safeParse('commune').success).toBe(false);
    expect(rowSchema('checks').shape.kind.safeParse('disagreement').success).toBe(true);
    expect(figures.shape.period_end.safeParse('2022-13-01').success).toBe(false);
  });
  it('read DATE as a day and BIGINT as a number, and lists through one helper', () => {
    expect(selectList('figures', ['period_end', 'cohort_size', 'value'], 'f')).toBe(
      'f.period_end::VARCHAR AS period_end, f.cohort_size::DOUBLE AS cohort_size, f.value',
    );
    expect(splitList('a | b')).toEqual(['a', 'b']);
    expect(splitList(null)).toEqual([]);
  });
});
