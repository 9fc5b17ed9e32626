/** The compare view's address: written by pages, read back by the view, and safe against any text a stranger puts in it. */
import { describe, expect, it } from 'vitest';
import { MAX_COMPARE_ITEMS, compareUrl, parseCompareParam, photoIndexForSide, sideForPhotoIndex } from '../../src/lib/compare/compare-url.ts';
import { compareDataUrl } from '../../src/lib/compare/compare-data.ts';
import { SLUG_PATTERN } from '../../src/lib/text/slugify.ts';
import { randomFrom as random } from '../../scripts/lib/seeded-random.ts';

const photos = [{ side: 'front' }, { side: 'back' }, { side: 'detail' }, { side: 'detail' }];

describe('compare URL', () => {
	it('writes slugs in order, leaving out the default front side', () => {
		expect(compareUrl([{ slug: 'a-pass', side: 'front' }, { slug: 'b', side: 'back' }, { slug: 'c', side: 3 }])).toBe('/compare/?p=a-pass,b:back,c:3');
	});

	it('reads back what it writes', () => {
		const items = [{ slug: 'in-utero-1993', side: 'front' as const }, { slug: 'in-utero-1993', side: 'back' as const }, { slug: 'x2', side: 12 }];
		const p = new URL(compareUrl(items), 'http://localhost').searchParams.get('p');
		expect(parseCompareParam(p)).toEqual({ items, problems: [] });
	});

	it('names every item it cannot use, and keeps the others', () => {
		const { items, problems } = parseCompareParam('good,Bad Slug,ok:side,also-good:0,,fine:21,<script>');
		expect(items).toEqual([{ slug: 'good', side: 'front' }]);
		expect(problems).toHaveLength(6);
		expect(problems[0]).toContain('"Bad Slug"');
		expect(problems[1]).toContain('front, back or a photo number');
		expect(problems[3]).toBe('Item 5 is empty.');
	});

	it(`compares at most ${MAX_COMPARE_ITEMS} photos and says which it left out`, () => {
		const { items, problems } = parseCompareParam(Array.from({ length: MAX_COMPARE_ITEMS + 2 }, (_, i) => `p${i}`).join(','));
		expect(items).toHaveLength(MAX_COMPARE_ITEMS);
		expect(problems).toEqual([`"p${MAX_COMPARE_ITEMS}" left out: at most ${MAX_COMPARE_ITEMS} photos are compared at once.`, `"p${MAX_COMPARE_ITEMS + 1}" left out: at most ${MAX_COMPARE_ITEMS} photos are compared at once.`]);
	});

	it('an empty or missing parameter is no comparison and no problem', () => {
		expect(parseCompareParam(null)).toEqual({ items: [], problems: [] });
		expect(parseCompareParam('  ')).toEqual({ items: [], problems: [] });
	});

	it('accepts only slugs and sides from any text, never throws, and accounts for every item (seeded fuzz)', () => {
		const next = random(Number(process.env['COMPARE_FUZZ_SEED'] ?? 13));
		const alphabet = ['a', 'z', '0', '9', '-', ':', ',', ' ', 'front', 'back', '1', '20', '21', 'É', '\u202e', '%2C', '<', '"', '\n', '\u0000'];
		for (let run = 0; run < 2000; run++) {
			const text = Array.from({ length: Math.floor(next() * 24) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
			const { items, problems } = parseCompareParam(text);
			for (const item of items) {
				expect(item.slug).toMatch(SLUG_PATTERN);
				expect(item.side === 'front' || item.side === 'back' || (Number.isInteger(item.side) && item.side >= 1 && item.side <= 20)).toBe(true);
			}
			if (text.trim() !== '') expect(items.length + problems.length).toBe(text.split(',').length);
			// What is kept survives a round trip through the address.
			const again = parseCompareParam(new URL(compareUrl(items), 'http://localhost').searchParams.get('p'));
			expect(again.items).toEqual(items);
		}
	});
});

describe('compare URL, what the view fetches', () => {
	it('a shared ?p= value can only fetch /passes/<slug>/compare.json on the site itself (seeded fuzz)', () => {
		const next = random(Number(process.env['COMPARE_FUZZ_SEED'] ?? 29));
		// Pieces of path traversal, other hosts and encodings, as a link could carry them.
		const alphabet = ['a', 'b', '-', '.', '..', '/', '\\', '%2F', '%2E', '%5C', '?', '#', '@', '//evil.example', ':', ',', 'http:', '%00', 'front'];
		const origin = 'https://catalog.example';
		for (let run = 0; run < 2000; run++) {
			const raw = Array.from({ length: Math.floor(next() * 16) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
			// The view reads the parameter through URLSearchParams, which decodes %xx once.
			const value = new URL(`${origin}/compare/?p=${raw}`).searchParams.get('p');
			for (const { slug } of parseCompareParam(value).items) {
				const fetched = new URL(compareDataUrl(slug), `${origin}/compare/`);
				expect(fetched.origin).toBe(origin);
				expect(fetched.pathname).toBe(`/passes/${slug}/compare.json`);
				expect(fetched.search + fetched.hash).toBe('');
			}
		}
	});
});

describe('sides and photos', () => {
	it('front and back are the first photo of that side; a number is its place in the list', () => {
		expect(photoIndexForSide('front', photos)).toBe(0);
		expect(photoIndexForSide('back', photos)).toBe(1);
		expect(photoIndexForSide(4, photos)).toBe(3);
		expect(photoIndexForSide(5, photos)).toBeUndefined();
		expect(photoIndexForSide('back', [{ side: 'front' }])).toBeUndefined();
		// A pass whose first photo is a detail still has a "front" to show.
		expect(photoIndexForSide('front', [{ side: 'detail' }])).toBe(0);
	});

	it('names each photo so that the name finds it again', () => {
		for (const list of [photos, [{ side: 'detail' }, { side: 'front' }], [{ side: 'back' }, { side: 'back' }]]) {
			list.forEach((_, i) => expect(photoIndexForSide(sideForPhotoIndex(i, list), list)).toBe(i));
		}
		expect(sideForPhotoIndex(1, photos)).toBe('back');
		expect(sideForPhotoIndex(2, photos)).toBe(3);
	});
});
