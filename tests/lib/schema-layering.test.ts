// The schema is the one definition: the parsers read its vocabularies, never
// the other way round, and the pipeline's row types come from the table
// definitions (checked by tsc: see scripts/pipeline/normalise-source.ts).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { FigureRow, SourceRow } from '../../scripts/pipeline/normalise-source.ts';
import type { Claim, PeriodKind, Qualifier, SourceKind } from '../../src/lib/schema/vocabulary.ts';
import { ROOT } from '../helpers/build.ts';

const SCHEMA = path.join(ROOT, 'src/lib/schema');

describe('schema layering', () => {
  it('nothing in src/lib/schema/ imports from src/lib/parse/', () => {
    for (const name of readdirSync(SCHEMA).filter((n) => n.endsWith('.ts'))) {
      const text = readFileSync(path.join(SCHEMA, name), 'utf8');
      expect(text, name).not.toMatch(/from\s+['"][^'"]*\/parse\//u);
    }
  });

  it('row types are the table definitions', () => {
    expectTypeOf<FigureRow['qualifier']>().toEqualTypeOf<Qualifier>();
    expectTypeOf<FigureRow['period_kind']>().toEqualTypeOf<PeriodKind>();
    expectTypeOf<FigureRow['claim']>().toEqualTypeOf<Claim | null>();
    expectTypeOf<FigureRow['cohort_size']>().toEqualTypeOf<number | null>();
    expectTypeOf<SourceRow['kind']>().toEqualTypeOf<SourceKind>();
  });
});
