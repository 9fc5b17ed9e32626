/** /passes/<slug>/compare.json — what the compare view needs of one pass (src/lib/compare/compare-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Pass, catalog } from '../../../data/catalog.ts';
import { photosOf } from '../../../data/photos.ts';
import { comparePassData } from '../../../lib/compare/compare-data.ts';
import { pageCacheKeys } from '../../../data/page-cache-keys.ts';

export const getStaticPaths = (() => catalog.passes.map((pass) => ({ params: { slug: pass.id }, props: { pass }, cacheKey: pageCacheKeys.compareData(pass) }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ pass: Pass }> = ({ props }) =>
	new Response(JSON.stringify(comparePassData(props.pass, photosOf(props.pass))), { headers: { 'content-type': 'application/json; charset=utf-8' } });
