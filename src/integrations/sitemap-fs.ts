/**
 * Writes `/sitemap.xml` after the build from the pages the build actually wrote, so every HTML
 * page is listed (except the 404 page) and a new route needs no change here. Node-only: it runs
 * in `astro build`, never in the browser.
 *
 * Why not @astrojs/sitemap: it writes `sitemap-index.xml` and `sitemap-0.xml`, so the public
 * `/sitemap.xml` that robots.txt names would move, and giving passes their `lastmod` would mean
 * loading the catalog in astro.config.mjs. The build's own page list does the job in a few lines.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type SitemapRoute, sitemapFiles } from './sitemap-xml.ts';

/** The site path an HTML file in `dist` is served at: "bands/x/index.html" → "/bands/x/". */
export function pathOfHtmlFile(dist: string, file: string): string {
	const path = `/${relative(dist, file).split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** `added` of every pass, from the open-data file the same build wrote (`/data/passes.json`). */
function passLastmod(dist: string): Map<string, string> {
	const file = join(dist, 'data', 'passes.json');
	if (!existsSync(file)) return new Map();
	const rows = JSON.parse(readFileSync(file, 'utf-8')) as { url: string; added: string }[];
	return new Map(rows.map((row) => [row.url, row.added]));
}

export function sitemapFromBuild(): AstroIntegration {
	let site: URL | undefined;
	return {
		name: 'sitemap-from-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:done': ({ dir, assets, logger }) => {
				if (!site) throw new Error('sitemap: set `site` in astro.config.mjs — a sitemap needs absolute URLs');
				const dist = fileURLToPath(dir);
				const routes: SitemapRoute[] = [...assets.entries()]
					.filter(([route]) => route !== '/404')
					.map(([route, files]) => ({
						route,
						paths: files.map((url) => fileURLToPath(url)).filter((file) => file.endsWith('.html')).map((file) => pathOfHtmlFile(dist, file)),
					}));
				const written = sitemapFiles(routes, site, passLastmod(dist));
				for (const { name, xml } of written) writeFileSync(join(dist, name), xml);
				logger.info(`${routes.reduce((n, r) => n + r.paths.length, 0)} pages in ${written.map((f) => f.name).join(', ')}`);
			},
		},
	};
}
