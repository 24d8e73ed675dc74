// Documentation cannot drift from the data: every measure and every term of
// the vocabularies is defined in both languages, every published table and
// column is described in datapackage.json in English and Vietnamese, and the
// README names every published table.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { MeasuresFile } from '../../src/lib/schema/reference.ts';
import { TABLES } from '../../src/lib/schema/tables.ts';
import {
  BASES,
  CHECK_VERDICTS,
  CLAIMS,
  MEASURE_FAMILIES,
  PLACE_LEVELS,
  QUALIFIERS,
  RELAPSE_METHODS,
  SOURCE_KINDS,
  UNITS,
  type Term,
} from '../../src/lib/schema/vocabulary.ts';
import { buildRealData, REFERENCE, ROOT } from '../helpers/build.ts';

const measureDir = path.join(REFERENCE, 'measures');
const measures = readdirSync(measureDir)
  .filter((n) => n.endsWith('.yaml'))
  .flatMap((n) => MeasuresFile.parse(parse(readFileSync(path.join(measureDir, n), 'utf8'))).measures);

describe('measures', () => {
  it('are defined', () => {
    expect(measures.length).toBeGreaterThan(20);
  });
  for (const m of measures) {
    it(`${m.id} has a label and a definition in Vietnamese and English`, () => {
      for (const key of ['label_vi', 'label_en', 'definition_vi', 'definition_en'] as const) expect(m[key].trim().length).toBeGreaterThan(3);
      expect(m.definition_vi).not.toBe(m.definition_en);
      expect(m.label_vi).not.toBe(m.label_en);
      // Vietnamese text has Vietnamese letters; English has none.
      expect(m.definition_vi).toMatch(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu);
      // English may quote the Vietnamese term ("học viên"), but is otherwise English.
      expect(m.definition_en.replace(/["“][^"”]*["”]/gu, '')).not.toMatch(/[ăâđêôơư]/iu);
    });
  }
});

describe('vocabularies', () => {
  const vocabularies: Record<string, Record<string, Term>> = {
    UNITS,
    BASES,
    QUALIFIERS,
    SOURCE_KINDS,
    CLAIMS,
    RELAPSE_METHODS,
    MEASURE_FAMILIES,
    PLACE_LEVELS,
    CHECK_VERDICTS,
  };
  for (const [name, vocabulary] of Object.entries(vocabularies)) {
    it(`${name}: every term has labels and definitions in both languages`, () => {
      for (const [id, term] of Object.entries(vocabulary)) {
        expect(term.vi, `${name}.${id}`).toBeTruthy();
        expect(term.en, `${name}.${id}`).toBeTruthy();
        expect(term.definition_vi.length, `${name}.${id}`).toBeGreaterThan(3);
        expect(term.definition_en.length, `${name}.${id}`).toBeGreaterThan(3);
      }
    });
  }
});

/** A Vietnamese text: it has letters only Vietnamese uses (diacritics or đ). */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

describe('published columns', () => {
  interface Field {
    name: string;
    description?: string;
    description_vi?: string;
  }
  interface Resource {
    name: string;
    title?: string;
    title_vi?: string;
    description?: string;
    description_vi?: string;
    schema: { fields: Field[] };
  }
  let pkg: { title?: string; title_vi?: string; description?: string; description_vi?: string; resources: Resource[] };
  beforeAll(() => {
    pkg = JSON.parse(readFileSync(path.join(buildRealData(), 'datapackage.json'), 'utf8'));
  });

  it('every resource and every column has a description in datapackage.json', () => {
    expect(pkg.resources.length).toBe(TABLES.length * 2);
    for (const resource of pkg.resources) {
      expect(resource.description?.length, resource.name).toBeGreaterThan(20);
      for (const field of resource.schema.fields) expect(field.description?.length, `${resource.name}.${field.name}`).toBeGreaterThan(10);
    }
  });

  it('the package, every resource and every column also has a Vietnamese title and description in datapackage.json', () => {
    const vietnamese = (label: string, vi: string | undefined, en: string | undefined) => {
      expect(typeof vi, `${label}: no Vietnamese`).toBe('string');
      expect(vi!.trim().length, `${label}: empty Vietnamese`).toBeGreaterThan(0);
      expect(vi, `${label}: not Vietnamese`).toMatch(VIETNAMESE);
      expect(vi!.trim(), `${label}: Vietnamese is the English`).not.toBe(en?.trim());
    };
    vietnamese('package title', pkg.title_vi, pkg.title);
    vietnamese('package description', pkg.description_vi, pkg.description);
    const columns = TABLES.reduce((n, t) => n + t.columns.length, 0);
    let described = 0;
    for (const resource of pkg.resources) {
      vietnamese(`${resource.name} title`, resource.title_vi, resource.title);
      vietnamese(`${resource.name} description`, resource.description_vi, resource.description);
      expect(resource.description_vi!.length, resource.name).toBeGreaterThan(20);
      for (const field of resource.schema.fields) {
        vietnamese(`${resource.name}.${field.name}`, field.description_vi, field.description);
        described++;
      }
    }
    // Each table is published twice (CSV and Parquet), both with every column.
    expect(described).toBe(columns * 2);
  });

  it('the README names every published table', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const table of TABLES) expect(readme, table.name).toContain(`\`${table.name}\``);
  });
});
