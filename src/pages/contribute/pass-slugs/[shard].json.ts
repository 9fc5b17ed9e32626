/** /contribute/pass-slugs/<n>.json — the pass slugs of one shard, so the form can tell a taken file name. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog } from '../../../data/catalog.ts';
import { passSlugShard, passSlugShardCount } from '../../../lib/catalog/contribute-data.ts';

export const getStaticPaths = (() => {
	const shards = passSlugShardCount(catalog.passes.length);
	const slugs = Map.groupBy(catalog.passes.map((p) => p.id), (id) => passSlugShard(id, shards));
	// Every shard gets a file, even an empty one: the form never meets a 404.
	return Array.from({ length: shards }, (_, shard) => ({ params: { shard: String(shard) }, props: { slugs: (slugs.get(shard) ?? []).sort() } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ slugs: string[] }> = ({ props: { slugs } }) =>
	new Response(JSON.stringify(slugs), { headers: { 'content-type': 'application/json; charset=utf-8' } });
