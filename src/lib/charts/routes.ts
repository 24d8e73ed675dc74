// Static routes of the chart pages and files, shared by the Vietnamese and
// English page files (Astro needs getStaticPaths in each).

import type { Locale } from '../../i18n/ui.ts';
import { readDataPackage } from '../published-data.ts';
import { CHART_FILES } from '../security-headers.ts';
import { chartCsv, chartMetadata, chartPng, chartPosterSvg, type ChartFileName } from './artifacts.ts';
import { chartRows, isDrawn } from './build-time.ts';
import { CHARTS } from './registry.ts';

export const chartPaths = () => CHARTS.map((chart) => ({ params: { id: chart.id } }));

/** Every take-away file of every chart; the images only for charts with enough rows to draw. */
export async function chartFilePaths() {
  const out: Array<{ params: { id: string; file: ChartFileName } }> = [];
  for (const chart of CHARTS) {
    const drawn = isDrawn(chart, await chartRows(chart));
    for (const file of CHART_FILES) if (drawn || !file.startsWith('chart.')) out.push({ params: { id: chart.id, file } });
  }
  return out;
}

const TYPES: Record<ChartFileName, string> = {
  'chart.svg': 'image/svg+xml',
  'chart.png': 'image/png',
  'data.csv': 'text/csv; charset=utf-8',
  'meta.json': 'application/json; charset=utf-8',
};

export async function chartFileResponse(id: string, file: ChartFileName, locale: Locale): Promise<Response> {
  const built = readDataPackage().created;
  let body: string | Uint8Array<ArrayBuffer>;
  if (file === 'chart.svg') body = await chartPosterSvg(id, locale);
  else if (file === 'chart.png') body = Uint8Array.from(await chartPng(id, locale));
  else if (file === 'data.csv') body = await chartCsv(id);
  else body = `${JSON.stringify(await chartMetadata(id, locale, built), null, 2)}\n`;
  return new Response(body, { headers: { 'Content-Type': TYPES[file] } });
}
