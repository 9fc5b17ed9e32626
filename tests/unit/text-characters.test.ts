/**
 * The string rules of src/schemas/fields.ts, and a property test: random strings mixing control,
 * bidi, zero-width, confusable, emoji, RTL and markup characters are either refused with the field
 * that holds them, or accepted and then valid XML 1.0 text, exact through JSON and CSV.
 */
import { describe, expect, it } from 'vitest';
import { randomFrom as random } from '../../scripts/lib/seeded-random.ts';
import { parseCsv, toCsv } from '../../src/lib/text/csv.ts';
import { fieldOf } from '../../src/lib/content-files/content-problems.ts';
import { disallowedCharacter } from '../../src/lib/text/text-characters.ts';
import { name, text, webUrl } from '../../src/schemas/fields.ts';
import { passFrontmatterSchema } from '../../src/schemas/pass.ts';

/** XML 1.0's Char production: what may appear in a document at all, escaped or not. */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
/** Characters that reorder or hide text: never in a name. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/u;

describe('text() and name()', () => {
	it.each([
		['a NUL', 'a\u0000b', /control character \(U\+0000\) at character 2/],
		['a C1 control', 'a\u0085b', /control character \(U\+0085\)/],
		['DEL', 'a\u007Fb', /control character \(U\+007F\)/],
		['a lone surrogate', 'a\uD800b', /lone surrogate/],
		['U+FFFE', 'a\uFFFEb', /non-character code point \(U\+FFFE\)/],
		['a private-use character', 'a\uE000b', /private-use/],
		['a right-to-left override', 'a\u202Eb', /invisible formatting character \(U\+202E/],
		['a zero-width space', 'a\u200Bb', /invisible formatting character \(U\+200B/],
		['a carriage return', 'a\rb', /control character \(U\+000D\)/],
	])('refuses %s in prose', (_what, value, message) => {
		const result = text({ max: 100 }).safeParse(value);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toMatch(message);
	});

	it('allows in prose what people write: any script, emoji with joiners, tabs and line breaks', () => {
		for (const value of ['مرحبا بالعالم', 'שלום', 'नमस्ते', '👨‍👩‍👧 family', 'Line one\n\tLine two', 'x < y & "z" ]]> </script>', 'می‌خواهم']) {
			expect(text({ max: 100 }).safeParse(value).success, value).toBe(true);
		}
	});

	it('holds names to one line of visible characters and plain spaces', () => {
		for (const [value, ok] of [
			['Motörhead', true],
			['Sigur Rós', true],
			['Guns N’ Roses', true],
			['فرقة', true],
			['Line\nbreak', false],
			['Tab\there', false],
			['No\u00A0break', false],
			['Joined\u200Dname', false],
			[' padded', false],
			['Z\u0301\u0302\u0303\u0304\u0305algo', false],
			['Ǹ̈', true],
		] as const) {
			expect(name({ max: 100 }).safeParse(value).success, JSON.stringify(value)).toBe(ok);
		}
	});

	it('caps lengths with a message that says by how much', () => {
		const result = name({ max: 5 }).safeParse('abcdefg');
		expect(result.error?.issues[0]?.message).toBe('is 7 characters long, more than the 5 allowed — shorten it');
	});

	it('refuses web addresses with invisible or control characters', () => {
		expect(webUrl.safeParse('https://example.org/a\u202Eb').success).toBe(false);
		expect(webUrl.safeParse('https://example.org/\u0000').success).toBe(false);
		expect(webUrl.safeParse('https://de.wikipedia.org/wiki/Motörhead').success).toBe(true);
	});
});

/** Characters strangers send, good and bad, weighted towards trouble. */
const POOL = [
	...'abcXYZ019 .,;:!?-_\'"',
	...'<>&/]]>',
	'\t', '\n', '\r', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009F',
	'\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\u061C', '\uFEFF', '\u00AD',
	'\uD800', '\uDFFF', '\uFFFE', '\uFFFF', '\uFDD0', '\uE000', '\u{10FFFF}',
	'\u00A0', '\u2028', '\u2029', '\u3000',
	'а', 'е', 'о', 'Κ', 'ｎ', '𝐀', 'ı', 'ß', 'ﬁ',
	'🎸', '👨', '\uFE0F', '\u0301', 'م', 'ر', 'ح', 'ש', 'न', '्',
];

function randomString(next: () => number): string {
	const length = 1 + Math.floor(next() * 24);
	let value = '';
	for (let i = 0; i < length; i++) value += POOL[Math.floor(next() * POOL.length)] ?? '';
	return value;
}

describe('property: accepted text is safe everywhere, refused text names its field', () => {
	const base = {
		title: 'A pass', band: 'a', type: 'crew', format: 'laminate', validFrom: '1990',
		condition: { grade: 'good' }, photos: [{ src: './front.jpg', alt: 'The front of the pass', side: 'front', credit: 'Me' }],
		sources: [{ title: 'My records', citation: 'Owned since 1990' }], contributors: ['Me'], added: '2020-01-01',
	};
	const fields: [string, (value: string) => Record<string, unknown>, 'name' | 'prose'][] = [
		['title', (v) => ({ ...base, title: `Pass ${v}` }), 'name'],
		['venue', (v) => ({ ...base, venue: v }), 'name'],
		['condition.notes', (v) => ({ ...base, condition: { grade: 'good', notes: v } }), 'prose'],
		['photos[0].alt', (v) => ({ ...base, photos: [{ ...base.photos[0], alt: `The front: ${v}` }] }), 'prose'],
		['contributors[0]', (v) => ({ ...base, contributors: [`X ${v}`] }), 'name'],
		['signatures[0].signer', (v) => ({ ...base, signatures: [{ signer: `S ${v}` }] }), 'name'],
	];

	it.each(fields)('%s', (field, entry, kind) => {
		const next = random(field.length * 7919);
		let accepted = 0;
		for (let i = 0; i < 400; i++) {
			const value = randomString(next);
			const result = passFrontmatterSchema.safeParse(entry(value));
			if (!result.success) {
				expect(result.error.issues.map((issue) => fieldOf(issue.path)), JSON.stringify(value)).toEqual([field]);
				continue;
			}
			accepted++;
			const stored = field.split(/[.[\]]+/).filter(Boolean).reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], result.data) as string;
			expect(stored.includes(value), JSON.stringify(value)).toBe(true);
			expect(XML_CHARS.test(stored), JSON.stringify(value)).toBe(true);
			expect(disallowedCharacter(stored, kind === 'name' ? 'name' : 'prose')).toBeUndefined();
			if (kind === 'name') expect(INVISIBLE.test(stored) || /[\t\n\r]/.test(stored), JSON.stringify(value)).toBe(false);
			expect(JSON.parse(JSON.stringify({ stored }).replace(/</g, '\\u003c'))).toEqual({ stored });
			expect(parseCsv(toCsv(['v'], [{ v: stored }]))[1]).toEqual([/^[=+\-@\t\r]/.test(stored) ? `'${stored}` : stored]);
		}
		// The pool is generous with plain characters: some strings of each kind pass.
		expect(accepted).toBeGreaterThan(5);
	});
});
