import type { APIRoute } from 'astro';
import { thumbnailPaths, thumbnailResponse } from '../../../lib/charts/thumbnail.ts';

export const getStaticPaths = thumbnailPaths;
export const GET: APIRoute = ({ params }) => thumbnailResponse(params.id!, 'vi');
