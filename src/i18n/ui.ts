// User-facing text in both languages. Vietnamese is the default and lives at
// /, English under /en/. The strings live in one module per part of the site
// (src/i18n/strings/); keys are checked at compile time: a string missing in
// one language is a type error.

import { fill } from './fill.ts';
import { browseStrings } from './strings/browse.ts';
import { chartStrings } from './strings/charts.ts';
import { consoleStrings } from './strings/console.ts';
import { exploreStrings } from './strings/explore.ts';
import { pageStrings } from './strings/pages.ts';
import { searchStrings } from './strings/search.ts';
import { siteStrings } from './strings/site.ts';

export { alternatePath, LOCALES, localePath, type Locale } from './locale.ts';
import type { Locale } from './locale.ts';

const vi = { ...siteStrings.vi, ...pageStrings.vi, ...consoleStrings.vi, ...exploreStrings.vi, ...browseStrings.vi, ...searchStrings.vi, ...chartStrings.vi };
const en = { ...siteStrings.en, ...pageStrings.en, ...consoleStrings.en, ...exploreStrings.en, ...browseStrings.en, ...searchStrings.en, ...chartStrings.en };

export type UiKey = keyof typeof vi;
const STRINGS: Record<Locale, Record<UiKey, string>> = { vi, en };

export function t(locale: Locale, key: UiKey): string {
  return STRINGS[locale][key];
}

/** A string with {name} placeholders filled in. */
export function tf(locale: Locale, key: UiKey, values: Record<string, string | number>): string {
  return fill(t(locale, key), values);
}
