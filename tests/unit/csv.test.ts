import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../src/lib/text/csv.ts';

describe('csv', () => {
	it('quotes fields with commas, quotes and line breaks, and doubles quotes', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(undefined)).toBe('');
		expect(csvField(1993)).toBe('1993');
		expect(csvField(true)).toBe('true');
	});

	it('keeps spreadsheets from running a cell as a formula', () => {
		expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvField('@SUM(A1)')).toBe('"\'@SUM(A1)"');
	});

	it('round-trips rows through parseCsv', () => {
		const rows = [{ id: 'a', note: 'comma, "quote"\nnewline' }, { id: 'b', note: '' }];
		const text = toCsv(['id', 'note'], rows);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(parseCsv(text)).toEqual([['id', 'note'], ['a', 'comma, "quote"\nnewline'], ['b', '']]);
	});
});
