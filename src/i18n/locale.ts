// The site's two languages and where a page lives in each: Vietnamese at /,
// English under /en/. Kept apart from the dictionaries (ui.ts) so code that
// only builds addresses (src/lib/data/paths.ts, and through it the explorer's
// browser script) does not carry every string of the site.

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The path of a page in a locale: "/data/" in Vietnamese is "/en/data/" in English. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === 'vi' ? clean : `/en${clean}`;
}

/** The same page in the other language. */
export function alternatePath(locale: Locale, currentPath: string): string {
  const bare = currentPath.replace(/^\/en(?=\/|$)/u, '') || '/';
  return locale === 'vi' ? localePath('en', bare) : bare;
}
