// The data page and the SQL console's schema describe every table and column
// in the page's language, from the same definitions as datapackage.json, and
// the text carries the right lang (the page's own, from <html lang>).

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Locale } from '../../src/i18n/ui.ts';
import { descriptionIn, TABLES, titleIn } from '../../src/lib/schema/tables.ts';
import { openSession, useBrowser } from './browser.ts';

const site = inject('siteUrl');
const browser = useBrowser();

interface Shown {
  title: string;
  description: string;
  /** Column name → [description, the lang it is in]. */
  columns: Record<string, [string, string]>;
  lang: string;
}

/** What the page shows for each table: `heading` and `paragraph` select the title and description inside `container`. */
function shownTables(page: Page, container: string, heading: string, rows: string): Promise<Record<string, Shown>> {
  return page.evaluate(
    ([container, heading, rows, names]) => {
      const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? '';
      const out: Record<string, Shown> = {};
      for (const name of names) {
        const root = document.querySelector(container.replace('NAME', name))!;
        const columns: Record<string, [string, string]> = {};
        for (const row of root.querySelectorAll(rows)) {
          const cells = row.querySelectorAll('td');
          columns[cells[0].textContent!.trim()] = [cells[2].textContent!.trim(), langOf(cells[2])];
        }
        const paragraph = root.querySelector(':scope > p')!;
        out[name] = { title: root.querySelector(heading)!.textContent!, description: paragraph.textContent!.trim(), columns, lang: langOf(paragraph) };
      }
      return out;
    },
    [container, heading, rows, TABLES.map((t) => t.name)] as const,
  );
}

// On the data page the column descriptions sit in the "Columns" details below each table's preview.
const pages: Array<{ path: string; locale: Locale; container: string; heading: string; rows: string }> = [
  { path: '/data/', locale: 'vi', container: 'section[aria-labelledby="table-NAME"]', heading: 'h2', rows: 'details tbody tr' },
  { path: '/en/data/', locale: 'en', container: 'section[aria-labelledby="table-NAME"]', heading: 'h2', rows: 'details tbody tr' },
  { path: '/sql/', locale: 'vi', container: '#schema-NAME', heading: 'summary', rows: 'tbody tr' },
  { path: '/en/sql/', locale: 'en', container: '#schema-NAME', heading: 'summary', rows: 'tbody tr' },
];

describe('table and column descriptions', () => {
  for (const { path, locale, container, heading, rows } of pages) {
    it(`${path} describes every table and column in ${locale === 'vi' ? 'Vietnamese' : 'English'}`, async () => {
      const session = await openSession(browser());
      try {
        await session.page.goto(`${site}${path}`);
        expect(await session.page.getAttribute('html', 'lang')).toBe(locale);
        const shown = await shownTables(session.page, container, heading, rows);
        for (const table of TABLES) {
          const s = shown[table.name];
          expect(s.title, table.name).toContain(titleIn(table, locale));
          expect(s.description, table.name).toBe(descriptionIn(table, locale));
          expect(s.lang, table.name).toBe(locale);
          expect(Object.keys(s.columns), table.name).toEqual(table.columns.map((c) => c.name));
          for (const c of table.columns) expect(s.columns[c.name], `${table.name}.${c.name}`).toEqual([descriptionIn(c, locale), locale]);
        }
      } finally {
        await session.close();
      }
    });
  }
});
