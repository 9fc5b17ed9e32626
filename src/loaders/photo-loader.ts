/**
 * The `photos` collection: one entry per photo file in a pass folder (`<slug>/<file>`), holding only
 * what pages need — the hash of its bytes and its size — while its derivatives are made in the
 * shared cache (`src/lib/photos/`). Photo bytes never enter Astro's bundle: pages build their
 * `<picture>` from these facts, and `src/integrations/photos.ts` links the files into `dist/`.
 *
 * A warm build hashes no photo whose size, times and inode are unchanged since the last build, and
 * decodes none whose derivatives are in the cache. A photo that cannot be decoded, or breaks the
 * pixel limit, fails the build with a line naming the file and its pass.
 */
import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentProblems } from '../lib/content-files/content-problems.ts';
import { mapWithConcurrency } from '../lib/content-files/map-with-concurrency.ts';
import { PASS_ENTRY_FILE } from '../lib/content-files/pass-folders.ts';
import { RejectedPhoto, ensurePhotoDerivatives } from '../lib/photos/derive-photo-fs.ts';
import { publishedPhotosFile, type PublishedPhotos } from '../lib/photos/published-photos-fs.ts';
import { PhotoCache, defaultPhotoCacheDir, hashPhotoFile, photoStatKey } from '../lib/photos/photo-store-fs.ts';
import { recipeKey } from '../lib/photos/photo-recipe.ts';
import { PHOTO_FILE_EXTENSION, type PhotoEntryData } from '../schemas/photo.ts';

export function photoLoader({ base }: { base: string }): Loader {
	return {
		name: 'photo-loader',
		load: async (context) => {
			await loadAll(base, context);
			const { watcher, config } = context;
			if (!watcher) return;
			const dir = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, config.root));
			watcher.on('all', (_event, path) => {
				if (path.startsWith(dir) && PHOTO_FILE_EXTENSION.test(path)) loadAll(base, context).catch((error: unknown) => context.logger.error(String(error)));
			});
		},
	};
}

async function photoFiles(dir: string): Promise<string[]> {
	let slugs: string[];
	try {
		slugs = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);
	} catch {
		return [];
	}
	const lists = await mapWithConcurrency(slugs, 16, async (slug) =>
		// Regular files only: a link is never followed (the content tree check reports it by name).
		(await readdir(join(dir, slug), { withFileTypes: true }))
			.filter((d) => d.isFile() && PHOTO_FILE_EXTENSION.test(d.name) && !d.name.startsWith('.'))
			.map((d) => `${slug}/${d.name}`),
	);
	return lists.flat().sort();
}

async function loadAll(base: string, context: LoaderContext): Promise<void> {
	const { config, store, logger } = context;
	const root = fileURLToPath(config.root);
	const dir = resolve(root, base);
	const cache = new PhotoCache(defaultPhotoCacheDir(root));
	const swept = await cache.sweepAbandoned();
	if (swept > 0) logger.info(`removed ${swept} unfinished photo file(s) left by an interrupted build`);

	const ids = await photoFiles(dir);
	const problems: string[] = [];
	let encoded = 0;
	let photosEncoded = 0;
	const started = performance.now();
	const published: PublishedPhotos['photos'] = [];
	await mapWithConcurrency(ids, 8, async (id) => {
		const file = join(dir, id);
		const shown = relative(root, file);
		try {
			const statKey = await photoStatKey(file);
			const previous = store.get<PhotoEntryData>(id)?.data;
			// Hash again only when the file may have changed; the derivatives themselves are checked every time.
			const hash = previous?.statKey === statKey ? previous.hash : await hashPhotoFile(file);
			let made = 0;
			const facts = await ensurePhotoDerivatives(file, hash, { cache, onEncode: () => made++ });
			if (made > 0) {
				encoded += made;
				photosEncoded++;
			}
			const data: PhotoEntryData = { ...facts, statKey };
			store.set({ id, data, digest: `${hash}:${statKey}:${recipeKey()}` });
			published.push([facts.hash, facts.width, facts.height]);
		} catch (error) {
			const pass = `${relative(root, join(dir, id.split('/')[0] ?? ''))}/${PASS_ENTRY_FILE}`;
			const reasons = error instanceof RejectedPhoto ? error.reasons : [String(error instanceof Error ? error.message : error)];
			problems.push(...reasons.map((reason) => `${shown}: ${reason} (a photo of ${pass})`));
			store.delete(id);
		}
	});
	const present = new Set(ids);
	for (const id of store.keys()) if (!present.has(id)) store.delete(id);
	if (photosEncoded > 0) {
		logger.info(`${photosEncoded} new photo(s): ${encoded} derivative(s) encoded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	}
	if (problems.length > 0) throw new ContentProblems(problems.sort());
	await writePublished(fileURLToPath(config.cacheDir), { cacheDir: cache.dir, recipe: recipeKey(), photos: published.sort() });
}

/** What `astro:build:done` publishes: written atomically, after every photo of the build is in the cache. */
async function writePublished(cacheDir: string, list: PublishedPhotos): Promise<void> {
	const target = publishedPhotosFile(cacheDir);
	await mkdir(cacheDir, { recursive: true });
	const tmp = `${target}.${process.pid}.tmp`;
	await writeFile(tmp, JSON.stringify(list));
	await rename(tmp, target);
}
