/**
 * What a build wrote, read back from `dist/`: its HTML pages, and its sitemap grouped by the route
 * that built each page (the sitemap names each route in a comment, see src/integrations/sitemap-xml.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, urlOfFile } from '../../scripts/lib/dist-files.ts';

/** Site paths of every page (`/bands/x/`), the 404 page left out. */
export function builtPages(dist: string): string[] {
	return htmlFiles(dist)
		.map((file) => urlOfFile(dist, file))
		.filter((url) => url !== '/404.html')
		.sort();
}

/** The sitemap's files: `sitemap.xml`, or the parts a sitemap index lists. */
function sitemapTexts(dist: string): string[] {
	const main = readFileSync(join(dist, 'sitemap.xml'), 'utf-8');
	if (!main.includes('<sitemapindex')) return [main];
	return [...main.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map(([, name = '']) => readFileSync(join(dist, name), 'utf-8'));
}

export interface SitemapEntry {
	route: string;
	path: string;
	lastmod: string | undefined;
}

/** Every URL of the sitemap as a site path, with the route that built it and its lastmod. */
export function sitemapEntries(dist: string): SitemapEntry[] {
	const entries: SitemapEntry[] = [];
	for (const text of sitemapTexts(dist)) {
		let route = '';
		for (const [, comment, loc = '', lastmod] of text.matchAll(/<!-- route: (.*?) -->|<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)) {
			if (comment !== undefined) route = comment;
			else entries.push({ route, path: new URL(loc.replace(/&amp;/g, '&')).pathname, lastmod });
		}
	}
	return entries;
}
