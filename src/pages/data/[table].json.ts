/** /data/passes.json, /data/bands.json, /data/tours.json — every row of a table, as documented on /data/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORT_TABLES } from '../../data/exports.ts';
import { pageCacheKeys } from '../../data/page-cache-keys.ts';

export const getStaticPaths = (() => EXPORT_TABLES.map((table) => ({ params: { table: table.file }, props: { table }, cacheKey: pageCacheKeys.catalogPage('data/[table].json') }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: (typeof EXPORT_TABLES)[number] }> = ({ props }) =>
	new Response(`${JSON.stringify(props.table.rows, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
