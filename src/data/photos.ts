/**
 * Every pass's photos as pages show them, joined once per build from the pass entries and the
 * `photos` collection (sizes and hashes, no pixels). A listed photo without a file, or a photo
 * file no pass lists, fails the build here.
 */
import { getCollection } from 'astro:content';
import { ContentProblems } from '../lib/content-files/content-problems.ts';
import { type ShownPhoto, joinPassPhotos } from '../lib/photos/shown-photo.ts';
import { type Pass, catalog } from './catalog.ts';

const facts = new Map((await getCollection('photos')).map((entry) => [entry.id, entry.data]));
const joined = joinPassPhotos(
	catalog.passes.map((pass) => ({ id: pass.id, filePath: pass.entry.filePath ?? `content/passes/${pass.id}/index.mdx`, photos: pass.entry.data.photos })),
	facts,
	// Generated benchmark catalogs hard-link a small pool of photos into thousands of passes, and a
	// few tests copy a fixture pass; nothing else sets this.
	{ sharedPhotos: process.env['ALLOW_SHARED_PHOTOS'] === '1' },
);
if (joined.problems.length > 0) throw new ContentProblems(joined.problems);

/** A pass's photos, front first, as listed in its entry. */
export function photosOf(pass: Pass): readonly ShownPhoto[] {
	return joined.photos.get(pass.id) ?? [];
}

/** The photo that stands for a pass in lists, previews and search: its first. */
export function frontPhoto(pass: Pass): ShownPhoto | undefined {
	return photosOf(pass)[0];
}
