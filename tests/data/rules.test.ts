// Rules of interpretation over the whole dataset: relapse figures carry what a
// reader needs to judge them, new counts are marked as such in every file, and
// the build raises no warnings on the published data.

import { beforeAll, describe, expect, inject, it } from 'vitest';
import { marksNew, newWordIn } from '../../scripts/pipeline/interpretation-rules.ts';
import { CLAIM_IDS, NOT_STATED, NOT_STATED_VI, RELAPSE_METHOD_IDS, isRelapseMeasure } from '../../src/lib/schema/vocabulary.ts';
import { buildRealData, query } from '../helpers/build.ts';

type Row = Record<string, string | number | boolean | null>;
let figures: Row[];
let sources: Row[];
let places: Row[];
let stderr: string;

beforeAll(async () => {
  const out = buildRealData();
  stderr = inject('realDataWarnings')
    .map((w) => `Warning: ${w}`)
    .join('\n');
  figures = await query<Row>(`SELECT * FROM '${out}/figures.parquet'`);
  sources = await query<Row>(`SELECT * FROM '${out}/sources.parquet'`);
  places = await query<Row>(`SELECT * FROM '${out}/places.parquet'`);
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
      for (const column of ['cohort_en', 'cohort_vi', 'follow_up_en', 'follow_up_vi', 'study_period_en', 'study_period_vi']) {
        expect(typeof f[column], `${id}: ${column}`).toBe('string');
        expect(String(f[column]).trim(), `${id}: ${column}`).not.toBe('');
      }
      expect(RELAPSE_METHOD_IDS, id).toContain(f.relapse_method);
      if (f.cohort_size !== null) expect(Number(f.cohort_size), `${id}: cohort_size`).toBeGreaterThan(0);
      if (f.claim === 'measured') {
        expect(f.cohort_id, `${id}: a measured figure names its cohort`).toBeTruthy();
        expect(f.cohort_en, `${id}: a measured figure says who`).not.toBe(NOT_STATED);
        expect(f.cohort_followed_by_en, `${id}: a measured figure says who followed the cohort`).toBeTruthy();
      } else if (!f.cohort_id) {
        expect([f.cohort_en, f.follow_up_en, f.study_period_en, f.relapse_method], id).toEqual([NOT_STATED, NOT_STATED, NOT_STATED, 'not_stated']);
        expect([f.cohort_vi, f.follow_up_vi, f.study_period_vi], id).toEqual([NOT_STATED_VI, NOT_STATED_VI, NOT_STATED_VI]);
      }
      if (f.claim === 'second_hand') expect([f.cited_from_en, f.cited_from_vi].every(Boolean), `${id}: cited_from in both languages`).toBe(true);
    }
  });
  it('other figures carry cohort columns only when they name a cohort', () => {
    for (const f of figures.filter((x) => !isRelapseMeasure(String(x.measure_id)) && !x.cohort_id)) {
      expect([f.cohort_en, f.cohort_size, f.follow_up_en, f.relapse_method, f.study_period_en], String(f.figure_id)).toEqual([null, null, null, null, null]);
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
    const texts = [...figures.map((f) => [String(f.figure_id), f.note_en] as const), ...sources.map((s) => [`${s.source_id} (notes)`, s.notes_en] as const)];
    const unmarked = texts.flatMap(([id, text]) =>
      String(text ?? '')
        .split(/(?<=[.;])\s+/u)
        .filter((sentence) => HEDGE.test(sentence) && !/inference/iu.test(sentence))
        .map((sentence) => `${id}: ${sentence}`),
    );
    expect(unmarked).toEqual([]);
  });
});

describe('notes in both languages (data/sources/README.md, rule 11)', () => {
  const pairs = (row: Record<string, unknown>, names: string[]) => names.filter((n) => Boolean(row[`${n}_en`]) !== Boolean(row[`${n}_vi`]));
  it('every figure, cohort and source note exists in Vietnamese and English', () => {
    const missing = [
      ...figures.flatMap((f) =>
        pairs(f, ['note', 'cited_from', 'cohort', 'follow_up', 'study_period', 'relapse_method_note', 'cohort_followed_by']).map((n) => `${f.figure_id}: ${n}`),
      ),
      ...sources.flatMap((s) => pairs(s, ['notes', 'url_note', 'published_note', 'publisher_note']).map((n) => `${s.source_id}: ${n}`)),
      ...places.flatMap((p) => pairs(p, ['note']).map((n) => `${p.place_id}: ${n}`)),
    ];
    expect(missing).toEqual([]);
  });
  it('no note shows a vocabulary id, and none says how a fact was looked up', () => {
    // snake_case words are ids (intake_facility, no_fixed_residence); lookup tools are not sources.
    const ID = /\b[a-z]+_[a-z_]+\b/u;
    const TOOL = /find_string|read_file|find_files|search tool|searchable archive|helper agent/iu;
    const texts = [
      ...figures.flatMap((f) => [f.note_en, f.note_vi].map((t) => [String(f.figure_id), t] as const)),
      ...sources.flatMap((s) =>
        [s.notes_en, s.notes_vi, s.url_note_en, s.url_note_vi, s.published_note_en, s.published_note_vi].map((t) => [String(s.source_id), t] as const),
      ),
      ...places.flatMap((p) => [p.note_en, p.note_vi].map((t) => [String(p.place_id), t] as const)),
    ];
    // Quoted text is the source's (or a repository row's) own words, and addresses are addresses.
    const prose = (t: string) => t.replace(/https?:\/\/\S+/gu, '').replace(/\([^)]*'[^)]*\)|"[^"]*"|“[^”]*”|'[^']*'/gu, '');
    const bad = texts.filter(([, t]) => typeof t === 'string' && (ID.test(prose(t)) || TOOL.test(t))).map(([id, t]) => `${id}: ${t}`);
    expect(bad).toEqual([]);
  });
  it('a Vietnamese note marks the same readings as its English twin ("Suy luận:" for "Inference:")', () => {
    const unmatched = figures
      .filter((f) => typeof f.note_en === 'string' && /Inference:/u.test(f.note_en) && !/Suy luận:/u.test(String(f.note_vi)))
      .map((f) => f.figure_id);
    expect(unmatched).toEqual([]);
  });
});
