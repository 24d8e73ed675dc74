// The take-away files of a registered chart, made at build time from the
// registry alone: its rows as CSV, its metadata as JSON (titles, definitions,
// sources, SQL, licence, how to cite), and its image as SVG and PNG. A chart
// gets all of them by being registered.

import { csvFormat } from 'd3';
import type { Locale } from '../../i18n/ui.ts';
import { CHART_FILES } from '../security-headers.ts';
import { siteData } from '../site/site-data.ts';
import { chartPath, sqlPath } from '../site/paths.ts';
import { chartRows, renderChart, type RenderedChart } from './build-time.ts';
import { posterPng, posterSvg } from './image.ts';
import { chartById } from './registry.ts';
import type { ChartDefinition } from './types.ts';

export type ChartFileName = (typeof CHART_FILES)[number];

export const SITE_NAME = { vi: 'Số liệu cai nghiện ma túy Việt Nam', en: 'Viet Nam drug rehabilitation data' } as const;
export const LICENCE = 'CC BY 4.0';

/** Where the site is served; set SITE_URL when deploying so citations and embeds carry the public address. */
export const siteUrl = (): string => (process.env.SITE_URL ?? 'http://127.0.0.1:4321').replace(/\/$/u, '');

export const chartUrl = (locale: Locale, id: string): string => `${siteUrl()}${chartPath(locale, id)}`;

/** "Publisher (year); Publisher (year)" for the source line of an image. */
function sourceLine(rendered: RenderedChart<unknown>, locale: Locale): string {
  const list = rendered.sources.map((s) => `${s.publisher}${s.published ? ` (${s.published.slice(0, 4)})` : ''}`);
  return `${locale === 'vi' ? 'Nguồn' : 'Sources'}: ${list.join('; ')}`;
}

/** How to cite a chart, as plain text. */
export function chartCitation(chart: ChartDefinition<unknown>, locale: Locale, built: string): string {
  return locale === 'vi'
    ? `${SITE_NAME.vi}, "${chart.title.vi}", ${chartUrl(locale, chart.id)} (dữ liệu ngày ${built}), ${LICENCE}. Mỗi con số thuộc về tài liệu nguồn của nó: hãy dẫn cả nguồn.`
    : `${SITE_NAME.en}, "${chart.title.en}", ${chartUrl(locale, chart.id)} (data of ${built}), ${LICENCE}. Each number belongs to its source document: cite it too.`;
}

/** The chart as a standalone, titled and sourced SVG (the wide drawing). */
export async function chartPosterSvg(id: string, locale: Locale): Promise<string> {
  const rendered = await renderChart(chartById(id), locale, `${id}-poster`);
  if (!rendered.svg) throw new Error(`chart ${id} has too few rows to draw`);
  return posterSvg(rendered.svg.wide || rendered.svg.narrow, {
    title: rendered.chart.title[locale],
    subtitle: rendered.chart.subtitle[locale],
    legend: rendered.legend.map((l) => ({ swatch: l.swatch, label: l.label[locale] })),
    sourceLine: sourceLine(rendered, locale),
    footer: `${chartUrl(locale, id)} · ${LICENCE}`,
  });
}

const pngCache = new Map<string, Promise<Buffer>>();
export function chartPng(id: string, locale: Locale): Promise<Buffer> {
  const key = `${locale}:${id}`;
  let png = pngCache.get(key);
  if (!png) {
    png = chartPosterSvg(id, locale).then(posterPng);
    pngCache.set(key, png);
  }
  return png;
}

export async function chartCsv(id: string): Promise<string> {
  const rows = (await chartRows(chartById(id))) as Array<Record<string, unknown>>;
  return csvFormat(rows, Object.keys(rows[0] ?? {}));
}

export async function chartMetadata(id: string, locale: Locale, built: string): Promise<object> {
  const chart = chartById(id);
  const rendered = await renderChart(chart, locale);
  const data = await siteData();
  return {
    id,
    title: chart.title,
    subtitle: chart.subtitle,
    description: rendered.description,
    notes: rendered.notes,
    page: chartUrl(locale, id),
    files: Object.fromEntries(CHART_FILES.map((f) => [f, `${chartUrl(locale, id)}${f}`])),
    rows: rendered.rows.length,
    sql: chart.sql,
    sql_console: `${siteUrl()}${sqlPath(locale, chart.sql)}`,
    measures: chart.measureIds(rendered.rows).map((m) => {
      const measure = data.measureById.get(m);
      return { measure_id: m, label: { vi: measure?.label_vi, en: measure?.label_en }, definition: { vi: measure?.definition_vi, en: measure?.definition_en } };
    }),
    sources: rendered.sources.map((s) => ({ ...s, page: `${siteUrl()}/sources/${s.source_id}/` })),
    licence: { name: LICENCE, url: 'https://creativecommons.org/licenses/by/4.0/', note: 'The compilation; each number belongs to the document that published it.' },
    citation: chartCitation(chart, locale, built),
    data_built: built,
  };
}
