/** /contribute/bands/<band>.json — a band and its tours, fetched by the form once the band is chosen. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Band, catalog } from '../../../data/catalog.ts';
import type { ContributeBand } from '../../../lib/catalog/contribute-data.ts';
import { pageCacheKeys } from '../../../data/page-cache-keys.ts';

export const getStaticPaths = (() => catalog.bands.map((band) => ({ params: { band: band.id }, props: { band }, cacheKey: pageCacheKeys.catalogPage('contribute/bands/[band].json') }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ band: Band }> = ({ props: { band } }) => {
	const body: ContributeBand = {
		band: { id: band.id, filePath: band.entry.filePath, data: band.entry.data },
		tours: band.tours.map((t) => ({ entry: { id: t.id, filePath: t.entry.filePath, data: t.entry.data }, label: `${t.name} (${t.displayDates})` })),
	};
	return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
