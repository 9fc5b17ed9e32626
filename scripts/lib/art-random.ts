/** Deterministic randomness for the generated artwork: the same slug always draws the same pass. */

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

export type Random = () => number;

/** A small seeded generator (mulberry32): numbers in [0, 1). */
export function randomFrom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A generator for one purpose ("palette", "barcode"…) of one slug, independent of the others. */
export function randomFor(slug: string, purpose: string): Random {
	return randomFrom(hashSlug(`${slug}#${purpose}`));
}

export function pick<T>(random: Random, items: readonly [T, ...T[]]): T {
	return items[Math.floor(random() * items.length)] ?? items[0];
}

export function between(random: Random, min: number, max: number): number {
	return min + random() * (max - min);
}
