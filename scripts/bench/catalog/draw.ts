/** Seeded random picks for the generated catalog: one of, some of, weighted, a chance. */
import { type Random } from '../../lib/art-random.ts';

export function pickOf<T>(random: Random, items: readonly T[]): T {
	const item = items[Math.floor(random() * items.length)];
	if (item === undefined) throw new Error('pickOf: empty list');
	return item;
}

export function intBetween(random: Random, min: number, max: number): number {
	return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: Random, p: number): boolean {
	return random() < p;
}

/** Picks by weight from [item, weight] pairs. */
export function weighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
	const total = items.reduce((sum, [, w]) => sum + w, 0);
	let r = random() * total;
	for (const [item, w] of items) {
		r -= w;
		if (r < 0) return item;
	}
	const last = items.at(-1);
	if (!last) throw new Error('weighted: empty list');
	return last[0];
}

/** `count` distinct items, in the list's order. */
export function someOf<T>(random: Random, items: readonly T[], count: number): T[] {
	const chosen = new Set<number>();
	while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(random() * items.length));
	return [...chosen]
		.sort((a, b) => a - b)
		.flatMap((i) => {
			const item = items[i];
			return item === undefined ? [] : [item];
		});
}
