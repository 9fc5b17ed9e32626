/** One slug rule for new-pass, the browse pages' URLs and the contribute form's suggestion. */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/text/slugify.ts';
import { randomFrom } from '../../scripts/lib/seeded-random.ts';
import { SLUG_PATTERN } from '../../src/schemas/fields.ts';

const ALPHABET = [...'abcXYZ019 -_/&\'’‘`´.,!?()[]{}<>"#%\t\nöéñßøÆ漢字😀\u0301\u200b'];

describe('slugify', () => {
	it('folds names into slugs', () => {
		expect(slugify("Guns N' Roses")).toBe('guns-n-roses');
		expect(slugify('Motörhead')).toBe('motorhead');
		expect(slugify('AC/DC')).toBe('ac-dc');
		expect(slugify('Printer’s mark on the backing')).toBe('printers-mark-on-the-backing');
		expect(slugify('Simon & Garfunkel')).toBe('simon-and-garfunkel');
		expect(slugify('Photo / press')).toBe('photo-press');
		expect(slugify('  --  ')).toBe('');
	});

	it('always gives a valid slug (or nothing), and is stable on its own output', () => {
		const random = randomFrom(16);
		for (let i = 0; i < 2000; i++) {
			const length = Math.floor(random() * 24);
			const text = Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
			const slug = slugify(text);
			if (slug !== '') expect(slug, JSON.stringify(text)).toMatch(SLUG_PATTERN);
			expect(slugify(slug)).toBe(slug);
		}
	});
});
