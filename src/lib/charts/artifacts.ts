// The take-away files of a registered query, made at build time from the
// registry alone: its rows as CSV (UTF-8 with a byte-order mark, so Excel on
// Windows reads Vietnamese right) and as an Excel workbook, both with each
// row's sources cited in columns; its metadata as JSON (titles, definitions,
// sources, SQL, licence, how to cite); and a chart's image as SVG and PNG.

import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { withEmbeddedFonts } from './poster-fonts.ts';
import { csvFormat } from 'd3';
import ExcelJS from 'exceljs';
import { chartText } from '../../i18n/strings/charts.ts';
import type { Locale } from '../../i18n/ui.ts';
import { stableZip } from '../files/stable-zip.ts';
import { absoluteUrl, LICENCE, SITE_NAME, sourceCitation, viewCitation } from '../data/identity.ts';
import { chartPath, sourcePath, sqlPath } from '../data/paths.ts';
import { readDataPackage } from '../data/published.ts';
import { siteIndex } from '../data/site-index.ts';
import { LIST_SEPARATOR } from '../schema/rows.ts';
import { queryRows, renderChart, sourcesOf, type RenderedChart, type SourceRef } from './build-time.ts';
import { EXPORT_FORMATS, exportPath, type ExportFormat } from './exports.ts';
import { posterSvg } from './poster.ts';
import type { ChartDefinition, RegisteredQuery } from './types.ts';

const require = createRequire(import.meta.url);
/** Complete TTFs (Vietnamese and Latin in one file): resvg cannot combine @fontsource's per-subset files. */
const FONT_FILES = ['400Regular/BeVietnamPro_400Regular.ttf', '600SemiBold/BeVietnamPro_600SemiBold.ttf'].map((f) =>
  require.resolve(`@expo-google-fonts/be-vietnam-pro/${f}`),
);

const isChart = (q: RegisteredQuery<unknown>): q is ChartDefinition<unknown> => 'build' in q;

/** The citation columns a row gains when it does not carry them: who published its sources, their titles, dates and addresses. */
const CITATION_COLUMNS = ['source_publisher', 'source_title', 'source_published', 'source_url'] as const;

async function citedRows(query: RegisteredQuery<unknown>): Promise<Array<Record<string, unknown>>> {
  const rows = (await queryRows(query)) as Array<Record<string, unknown>>;
  const index = (await siteIndex()).sourceById;
  return rows.map((row) => {
    const missing = CITATION_COLUMNS.filter((c) => !(c in row));
    if (missing.length === 0) return row;
    const sources = query
      .sourceIds([row])
      .map((id) => index.get(id)!)
      .filter(Boolean);
    const cited: Record<string, unknown> = { ...row };
    const field = { source_publisher: 'publisher', source_title: 'title', source_published: 'published', source_url: 'url' } as const;
    for (const c of missing) cited[c] = sources.map((s) => s[field[c]] ?? '').join(LIST_SEPARATOR) || null;
    return cited;
  });
}

/** The rows as CSV, with a byte-order mark: Excel on Windows reads a BOM-less UTF-8 CSV as a legacy code page. */
export async function queryCsv(query: RegisteredQuery<unknown>): Promise<string> {
  const rows = await citedRows(query);
  return `\uFEFF${csvFormat(rows, Object.keys(rows[0] ?? {}))}\n`;
}

/** The rows as an Excel workbook: the data, then a sheet saying what it is and how to cite it. */
export async function queryXlsx(query: RegisteredQuery<unknown>, locale: Locale): Promise<Uint8Array> {
  const rows = await citedRows(query);
  const built = readDataPackage().created;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = SITE_NAME[locale];
  // A fixed date: the same data gives the same file.
  workbook.created = workbook.modified = new Date(`${built}T00:00:00Z`);
  const data = workbook.addWorksheet(chartText(locale, 'file.sheetData'));
  const columns = Object.keys(rows[0] ?? {});
  data.columns = columns.map((c) => ({ header: c, key: c, width: Math.min(48, Math.max(10, c.length + 2)) }));
  for (const row of rows) data.addRow(row);
  data.getRow(1).font = { bold: true };
  data.views = [{ state: 'frozen', ySplit: 1 }];
  const about = workbook.addWorksheet(chartText(locale, 'file.sheetAbout'));
  const page = isChart(query) ? absoluteUrl(chartPath(locale, query.id)) : absoluteUrl(exportPath(query, locale, 'xlsx'));
  const sources = await sourcesOf(query, await queryRows(query));
  const lines: Array<[string, string]> = [
    [chartText(locale, 'file.title'), query.title[locale]],
    [chartText(locale, 'file.cite'), viewCitation({ title: query.title[locale], url: page }, locale, built)],
    [chartText(locale, 'file.licence'), `${LICENCE.name} (${LICENCE.url}). ${LICENCE.note[locale]}`],
    [chartText(locale, 'file.dataOf'), built],
    ['SQL', query.sql],
    ...sources.map((s, i): [string, string] => [i === 0 ? chartText(locale, 'file.sources') : '', sourceCitation(s, locale)]),
  ];
  about.columns = [{ width: 16 }, { width: 110 }];
  for (const line of lines) about.addRow(line).alignment = { wrapText: true, vertical: 'top' };
  return stableZip(new Uint8Array(await workbook.xlsx.writeBuffer()), workbook.created);
}

