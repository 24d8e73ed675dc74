// The site the chart-pages suite measures: a copy of dist/ made of links (the
// static pages exactly as built), plus /bench-client/, the client-rendered
// baseline of each measured page: the same page with its first chart's
// drawing replaced by an empty container, one bundled script (bundle.ts) and
// the chart's rows as JSON, fetched once (preloaded from the page's head, so
// the script and the data download side by side). The rows are the ones the site publishes
// (/charts/<id>/data.csv), typed by the chart's own row schema; a map's
// data also holds the province shapes, exactly those the build draws.
// /bench-client/ is precompressed like the rest of the site and the whole copy
// is served by scripts/serve.ts: same server, same compression, same headers.

import { csvParse } from 'd3';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { z } from 'zod';
import type { Locale } from '../../../../src/i18n/ui.ts';
import { exportFileName } from '../../../../src/lib/charts/exports.ts';
import { chartById } from '../../../../src/lib/charts/registry/index.ts';
import type { ChartDefinition } from '../../../../src/lib/charts/types.ts';
import { provinceFeatures, type ProvinceSystem } from '../../../../src/lib/geo/provinces.ts';
import { precompress } from '../../../precompress.ts';
import { bundleClient, type ClientBundle } from './bundle.ts';
import type { ClientPayload } from './client/entry.ts';

export const CLIENT_DIR = 'bench-client';

/** A chart page to measure, by its path in the built site. */
export interface ChartPageSpec {
  key: string;
  path: string;
  /** What kind of chart comes first, for people reading the result. */
  kind: string;
}

/** A measured page with what the built HTML says about its first chart. */
export interface ChartPage extends ChartPageSpec {
  /** The figure's id, which is the registered chart's id. */
  chartId: string;
  locale: Locale;
  /** The width the visible drawing was made at (the first SVG of the figure: the wide one). */
  width: number;
  /** The first chart's drawing, in the static page and in the client baseline. */
  selector: string;
  /** The client baseline's page. */
  clientPath: string;
  rows: number;
  dataBytes: number;
}

export interface ClientSite {
  root: string;
  pages: ChartPage[];
  bundle: ClientBundle;
  /** The floor: an empty page holding one empty svg[role="img"] (EMPTY_PAGE), measured like a chart page. */
  emptyPath: string;
}

/** The least a page can be: its first paint is the browser's floor for any chart page. */
export const EMPTY_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Empty</title></head>' +
  '<body><svg role="img" aria-label="Empty" width="1" height="1"></svg><p>.</p></body></html>';
export const EMPTY_SELECTOR = 'svg[role="img"]';

/** Reads the first chart of a built page: the first svg[role=img] and the figure (id = chart id) around it. */
async function firstChart(dist: string, spec: ChartPageSpec): Promise<{ chartId: string; locale: Locale; width: number; html: string }> {
  const file = path.join(dist, spec.path, 'index.html');
  if (!existsSync(file)) throw new Error(`chart pages: ${spec.path} is not in the built site (${file})`);
  const html = await readFile(file, 'utf8');
  const { document } = parseHTML(html);
  const svg = document.querySelector('svg[role="img"]');
  const figure = svg?.closest('figure[id]');
  if (!svg || !figure) throw new Error(`chart pages: ${spec.path} has no chart (svg[role="img"] in a figure with an id)`);
  const chartId = figure.getAttribute('id')!;
  chartById(chartId); // throws if the figure is not a registered chart
  return {
    chartId,
    locale: (document.documentElement.getAttribute('lang') ?? 'vi') as Locale,
    width: Number(svg.getAttribute('width')),
    html,
  };
}

