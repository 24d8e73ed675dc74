// The browser side of the site search: loads Pagefind's script from this site
// (/pagefind/pagefind.js, written by scripts/search-index.ts) the first time it
// is needed, and runs a query once per kind of result (places, figures,
// sources, charts, measures: each record carries its kind as a filter), so the
// results come grouped and each group is ranked on its own.
//
// Within a group, what a query names exactly comes first: Pagefind ranks by
// the words a record shares with the query, which puts "Cơ sở cai nghiện tỉnh
// Quảng Ninh" before "Quảng Ninh" itself; the first results shown are re-ranked
// so that a title or name equal to the query (accents and đ folded), then one
// that starts with it, comes before the rest, and among those a province before
// its facilities. (Figures need less: Pagefind weights a record's title, and a
// figure's title is its number as printed.)

import { fold } from './fold.ts';
import { PAGEFIND_SCRIPT, SEARCH_KINDS, type SearchKind } from './search-kinds.ts';

export { SEARCH_KINDS, type SearchKind };

export interface SearchHit {
  url: string;
  title: string;
  detail: string;
  kind: SearchKind;
  /** The title's language when it is not the page's. */
  lang?: string;
}

export interface SearchGroup {
  kind: SearchKind;
  /** Every result of this kind. */
  total: number;
  hits: SearchHit[];
}

export interface GroupedResults {
  query: string;
  groups: SearchGroup[];
  total: number;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<Pagefind> | null = null;

/** Loads Pagefind once (its script, then its WebAssembly and the page language's index metadata). */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_SCRIPT)) as Pagefind;
    // On the page's own thread: the index is small, and a worker would be one more script to fetch and start first.
    await pagefind.options({ excerptLength: 0, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** How well a result's names answer the query: 0 equal, 1 starts with it, 2 otherwise. */
export function matchClass(query: string, names: string[]): number {
  const q = fold(query).replace(/\s+/gu, ' ').trim();
  let best = 2;
  for (const name of names) {
    const n = fold(name).replace(/\s+/gu, ' ').trim();
    if (n === q) return 0;
    // "674" starts "674 lượt người", but not "6740" nor "674,5".
    if (n.startsWith(q) && !/^[.,]?[\p{L}\p{N}]/u.test(n.slice(q.length))) best = 1;
  }
  return best;
}

/** How many of the first places are re-ranked by how well their names match the query. */
const RERANK_PLACES = 8;

const namesOf = (meta: Record<string, string>) => [meta.title ?? '', ...(meta.names ? meta.names.split(' | ') : [])];

/**
 * The first `limit` results of each kind (or of some kinds), and how many there are of each. Each
 * result shown costs a request (Pagefind keeps a record's text and metadata in a file of its own), so
 * only places, whose Pagefind order puts a province's facilities before the province, are re-ranked
 * among more than are shown (`RERANK_PLACES`); the others among those shown. Null when `current`
 * says the query was overtaken before its results' files were fetched.
 */
export async function searchGrouped(
  query: string,
  options: { limit: number; kinds?: readonly SearchKind[]; current?: () => boolean },
): Promise<GroupedResults | null> {
  const pagefind = await loadPagefind();
  const kinds = options.kinds ?? SEARCH_KINDS;
  const searches = await Promise.all(kinds.map((kind) => pagefind.search(query, { filters: { kind } })));
  // Overtaken by a newer query while searching (the reader kept typing): no result's file is fetched for it.
  if (options.current && !options.current()) return null;
  const groups = await Promise.all(
    kinds.map(async (kind, i): Promise<SearchGroup> => {
      const results = searches[i]?.results ?? [];
      const window = kind === 'place' ? Math.max(options.limit, RERANK_PLACES) : options.limit;
      const loaded = await Promise.all(results.slice(0, window).map(async (r, rank) => ({ rank, data: await r.data() })));
      const ranked = loaded
        .map((x) => ({ ...x, match: matchClass(query, namesOf(x.data.meta)), order: Number(x.data.meta.order ?? 9) }))
        .sort((a, b) => a.match - b.match || (a.match < 2 ? a.order - b.order : 0) || a.rank - b.rank);
      return {
        kind,
        total: results.length,
        hits: ranked.slice(0, options.limit).map(({ data }) => ({
          url: data.url,
          title: data.meta.title ?? data.url,
          detail: data.meta.detail ?? '',
          kind,
          ...(data.meta.lang ? { lang: data.meta.lang } : {}),
        })),
      };
    }),
  );
  return { query, groups, total: groups.reduce((sum, g) => sum + g.total, 0) };
}
