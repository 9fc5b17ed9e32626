/**
 * The small images that stand for a pass wherever it is listed: its card thumbnail and its
 * search-result thumbnail. A pass appears on dozens of pages (lists, browse pages, related
 * passes), and each `getImage` call hashes its transform again; at 10,000 passes that was
 * ≈ 335,000 calls for a few hundred distinct images. Each thumbnail is made once per photo (keyed by
 * the photo's own URL, which in a build carries a hash of its bytes: a replaced photo gets a new one).
 */
import type { GetImageResult } from 'astro';
import { getImage } from 'astro:assets';
import type { Pass } from './catalog.ts';

const made = new Map<string, Promise<GetImageResult>>();

function once(key: string, make: () => Promise<GetImageResult>): Promise<GetImageResult> {
	let image = made.get(key);
	if (!image) {
		image = make();
		made.set(key, image);
	}
	return image;
}

/** The front photo at card size (320 px wide, the original format), or undefined without photos. */
export function cardThumbnail(pass: Pass): Promise<GetImageResult> | undefined {
	const photo = pass.entry.data.photos[0];
	return photo && once(`card:${photo.src.src}`, () => getImage({ src: photo.src, width: 320 }));
}

/** The front photo as a 240 px WebP, for search results and the data export. */
export function searchThumbnail(pass: Pass): Promise<GetImageResult> | undefined {
	const photo = pass.entry.data.photos[0];
	return photo && once(`search:${photo.src.src}`, () => getImage({ src: photo.src, width: 240, format: 'webp' }));
}
