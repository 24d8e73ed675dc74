// Rules of interpretation over the whole dataset: relapse figures carry what a
// reader needs to judge them, new counts are marked as such in every file, and
// the build raises no warnings on the published data.

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { marksNew, newWordIn } from '../../scripts/pipeline/interpretation-rules.ts';
import { CLAIM_IDS, NOT_STATED, RELAPSE_METHOD_IDS, isRelapseMeasure } from '../../src/lib/schema/vocabulary.ts';
import { query, runBuild, tempDir } from '../helpers/build.ts';

type Row = Record<string, string | number | boolean | null>;
let figures: Row[];
let sources: Row[];
let stderr: string;

beforeAll(async () => {
  const out = path.join(tempDir('rules'), 'data');
  const result = runBuild({ out });
  if (result.code !== 0) throw new Error(`build failed:\n${result.stderr}`);
  stderr = result.stderr;
  figures = await query<Row>(`SELECT * FROM '${out}/figures.parquet'`);
  sources = await query<Row>(`SELECT * FROM '${out}/sources.parquet'`);
});

describe('the build', () => {
  it('raises no warnings on the published data', () => {
    expect(stderr.split('\n').filter((l) => l.startsWith('Warning: '))).toEqual([]);
  });
});

describe('relapse figures', () => {
  it('every one carries its claim, cohort, size or null, follow-up, method and study period (or "not stated")', () => {
    const relapse = figures.filter((f) => isRelapseMeasure(String(f.measure_id)));
    expect(relapse.length).toBeGreaterThan(0);
    for (const f of relapse) {
      const id = String(f.figure_id);
      expect(CLAIM_IDS, id).toContain(f.claim);
      for (const column of ['cohort', 'follow_up', 'study_period']) {
        expect(typeof f[column], `${id}: ${column}`).toBe('string');
        expect(String(f[column]).trim(), `${id}: ${column}`).not.toBe('');
      }
      expect(RELAPSE_METHOD_IDS, id).toContain(f.relapse_method);
      if (f.cohort_size !== null) expect(Number(f.cohort_size), `${id}: cohort_size`).toBeGreaterThan(0);
      if (f.claim === 'measured') {
        expect(f.cohort_id, `${id}: a measured figure names its cohort`).toBeTruthy();
        expect(f.cohort, `${id}: a measured figure says who`).not.toBe(NOT_STATED);
      } else if (!f.cohort_id) {
        expect([f.cohort, f.follow_up, f.study_period, f.relapse_method], id).toEqual([NOT_STATED, NOT_STATED, NOT_STATED, 'not_stated']);
      }
      if (f.claim === 'second_hand') expect(f.cited_from, `${id}: cited_from`).toBeTruthy();
    }
  });
  it('other figures carry cohort columns only when they name a cohort', () => {
    for (const f of figures.filter((x) => !isRelapseMeasure(String(x.measure_id)) && !x.cohort_id)) {
      expect([f.cohort, f.cohort_size, f.follow_up, f.relapse_method, f.study_period], String(f.figure_id)).toEqual([null, null, null, null, null]);
    }
  });
});

describe('new counts (data/sources/README.md, "New counts")', () => {
  it('every figure whose locator calls its count new is marked subgroup new, in every file', () => {
    const unmarked = figures.filter((f) => newWordIn(String(f.locator)) && !marksNew((f.subgroup as string | null) ?? undefined)).map((f) => f.figure_id);
    expect(unmarked).toEqual([]);
  });
  it('no retired *_new measure is published', () => {
    expect(figures.filter((f) => ['intake_new', 'model_start_new'].includes(String(f.measure_id))).map((f) => f.figure_id)).toEqual([]);
  });
});

describe('notes (data/sources/README.md, rule 10)', () => {
  // A hedge is the extractor's reading, not the source's: the sentence must say "Inference".
  const HEDGE = /\b(?:most likely|probably|apparently|presumably)\b/iu;
  it('mark every hedged reading "Inference:"', () => {
    const texts = [
      ...figures.map((f) => [String(f.figure_id), f.note] as const),
      ...sources.map((s) => [`${s.source_id} (notes)`, s.notes] as const),
    ];
    const unmarked = texts.flatMap(([id, text]) =>
      String(text ?? '')
        .split(/(?<=[.;])\s+/u)
        .filter((sentence) => HEDGE.test(sentence) && !/inference/iu.test(sentence))
        .map((sentence) => `${id}: ${sentence}`),
    );
    expect(unmarked).toEqual([]);
  });
});
