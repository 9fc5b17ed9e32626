/**
 * The list of photos one build publishes, handed from the photo loader (which runs during content
 * sync) to `astro:build:done` (which links their derivatives into `dist/`). A file, because the
 * two run in different module graphs of the same process.
 */
import { join } from 'node:path';
import type { PhotoFacts } from './photo-recipe.ts';

export interface PublishedPhotos {
	/** The derivative cache the files are in. */
	readonly cacheDir: string;
	/** Key of the recipe they were made with. */
	readonly recipe: string;
	/** `[hash, width, height]` of every photo. */
	readonly photos: (readonly [hash: string, width: number, height: number])[];
}

/** Where the list is kept: in Astro's cache folder, so each content folder (tests, benchmarks) has its own. */
export function publishedPhotosFile(astroCacheDir: string): string {
	return join(astroCacheDir, 'published-photos.json');
}

export function factsOf(list: PublishedPhotos): PhotoFacts[] {
	return list.photos.map(([hash, width, height]) => ({ hash, width, height }));
}
