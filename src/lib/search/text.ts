// The search's own strings (src/i18n/strings/search.ts) for the browser code:
// importing src/i18n/ui.ts would bring every page's text into the header's
// search script.

import { fill } from '../../i18n/fill.ts';
import type { Locale } from '../../i18n/ui.ts';
import { searchStrings } from '../../i18n/strings/search.ts';

export type SearchKey = keyof typeof searchStrings.vi;

export function t(locale: Locale, key: SearchKey): string {
  return searchStrings[locale][key];
}

/** A string with {name} placeholders filled in. */
export function tf(locale: Locale, key: SearchKey, values: Record<string, string | number>): string {
  return fill(t(locale, key), values);
}

/** The page's language, as its <html lang> says. */
export const pageLocale = (): Locale => (document.documentElement.lang === 'en' ? 'en' : 'vi');
