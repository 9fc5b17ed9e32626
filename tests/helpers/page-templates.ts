/**
 * One page of every route the build made, read from the sitemap (which names the route of each
 * page), so a new kind of page is checked without a change to the tests; plus states that are not
 * pages (search with and without results, the 404). Shared by the browser tests that visit every
 * template.
 */
import { join } from 'node:path';
import { projectRoot } from './astro-build.ts';
import { sitemapEntries } from './built-pages.ts';
import { catalogFromFiles } from './catalog-from-files.ts';

/** [name, site path] of every template, read from dist/ (build first). */
export function pageTemplates(): [string, string][] {
	const catalog = catalogFromFiles();
	/** Where a route has a page that shows more than the others (signatures, a tour set), that one. */
	const richest: Record<string, string | undefined> = {
		'/passes/[slug]': catalog.passes.find((p) => p.isSigned)?.url,
		'/tours/[slug]': catalog.tours.find((t) => t.sets.length > 0)?.url,
	};
	const byRoute = new Map<string, string[]>();
	for (const { route, path } of sitemapEntries(join(projectRoot, 'dist'))) byRoute.set(route, [...(byRoute.get(route) ?? []), path]);
	const pages = [...byRoute].map(([route, paths]): [string, string] => [route, richest[route] ?? paths.sort()[0] ?? '/']);
	const fake = catalog.passes.find((p) => p.fakeOf);
	return [
		...pages,
		['search with results', '/search/?q=laminate&decade=1990s'],
		['search, no results', '/search/?q=xylophonics'],
		['compare with passes', `/compare/?p=${fake?.fakeOf?.id},${fake?.id}`],
		['404', '/no-such-page/'],
	];
}
