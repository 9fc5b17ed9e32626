/** /data/passes.csv, /data/bands.csv, /data/tours.csv — one row each, columns as documented on /data/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORT_TABLES } from '../../data/exports.ts';
import { csvRow } from '../../lib/catalog/catalog-export.ts';
import { toCsv } from '../../lib/text/csv.ts';
import { pageCacheKeys } from '../../data/page-cache-keys.ts';

export const getStaticPaths = (() => EXPORT_TABLES.map((table) => ({ params: { table: table.file }, props: { table }, cacheKey: pageCacheKeys.catalogPage('data/[table].csv') }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: (typeof EXPORT_TABLES)[number] }> = ({ props }) =>
	new Response(toCsv(Object.keys(props.table.columns), props.table.rows.map(csvRow)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
