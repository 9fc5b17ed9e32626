/** /data/passes.csv — every pass, one row each, columns as documented on /data/. */
import type { APIRoute } from 'astro';
import { PASS_COLUMNS, csvRow } from '../../lib/catalog-export.ts';
import { toCsv } from '../../lib/csv.ts';
import { passRows } from '../../data/exports.ts';

export const GET: APIRoute = () =>
	new Response(toCsv(Object.keys(PASS_COLUMNS), passRows.map(csvRow)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
