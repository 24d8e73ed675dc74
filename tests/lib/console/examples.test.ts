// The reviewed examples: enough of them, in both languages, each answering one
// of the questions the console promises, each running over the real published
// tables with a complete ORDER BY (so the browser and DuckDB can be compared).

import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_IDS, EXAMPLES, exampleById, exampleBySql } from '../../../src/lib/console/examples.ts';
import { TABLES } from '../../../src/lib/schema/tables.ts';
import { buildRealData } from '../../helpers/build.ts';

describe('example registry', () => {
  it('has at least eight examples with unique, link-safe ids', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(EXAMPLE_IDS).size).toBe(EXAMPLES.length);
    for (const id of EXAMPLE_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/u);
    expect(exampleById('relapse')?.id).toBe('relapse');
    expect(exampleBySql(`\n${EXAMPLES[2].sql}  `)?.id).toBe(EXAMPLES[2].id);
  });

  it('describes every example in Vietnamese and English', () => {
    for (const e of EXAMPLES) {
      for (const text of [e.title, e.description]) {
        expect(text.vi.length, e.id).toBeGreaterThan(10);
        expect(text.en.length, e.id).toBeGreaterThan(10);
        expect(text.vi).not.toBe(text.en);
        expect(text.vi).toMatch(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu);
      }
    }
  });

  it('answers each question the console promises', () => {
    const promised: Record<string, string[]> = {
      'intake-by-province-year': ["measure_family = 'intake'", 'year, partial', "place_level = 'province'"],
      'attainment-ranking': ['FROM attainment', 'partial_period', 'coalesce(computed_pct, printed_pct)', 'pct_source', 'unit'],
      relapse: ['relapse'],
      'published-by-province': ['GROUP BY', 'count(DISTINCT f.source_id)'],
      'arithmetic-mismatches': ['FROM checks', "verdict = 'mismatch'"],
      'rates-per-100k': ['population_2019', '100000', '2019 census'],
      'provinces-2025': ['province_2025_code', 'Caveat'],
      'one-source': ["WHERE source_id = '"],
    };
    for (const [id, pieces] of Object.entries(promised)) {
      for (const piece of pieces) expect(exampleById(id)?.sql, id).toContain(piece);
    }
  });

  it('never leaves out a unit without saying so', () => {
    for (const e of EXAMPLES) {
      if (!/\bunit\s*=/u.test(e.sql)) continue;
      expect(e.description.en, e.id).toMatch(/person-times/u);
      expect(e.description.vi, e.id).toMatch(/lượt người/u);
    }
    expect(exampleById('intake-by-province-year')!.sql).not.toMatch(/\bunit\s*=/u);
  });

  it('orders every result', () => {
    for (const e of EXAMPLES) expect(e.sql, e.id).toMatch(/ORDER BY [^;]+;\s*$/u);
  });
});

describe('examples over the published tables', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  beforeAll(async () => {
    const out = buildRealData();
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    for (const table of TABLES) {
      await connection.run(`CREATE VIEW "${table.name}" AS SELECT * FROM read_parquet('${path.join(out, `${table.name}.parquet`)}')`);
    }
  });
  afterAll(() => {
    connection?.closeSync();
    instance?.closeSync();
  });

  for (const e of EXAMPLES) {
    it(`${e.id} runs and returns rows`, async () => {
      const reader = await connection.runAndReadAll(e.sql);
      expect(reader.currentRowCount, e.id).toBeGreaterThan(0);
      expect(new Set(reader.columnNames()).size, `${e.id}: column names must be unique`).toBe(reader.columnNames().length);
    });
  }

  it('the attainment example keeps every row, those with only a printed percentage too', async () => {
    const all = (await connection.runAndReadAll('SELECT count(*)::INT AS n FROM attainment')).getRowObjectsJson()[0].n;
    const shown = await connection.runAndReadAll(exampleById('attainment-ranking')!.sql);
    expect(shown.currentRowCount).toBe(all);
    const rows = shown.getRowObjectsJson();
    expect(rows.some((r) => r.pct_source === 'printed' && r.computed_pct === null && r.attainment_pct !== null)).toBe(true);
  });

  it('the intake example lists persons and person-times side by side', async () => {
    const rows = (await connection.runAndReadAll(exampleById('intake-by-province-year')!.sql)).getRowObjectsJson();
    const units = new Set(rows.map((r) => r.unit));
    expect(units.has('persons')).toBe(true);
    expect(units.has('person_times')).toBe(true);
  });

  it('the one-source example names a source that is published', async () => {
    const id = /source_id = '([^']+)'/u.exec(exampleById('one-source')!.sql)![1];
    const reader = await connection.runAndReadAll(`SELECT count(*)::INT AS n FROM sources WHERE source_id = '${id}'`);
    expect(reader.getRowObjectsJson()[0].n).toBe(1);
  });
});
