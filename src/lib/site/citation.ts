// How to cite a source document, and a figure from it, in both languages.

import type { Locale } from '../../i18n/ui.ts';
import { SITE_NAME, siteUrl } from '../charts/artifacts.ts';
import { sourcePath } from './paths.ts';
import type { SourceRecord } from './site-data.ts';

/** "Publisher. Title. Date. URL" as a reader would put it in a footnote. */
export function sourceCitation(s: SourceRecord, locale: Locale): string {
  const date = s.published ?? (locale === 'vi' ? 'không ghi ngày' : 'n.d.');
  const parts = [s.author, s.publisher, `“${s.title}”`, date, s.url ?? undefined].filter(Boolean);
  return `${parts.join('. ')}.`;
}

/** The dataset's own citation, pointing at this source's page. */
export function datasetCitation(s: SourceRecord, locale: Locale, version: string): string {
  const page = `${siteUrl()}${sourcePath(locale, s.source_id)}`;
  return locale === 'vi'
    ? `Trích từ: ${sourceCitation(s, locale)} Qua ${SITE_NAME.vi}, phiên bản dữ liệu ${version}, ${page} (CC BY 4.0).`
    : `From: ${sourceCitation(s, locale)} Via ${SITE_NAME.en}, data version ${version}, ${page} (CC BY 4.0).`;
}
