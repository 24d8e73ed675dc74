// The repository's CITATION.cff, served on the site as it is in the repository.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response(readFileSync(path.resolve(process.cwd(), 'CITATION.cff'), 'utf8'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
