/**
 * Builds the Pagefind search index over a built site: `node scripts/index-search.ts [dist]`.
 * `npm run build` runs it after `astro build` has exited, in a process of its own, so Astro's
 * memory is given back before Pagefind needs its own (at 10,000 passes the two together
 * exceeded 4 GB). Any error Pagefind reports fails the step: a site whose search silently
 * broke must not ship. When the site's HTML is byte for byte the last indexed site's, the index
 * saved then is copied instead (scripts/lib/search-index-cache-fs.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { close, createIndex } from 'pagefind';
import { cacheDirFor } from '../src/content-dir.ts';
import { pagefindVersion, restoreIndex, saveIndex, siteFingerprint } from './lib/search-index-cache-fs.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
/** Pagefind's options: part of the cache's fingerprint, so changing them re-indexes. */
const INDEX_OPTIONS = { forceLanguage: SEARCH_LANGUAGE } as const;
/** Beside Astro's own cache for this content folder (astro.config.mjs), like the content store. */
export const defaultSearchIndexCache = resolve(projectRoot, cacheDirFor(process.env['CONTENT_DIR']), 'search-index');
import { SEARCH_LANGUAGE } from '../src/lib/search/search-index-files.ts';

function fail(step: string, errors: readonly string[]): never {
	throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes every page of `site` that has a `data-pagefind-body`, writes `site/pagefind/`, and
 * returns how many pages were indexed and whether the index came from `cacheDir` (null: no cache).
 */
export async function indexSite(site: string, cacheDir: string | null = null): Promise<{ pages: number; ms: number; reused: boolean }> {
	const started = performance.now();
	if (!existsSync(resolve(site, 'index.html'))) fail('find the site', [`${site} has no index.html: run astro build first`]);
	const output = resolve(site, 'pagefind');
	const fingerprint = cacheDir ? await siteFingerprint(site, JSON.stringify({ pagefind: pagefindVersion(projectRoot), ...INDEX_OPTIONS })) : '';
	if (cacheDir && restoreIndex(cacheDir, fingerprint, output)) {
		return { pages: readdirSync(resolve(output, 'fragment')).length, ms: Math.round(performance.now() - started), reused: true };
	}
	const indexed = await indexWithPagefind(site, output);
	if (cacheDir) saveIndex(cacheDir, fingerprint, output);
	return { pages: indexed, ms: Math.round(performance.now() - started), reused: false };
}

async function indexWithPagefind(site: string, output: string): Promise<number> {
	try {
		const created = await createIndex({ ...INDEX_OPTIONS });
		const index = created.index;
		if (!index || created.errors.length > 0) fail('start', created.errors);
		// Pagefind reads the files itself: far faster than sending each page over its stdin.
		const added = await index.addDirectory({ path: site });
		if (added.errors.length > 0) fail('index the site', added.errors);
		const written = await index.writeFiles({ outputPath: output });
		if (written.errors.length > 0) fail('write the index', written.errors);
		// One fragment per indexed page. Without any data-pagefind-body, Pagefind would index every
		// page (lists, navigation and all): for this site that means its search markers are gone.
		const indexed = readdirSync(resolve(output, 'fragment')).length;
		if (indexed === 0 || indexed >= added.page_count) {
			fail('index the site', [`no page has data-pagefind-body (${indexed} of ${added.page_count} pages would be indexed)`]);
		}
		return indexed;
	} finally {
		await close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const site = process.argv[2] ?? 'dist';
	try {
		const { pages, ms, reused } = await indexSite(site, defaultSearchIndexCache);
		// The benchmark reads this line (scripts/bench/steps/build.ts).
		console.log(`[search-index] ${reused ? 'reused the index of' : 'indexed'} ${pages} pages in ${ms} ms${reused ? ' (no page changed since it was made)' : ''}`);
	} catch (error) {
		console.error(`[search-index] ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	}
}
