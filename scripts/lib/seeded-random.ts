/**
 * Seeded randomness: the same seed gives the same numbers on every machine, so generated artwork
 * and benchmark catalogs are reproducible and a failing generated test case can be replayed.
 */

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

export function pick<T>(random: Random, items: readonly [T, ...T[]]): T {
	return items[Math.floor(random() * items.length)] ?? items[0];
}

export function between(random: Random, min: number, max: number): number {
	return min + random() * (max - min);
}
