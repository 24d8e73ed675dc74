// The kinds of search results, in the order they are shown, and where the
// index lives. A module of its own, light enough for every page's script
// (src/lib/data/paths.ts brings every page's strings with it).

export const SEARCH_KINDS = ['place', 'figure', 'source', 'chart', 'measure'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Where the build writes Pagefind's index (scripts/search-index.ts), under the site's root. */
export const PAGEFIND_DIR = 'pagefind';
/** Pagefind's script, which loads the rest of the index. */
export const PAGEFIND_SCRIPT = `/${PAGEFIND_DIR}/pagefind.js`;
