// Who the site is and how to cite it: its name, licence and public address,
// and the one citation builder every page, chart file, metadata file and
// console export uses.

import { chartText } from '../../i18n/strings/charts.ts';
import type { Locale } from '../../i18n/ui.ts';
import type { TableRow } from '../schema/tables.ts';
import { sourcePath } from './paths.ts';

export const SITE_NAME = { vi: 'Số liệu cai nghiện ma túy Việt Nam', en: 'Viet Nam drug rehabilitation data' } as const;

export const LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  note: { vi: 'Bản tổng hợp; mỗi con số thuộc về tài liệu đã công bố nó.', en: 'The compilation; each number belongs to the document that published it.' },
} as const;

/** Where the site is served; set SITE_URL when deploying so citations, embeds and social previews carry the public address. */
export const siteUrl = (): string => (process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/$/u, '');

/** An absolute address of a path on this site. */
export const absoluteUrl = (path: string): string => `${siteUrl()}${path}`;

type CitableSource = Pick<TableRow<'sources'>, 'source_id' | 'author' | 'publisher' | 'title' | 'published' | 'url'>;

/** "Publisher. “Title”. Date. URL." as a reader would put it in a footnote. */
export function sourceCitation(s: CitableSource, locale: Locale): string {
  const date = s.published ?? chartText(locale, 'cite.noDate');
  const parts = [s.author, s.publisher, `“${s.title}”`, date, s.url ?? undefined].filter(Boolean);
  return `${parts.join('. ')}.`;
}

/** The dataset's own citation, pointing at a source's page: cite the source, then this compilation. */
export function datasetCitation(s: CitableSource, locale: Locale, version: string): string {
  const url = absoluteUrl(sourcePath(locale, s.source_id));
  return chartText(locale, 'cite.viaSite', { source: sourceCitation(s, locale), site: SITE_NAME[locale], version, url, licence: LICENCE.name });
}

/** The compilation's citation, for the data page: this site, the year and version of the data, its address. */
export function compilationCitation(locale: Locale, data: { version: string; created: string }, url: string): string {
  return chartText(locale, 'cite.dataset', { site: SITE_NAME[locale], year: data.created.slice(0, 4), version: data.version, url, licence: LICENCE.name });
}

/** How to cite a chart or a view of the data, as plain text: this site, the title, the address, the data's date. */
export function viewCitation(view: { title: string; url: string }, locale: Locale, built: string): string {
  return chartText(locale, 'cite.view', { site: SITE_NAME[locale], title: view.title, url: view.url, built, licence: LICENCE.name });
}
