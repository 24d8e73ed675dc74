// User-facing text in both languages. Vietnamese is the default and lives at
// /, English under /en/. The strings live in one module per part of the site
// (src/i18n/strings/); keys are checked at compile time: a string missing in
// one language is a type error.

import { consoleStrings } from './strings/console.ts';
import { pageStrings } from './strings/pages.ts';
import { searchStrings } from './strings/search.ts';
import { siteStrings } from './strings/site.ts';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const vi = { ...siteStrings.vi, ...pageStrings.vi, ...consoleStrings.vi, ...searchStrings.vi };
const en = { ...siteStrings.en, ...pageStrings.en, ...consoleStrings.en, ...searchStrings.en };

export type UiKey = keyof typeof vi;
const STRINGS: Record<Locale, Record<UiKey, string>> = { vi, en };

export function t(locale: Locale, key: UiKey): string {
  return STRINGS[locale][key];
}

/** A string with {name} placeholders filled in. */
export function tf(locale: Locale, key: UiKey, values: Record<string, string | number>): string {
  return t(locale, key).replace(/\{(\w+)\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

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
