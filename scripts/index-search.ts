/**
 * Builds the Pagefind search index over a built site: `node scripts/index-search.ts [dist]`.
 * `npm run build` runs it after `astro build` has exited, in a process of its own, so Astro's
 * memory is given back before Pagefind needs its own (at 10,000 passes the two together
 * exceeded 4 GB). Any error Pagefind reports fails the step: a site whose search silently
 * broke must not ship.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { close, createIndex } from 'pagefind';
import { SEARCH_LANGUAGE } from '../src/lib/search-index-files.ts';

function fail(step: string, errors: readonly string[]): never {
	throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes every page of `site` that has a `data-pagefind-body`, writes `site/pagefind/`, and
 * returns how many pages were indexed.
 */
export async function indexSite(site: string): Promise<{ pages: number; ms: number }> {
	const started = performance.now();
	if (!existsSync(resolve(site, 'index.html'))) fail('find the site', [`${site} has no index.html: run astro build first`]);
	try {
		const created = await createIndex({ forceLanguage: SEARCH_LANGUAGE });
		const index = created.index;
		if (!index || created.errors.length > 0) fail('start', created.errors);
		// Pagefind reads the files itself: far faster than sending each page over its stdin.
		const added = await index.addDirectory({ path: site });
		if (added.errors.length > 0) fail('index the site', added.errors);
		const written = await index.writeFiles({ outputPath: resolve(site, 'pagefind') });
		if (written.errors.length > 0) fail('write the index', written.errors);
		// One fragment per indexed page. Without any data-pagefind-body, Pagefind would index every
		// page (lists, navigation and all): for this site that means its search markers are gone.
		const indexed = readdirSync(resolve(site, 'pagefind', 'fragment')).length;
		if (indexed === 0 || indexed >= added.page_count) {
			fail('index the site', [`no page has data-pagefind-body (${indexed} of ${added.page_count} pages would be indexed)`]);
		}
		return { pages: indexed, ms: Math.round(performance.now() - started) };
	} finally {
		await close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const site = process.argv[2] ?? 'dist';
	try {
		const { pages, ms } = await indexSite(site);
		console.log(`[search-index] indexed ${pages} pages in ${ms} ms`);
	} catch (error) {
		console.error(`[search-index] ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	}
}
