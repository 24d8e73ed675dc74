// The charts index's thumbnails: each drawn chart's narrow drawing as a small
// PNG (drawn with the bundled fonts, like the posters), and a title that tells
// a chart's variants apart (the compare charts share a title across map and
// ranking, 63 and 34 provinces, persons and per 100,000).

import { browseStrings } from '../../i18n/strings/browse.ts';
import type { Locale } from '../../i18n/locale.ts';
import { posterPng } from './artifacts.ts';
import { isDrawn, queryRows, renderChart } from './build-time.ts';
import { svgSize } from './poster.ts';
import { CHARTS, chartById } from './registry/index.ts';
import type { ChartDefinition } from './types.ts';

/** How much the narrow drawing is enlarged in the thumbnail (sharp on a phone's screen, light on the wire). */
export const THUMBNAIL_ZOOM = 1.5;
export const THUMBNAIL_FILE = 'thumbnail.png';

/** "bản đồ · 63 tỉnh · trên 100.000 dân" for a compare chart; null for a chart without variants. */
export function chartVariant(chart: ChartDefinition<unknown>, locale: Locale): string | null {
  const m = /-(63|34)-(map|bars)(-per-100k)?$/u.exec(chart.id);
  if (chart.topic !== 'compare' || !m) return null;
  const s = browseStrings[locale];
  return [
    s[`browse.charts.variant.${m[2] as 'map' | 'bars'}`],
    s[`browse.charts.variant.${m[1] as '63' | '34'}`],
    s[m[3] ? 'browse.charts.variant.per100k' : 'browse.charts.variant.count'],
  ].join(' · ');
}

/** The charts that get a thumbnail: those drawn. */
export async function thumbnailPaths() {
  const out: Array<{ params: { id: string } }> = [];
  for (const chart of CHARTS) if (isDrawn(chart, await queryRows(chart))) out.push({ params: { id: chart.id } });
  return out;
}

/** The thumbnail's size in pixels, or null when the chart is not drawn. */
export async function thumbnailSize(chart: ChartDefinition<unknown>, locale: Locale): Promise<{ width: number; height: number } | null> {
  const rendered = await renderChart(chart, locale, { instance: `${chart.id}-thumb` });
  if (!rendered.svg) return null;
  const size = svgSize(rendered.svg.narrow);
  return { width: Math.round(size.width * THUMBNAIL_ZOOM), height: Math.round(size.height * THUMBNAIL_ZOOM) };
}

export async function thumbnailResponse(id: string, locale: Locale): Promise<Response> {
  const rendered = await renderChart(chartById(id), locale, { instance: `${id}-thumb` });
  if (!rendered.svg) throw new Error(`chart ${id} is not drawn`);
  // Standalone: the SVG namespace, and the chart's font named for resvg.
  const svg = rendered.svg.narrow.replace(/^<svg /u, '<svg xmlns="http://www.w3.org/2000/svg" ');
  return new Response(posterPng(svg, THUMBNAIL_ZOOM) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}
