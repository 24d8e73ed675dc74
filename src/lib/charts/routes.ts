// Static routes of the chart pages and of every registered query's take-away
// files, shared by the Vietnamese and English page files (Astro needs
// getStaticPaths in each). The files are the export formats' registry
// (exports.ts) applied to every registered query: the charts, each place's
// charts and the home page's findings.

import type { Locale } from '../../i18n/ui.ts';
import { pagePlaces, siteIndex } from '../data/site-index.ts';
import { exportBody } from './artifacts.ts';
import { isDrawn, queryRows, sqlRows } from './build-time.ts';
import { contentType, EXPORT_FORMATS, exportFileName, type ExportFormat } from './exports.ts';
import { CHARTS } from './registry/index.ts';
import { FINDINGS } from './registry/findings.ts';
import { placeCharts } from './registry/place.ts';
import { CompareRow } from './registry/compare.ts';
import type { ChartDefinition, RegisteredQuery } from './types.ts';

export const chartPaths = () => CHARTS.map((chart) => ({ params: { id: chart.id } }));

/** The charts of a place's page (made from its figures). */
export async function chartsOfPlace(placeId: string): Promise<ChartDefinition<any>[]> {
  const index = await siteIndex();
  const place = index.placeById.get(placeId)!;
  return placeCharts(place, index.figuresByPlace.get(placeId) ?? [], async (sql) => (await sqlRows(sql)).map((r) => CompareRow.parse(r)));
}

/** Every registered query with a page's worth of files: the charts, each place's charts, the findings. */
export async function registeredQueries(): Promise<Array<RegisteredQuery<any>>> {
  const index = await siteIndex();
  const places = (await Promise.all(pagePlaces(index).map((p) => chartsOfPlace(p.place_id)))).flat();
  return [...CHARTS, ...places, ...FINDINGS];
}

const hasPage = (q: RegisteredQuery<unknown>) => CHARTS.includes(q as ChartDefinition<unknown>);

/** Whether a query's images are made: a registered chart with its own page and enough rows to draw. */
async function drawnChart(q: RegisteredQuery<unknown>): Promise<boolean> {
  return hasPage(q) && isDrawn(q as ChartDefinition<unknown>, await queryRows(q));
}

/** Every take-away file of every registered query, named in the route's language. */
export async function exportPaths(locale: Locale) {
  const out: Array<{ params: { id: string; file: string }; props: { format: ExportFormat } }> = [];
  for (const query of await registeredQueries()) {
    const drawn = await drawnChart(query);
    for (const { format, drawing } of EXPORT_FORMATS) {
      if (drawing && !drawn) continue;
      out.push({ params: { id: query.id, file: exportFileName(query, locale, format) }, props: { format } });
    }
  }
  return out;
}

export async function exportResponse(id: string, format: ExportFormat, locale: Locale): Promise<Response> {
  const query = (await registeredQueries()).find((q) => q.id === id);
  if (!query) throw new Error(`no registered query "${id}"`);
  const body = await exportBody(query, format, locale, await drawnChart(query));
  return new Response(body as BodyInit, { headers: { 'Content-Type': contentType(format) } });
}
