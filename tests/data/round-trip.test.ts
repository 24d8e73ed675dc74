// Every figure in data/sources/ appears exactly once in figures.parquet, read
// back with DuckDB, with the same value, unit and citation; the CSV copies hold
// the same rows as the Parquet files; datapackage.json describes the files.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePrintedNumber } from '../../src/lib/parse/printed-number.ts';
import { TABLES } from '../../src/lib/schema/tables.ts';
import { buildRealData, query, SOURCES } from '../helpers/build.ts';

interface YamlSource {
  id: string;
  citation: { publisher: string; title: string; url: string | null; published: string | null; language: 'vi' | 'en' };
  figures: Array<{ id: string; printed: string | number; unit: string; measure: string; place: string; basis: string; locator: string }>;
}

const yamlSources: YamlSource[] = readdirSync(SOURCES)
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => parse(readFileSync(path.join(SOURCES, n), 'utf8')) as YamlSource);

let out: string;
beforeAll(() => {
  out = buildRealData();
});

const parquet = (table: string) => `'${path.join(out, `${table}.parquet`)}'`;

describe('figures round trip', () => {
  it('has one row per figure in the sources, and no other', async () => {
    const rows = await query<{ figure_id: string; n: number }>(`SELECT figure_id, count(*)::INT AS n FROM ${parquet('figures')} GROUP BY figure_id`);
    const expected = yamlSources.flatMap((s) => s.figures.map((f) => `${s.id}/${f.id}`)).sort();
    expect(rows.map((r) => r.figure_id).sort()).toEqual(expected);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  });

  it('keeps each figure’s value, unit, place, measure, basis, locator and citation', async () => {
    const rows = await query<Record<string, string | number | null>>(`SELECT * FROM ${parquet('figures')}`);
    const byId = new Map(rows.map((r) => [r.figure_id as string, r]));
    for (const s of yamlSources) {
      for (const f of s.figures) {
        const row = byId.get(`${s.id}/${f.id}`)!;
        const printed = String(f.printed);
        const number = parsePrintedNumber(printed, s.citation.language);
        expect(row, `${s.id}/${f.id}`).toMatchObject({
          printed,
          value: number.value,
          value_high: number.valueHigh,
          unit: f.unit,
          place_id: f.place,
          measure_id: f.measure,
          basis: f.basis,
          locator: f.locator.replace(/\s+/gu, ' ').trim(),
          source_id: s.id,
          source_publisher: s.citation.publisher,
          source_title: s.citation.title,
          source_url: s.citation.url,
          source_published: s.citation.published,
        });
      }
    }
  });

  it('has one sources row per file, with its figure count', async () => {
    const rows = await query<{ source_id: string; figure_count: number }>(`SELECT source_id, figure_count::INT AS figure_count FROM ${parquet('sources')}`);
    expect(rows.map((r) => r.source_id).sort()).toEqual(yamlSources.map((s) => s.id).sort());
    for (const s of yamlSources) expect(rows.find((r) => r.source_id === s.id)?.figure_count).toBe(s.figures.length);
  });

  it('joins every figure to a known place and measure', async () => {
    const orphans = await query(`
      SELECT f.figure_id FROM ${parquet('figures')} f
      LEFT JOIN ${parquet('places')} p USING (place_id)
      LEFT JOIN ${parquet('measures')} m USING (measure_id)
      WHERE p.place_id IS NULL OR m.measure_id IS NULL`);
    expect(orphans).toEqual([]);
  });
});

describe('published files', () => {
  for (const table of TABLES) {
    it(`${table.name}: the CSV copy holds exactly the Parquet rows`, async () => {
      const columns = table.columns.map((c) => `'${c.name}': '${c.type}'`).join(', ');
      const csv = `read_csv('${path.join(out, `${table.name}.csv`)}', header = true, columns = {${columns}})`;
      const [counts] = await query<{ p: number; c: number }>(
        `SELECT (SELECT count(*) FROM ${parquet(table.name)})::INT AS p, (SELECT count(*) FROM ${csv})::INT AS c`,
      );
      expect(counts.c).toBe(counts.p);
      const onlyParquet = await query(`SELECT * FROM ${parquet(table.name)} EXCEPT ALL SELECT * FROM ${csv}`);
      const onlyCsv = await query(`SELECT * FROM ${csv} EXCEPT ALL SELECT * FROM ${parquet(table.name)}`);
      expect(onlyParquet).toEqual([]);
      expect(onlyCsv).toEqual([]);
    });

    it(`${table.name}: the Parquet columns are the declared ones, in order, with their types`, async () => {
      const described = await query<{ column_name: string; column_type: string }>(`DESCRIBE SELECT * FROM ${parquet(table.name)}`);
      expect(described.map((d) => [d.column_name, d.column_type])).toEqual(table.columns.map((c) => [c.name, c.type]));
    });
  }

  it('datapackage.json lists every file with its size, hash and row count', async () => {
    const pkg = JSON.parse(readFileSync(path.join(out, 'datapackage.json'), 'utf8'));
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    for (const resource of pkg.resources) {
      const content = readFileSync(path.join(out, resource.path));
      expect(resource.bytes).toBe(content.length);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(content).digest('hex')}`);
      const table = resource.name.replace(/-parquet$/u, '');
      const [{ n }] = await query<{ n: number }>(`SELECT count(*)::INT AS n FROM ${parquet(table)}`);
      expect(resource.rows).toBe(n);
    }
    expect(pkg.resources).toHaveLength(TABLES.length * 2);
  });
});
