import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';
import { passFrontmatterSchema } from '../../src/schemas/pass.ts';
import { answersToPass } from '../../scripts/submission/answers-to-pass.ts';
import { FORM_FIELDS } from '../../scripts/submission/form-fields.ts';
import { buildPass } from '../../scripts/submission/build-pass.ts';
import { parseIssueBody } from '../../scripts/submission/parse-issue.ts';
import { mergeProblems } from '../../scripts/submission/problems.ts';
import { relabel } from '../../scripts/submission/relabel.ts';
import { SUBMISSION_FIXTURES } from '../helpers/submission-servers.ts';

const catalogDir = fileURLToPath(new URL('../fixtures/minimal-catalog', import.meta.url));
const catalog = readCatalogFiles(catalogDir, path.dirname(catalogDir));
const photos = [{ slot: 'front' as const, src: './front.jpg', alt: 'Blue laminate reading TEST TOUR and ALL ACCESS' }];

/** The fixture with some answers replaced (label → new answer), checked up to the catalog checks. */
async function check(changes: Record<string, string>): Promise<string[]> {
	let body = await readFile(path.join(SUBMISSION_FIXTURES, 'good.md'), 'utf-8');
	for (const [label, answer] of Object.entries(changes)) {
		body = body.replace(new RegExp(`(### ${label.replace(/[()]/g, '\\$&')}\\n\\n)[^#]*?(\\n\\n###|$)`), `$1${answer}$2`);
	}
	const parsed = parseIssueBody(body);
	expect(parsed.problems).toEqual([]);
	const answers = answersToPass(parsed.answers, catalog, 'sam-c');
	const built = buildPass(answers.facts, photos, 'Sam', answers.story, catalog, { id: 'x', filePath: 'content/passes/x/index.mdx', added: '2026-12-05' });
	return mergeProblems(answers.problems, built.problems).map((p) => `${p.field ?? ''}: ${p.message}`);
}

describe('reading the answers of the form', () => {
	it('accepts the fixture as it is', async () => {
		expect(await check({})).toEqual([]);
	});

	it('finds bands, tours and printers by name, alias or folder name', async () => {
		expect(await check({ Band: 'fixture-band', Tour: 'test-tour', Printer: 'FIXTURE PRINTER' })).toEqual([]);
		expect(await check({ Band: 'Fixture Band' })).toEqual([]);
		expect(await check({ Tour: 'Another Tour' })).toEqual([expect.stringMatching(/^Tour: ` Another Tour ` is not a tour of ` Fixture Band `/)]);
	});

	it('names the form field, in its words, for schema and catalog problems', async () => {
		expect(await check({ 'Valid from': '1985-05', 'Valid to': '1985-04' })).toEqual([expect.stringMatching(/^Valid to: is before “Valid from” \\\(1985\\-05\\\)/)]);
		expect(await check({ 'Valid from': '1990-01-01' })).toEqual([expect.stringMatching(/^Valid from: /)]);
		expect(await check({ 'Tour leg': 'Asia' })).toEqual([expect.stringMatching(/^Tour leg: /)]);
		expect(await check({ 'Fake of': 'no-such-pass' })).toEqual(expect.arrayContaining([expect.stringMatching(/^Tells of the fake: /)]));
	});

	it('takes choices only from the form’s options and boxes only as the form prints them', async () => {
		expect(await check({ Format: 'Cardboard (cardboard)' })).toEqual([expect.stringMatching(/^Format: ` Cardboard \(cardboard\) ` is not one of the form’s choices/)]);
		expect(await check({ Flaws: '- [X] Set on fire (burnt)' })).toEqual([expect.stringMatching(/^Flaws: ` - \[X\] Set on fire \(burnt\) ` is not one of the form’s boxes/)]);
		expect(await check({ Permission: '- [ ] The photos are mine, or their photographer agrees to publishing them with the credit above.\n- [X] I understand that this issue and its photos are public.' })).toEqual([
			'Permission: both boxes need a tick before the pass can be added.',
		]);
	});

	it('reads numbers, signatures and sources line by line, and says which line is wrong', async () => {
		expect(await check({ 'Width (mm)': 'wide' })).toEqual(expect.arrayContaining([expect.stringMatching(/^Width \(mm\): ` wide ` is not a number/)]));
		expect(await check({ Signatures: 'A. Singer | singer | 1985 | crayon' })).toEqual([expect.stringMatching(/^Signatures: ` crayon ` is not a medium/)]);
		expect(await check({ Sources: 'My memory' })).toEqual(expect.arrayContaining([expect.stringMatching(/^Sources: ` My memory ` — write what the source is/)]));
		expect(await check({ Sources: 'https://example.org/tour' })).toEqual([]);
	});
});

