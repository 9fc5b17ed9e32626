/** /sitemap.xml — every page of the catalog, for search engines. */
import type { APIRoute } from 'astro';
import { browse, catalog, sortedGuides } from '../data/catalog.ts';
import { PAGE_SIZE } from '../consts.ts';
import { bandsByLetter, groupPageUrls, toursByDecade } from '../lib/list-groups.ts';
import { pageCount } from '../lib/paged-lists.ts';
import { PASS_ORDERS, type PassOrder, listPageUrl } from '../lib/pass-orders.ts';

export const GET: APIRoute = ({ site }) => {
	const base = site ?? new URL('http://localhost:4321');
	const listPages = (Object.keys(PASS_ORDERS) as PassOrder[]).flatMap((order) =>
		Array.from({ length: pageCount(catalog.passes.length, PAGE_SIZE) }, (_, i) => listPageUrl('/passes/', order, i + 1)),
	);
	const paths = [
		'/', '/about/', '/search/', '/contribute/', '/data/', '/browse/', '/bands/', '/tours/', '/pass-types/', '/printers/', '/guides/', '/stats/', '/timeline/',
		...listPages,
		...groupPageUrls(toursByDecade(catalog.tours)),
		...groupPageUrls(bandsByLetter(catalog.bands)),
		...catalog.passes.map((p) => p.url),
		...catalog.bands.map((b) => b.url),
		...catalog.tours.map((t) => t.url),
		...catalog.passTypes.map((t) => t.url),
		...catalog.printers.map((p) => p.url),
		...sortedGuides.map((g) => `/guides/${g.id}/`),
		...[...browse.values()].flat().map((v) => v.url),
	];
	const lastmod = new Map(catalog.passes.map((p) => [p.url, p.entry.data.added]));
	const body = [...new Set(paths)]
		.map((path) => {
			const mod = lastmod.get(path);
			return `<url><loc>${new URL(path, base).href}</loc>${mod ? `<lastmod>${mod}</lastmod>` : ''}</url>`;
		})
		.join('\n');
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`, {
		headers: { 'content-type': 'application/xml; charset=utf-8' },
	});
};
