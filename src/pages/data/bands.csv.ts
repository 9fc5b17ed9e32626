/** /data/bands.csv — every band, one row each, columns as documented on /data/. */
import type { APIRoute } from 'astro';
import { BAND_COLUMNS, csvRow } from '../../lib/catalog-export.ts';
import { toCsv } from '../../lib/csv.ts';
import { bandRows } from '../../data/exports.ts';

export const GET: APIRoute = () =>
	new Response(toCsv(Object.keys(BAND_COLUMNS), bandRows.map(csvRow)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
