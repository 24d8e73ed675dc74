import type { APIRoute } from 'astro';
import type { ExportFormat } from '../../../lib/charts/exports.ts';
import { exportPaths, exportResponse } from '../../../lib/charts/routes.ts';

export const getStaticPaths = () => exportPaths('vi');
export const GET: APIRoute = ({ params, props }) => exportResponse(params.id!, (props as { format: ExportFormat }).format, 'vi');
