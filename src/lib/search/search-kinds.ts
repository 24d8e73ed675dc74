// The kinds of search results, in the order they are shown.

export const SEARCH_KINDS = ['place', 'figure', 'source', 'chart', 'measure'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
