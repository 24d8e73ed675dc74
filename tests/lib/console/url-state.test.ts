import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../src/lib/console/examples.ts';
import {
  compressSql,
  consoleLink,
  decompressSql,
  FRAGMENT_PREFIX,
  MAX_FRAGMENT_LENGTH,
  MAX_LINK_SQL,
  MAX_SEARCH_LENGTH,
  parseConsoleState,
  readConsoleState,
} from '../../../src/lib/console/url-state.ts';

/** A long query, different on every line, as a reader might write one. */
const longQuery = (lines: number) =>
  `-- Một truy vấn dài / a long query\nSELECT place_id, name_vi\nFROM places\nWHERE place_id IN (\n${Array.from({ length: lines }, (_, i) => `  'province:${String(i).padStart(3, '0')}' -- tỉnh số ${i}`).join(',\n')}\n)\nORDER BY place_id;`;

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

  it('keeps reading old ?sql= links up to their old limit, as the chart pages write them', async () => {
    const sql = longQuery(150);
    expect(sql.length).toBeLessThan(MAX_LINK_SQL);
    expect(await readConsoleState(`?sql=${encodeURIComponent(sql)}`, '')).toEqual({ kind: 'sql', sql: sql.trim() });
  });
});

describe('writing a link', () => {
  it('writes an example as its id, a short query as text, and reads back what it wrote', async () => {
    for (const example of EXAMPLES) {
      const link = await consoleLink(`  ${example.sql}\n`);
      expect(link).toEqual({ ok: true, search: `?example=${example.id}`, hash: '', compressed: false });
      if (link.ok) expect(await readConsoleState(link.search, link.hash)).toMatchObject({ kind: 'example', id: example.id });
    }
    const sql = "SELECT 'ă & ơ' AS x, 1 + 1 = 2 AS y; -- 100%";
    const link = await consoleLink(sql);
    expect(link).toMatchObject({ ok: true, hash: '', compressed: false });
    if (link.ok) expect(await readConsoleState(link.search, link.hash)).toEqual({ kind: 'sql', sql });
    expect(await consoleLink('   ')).toEqual({ ok: true, search: '', hash: '', compressed: false });
  });

  it('puts a long query in the fragment, compressed, and reads it back exactly', async () => {
    const sql = longQuery(400);
    expect(sql.length).toBeGreaterThan(MAX_LINK_SQL);
    const link = await consoleLink(sql);
    expect(link).toMatchObject({ ok: true, search: '', compressed: true });
    if (!link.ok) return;
    expect(link.hash.startsWith(FRAGMENT_PREFIX)).toBe(true);
    expect(link.hash).toMatch(/^#z=[A-Za-z0-9_-]+$/u);
    expect(link.hash.length).toBeLessThan(sql.length / 3);
    expect(await readConsoleState('', link.hash)).toEqual({ kind: 'sql', sql: sql.trim() });
  });

  it('compresses as soon as the readable link would pass its length', async () => {
    const sql = `SELECT ${Array.from({ length: 400 }, (_, i) => `${i} AS c${i}`).join(', ')}`;
    expect(`?${new URLSearchParams({ sql })}`.length).toBeGreaterThan(MAX_SEARCH_LENGTH);
    expect(await consoleLink(sql)).toMatchObject({ ok: true, compressed: true });
  });

  it('says so, instead of giving a link, when even the compressed query is too long', async () => {
    // Random text does not compress.
    let seed = 7;
    const noise = Array.from({ length: 40_000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
    const link = await consoleLink(`SELECT '${noise}'`);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.length).toBeGreaterThan(MAX_FRAGMENT_LENGTH);
  });

  it('uses the standard: deflate-raw, base64url', async () => {
    const payload = await compressSql('SELECT 1');
    const bytes = Buffer.from(payload, 'base64url');
    const { inflateRawSync } = await import('node:zlib');
    expect(inflateRawSync(bytes).toString('utf8')).toBe('SELECT 1');
    expect(await decompressSql(payload)).toBe('SELECT 1');
  });
});

describe('reading a fragment', () => {
  it('leaves an in-page anchor alone', async () => {
    expect(await readConsoleState('?example=relapse', '#schema-figures')).toMatchObject({ kind: 'example', id: 'relapse' });
    expect(await readConsoleState('', '#safety-heading')).toEqual({ kind: 'empty' });
  });

  it('refuses a broken or truncated fragment, and one mixed with a query string', async () => {
    const payload = await compressSql(longQuery(100));
    expect(await readConsoleState('', `#z=${payload.slice(0, payload.length / 2)}`)).toEqual({ kind: 'invalid', reason: 'broken-link' });
    expect(await readConsoleState('', '#z=not*base64')).toEqual({ kind: 'invalid', reason: 'broken-link' });
    expect(await readConsoleState('', '#z=')).toEqual({ kind: 'invalid', reason: 'broken-link' });
    expect(await readConsoleState('?sql=SELECT+1', `#z=${payload}`)).toEqual({ kind: 'invalid', reason: 'unexpected' });
  });

  it('refuses a fragment that would expand to more than the console accepts', async () => {
    const bomb = await compressSql('x'.repeat(1_000_000));
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    expect(await readConsoleState('', `#z=${bomb}`)).toEqual({ kind: 'invalid', reason: 'too-long' });
  });
});
