/** Joining a pass's photo list with the `photos` collection: sizes and URLs for pages, problems for what does not match. */
import { describe, expect, it } from 'vitest';
import { PHOTO_URL_BASE } from '../../src/lib/photos/photo-recipe.ts';
import { type PhotoEntry, joinPassPhotos, photoId } from '../../src/lib/photos/shown-photo.ts';
import type { PassData } from '../../src/schemas/pass.ts';

const photo = (src: string, side: 'front' | 'back' = 'front'): PassData['photos'][number] => ({
	src,
	alt: 'The front of a laminate with a hologram',
	side,
	credit: 'A collector',
});
const facts = (hash: string, width: number, height: number) => ({ hash: hash.repeat(64 / hash.length), width, height });
const pass = (id: string, photos: PassData['photos']) => ({ id, filePath: `content/passes/${id}/index.mdx`, photos });

describe('joinPassPhotos', () => {
	it('gives each listed photo its derivatives, sized from the facts and never enlarged', () => {
		const { photos, problems } = joinPassPhotos(
			[pass('a', [photo('./front.jpg'), photo('./back.jpg', 'back')])],
			new Map([
				[photoId('a', './front.jpg'), facts('ab', 3000, 2000)],
				[photoId('a', './back.jpg'), facts('cd', 500, 400)],
			]),
		);
		expect(problems).toEqual([]);
		const [front, back] = photos.get('a') ?? [];
		expect(front?.label).toBe('Front');
		expect(front?.image('large', 'webp')).toMatchObject({ width: 1600, height: 1067 });
		expect(front?.image('full', 'jpeg')).toMatchObject({ width: 3000, height: 2000 });
		expect(front?.image('og', 'jpeg')).toMatchObject({ width: 945, height: 630 });
		expect(front?.image('w320', 'avif').src.startsWith(`${PHOTO_URL_BASE}ab/abababab`)).toBe(true);
		// AVIF stops at 640 px; the lead photo's dense-screen width is WebP only.
		expect(front?.srcset('avif')).toMatch(/^\/photos\/ab\/\S+ 320w, \/photos\/ab\/\S+ 640w$/);
		expect(front?.srcset('webp')).toMatch(/^\/photos\/ab\/\S+ 320w, \/photos\/ab\/\S+ 640w, \/photos\/ab\/\S+ 1200w$/);
		expect([front?.widest('avif'), front?.widest('webp')]).toEqual([640, 1200]);
		// A 500 px photo has one thumbnail width, not 500 twice.
		expect(back?.srcset('avif')).toMatch(/^\/photos\/cd\/\S+ 320w, \/photos\/cd\/\S+ 500w$/);
		expect(back?.srcset('webp')).toMatch(/^\/photos\/cd\/\S+ 320w, \/photos\/cd\/\S+ 500w$/);
		expect(back?.widest('webp')).toBe(500);
		expect(back?.image('large', 'webp')).toMatchObject({ width: 500, height: 400 });
	});

	it('reports a listed photo without a file, and every reason a listed photo was refused, on the pass and its field', () => {
		const { photos, problems } = joinPassPhotos(
			[pass('a', [photo('./front.jpg'), photo('./back.jpg', 'back')])],
			new Map<string, PhotoEntry>([
				[photoId('a', './back.jpg'), { rejected: ['has 12 bytes of data after the end of the JPEG image', 'is only 200×100 px'] }],
				// A file no pass lists is the content tree walk's to report, not the join's.
				[photoId('a', './extra.jpg'), facts('ef', 800, 600)],
			]),
		);
		expect(problems.map((p) => `${p.file}: ${p.field ?? ''}: ${p.message}`)).toEqual([
			'content/passes/a/index.mdx: photos[0].src: no file ./front.jpg next to index.mdx',
			'content/passes/a/index.mdx: photos[1].src: has 12 bytes of data after the end of the JPEG image',
			'content/passes/a/index.mdx: photos[1].src: is only 200×100 px',
		]);
		expect(photos.get('a')).toEqual([]);
	});
});

describe('joinPassPhotos: the same photo twice', () => {
	const photo = (src: string) => ({ src, alt: 'The front of the pass, in colour', side: 'front' as const, credit: 'Test' });
	const facts = (hash: string) => ({ hash, width: 800, height: 600, statKey: 'k' });
	const passes = [
		{ id: 'a', filePath: 'content/passes/a/index.mdx', photos: [photo('./front.jpg')] },
		{ id: 'b', filePath: 'content/passes/b/index.mdx', photos: [photo('./front.jpg')] },
	];
	const same = new Map([['a/front.jpg', facts('1'.repeat(64))], ['b/front.jpg', facts('1'.repeat(64))]]);

	it('is refused on every entry that has it, each naming the other', () => {
		const { problems } = joinPassPhotos(passes, same);
		expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual(['content/passes/a/index.mdx: photos[0].src', 'content/passes/b/index.mdx: photos[0].src']);
		expect(problems[0]?.message).toContain('content/passes/b/index.mdx (./front.jpg)');
	});

	it('is allowed only where shared photos are asked for (generated benchmark catalogs)', () => {
		expect(joinPassPhotos(passes, same, { sharedPhotos: true }).problems).toEqual([]);
		const distinct = new Map([['a/front.jpg', facts('1'.repeat(64))], ['b/front.jpg', facts('2'.repeat(64))]]);
		expect(joinPassPhotos(passes, distinct).problems).toEqual([]);
	});
});