/** "Nguồn: Publisher (year); Publisher (year)" for the foot of an image. */
function sourceLine(sources: SourceRef[], locale: Locale): string {
  const list = sources.map((s) => `${s.publisher}${s.published ? ` (${s.published.slice(0, 4)})` : ''}`);
  return `${chartText(locale, 'file.sources')}: ${list.join('; ')}`;
}

/** The chart as a standalone, titled and sourced SVG (the wide drawing). */
export async function chartPosterSvg(chart: ChartDefinition<unknown>, locale: Locale): Promise<string> {
  const rendered: RenderedChart<unknown> = await renderChart(chart, locale, { instance: `${chart.id}-poster` });
  if (!rendered.svg) throw new Error(`chart ${chart.id} has too few rows to draw`);
  return posterSvg(rendered.svg.wide || rendered.svg.narrow, {
    title: chart.title[locale],
    subtitle: chart.subtitle[locale],
    legend: rendered.legend.map((l) => ({ swatch: l.swatch, label: l.label[locale] })),
    notes: rendered.notes,
    sourceLine: sourceLine(rendered.sources, locale),
    footer: `${absoluteUrl(chartPath(locale, chart.id))} · ${SITE_NAME[locale]} · ${LICENCE.name}`,
    description: rendered.description,
  });
}

/** The poster as PNG at twice its size (or `zoom`), drawn with the bundled fonts only, so it is the same on every machine. */
export function posterPng(svg: string, zoom = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Be Vietnam Pro', sansSerifFamily: 'Be Vietnam Pro' },
    background: 'white',
  });
  return new Uint8Array(resvg.render().asPng());
}

const pngCache = new Map<string, Promise<Uint8Array>>();
export function chartPng(chart: ChartDefinition<unknown>, locale: Locale): Promise<Uint8Array> {
  const key = `${locale}:${chart.id}`;
  let png = pngCache.get(key);
  if (!png) {
    png = chartPosterSvg(chart, locale).then(posterPng);
    pngCache.set(key, png);
  }
  return png;
}

/** What a query is, where it comes from, how it is made and how to cite it. */
export async function queryMetadata(query: RegisteredQuery<unknown>, locale: Locale, drawn: boolean): Promise<object> {
  const built = readDataPackage().created;
  const rows = await queryRows(query);
  const data = await siteIndex();
  const chart = isChart(query) ? query : null;
  const page = chart && chart.topic !== 'place' ? absoluteUrl(chartPath(locale, query.id)) : null;
  return {
    id: query.id,
    title: query.title,
    subtitle: chart?.subtitle,
    description: chart?.describe(rows, locale),
    notes: chart?.notes?.(rows, locale),
    page,
    files: Object.fromEntries(
      EXPORT_FORMATS.filter((f) => !f.drawing || drawn).map((f) => [f.format, absoluteUrl(exportPath(query, locale, f.format as ExportFormat))]),
    ),
    rows: rows.length,
    sql: query.sql,
    sql_console: absoluteUrl(sqlPath(locale, query.sql)),
    measures: query.measureIds(rows).map((m) => {
      const measure = data.measureById.get(m);
      return { measure_id: m, label: { vi: measure?.label_vi, en: measure?.label_en }, definition: { vi: measure?.definition_vi, en: measure?.definition_en } };
    }),
    sources: (await sourcesOf(query, rows)).map((s) => ({ ...s, citation: sourceCitation(s, locale), page: absoluteUrl(sourcePath(locale, s.source_id)) })),
    licence: { name: LICENCE.name, url: LICENCE.url, note: LICENCE.note[locale] },
    citation: viewCitation({ title: query.title[locale], url: page ?? absoluteUrl(exportPath(query, locale, 'json')) }, locale, built),
    data_built: built,
  };
}

/** The body of one take-away file. */
export async function exportBody(query: RegisteredQuery<unknown>, format: ExportFormat, locale: Locale, drawn: boolean): Promise<string | Uint8Array> {
  switch (format) {
    case 'csv':
      return queryCsv(query);
    case 'xlsx':
      return queryXlsx(query, locale);
    case 'svg':
      return withEmbeddedFonts(await chartPosterSvg(query as ChartDefinition<unknown>, locale));
    case 'png':
      return chartPng(query as ChartDefinition<unknown>, locale);
    case 'json':
      return `${JSON.stringify(await queryMetadata(query, locale, drawn), null, 2)}\n`;
  }
}
