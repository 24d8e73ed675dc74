// The take-away formats of a registered query, as one registry: the routes
// that write them, the links and download buttons that offer them, the
// response headers and the tests all iterate this list, so a format is added
// once. File names say what they hold, in the page's language
// ("ty-le-hoan-thanh-chi-tieu.png", "target-attainment.png").

import { lookup } from 'mrmime';
import type { Locale } from '../../i18n/ui.ts';
import { localePath } from '../../i18n/ui.ts';
import type { Localized, RegisteredQuery } from './types.ts';

export const EXPORT_FORMATS = [
  { format: 'csv', label: { vi: 'Số liệu (CSV)', en: 'Data (CSV)' }, drawing: false },
  { format: 'xlsx', label: { vi: 'Số liệu (Excel)', en: 'Data (Excel)' }, drawing: false },
  { format: 'png', label: { vi: 'Hình (PNG)', en: 'Image (PNG)' }, drawing: true },
  { format: 'svg', label: { vi: 'Hình (SVG)', en: 'Image (SVG)' }, drawing: true },
  { format: 'json', label: { vi: 'Mô tả (JSON)', en: 'Metadata (JSON)' }, drawing: false },
] as const satisfies ReadonlyArray<{ format: string; label: Localized; drawing: boolean }>;

export type ExportFormat = (typeof EXPORT_FORMATS)[number]['format'];

/** The Content-Type of a format (mrmime's table), with the charset text formats need. */
export function contentType(format: ExportFormat): string {
  const type = lookup(format) ?? 'application/octet-stream';
  return format === 'csv' || format === 'json' || format === 'svg' ? `${type}; charset=utf-8` : type;
}

/** The file name of a query's take-away in a language: its name and the format's extension. */
export const exportFileName = (query: Pick<RegisteredQuery<unknown>, 'fileName'>, locale: Locale, format: ExportFormat): string =>
  `${query.fileName[locale]}.${format}`;

/** Where a query's take-away lives: /charts/<id>/<name>.<ext> (/en/… in English). */
export const exportPath = (query: Pick<RegisteredQuery<unknown>, 'id' | 'fileName'>, locale: Locale, format: ExportFormat): string =>
  localePath(locale, `/charts/${query.id}/${exportFileName(query, locale, format)}`);

/** The formats a query offers: images only for a chart with its own page, drawn. */
export const formatsOf = ({ drawn }: { drawn: boolean }) => EXPORT_FORMATS.filter((f) => !f.drawing || drawn);
