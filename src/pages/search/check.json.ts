// The published figures as the check-a-number box reads them (src/lib/search/check-data.ts):
// one file for both languages, loaded by the search page only.

import type { APIRoute } from 'astro';
import { siteIndex } from '../../lib/data/site-index.ts';
import { checkData } from '../../lib/search/check-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(checkData(await siteIndex())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