/** One CSV cell as the row schema's field wants it (csvFormat wrote null as an empty cell). */
function typedCell(field: z.ZodType, text: string): unknown {
  let schema = field as unknown as { type: string; unwrap(): unknown };
  let nullable = false;
  while (schema.type === 'nullable' || schema.type === 'optional') {
    nullable = true;
    schema = schema.unwrap() as typeof schema;
  }
  if (text === '' && nullable) return null;
  if (schema.type === 'number') return Number(text);
  if (schema.type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

/** The chart's rows as the site publishes them (its CSV), typed and checked by the chart's row schema. */
export async function publishedRows(dist: string, chart: ChartDefinition<unknown>): Promise<unknown[]> {
  // The Vietnamese CSV, without its byte-order mark (there for Excel).
  const csv = (await readFile(path.join(dist, 'charts', chart.id, exportFileName(chart, 'vi', 'csv')), 'utf8')).replace(/^\uFEFF/u, '');
  const shape = (chart.row as unknown as { shape: Record<string, z.ZodType> }).shape;
  return csvParse(csv).map((record, i) => {
    const row = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, typedCell(field, record[key] ?? '')]));
    const parsed = chart.row.safeParse(row);
    if (!parsed.success)
      throw new Error(`chart ${chart.id}, data.csv row ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
}

const escapeAttribute = (s: string) => s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

/**
 * The client baseline's page: the static page itself, with its first chart's
 * drawings (the wide and the narrow SVG) replaced by an empty container that
 * the script draws into, and the script and the data's preload in its head.
 * Everything else (text, the other charts, styles) is the same, so the two
 * pages differ only in how the first chart gets there.
 */
export function clientPage(staticHtml: string, o: { chartId: string; locale: Locale; width: number; script: string; data: string }): string {
  const figureAt = staticHtml.search(new RegExp(`<figure[^>]*\\sid="${o.chartId}"`, 'u'));
  if (figureAt < 0) throw new Error(`chart pages: no <figure id="${o.chartId}"> in the page`);
  const drawings = /(?:<div class="chart-svg[^"]*"><svg[\s\S]*?<\/svg><\/div>)+/uy;
  const first = staticHtml.indexOf('<div class="chart-svg', figureAt);
  drawings.lastIndex = first;
  const match = first < 0 || first > staticHtml.indexOf('</figure>', figureAt) ? null : drawings.exec(staticHtml);
  if (!match) throw new Error(`chart pages: no <div class="chart-svg"><svg>…</svg></div> in <figure id="${o.chartId}">`);
  const id = o.chartId;
  const container = `<div class="chart-svg" data-chart="${id}" data-data="${escapeAttribute(o.data)}" data-locale="${o.locale}" data-width="${o.width}" data-id-prefix="${id}-w" data-described-by="${id}-desc"></div>`;
  const head = `<link rel="preload" href="${escapeAttribute(o.data)}" as="fetch" crossorigin="anonymous"><script type="module" src="${escapeAttribute(o.script)}"></script>`;
  const page = staticHtml.slice(0, first) + container + staticHtml.slice(first + match[0].length);
  if (!page.includes('</head>')) throw new Error('chart pages: the page has no </head>');
  return page.replace('</head>', `${head}</head>`);
}

/** The provinces a map chart draws (its ids say which system: compare-…-63-map, compare-…-34-map). */
const mapSystem = (chartId: string): ProvinceSystem | null => (/-(63|34)-map(-per-100k)?$/u.exec(chartId)?.[1] as ProvinceSystem | null) ?? null;

/** Builds the site to serve: links to dist/, and /bench-client/ with the baseline of each page's first chart. */
export async function makeClientSite(root: string, dist: string, specs: readonly ChartPageSpec[]): Promise<ClientSite> {
  const site = await mkdtemp(path.join(tmpdir(), 'bench-chart-pages-'));
  for (const entry of await readdir(dist)) {
    if (entry === CLIENT_DIR) throw new Error(`chart pages: the built site already has /${CLIENT_DIR}/`);
    await symlink(path.join(dist, entry), path.join(site, entry));
  }
  const clientRoot = path.join(site, CLIENT_DIR);
  await mkdir(clientRoot);
  const bundle = await bundleClient(root, clientRoot);
  const pages: ChartPage[] = [];
  for (const spec of specs) {
    const first = await firstChart(dist, spec);
    const chart = chartById(first.chartId) as ChartDefinition<unknown>;
    const rows = await publishedRows(dist, chart);
    const system = mapSystem(chart.id);
    const payload: ClientPayload = { rows, ...(system ? { provinces: { system, collection: provinceFeatures(system, root) } } : {}) };
    const dir = path.join(clientRoot, spec.key);
    await mkdir(dir);
    const json = JSON.stringify(payload);
    await writeFile(path.join(dir, 'data.json'), json);
    const clientPath = `/${CLIENT_DIR}/${spec.key}/`;
    await writeFile(
      path.join(dir, 'index.html'),
      clientPage(first.html, {
        chartId: chart.id,
        locale: first.locale,
        width: first.width,
        script: `/${CLIENT_DIR}/${bundle.file}`,
        data: `${clientPath}data.json`,
      }),
    );
    pages.push({
      ...spec,
      chartId: chart.id,
      locale: first.locale,
      width: first.width,
      selector: `[id="${chart.id}"] svg[role="img"]`,
      clientPath,
      rows: rows.length,
      dataBytes: Buffer.byteLength(json),
    });
  }
  await mkdir(path.join(clientRoot, 'empty'));
  await writeFile(path.join(clientRoot, 'empty', 'index.html'), EMPTY_PAGE);
  // The same brotli and gzip copies the site build makes (scripts/precompress.ts), without its cache.
  await precompress(clientRoot, { cacheDir: null });
  return { root: site, pages, bundle, emptyPath: `/${CLIENT_DIR}/empty/` };
}
