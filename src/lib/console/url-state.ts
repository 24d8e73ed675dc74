// What a console link may carry, as a closed vocabulary:
// - `?example=<id>` names a reviewed example, which runs on arrival;
// - `?sql=<text>` fills the editor and waits for the reader to press Run
//   (the chart pages' "Open in SQL" links, and every short query);
// - `#z=<base64url>` is a long query, compressed with the standard
//   deflate-raw (RFC 1951, CompressionStream in browsers and Node) and
//   written in base64url (RFC 4648 §5), in the fragment: it never reaches a
//   server and survives chat apps that cut long query strings. It too only
//   fills the editor.
// Nothing else in the URL changes what the console does; another fragment
// (an in-page anchor) is left alone.

import { EXAMPLE_IDS, exampleById, exampleBySql, type ExampleId } from './examples.ts';

/** The longest SQL read from `?sql=` (old links up to this length keep working). */
export const MAX_LINK_SQL = 8000;
/** Above this many characters of query string, a link carries the query compressed in the fragment instead. */
export const MAX_SEARCH_LENGTH = 2000;
/** The longest fragment a link carries (characters of base64url): beyond it no link is made, and the console says so. */
export const MAX_FRAGMENT_LENGTH = 16_000;
/** The longest SQL a fragment may expand to (a guard against a link that inflates to megabytes). */
export const MAX_FRAGMENT_SQL = 200_000;

export const FRAGMENT_PREFIX = '#z=';

export type InvalidReason = 'unknown-example' | 'too-long' | 'unexpected' | 'broken-link';

export type ConsoleState =
  | { kind: 'empty' }
  /** A reviewed example: it runs on arrival. */
  | { kind: 'example'; id: ExampleId; sql: string }
  /** SQL from a link: shown, never run until the reader asks. */
  | { kind: 'sql'; sql: string }
  | { kind: 'invalid'; reason: InvalidReason };

/** Reads the console's state from a query string ("?example=…" or "?sql=…"). */
export function parseConsoleState(search: string): ConsoleState {
  const params = new URLSearchParams(search);
  const entries: Record<string, string> = {};
  for (const [key, value] of params) {
    // A repeated key is ambiguous: refuse rather than pick one.
    if (key in entries) return { kind: 'invalid', reason: 'unexpected' };
    entries[key] = value;
  }
  const keys = Object.keys(entries);
  if (keys.length === 0) return { kind: 'empty' };
  if (keys.length > 1) return { kind: 'invalid', reason: 'unexpected' };
  if ('example' in entries) {
    const id = EXAMPLE_IDS.find((e) => e === entries.example);
    return id ? { kind: 'example', id, sql: exampleById(id)!.sql } : { kind: 'invalid', reason: 'unknown-example' };
  }
  if ('sql' in entries) {
    const sql = entries.sql.trim();
    if (sql === '') return { kind: 'invalid', reason: 'unexpected' };
    if (sql.length > MAX_LINK_SQL) return { kind: 'invalid', reason: 'too-long' };
    return { kind: 'sql', sql };
  }
  return { kind: 'invalid', reason: 'unexpected' };
}

// ---- The compressed fragment ------------------------------------------------

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/u, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/u.test(text)) throw new Error('not base64url');
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    length += chunk.length;
    if (length > limit) throw new Error('too long');
    chunks.push(chunk);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** SQL as the fragment's payload: UTF-8, deflate-raw, base64url. */
export async function compressSql(sql: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(sql), new CompressionStream('deflate-raw')));
}

/** The SQL a fragment's payload carries; throws when it is not one the console wrote. */
export async function decompressSql(payload: string): Promise<string> {
  const bytes = await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw'), MAX_FRAGMENT_SQL * 4);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * The state of a whole address: the query string as parseConsoleState reads
 * it, or a compressed query in the fragment (alone: with a query string too,
 * the link is ambiguous).
 */
export async function readConsoleState(search: string, hash: string): Promise<ConsoleState> {
  if (!hash.startsWith(FRAGMENT_PREFIX)) return parseConsoleState(search);
  if (new URLSearchParams(search).size > 0) return { kind: 'invalid', reason: 'unexpected' };
  const payload = hash.slice(FRAGMENT_PREFIX.length);
  if (payload.length > MAX_FRAGMENT_LENGTH * 2) return { kind: 'invalid', reason: 'too-long' };
  let sql: string;
  try {
    sql = (await decompressSql(payload)).trim();
  } catch (error) {
    return { kind: 'invalid', reason: error instanceof Error && error.message === 'too long' ? 'too-long' : 'broken-link' };
  }
  if (sql === '') return { kind: 'invalid', reason: 'broken-link' };
  if (sql.length > MAX_FRAGMENT_SQL) return { kind: 'invalid', reason: 'too-long' };
  return { kind: 'sql', sql };
}

export type ConsoleLink =
  /** search and hash to put after the page's path ("" and "" for an empty editor). */
  | { ok: true; search: string; hash: string; compressed: boolean }
  /** No link can carry this query: `length` characters compressed, more than MAX_FRAGMENT_LENGTH. */
  | { ok: false; length: number };

/**
 * The link for the SQL in the editor: a reviewed example by its id (the link
 * runs it on arrival), a short query as readable text, a long one compressed
 * in the fragment, and none at all for a query that would not fit.
 */
export async function consoleLink(sql: string): Promise<ConsoleLink> {
  const text = sql.trim();
  if (text === '') return { ok: true, search: '', hash: '', compressed: false };
  const example = exampleBySql(text);
  if (example) return { ok: true, search: `?${new URLSearchParams({ example: example.id })}`, hash: '', compressed: false };
  const search = `?${new URLSearchParams({ sql: text })}`;
  if (search.length <= MAX_SEARCH_LENGTH) return { ok: true, search, hash: '', compressed: false };
  const payload = await compressSql(text);
  if (payload.length > MAX_FRAGMENT_LENGTH) return { ok: false, length: payload.length };
  return { ok: true, search: '', hash: `${FRAGMENT_PREFIX}${payload}`, compressed: true };
}

/** Whether a fragment is the console's own (a compressed query) rather than an in-page anchor. */
export const isQueryFragment = (hash: string): boolean => hash.startsWith(FRAGMENT_PREFIX);
