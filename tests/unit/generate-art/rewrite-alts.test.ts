/** --write-alt's edit of an index.mdx: only the alt lines of the drawn photos change. */
import { describe, expect, it } from 'vitest';
import {
	rewritePhotoAlts,
} from '../../../scripts/generate-art.ts';

describe('rewritePhotoAlts', () => {
	const source = [
		'---',
		'title: "A pass"',
		'photos:',
		'  - src: ./front.jpg',
		"    alt: 'It''s the front, with a logo' # old text",
		'    side: front',
		'    credit: Someone',
		'  - side: back',
		'    src: "./back.jpg"',
		'    alt: >-',
		'      A folded description',
		'      over two lines',
		'    credit: Someone',
		'  - src: ./detail.jpg',
		'    alt: A detail of the corner.',
		'    side: detail',
		'    credit: Someone',
		'example: true',
		'---',
		'',
		'The body mentions alt: "nothing to change" and ./front.jpg.',
		'',
	];
	const alts = { front: 'Illustration of a “front” with a "quote" and a \\ backslash.', back: 'Illustration of the back.' };
	const expected = [
		...source.slice(0, 4),
		`    alt: ${JSON.stringify(alts.front)} # old text`,
		...source.slice(5, 9),
		`    alt: ${JSON.stringify(alts.back)}`,
		...source.slice(12),
	];

	it('replaces only the alt values of ./front.jpg and ./back.jpg, keeping every other byte', () => {
		const result = rewritePhotoAlts(source.join('\n'), alts);
		expect(result.changed).toEqual(['front', 'back']);
		expect(result.text).toBe(expected.join('\n'));
		expect(rewritePhotoAlts(result.text, alts)).toEqual({ text: result.text, changed: [] });
	});

	it('keeps Windows line endings', () => {
		const result = rewritePhotoAlts(source.join('\r\n'), alts);
		expect(result.text).toBe(expected.join('\r\n'));
	});

	it('leaves a file without photos alone, and refuses a photos list it cannot edit', () => {
		const none = '---\ntitle: x\n---\n\nBody.\n';
		expect(rewritePhotoAlts(none, alts)).toEqual({ text: none, changed: [] });
		expect(() => rewritePhotoAlts('---\nphotos: [{ src: ./front.jpg, alt: x }]\n---\n', alts)).toThrow();
		expect(() => rewritePhotoAlts('---\nphotos:\n  - src: ./front.jpg\n    side: front\n---\n', alts)).toThrow(/no alt/);
	});
});