describe('any answers at all (fuzz)', { timeout: 30_000 }, () => {
	it('never throw, and every problem names a field of the form', () => {
		let seed = 4242;
		const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		const pieces = ['a', '1', '-', ' ', '|', '\n', '- [X] ', '- [ ] ', 'Hologram (hologram)', 'nirvana', '1993', '1993-13-40', 'https://x.example', '{', '<b>', '@x', '../'];
		const labels = new Set(FORM_FIELDS.map((f) => f.label));
		for (let i = 0; i < 150; i++) {
			const answers = new Map<string, string>();
			for (const field of FORM_FIELDS) {
				if (next() < 0.3) continue;
				answers.set(field.id, Array.from({ length: 1 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
			}
			const read = answersToPass(answers, catalog, undefined);
			const built = buildPass(read.facts, photos, 'Sam', read.story, catalog, { id: 'x', filePath: 'content/passes/x/index.mdx', added: '2026-12-05' });
			for (const p of [...read.problems, ...built.problems]) {
				if (p.field !== undefined) expect(labels.has(p.field), p.field).toBe(true);
			}
		}
	});
});

describe('answers that name other fields', () => {
	it('land only in their own field, whatever they say, and never add a key the schema lacks', () => {
		const schemaKeys = new Set(Object.keys(passFrontmatterSchema.shape));
		const hostile = ['__proto__', 'constructor', 'prototype', 'toString', 'photos', 'band: other', '{"band": "other"}', 'title=other', '--- band: other', 'fakeOf'];
		const oneLine = FORM_FIELDS.filter((f) => f.kind === 'input' && f.fills.length === 1 && /^\w+$/.test(f.fills[0] ?? ''));
		expect(oneLine.length).toBeGreaterThan(10);
		for (const field of oneLine) {
			for (const answer of hostile) {
				const { facts, problems } = answersToPass(new Map([[field.id, answer]]), catalog, 'sam-c');
				expect(Object.getPrototypeOf(facts)).toBe(Object.prototype);
				expect(Object.keys(facts).filter((key) => !schemaKeys.has(key))).toEqual([]);
				// The answer is its field's value (as typed, or a list of it; a refused number is left
				// out with a problem on its field), and no other field's.
				const own = field.fills[0] ?? '';
				if (facts[own] === undefined) expect(problems.map((p) => p.field)).toContain(field.label);
				else expect([answer, [answer]]).toContainEqual(facts[own]);
				const elsewhere = Object.entries(facts).filter(([key, value]) => key !== own && JSON.stringify(value).includes(JSON.stringify(answer).slice(1, -1)));
				expect(elsewhere, `${field.id} = ${answer}`).toEqual([]);
			}
		}
	});
});

describe('relabel', () => {
	it('swaps code-style field names for the form’s labels and leaves other words alone', () => {
		expect(relabel('is before validFrom (1985-05)')).toBe('is before “Valid from” (1985-05)');
		expect(relabel('add "signature" to securityFeatures')).toBe('add "signature" to “Security features”');
		expect(relabel('tells describe a fake — add `fakeOf` with the genuine pass')).toBe('tells describe a fake — add “Fake of” with the genuine pass');
		expect(relabel('a tour of band x')).toBe('a tour of band x');
	});
});
