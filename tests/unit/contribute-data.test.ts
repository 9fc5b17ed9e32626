/** The contribute form's pass-slug shards: every slug lands in one, stable and evenly spread. */
import { describe, expect, it } from 'vitest';
import { passSlugShard, passSlugShardCount } from '../../src/lib/catalog/contribute-data.ts';

describe('pass slug shards', () => {
	it('grow with the catalog, at least one', () => {
		expect(passSlugShardCount(0)).toBe(1);
		expect(passSlugShardCount(42)).toBe(1);
		expect(passSlugShardCount(10_000)).toBe(50);
	});

	it('put a slug always in the same shard, and similar slugs in different ones', () => {
		const slugs = Array.from({ length: 10_000 }, (_, i) => `the-band-the-tour-1993-all-access-${i}`);
		const shards = passSlugShardCount(slugs.length);
		expect(passSlugShard(slugs[0] ?? '', shards)).toBe(passSlugShard(slugs[0] ?? '', shards));
		const sizes = new Map<number, number>();
		for (const slug of slugs) {
			const shard = passSlugShard(slug, shards);
			expect(shard).toBeGreaterThanOrEqual(0);
			expect(shard).toBeLessThan(shards);
			sizes.set(shard, (sizes.get(shard) ?? 0) + 1);
		}
		expect(sizes.size).toBe(shards);
		expect(Math.max(...sizes.values())).toBeLessThan(400);
	});
});
