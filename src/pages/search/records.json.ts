// The search index's records (src/lib/search/records.ts), both languages, for
// scripts/search-index.ts: when Astro has written dist/, it gives them to
// Pagefind, writes dist/pagefind/ and removes this file. Not a page of the site.

import type { APIRoute } from 'astro';
import { queryRows } from '../../lib/charts/build-time.ts';
import { CHARTS } from '../../lib/charts/registry/index.ts';
import { siteIndex } from '../../lib/data/site-index.ts';
import { searchRecords, type IndexedChart } from '../../lib/search/records.ts';

export const GET: APIRoute = async () => {
  const data = await siteIndex();
  const charts: IndexedChart[] = await Promise.all(
    CHARTS.map(async (chart) => {
      const rows = await queryRows(chart);
      return { chart, description: { vi: chart.describe(rows, 'vi'), en: chart.describe(rows, 'en') }, measureIds: chart.measureIds(rows) };
    }),
  );
  return new Response(JSON.stringify(searchRecords(data, charts)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
