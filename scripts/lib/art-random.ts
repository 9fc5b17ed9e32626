/** Deterministic randomness for the generated artwork: the same slug always draws the same pass. */
import { type Random, randomFrom } from './seeded-random.ts';

export { type Random, between, pick, randomFrom } from './seeded-random.ts';

/** A 32-bit hash of a slug (FNV-1a, then a murmur3 finaliser so similar slugs spread out). */
export function hashSlug(slug: string): number {
	let h = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(slug)) {
		h ^= byte;
		h = Math.imul(h, 0x01000193);
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** A generator for one purpose ("palette", "barcode"…) of one slug, independent of the others. */
export function randomFor(slug: string, purpose: string): Random {
	return randomFrom(hashSlug(`${slug}#${purpose}`));
}
