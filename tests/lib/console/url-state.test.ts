import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../src/lib/console/examples.ts';
import { consoleSearch, MAX_LINK_SQL, parseConsoleState } from '../../../src/lib/console/url-state.ts';

describe('console links', () => {
  it('an empty query string is an empty console', () => {
    expect(parseConsoleState('')).toEqual({ kind: 'empty' });
  });

  it('a known example id gives that example, to run on arrival', () => {
    const example = EXAMPLES[1];
    expect(parseConsoleState(`?example=${example.id}`)).toEqual({ kind: 'example', id: example.id, sql: example.sql });
  });

  it('an unknown example id is refused', () => {
    expect(parseConsoleState('?example=drop-tables')).toEqual({ kind: 'invalid', reason: 'unknown-example' });
  });

  it('SQL in a link is carried as text, never as something to run', () => {
    expect(parseConsoleState(`?${new URLSearchParams({ sql: "SELECT * FROM read_csv('https://x')" })}`)).toEqual({
      kind: 'sql',
      sql: "SELECT * FROM read_csv('https://x')",
    });
  });

  it('refuses SQL that is too long, blank, repeated, or mixed with other parameters', () => {
    expect(parseConsoleState(`?sql=${'x'.repeat(MAX_LINK_SQL + 1)}`)).toEqual({ kind: 'invalid', reason: 'too-long' });
    expect(parseConsoleState('?sql=%20%20')).toEqual({ kind: 'invalid', reason: 'unexpected' });
    expect(parseConsoleState('?sql=SELECT+1&sql=SELECT+2')).toEqual({ kind: 'invalid', reason: 'unexpected' });
    expect(parseConsoleState(`?example=${EXAMPLES[0].id}&sql=SELECT+1`)).toEqual({ kind: 'invalid', reason: 'unexpected' });
    expect(parseConsoleState('?run=1')).toEqual({ kind: 'invalid', reason: 'unexpected' });
  });

  it('writes an example as its id and anything else as text, and reads back what it wrote', () => {
    for (const example of EXAMPLES) {
      expect(consoleSearch(example.sql)).toBe(`?example=${example.id}`);
      expect(parseConsoleState(consoleSearch(`  ${example.sql}\n`))).toMatchObject({ kind: 'example', id: example.id });
    }
    const sql = "SELECT 'ă & ơ' AS x, 1 + 1 = 2 AS y; -- 100%";
    expect(parseConsoleState(consoleSearch(sql))).toEqual({ kind: 'sql', sql });
    expect(consoleSearch('   ')).toBe('');
    expect(consoleSearch('x'.repeat(MAX_LINK_SQL + 1))).toBe('');
  });
});
