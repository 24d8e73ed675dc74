// The console's own strings (src/i18n/strings/console.ts) for the browser
// code: importing src/i18n/ui.ts would bring every page's text into the
// console's first script.

import { fill } from '../../i18n/fill.ts';
import type { Locale } from '../../i18n/ui.ts';
import { consoleStrings } from '../../i18n/strings/console.ts';

export type ConsoleKey = keyof typeof consoleStrings.vi;

export function t(locale: Locale, key: ConsoleKey): string {
  return consoleStrings[locale][key];
}

/** A string with {name} placeholders filled in. */
export function tf(locale: Locale, key: ConsoleKey, values: Record<string, string | number>): string {
  return fill(t(locale, key), values);
}
