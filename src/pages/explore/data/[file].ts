// The explorer's data files (the same for both languages): its catalog, one
// file per measure with figures, and the province shapes of both systems.
import type { APIRoute } from 'astro';
import { exploreDataBody, exploreDataFiles } from '../../../lib/explore/routes.ts';

export const getStaticPaths = async () => (await exploreDataFiles()).map((file) => ({ params: { file } }));
export const GET: APIRoute = async ({ params }) =>
  new Response(await exploreDataBody(params.file!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
