import type { APIRoute } from 'astro';
import { chartFilePaths, chartFileResponse } from '../../../lib/charts/routes.ts';
import type { ChartFileName } from '../../../lib/charts/artifacts.ts';

export const getStaticPaths = chartFilePaths;
export const GET: APIRoute = ({ params }) => chartFileResponse(params.id!, params.file as ChartFileName, 'vi');
