/**
 * Every pass's photos as pages show them, joined once per build from the pass entries and the
 * `photos` collection (sizes and hashes, no pixels) by `src/data/catalog.ts`, which reports a
 * photo that is missing, refused or a copy with the catalog's other problems.
 */
import type { ShownPhoto } from '../lib/photos/shown-photo.ts';
import { type Pass, passPhotos } from './catalog.ts';

/** A pass's photos, front first, as listed in its entry. */
export function photosOf(pass: Pick<Pass, 'id'>): readonly ShownPhoto[] {
	return passPhotos.get(pass.id) ?? [];
}

/** The photo that stands for a pass in lists, previews and search: its first. */
export function frontPhoto(pass: Pick<Pass, 'id'>): ShownPhoto | undefined {
	return photosOf(pass)[0];
}
