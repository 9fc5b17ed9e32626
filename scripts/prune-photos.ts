/**
 * `npm run photos:prune` — removes from the photo cache (`.cache/photos`, or `PHOTO_CACHE_DIR`)
 * every derivative, manifest and verdict that the catalog's photos do not need: photos deleted or
 * replaced, recipe rows and checks that changed. What "needed" means is what the last
 * `npm run build` of the catalog published (its list in Astro's cache folder), under the current
 * recipe and checks; a photo added since is simply made by the next build.
 *
 *   npm run photos:prune                        the catalog in content/
 *   npm run photos:prune -- --content DIR       another content folder's last build
 *   npm run photos:prune -- --dry-run           only count what would go
 *
 * Refuses (exit 1, nothing removed) while a build or a dev server uses the cache, or when the last
 * build was made with another recipe. Safety: `src/lib/photos/photo-prune-fs.ts`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cacheDirFor } from '../src/content-dir.ts';
import { currentPhotoChecksVersion } from '../src/lib/photos/photo-checks-version-fs.ts';
import { prunePhotoCache, pruneReport } from '../src/lib/photos/photo-prune-fs.ts';
import { recipeKey } from '../src/lib/photos/photo-recipe.ts';
import { PhotoCache, defaultPhotoCacheDir } from '../src/lib/photos/photo-store-fs.ts';
import { type PublishedPhotos, factsOf, publishedPhotosFile } from '../src/lib/photos/published-photos-fs.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

export async function main(argv: string[], out: (line: string) => void = console.log): Promise<number> {
	const { values } = parseArgs({ args: argv, options: { content: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
	if (values.help) {
		out('Usage: npm run photos:prune [-- --content DIR] [--dry-run]');
		return 0;
	}
	const contentDir = values.content === undefined ? undefined : resolve(projectRoot, values.content);
	const listFile = publishedPhotosFile(resolve(projectRoot, cacheDirFor(contentDir)));
	let list: PublishedPhotos;
	try {
		list = JSON.parse(await readFile(listFile, 'utf-8')) as PublishedPhotos;
	} catch {
		out(`No list of published photos at ${listFile} — run npm run build first: pruning keeps what the last build published.`);
		return 1;
	}
	const cache = new PhotoCache(defaultPhotoCacheDir(projectRoot));
	if (list.cacheDir !== cache.dir) {
		out(`The last build used the photo cache ${list.cacheDir}, not ${cache.dir} — set PHOTO_CACHE_DIR as the build had it.`);
		return 1;
	}
	if (list.recipe !== recipeKey()) {
		out('The last build was made with another photo recipe — run npm run build first, or it would prune what the site shows.');
		return 1;
	}
	const result = await prunePhotoCache(cache, { photos: factsOf(list), checks: currentPhotoChecksVersion() }, { dryRun: values['dry-run'] });
	out(`${values['dry-run'] && result.pruned ? '(dry run) ' : ''}${pruneReport(result)}`);
	return result.pruned ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = await main(process.argv.slice(2));
}
