/** /data/tours.csv — every tour, one row each, columns as documented on /data/. */
import type { APIRoute } from 'astro';
import { TOUR_COLUMNS, csvRow } from '../../lib/catalog-export.ts';
import { toCsv } from '../../lib/csv.ts';
import { tourRows } from '../../data/exports.ts';

export const GET: APIRoute = () =>
	new Response(toCsv(Object.keys(TOUR_COLUMNS), tourRows.map(csvRow)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
