// The editor's completion describes the published tables and columns in the
// page's language.

import { describe, expect, it } from 'vitest';
import { completionSchema } from '../../../src/lib/console/editor.ts';
import { TABLES } from '../../../src/lib/schema/tables.ts';

type Completion = { label: string; detail?: string; info?: string };
type Namespace = Record<string, { self: Completion; children: Completion[] }>;

describe('editor completion', () => {
  for (const locale of ['vi', 'en'] as const) {
    it(`describes every table and column in ${locale}`, () => {
      const schema = completionSchema(locale) as Namespace;
      expect(Object.keys(schema)).toEqual(TABLES.map((t) => t.name));
      for (const table of TABLES) {
        const entry = schema[table.name];
        expect(entry.self.detail).toBe(locale === 'vi' ? table.title_vi : table.title);
        expect(entry.self.info).toBe(locale === 'vi' ? table.description_vi : table.description);
        expect(entry.children.map((c) => [c.label, c.info])).toEqual(table.columns.map((c) => [c.name, locale === 'vi' ? c.description_vi : c.description]));
      }
    });
  }
});
