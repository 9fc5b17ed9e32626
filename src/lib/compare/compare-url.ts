/**
 * The compare view's address, shared by every page that links to it and by its script:
 * `/compare/?p=<item>,<item>[,…]`, an item being a pass slug, optionally `<slug>:<side>` where
 * the side is `front`, `back` or a photo's number in the pass's list (`2`, `3`…; 1 is the first).
 * Front is the default and is left out when writing. The address is strangers' text: it is read
 * from an allowlist, and every item it cannot use is named, never dropped silently.
 * Browser-safe, no zod.
 */
import { SLUG_PATTERN } from '../text/slugify.ts';

export const COMPARE_PATH = '/compare/';
/** More photos than this side by side are too small to compare on any screen. */
export const MAX_COMPARE_ITEMS = 6;
/** A pass lists at most 20 photos (the pass schema). */
const MAX_PHOTO_NUMBER = 20;

export type CompareSide = 'front' | 'back' | number;

export interface CompareItem {
	readonly slug: string;
	readonly side: CompareSide;
}

/** One item as the address writes it: `slug`, `slug:back`, `slug:3`. */
export function formatCompareItem(item: CompareItem): string {
	return item.side === 'front' ? item.slug : `${item.slug}:${item.side}`;
}

/** The compare view's URL for these items (slugs and sides need no escaping). */
export function compareUrl(items: readonly CompareItem[]): string {
	return `${COMPARE_PATH}?p=${items.map(formatCompareItem).join(',')}`;
}

function parseSide(text: string): CompareSide | undefined {
	if (text === 'front' || text === 'back') return text;
	if (!/^[1-9][0-9]?$/.test(text)) return undefined;
	const n = Number(text);
	return n <= MAX_PHOTO_NUMBER ? n : undefined;
}

/**
 * Reads the `p` parameter (already URL-decoded). Returns the items it can use, in order, and a
 * sentence for each it cannot: an item that is not a slug, a side that is not one, more items
 * than {@link MAX_COMPARE_ITEMS}.
 */
export function parseCompareParam(value: string | null): { items: CompareItem[]; problems: string[] } {
	const items: CompareItem[] = [];
	const problems: string[] = [];
	if (value === null || value.trim() === '') return { items, problems };
	const parts = value.split(',');
	parts.forEach((raw, i) => {
		const part = raw.trim();
		const shown = JSON.stringify(part.length > 60 ? `${part.slice(0, 60)}…` : part);
		if (part === '') {
			problems.push(`Item ${i + 1} is empty.`);
			return;
		}
		const colon = part.indexOf(':');
		const slug = colon === -1 ? part : part.slice(0, colon);
		const side = colon === -1 ? 'front' : parseSide(part.slice(colon + 1));
		if (slug.length > 200 || !SLUG_PATTERN.test(slug)) problems.push(`${shown} is not a pass's address name (lowercase letters, digits and hyphens).`);
		else if (side === undefined) problems.push(`${shown}: the side after “:” must be front, back or a photo number from 1 to ${MAX_PHOTO_NUMBER}.`);
		else if (items.length >= MAX_COMPARE_ITEMS) problems.push(`${shown} left out: at most ${MAX_COMPARE_ITEMS} photos are compared at once.`);
		else items.push({ slug, side });
	});
	return { items, problems };
}

/**
 * Which of a pass's photos a side means: `front` and `back` the first photo of that side (front
 * falls back to the first photo), a number that photo in the list. Undefined: the pass has none.
 */
export function photoIndexForSide(side: CompareSide, photos: readonly { side: string }[]): number | undefined {
	if (typeof side === 'number') return side <= photos.length ? side - 1 : undefined;
	const found = photos.findIndex((photo) => photo.side === side);
	if (found !== -1) return found;
	return side === 'front' && photos.length > 0 ? 0 : undefined;
}

/** The side that names a photo best in an address: its side if it is the first of that side, else its number. */
export function sideForPhotoIndex(index: number, photos: readonly { side: string }[]): CompareSide {
	const side = photos[index]?.side;
	if ((side === 'front' || side === 'back') && photos.findIndex((photo) => photo.side === side) === index) return side;
	return index + 1;
}
