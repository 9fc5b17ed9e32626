/**
 * Gets photo derivatives to readers without passing them through the bundler: after `astro build`
 * has written the pages, every derivative of every photo of the catalog is hard-linked from the
 * shared cache into `dist/photos/` (copied when the cache is on another disk); in `astro dev` the
 * same paths are served straight from the cache. The photo loader decides what is published
 * (`src/loaders/photo-loader.ts`); this only moves files, then releases the build's lease on the
 * cache and, with `PHOTO_CACHE_PRUNE=1`, prunes what this build's photos do not need
 * (`src/lib/photos/photo-prune-fs.ts`).
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mapWithConcurrency } from '../lib/content-files/map-with-concurrency.ts';
import { DERIVATIVE_PATH, PHOTO_FORMATS, PHOTO_URL_BASE, derivativesOf } from '../lib/photos/photo-recipe.ts';
import { PhotoCache, defaultPhotoCacheDir } from '../lib/photos/photo-store-fs.ts';
import { type PublishedPhotos, factsOf, publishedPhotosFile } from '../lib/photos/published-photos-fs.ts';
import { currentPhotoChecksVersion } from '../lib/photos/photo-checks-version-fs.ts';
import { prunePhotoCache, pruneReport, releaseCacheLease } from '../lib/photos/photo-prune-fs.ts';

const MIME_BY_EXTENSION = new Map<string, string>(Object.values(PHOTO_FORMATS).map((f) => [f.extension, f.mime]));

export function photos(): AstroIntegration {
	let astroCacheDir = '';
	let root = '';
	return {
		name: 'backstage:photos',
		hooks: {
			'astro:config:done': ({ config }) => {
				astroCacheDir = fileURLToPath(config.cacheDir);
				root = fileURLToPath(config.root);
			},
			'astro:server:setup': ({ server }) => {
				const cache = new PhotoCache(defaultPhotoCacheDir(root));
				server.middlewares.use((request, response, next) => {
					const path = (request.url ?? '').split('?')[0] ?? '';
					if (!path.startsWith(PHOTO_URL_BASE)) return next();
					const name = path.slice(PHOTO_URL_BASE.length);
					if (!DERIVATIVE_PATH.test(name)) return next();
					const stream = createReadStream(cache.file(name));
					stream.on('error', () => next());
					stream.on('open', () => {
						response.setHeader('Content-Type', MIME_BY_EXTENSION.get(name.split('.').pop() ?? '') ?? 'application/octet-stream');
						response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
						stream.pipe(response);
					});
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const list = JSON.parse(await readFile(publishedPhotosFile(astroCacheDir), 'utf-8')) as PublishedPhotos;
				const cache = new PhotoCache(list.cacheDir);
				const paths = [...new Set(factsOf(list).flatMap((photo) => derivativesOf(photo).map((d) => d.path)))];
				const outDir = fileURLToPath(new URL(PHOTO_URL_BASE.slice(1), dir));
				await mapWithConcurrency(paths, 16, (path) => cache.publish(path, outDir));
				logger.info(`${paths.length} photo files (${list.photos.length} photos) linked into ${PHOTO_URL_BASE} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
				// Opt-in (CI, a deploy): only when this build's catalog is the only one using the cache.
				if (process.env['PHOTO_CACHE_PRUNE'] === '1') {
					const result = await prunePhotoCache(cache, { photos: factsOf(list), checks: currentPhotoChecksVersion() });
					logger.info(pruneReport(result));
				}
				await releaseCacheLease(cache);
			},
		},
	};
}
