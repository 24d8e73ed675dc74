// datapackage.json declares how the tables join (figures → sources, places,
// measures; attainment and checks → figures; places → places), and every
// declared key holds in the published Parquet.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/lib/schema/tables.ts';
import { buildRealData, query } from '../helpers/build.ts';

const out = buildRealData();
const pkg = JSON.parse(readFileSync(path.join(out, 'datapackage.json'), 'utf8')) as {
  resources: Array<{ name: string; schema: { foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> } }>;
};

describe('foreign keys', () => {
  it('are declared for figures → sources, places and measures, for CSV and Parquet alike', () => {
    const figures = pkg.resources.find((r) => r.name === 'figures')!;
    expect(figures.schema.foreignKeys?.map((k) => `${k.fields[0]}→${k.reference.resource}`).sort()).toEqual([
      'measure_id→measures',
      'place_id→places',
      'source_id→sources',
    ]);
    const parquet = pkg.resources.find((r) => r.name === 'figures-parquet')!;
    expect(parquet.schema.foreignKeys?.every((k) => k.reference.resource.endsWith('-parquet'))).toBe(true);
  });

  for (const table of TABLES) {
    for (const fk of table.foreignKeys ?? []) {
      it(`${table.name}.${fk.field} → ${fk.table}.${fk.key} holds for every row`, async () => {
        const [{ dangling }] = await query<{ dangling: number }>(
          `SELECT count(*)::INTEGER AS dangling FROM '${out}/${table.name}.parquet' t
           WHERE t."${fk.field}" IS NOT NULL AND t."${fk.field}" NOT IN (SELECT "${fk.key}" FROM '${out}/${fk.table}.parquet')`,
        );
        expect(dangling).toBe(0);
      });
    }
  }
});
