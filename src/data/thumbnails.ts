/**
 * The small images that stand for a pass wherever it is listed: its card thumbnail and its
 * search-result thumbnail. Both are the front photo's 320 px WebP, made once in the photo cache
 * (`src/lib/photos/`); here they are only looked up, so listing a pass on many pages costs nothing.
 */
import type { Pass } from './catalog.ts';
import { frontPhoto } from './photos.ts';
import type { Image } from '../lib/photos/shown-photo.ts';

/** The front photo at card size (320 px wide), or undefined without photos. */
export function cardThumbnail(pass: Pass): Image | undefined {
	return frontPhoto(pass)?.image('w320', 'webp');
}

/** The front photo's thumbnail for search results and the data export. */
export function searchThumbnail(pass: Pass): Image | undefined {
	return frontPhoto(pass)?.image('w320', 'webp');
}
