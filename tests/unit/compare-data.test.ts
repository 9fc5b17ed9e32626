/** What the compare view is told about a pass, and which comparisons the compare page suggests, from the sample catalog. */
import { describe, expect, it } from 'vitest';
import { comparePassData, suggestedComparisons } from '../../src/lib/compare/compare-data.ts';
import { photoIndexForSide } from '../../src/lib/compare/compare-url.ts';
import { joinPassPhotos } from '../../src/lib/photos/shown-photo.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const catalog = catalogFromFiles();
const fake = catalog.passes.find((p) => p.fakeOf);
if (!fake?.fakeOf) throw new Error('the sample catalog needs a known fake');
const genuine = fake.fakeOf;

describe('compare data', () => {
	it('carries a fake’s tells and genuine pass, and every photo with both of its files', () => {
		const facts = new Map(fake.entry.data.photos.map((photo, i) => [`${fake.id}/${photo.src.slice(2)}`, { hash: String(i).repeat(64), width: 610, height: 800 }]));
		const { photos } = joinPassPhotos([{ id: fake.id, filePath: 'x', photos: fake.entry.data.photos }], facts);
		const data = comparePassData(fake, photos.get(fake.id) ?? []);
		expect(data.fakeOf).toEqual({ id: genuine.id, title: genuine.title, url: genuine.url });
		expect(data.tells).toEqual(fake.entry.data.tells);
		expect(data.photos.map((p) => p.side)).toEqual(fake.entry.data.photos.map((p) => p.side));
		expect(data.photos[0]?.full).toMatch(/\.full\.[0-9a-f]{8}\.jpg$/);
		expect(data.photos[0]?.large).toMatch(/\.large\.[0-9a-f]{8}\.webp$/);
		expect(photoIndexForSide('back', data.photos)).toBe(1);
	});

	it('suggests every genuine pass with each of its fakes, variant groups and designs with two passes', () => {
		const pairs = catalog.passes.flatMap((p) => p.fakes.map((f) => [p.id, f.id]));
		const designs = [
			{ name: 'Two of a kind', passes: [genuine, fake] },
			{ name: 'Only one', passes: [genuine] },
		];
		const suggestions = suggestedComparisons(catalog.passes, designs, 6);
		expect(suggestions.filter((s) => s.kind === 'fake').map((s) => s.passes.map((p) => p.id))).toEqual(pairs);
		expect(suggestions.filter((s) => s.kind === 'fake').map((s) => s.url)).toContain(`/compare/?p=${genuine.id},${fake.id}`);
		expect(suggestions.filter((s) => s.kind === 'design').map((s) => s.heading)).toEqual(['Tour-set design: Two of a kind']);
		expect(suggestions.filter((s) => s.kind === 'variants')).toHaveLength(catalog.passes.filter((p) => p.variants.length > 0).length);
	});
});
