// What a console link may carry, as a closed vocabulary checked with zod:
// `?example=<id>` names a reviewed example, which runs on arrival; `?sql=<text>`
// fills the editor and waits for the reader to press Run. Nothing else in the
// URL changes what the console does.

import { z } from 'zod';
import { EXAMPLE_IDS, exampleById, exampleBySql, type ExampleId } from './examples.ts';

/** Longer SQL does not fit in the links browsers and chat apps pass on intact. */
export const MAX_LINK_SQL = 8000;

const ConsoleParams = z.union([
  z.object({ example: z.enum(EXAMPLE_IDS) }).strict(),
  z.object({ sql: z.string().trim().min(1).max(MAX_LINK_SQL) }).strict(),
  z.object({}).strict(),
]);

export type ConsoleState =
  | { kind: 'empty' }
  /** A reviewed example: it runs on arrival. */
  | { kind: 'example'; id: ExampleId; sql: string }
  /** SQL from a link: shown, never run until the reader asks. */
  | { kind: 'sql'; sql: string }
  | { kind: 'invalid'; reason: 'unknown-example' | 'too-long' | 'unexpected' };

/** Reads the console's state from a query string ("?example=…" or "?sql=…"). */
export function parseConsoleState(search: string): ConsoleState {
  const params = new URLSearchParams(search);
  const entries: Record<string, string> = {};
  for (const [key, value] of params) {
    // A repeated key is ambiguous: refuse rather than pick one.
    if (key in entries) return { kind: 'invalid', reason: 'unexpected' };
    entries[key] = value;
  }
  const parsed = ConsoleParams.safeParse(entries);
  if (parsed.success) {
    const value = parsed.data;
    if ('example' in value) return { kind: 'example', id: value.example, sql: exampleById(value.example)!.sql };
    if ('sql' in value) return { kind: 'sql', sql: value.sql };
    return { kind: 'empty' };
  }
  if ('example' in entries && Object.keys(entries).length === 1) return { kind: 'invalid', reason: 'unknown-example' };
  if ('sql' in entries && Object.keys(entries).length === 1 && entries.sql.trim().length > MAX_LINK_SQL) return { kind: 'invalid', reason: 'too-long' };
  return { kind: 'invalid', reason: 'unexpected' };
}

/**
 * The query string for the SQL in the editor: a reviewed example is named by
 * its id (so the link runs it on arrival), anything else travels as text.
 */
export function consoleSearch(sql: string): string {
  const text = sql.trim();
  if (text === '') return '';
  const example = exampleBySql(text);
  if (example) return `?${new URLSearchParams({ example: example.id })}`;
  if (text.length > MAX_LINK_SQL) return '';
  return `?${new URLSearchParams({ sql: text })}`;
}
