/**
 * The `photos` collection: one entry per photo file in a pass folder (`<slug>/<file>`), holding only
 * what pages need — the hash of its bytes and its size — while its derivatives are made in the
 * shared cache (`src/lib/photos/`). Photo bytes never enter Astro's bundle: pages build their
 * `<picture>` from these facts, and `src/integrations/photos.ts` links the files into `dist/`.
 *
 * A warm build hashes no photo whose size, times and inode are unchanged since the last build, and
 * decodes none: each photo's verdict (the committed-photo checks, `photo-gate-fs.ts`) and its
 * derivatives are in the cache under its hash. A photo the checks refuse, or that cannot be read or
 * decoded, becomes an entry holding the reasons instead of facts; the loader never throws for it,
 * so the catalog reports it together with every other problem of the build (one report).
 */
import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { mapWithConcurrency } from '../lib/content-files/map-with-concurrency.ts';
import { RejectedPhoto, ensurePhotoDerivatives } from '../lib/photos/derive-photo-fs.ts';
import { firstLine, photoVerdict } from '../lib/photos/photo-gate-fs.ts';
import { holdCacheLease } from '../lib/photos/photo-prune-fs.ts';
import { publishedPhotosFile, type PublishedPhotos } from '../lib/photos/published-photos-fs.ts';
import { PhotoCache, defaultPhotoCacheDir, hashPhotoFile, photoStatKey } from '../lib/photos/photo-store-fs.ts';
import { recipeKey } from '../lib/photos/photo-recipe.ts';
import { PHOTO_FILE_EXTENSION, type PhotoEntryData, isRejectedPhoto } from '../schemas/photo.ts';

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
	// Held until the build has linked its files into dist/ (src/integrations/photos.ts): no prune meanwhile.
	await holdCacheLease(cache);
	const swept = await cache.sweepAbandoned();
	if (swept > 0) logger.info(`removed ${swept} unfinished photo file(s) left by an interrupted build`);

	const ids = await photoFiles(dir);
	const count = { checked: 0, encoded: 0, photosEncoded: 0, rejected: 0 };
	const started = performance.now();
	const published: PublishedPhotos['photos'] = [];
	await mapWithConcurrency(ids, 8, async (id) => {
		const file = join(dir, id);
		const previous = store.get<PhotoEntryData>(id)?.data;
		let statKey: string | undefined;
		let hash: string | undefined;
		let data: PhotoEntryData;
		try {
			statKey = await photoStatKey(file);
			// Hash again only when the file may have changed; verdict and derivatives are looked up every time.
			hash = previous?.statKey === statKey && previous.hash !== undefined ? previous.hash : await hashPhotoFile(file);
			const problems = await photoVerdict(file, hash, { cache, onCheck: () => count.checked++ });
			if (problems.length > 0) data = { rejected: problems.map((p) => p.detail), hash, statKey };
			else {
				let made = 0;
				const facts = await ensurePhotoDerivatives(file, hash, { cache, onEncode: () => made++ });
				if (made > 0) {
					count.encoded += made;
					count.photosEncoded++;
				}
				data = { ...facts, statKey };
				published.push([facts.hash, facts.width, facts.height]);
			}
		} catch (error) {
			const reasons = error instanceof RejectedPhoto ? error.reasons : [`cannot be read: ${firstLine(error)}`];
			data = { rejected: [...reasons], ...(hash === undefined ? {} : { hash }), ...(statKey === undefined ? {} : { statKey }) };
		}
		// Never thrown here: the catalog reports a rejected photo with every other problem of the build.
		if (isRejectedPhoto(data)) count.rejected++;
		store.set({ id, data, digest: `${JSON.stringify(data)}:${recipeKey()}` });
	});
	const present = new Set(ids);
	for (const id of store.keys()) if (!present.has(id)) store.delete(id);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	logger.info(
		`${ids.length} photo file(s): ${count.checked} checked, ${count.photosEncoded} encoded (${count.encoded} derivative(s)), ${count.rejected} refused, in ${seconds} s`,
	);
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
