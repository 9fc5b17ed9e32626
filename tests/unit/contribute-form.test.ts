/**
 * The web form's model without a browser: its fields against the issue form, the words of its
 * problems, and the issue link it builds — which must read back, through `npm run submission`'s own
 * parser, as the very entry the form checked.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { passFrontmatterSchema } from '../../src/schemas/pass.ts';
import { readCatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';
import { type CheckContext, checkEntry } from '../../src/lib/contribute/contribute-check.ts';
import { type ContributeEntry, type EntryPhoto, type FormValues, entryFromValues, entryToPassInput } from '../../src/lib/contribute/contribute-entry.ts';
import { CONTRIBUTE_FIELDS, CONTRIBUTE_SECTIONS, PHOTO_ISSUE_FIELDS, REPEAT_OF_ROW, copyName, copyOfControl } from '../../src/lib/contribute/contribute-fields.ts';
import { FIELD_PROMPTS, readableIssue } from '../../src/lib/contribute/field-messages.ts';
import { MAX_ISSUE_URL, issueAnswers, issueLink } from '../../src/lib/contribute/issue-link.ts';
import { FORM_FIELDS } from '../../src/lib/contribute/submission-form-fields.ts';
import { answersToPass } from '../../scripts/submission/answers-to-pass.ts';
import { parseIssueBody } from '../../scripts/submission/parse-issue.ts';
import { projectRoot } from '../helpers/astro-build.ts';
import { issueBodyFrom, issueTemplate } from '../helpers/github-issue-form.ts';
import { randomFrom as random } from '../../scripts/lib/seeded-random.ts';

const files = readCatalogFiles(path.join(projectRoot, 'content'), projectRoot);
const passTypes = files.passTypes.map((t) => ({ id: t.id, name: t.data.name }));
const REPO = 'https://github.com/backstage-pass-catalog/catalog';
const TODAY = '2026-12-05';

function context(bandId: string | undefined, storyProblems: CheckContext['storyProblems'] = []): CheckContext {
	const band = files.bands.find((b) => b.id === bandId);
	return {
		band: band && { band, tours: files.tours.filter((t) => t.data.band === band.id) },
		passTypes,
		printers: files.printers.map((p) => p.id),
		today: TODAY,
		storyProblems,
	};
}

const complete: FormValues = {
	title: 'Phoenix opening night all-access laminate',
	band: 'nirvana',
	tour: 'in-utero-tour',
	type: 'all-access',
	format: 'laminate',
	validFrom: '1993-10-18',
	venue: 'America West Arena',
	city: 'Phoenix',
	widthMm: '76',
	heightMm: '101.5',
	securityFeatures: ['hologram', 'serial-number'],
	signer: 'Krist Novoselic',
	signerRole: 'bassist',
	signedWith: 'marker',
	grade: 'very-good',
	flaws: ['creased'],
	conditionNotes: 'A light crease across one corner.',
	credit: 'Form Tester',
	sourceTitle: 'Wikipedia: In Utero Tour',
	sourceWhere: 'https://en.wikipedia.org/wiki/In_Utero_Tour',
	contributor: 'Form Tester',
	story: 'Worn by a **local crew** member at the opening show.\n\nKept in a drawer since.',
	consent: ['photos', 'public'],
};
const photos: EntryPhoto[] = [
	{ side: 'front', alt: 'Front of the laminate: NIRVANA and IN UTERO over a hologram' },
	{ side: 'back', alt: 'Back of the laminate, blank white with a serial number' },
];

/** The entry as `npm run submission` reads it from the issue the link opens. */
function readBack(entry: ContributeEntry, maxLength?: number) {
	const link = issueLink(REPO, issueAnswers(entry, passTypes), maxLength);
	const { body } = issueBodyFrom(link);
	const parsed = parseIssueBody(body);
	expect(parsed.problems).toEqual([]);
	const answers = answersToPass(parsed.answers, files, undefined);
	expect(answers.problems).toEqual([]);
	const photosBack = (['front', 'back', 'detail'] as const)
		.filter((side) => parsed.answers.has(`photos-${side}-alt`))
		.map((side) => ({ side, alt: parsed.answers.get(`photos-${side}-alt`) ?? '' }));
	const consent = parsed.answers.get('consent')?.includes('- [X]') ? ['photos', 'public'] : [];
	return { link, entry: { pass: answers.facts, photos: photosBack, credit: parsed.answers.get('photos-credit'), story: answers.story, consent } satisfies ContributeEntry };
}

const asSchema = (entry: ContributeEntry) => passFrontmatterSchema.safeParse(entryToPassInput(entry, TODAY));

describe('the web form and the issue form', () => {
	it('fill the same fields: every form control fills an issue field, every issue field has a control', () => {
		const issueIds = FORM_FIELDS.map((f) => f.id);
		for (const row of CONTRIBUTE_FIELDS) expect(issueIds, row.name).toContain(row.issueField);
		const covered = new Set([...CONTRIBUTE_FIELDS.map((r) => r.issueField), ...PHOTO_ISSUE_FIELDS]);
		expect(issueIds.filter((id) => !covered.has(id))).toEqual([]);
		// And the template in the repository is the table's.
		expect(issueTemplate().map((e) => e.id)).toEqual(issueIds);
	});

	it('words every required field that is missing by its label, in the form’s order, with no zod jargon', () => {
		const problems = checkEntry(entryFromValues({}, []), context(undefined));
		const text = problems.map((p) => `${p.label}: ${p.words}`);
		for (const row of CONTRIBUTE_FIELDS.filter((r) => r.required)) {
			expect(problems.some((p) => p.label === row.label), row.label).toBe(true);
		}
		expect(text).toContain('Title: write what is printed on the pass, or a short description of it');
		expect(text).toContain('Photos: add a photo of the front');
		expect(text.join('\n')).not.toMatch(/Invalid input|expected|undefined|\[\d\]|received/);
		const order = problems.map((p) => CONTRIBUTE_FIELDS.findIndex((r) => r.label === p.label)).filter((i) => i >= 0);
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('reports reversed dates and dates outside the tour together with the missing fields', () => {
		const problems = checkEntry(entryFromValues({ band: 'nirvana', tour: 'in-utero-tour', validFrom: '1995-01', validTo: '1993-11' }, []), context('nirvana'));
		const text = problems.map((p) => `${p.label}: ${p.words}`);
		expect(text).toContain('Valid to: is before “Valid from” (1995-01) — swap them or fix the dates');
		expect(text.some((t) => t.startsWith('Valid from: 1995-01 is outside the tour "In Utero Tour"'))).toBe(true);
		expect(text).toContain('Pass type: choose the pass type');
		expect(text).toContain('Title: write what is printed on the pass, or a short description of it');
		// Before the band formed, with the rest still empty.
		const early = checkEntry(entryFromValues({ band: 'nirvana', validFrom: '1980' }, []), context('nirvana'));
		expect(early.some((p) => p.label === 'Valid from' && /before Nirvana formed/.test(p.words))).toBe(true);
	});

	it('names a photo by its side: “Front photo: describe what the photo shows”', () => {
		const problems = checkEntry(entryFromValues(complete, [{ side: 'front', alt: '' }, { side: 'front', alt: 'front.jpg' }]), context('nirvana'));
		const text = problems.map((p) => `${p.label}: ${p.words}`);
		expect(text).toContain('Front photo: describe what the photo shows');
		expect(text).toContain('Front photo: is a file name — describe what the photo shows');
		expect(text.some((t) => t.startsWith('Photos: only one photo can be the front'))).toBe(true);
		expect(problems.find((p) => p.words === 'describe what the photo shows')?.controlId).toBe('f-photo-alt-0');
	});

	it('keeps validate’s words for a file: a prompt after “required —”', () => {
		const result = passFrontmatterSchema.safeParse({}, { reportInput: true });
		expect(result.success).toBe(false);
		const band = result.error?.issues.find((i) => i.path[0] === 'band');
		expect(band && readableIssue(band).fileMessage).toBe(`required — ${FIELD_PROMPTS['band']}`);
	});

	it('shows the story checker’s findings on the story, and what the issue cannot carry', () => {
		const entry = entryFromValues({ ...complete, story: 'Intro\n### A heading\nText', sourceTitle: 'Book | page 3' }, photos);
		const problems = checkEntry(entry, context('nirvana', [{ line: 2, message: 'a made-up finding' }]));
		const text = problems.map((p) => `${p.label}: ${p.words}`);
		expect(text).toContain('The story: line 2: a made-up finding');
		expect(text.some((t) => t.startsWith('The story: a line starting with ### would start a new question'))).toBe(true);
		expect(text.some((t) => t.startsWith('Source: the issue separates a source’s parts with |'))).toBe(true);
	});

	it('accepts the complete entry, and its issue link reads back as the same entry', () => {
		const entry = entryFromValues(complete, photos);
		expect(checkEntry(entry, context('nirvana'))).toEqual([]);
		const back = readBack(entry);
		expect(back.link.url.length).toBeLessThanOrEqual(MAX_ISSUE_URL);
		expect(back.link.paste).toEqual([]);
		expect(back.link.choices.map((c) => c.id)).toEqual(['type', 'format', 'securityFeatures', 'condition-grade', 'condition-flaws', 'consent']);
		expect(new URL(back.link.url).searchParams.has('type')).toBe(false);
		expect(asSchema(back.entry)).toEqual(asSchema(entry));
		expect(asSchema(entry).success).toBe(true);
		expect(back.entry.story).toBe(entry.story);
	});

	it('reads every signature and source the reader added, and puts a problem on the copy that has it', () => {
		const values = {
			...complete,
			'signer-2': 'Dave Grohl',
			'signerRole-2': 'drummer',
			// Copy 3 left empty: skipped, and copy 4 is still the third signature's.
			'signer-4': 'Kurt Cobain',
			'signedOn-4': '1993-13',
			'sourceTitle-2': 'My own ticket stub',
		};
		const entry = entryFromValues(values, photos);
		expect((entry.pass['signatures'] as { signer: string }[]).map((s) => s.signer)).toEqual(['Krist Novoselic', 'Dave Grohl', 'Kurt Cobain']);
		expect(entry.copies).toEqual({ signatures: [0, 1, 3], sources: [0, 1] });
		const problems = checkEntry(entry, context('nirvana'));
		expect(problems.map((p) => [p.controlId, p.label])).toEqual([
			['f-signedOn-4', 'Signed on (signature 4)'],
			['f-sourceWhere-2', 'Where to find it (source 2)'],
		]);
		// In the page's order: after the signatures, before the condition; after the sources, before "You".
		const mixed = checkEntry(entryFromValues({ ...values, grade: '', contributor: '' }, photos), context('nirvana'));
		expect(mixed.map((p) => p.controlId)).toEqual(['f-signedOn-4', 'f-grade', 'f-sourceWhere-2', 'f-contributor']);
		// Mended, the three signatures and two sources go through the issue and come back the same.
		const mended = entryFromValues({ ...values, 'signedOn-4': '1993-11', 'sourceWhere-2': 'own collection' }, photos);
		expect(checkEntry(mended, context('nirvana'))).toEqual([]);
		const back = readBack(mended);
		expect(asSchema(back.entry)).toEqual(asSchema(mended));
		expect((back.entry.pass['sources'] as unknown[]).length).toBe(2);
		// What the issue cannot carry is shown on the part of the copy that has it.
		const unsendable = checkEntry(entryFromValues({ ...values, 'signedOn-4': '1993-11', 'signerRole-2': 'drums | vocals', 'sourceTitle-2': 'A book', 'sourceWhere-2': 'Chapter 3\npage 12' }, photos), context('nirvana'));
		expect(unsendable.map((p) => [p.controlId, p.words.slice(0, 24)])).toEqual([
			['f-signerRole-2', 'the issue separates a si'],
			['f-sourceWhere-2', 'must be on one line — th'],
		]);
	});

	it('names copies of repeated controls only within their section and its limit', () => {
		expect(copyOfControl('signer')).toMatchObject({ index: 0, row: { name: 'signer' } });
		expect(copyOfControl('signer-2')).toMatchObject({ index: 1, row: { name: 'signer' } });
		const max = REPEAT_OF_ROW.get('signer')?.max ?? 0;
		expect(copyOfControl(`signer-${max}`)?.index).toBe(max - 1);
		for (const name of [`signer-${max + 1}`, 'signer-1', 'signer-0', 'signer-02x', 'title-2', 'consent-2', 'nothing']) expect(copyOfControl(name), name).toBeUndefined();
		// Only the one spelling copyName writes: "signer-02" is no control, not another name for signer-2.
		for (const name of ['signer-02', 'signer-002', 'sourceTitle-05', 'signer-2 ', 'signer-+2']) expect(copyOfControl(name), name).toBeUndefined();
	});

	it('drops no copy the reader filled in: a signature with only its medium chosen is refused on that copy', () => {
		const entry = entryFromValues({ ...complete, 'signedWith-3': 'marker' }, photos);
		expect(entry.copies?.signatures).toEqual([0, 2]);
		expect(checkEntry(entry, context('nirvana')).map((p) => [p.controlId, p.label])).toEqual([['f-signer-3', 'Signed by (signature 3)']]);
	});

	it('shows what the issue cannot carry on the copy that has it, never on an empty first copy', () => {
		const located = (values: FormValues) => checkEntry(entryFromValues({ ...complete, ...values }, photos), context('nirvana')).map((p) => [p.controlId, p.words.slice(0, 30)]);
		// A line of the issue that starts with ### would start a new question: the signature or source that starts it.
		expect(located({ 'signer-3': '### Dave Grohl' })).toEqual([['f-signer-3', 'a line starting with ### would']]);
		expect(located({ 'sourceTitle-2': '### My stub', 'sourceWhere-2': 'own collection' })).toEqual([['f-sourceTitle-2', 'a line starting with ### would']]);
		// The only signature, in copy 3, reads as the issue's own "no answer".
		expect(located({ signer: '', signerRole: '', signedWith: '', 'signer-3': '_No response_' })).toEqual([['f-signer-3', '“_No response_” is what the is']]);
		// Too long for the issue: on the first copy that holds a signature, not the empty one above it.
		const long: Record<string, string> = { signer: '', signerRole: '', signedWith: '' };
		for (let i = 2; i <= 8; i++) Object.assign(long, { [`signer-${i}`]: `Signer ${'x'.repeat(190)}`, [`signerRole-${i}`]: `Role ${'y'.repeat(190)}` });
		expect(located(long)).toEqual([['f-signer-2', 'is 2771 characters long; the i']]);
	});

	it('carries eight signatures and five sources, gaps and all, through an issue link of at most 8,000 characters', () => {
		const values: Record<string, string | string[]> = { ...complete, signer: '', signerRole: '', signedWith: '' };
		// Copies 1 and 5 left empty; the rest vary in which parts they have, in several scripts.
		const signatures = [undefined, ['Dave Grohl'], ['Kurt Cobain', 'singer', '1993-10', 'marker', 'PSA/DNA AB12345'], ['Pat Smear', '', '', 'paint-pen'], undefined, ['Krist Novoselic', 'bassist'], ['中文 名字', '吉他手', '1994'], ['Ünïcödé O’Brien', '', '1993-11-18', '', 'JSA 1']];
		signatures.forEach((parts, i) => {
			if (parts) ['signer', 'signerRole', 'signedOn', 'signedWith', 'authenticatedBy'].forEach((row, k) => (values[i === 0 ? row : `${row}-${i + 1}`] = parts[k] ?? ''));
		});
		const sources = [['Wikipedia: In Utero Tour', 'https://en.wikipedia.org/wiki/In_Utero_Tour'], ['My own ticket stub', 'own collection'], undefined, ['Live Nirvana chronology', 'https://www.livenirvana.com/?a=1&b=2#x'], [`Tour book ${'ü'.repeat(280)}`, `Page 12, ${'中'.repeat(900)}`]];
		sources.forEach((parts, i) => {
			values[i === 0 ? 'sourceTitle' : `sourceTitle-${i + 1}`] = parts?.[0] ?? '';
			values[i === 0 ? 'sourceWhere' : `sourceWhere-${i + 1}`] = parts?.[1] ?? '';
		});
		const entry = entryFromValues(values, photos);
		expect(entry.copies).toEqual({ signatures: [1, 2, 3, 5, 6, 7], sources: [0, 1, 3, 4] });
		expect(checkEntry(entry, context('nirvana'))).toEqual([]);
		const back = readBack(entry);
		expect(back.link.url.length).toBeLessThanOrEqual(MAX_ISSUE_URL);
		expect(back.link.paste.map((p) => p.id)).toEqual(['sources']);
		expect(asSchema(back.entry)).toEqual(asSchema(entry));
		expect((back.entry.pass['signatures'] as { signer: string }[]).map((s) => s.signer)).toEqual(['Dave Grohl', 'Kurt Cobain', 'Pat Smear', 'Krist Novoselic', '中文 名字', 'Ünïcödé O’Brien']);
	});

	it('leaves a long story out of the link, to be pasted, and still reads back the same', () => {
		const story = Array.from({ length: 140 }, (_, i) => `Paragraph ${i}: the pass hung in the production office — “AAA” ü 🎸.`).join('\n\n');
		const entry = entryFromValues({ ...complete, story }, photos);
		const back = readBack(entry);
		expect(back.link.url.length).toBeLessThanOrEqual(MAX_ISSUE_URL);
		expect(back.link.paste.map((p) => p.id)).toEqual(['story']);
		expect(new URL(back.link.url).searchParams.has('story')).toBe(false);
		expect(back.entry.story).toBe(story);
		expect(asSchema(back.entry)).toEqual(asSchema(entry));
	});
});

describe('controls that name other fields', () => {
	it('fill only their own field and their own answer, and never a key the schema lacks', () => {
		const schemaKeys = new Set(Object.keys(passFrontmatterSchema.shape));
		const issueIds = new Set(FORM_FIELDS.map((f) => f.id));
		const textIds = new Set(FORM_FIELDS.filter((f) => f.kind === 'input' || f.kind === 'textarea').map((f) => f.id));
		const hostile = ['__proto__', 'constructor', 'toString', 'photos', 'band: other', '{"band": "other"}', 'template=bug.yml', 'pass-title'];
		for (const row of CONTRIBUTE_FIELDS.filter((r) => r.kind === 'text' || r.kind === 'select')) {
			for (const value of hostile) {
				const entry = entryFromValues({ [row.name]: value }, []);
				expect(Object.getPrototypeOf(entry.pass)).toBe(Object.prototype);
				expect(Object.keys(entry.pass).filter((key) => !schemaKeys.has(key))).toEqual([]);
				const answers = issueAnswers(entry, passTypes);
				expect([...answers.keys()].filter((id) => !issueIds.has(id))).toEqual([]);
				// A typed value is in this row's text answer and no other (choices are the form's own words).
				const holding = [...answers].filter(([id, answer]) => textIds.has(id) && answer.includes(value)).map(([id]) => id);
				if (row.kind === 'text') expect(holding, `${row.name} = ${value}`).toEqual([row.issueField]);
				else expect(holding.filter((id) => id !== row.issueField), `${row.name} = ${value}`).toEqual([]);
			}
		}
	});
});

describe('the issue link, property', () => {
	const plain = ['pass', 'AAA', 'Ünïcödé', '🎸', '#1', '@someone', '`code`', '&amp;', 'https://example.com/x?a=1&b=2', '  spaced  ', '%20', '+', 'ß', '中文', 'O’Brien', '"quoted"', '*', '<3'];
	// What the issue cannot carry as written: the form must refuse these, never pass them on changed.
	const awkward = ['a|b', '### x', '_No response_', 'line\nbreak', '<b>'];
	it('reads back every entry the form accepts as the same entry, within the safe length', () => {
		const next = random(15);
		const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
		const phrase = (n: number) => Array.from({ length: 1 + Math.floor(next() * n) }, () => pick(next() < 0.03 ? awkward : plain)).join(' ');
		const nirvanaTours = files.tours.filter((t) => t.data.band === 'nirvana');
		let accepted = 0;
		for (let i = 0; i < 400; i++) {
			const maybe = (value: string) => (next() < 0.5 ? value : undefined);
			const values: Record<string, string | string[] | undefined> = {
				...complete,
				title: `Pass ${phrase(4)}`.replace(/\s+/g, ' '),
				tour: maybe(pick(nirvanaTours).id),
				venue: maybe(phrase(3)),
				leg: undefined,
				validFrom: maybe(pick(['1991', '1993-10', '1993-10-18', '1989-02-01'])),
				year: maybe(pick(['1991', '1993'])),
				conditionNotes: maybe(phrase(6)),
				signer: maybe(phrase(2)),
				signerRole: maybe(phrase(2)),
				signedWith: pick(['unknown', 'marker', 'pencil']),
				authenticatedBy: maybe(phrase(2)),
				// Later copies at random places, gaps between them; a source whole or not at all.
				...Object.fromEntries([2, 3, 4, 5, 6, 7, 8].filter(() => next() < 0.3).flatMap((n) => [[`signer-${n}`, phrase(2)], [`signedWith-${n}`, pick(['', 'marker'])], [`signedOn-${n}`, maybe(pick(['1993', '1993-10', '1993-10', '1993-13']))]])),
				...Object.fromEntries([2, 3, 4, 5].filter(() => next() < 0.3).flatMap((n) => [[`sourceTitle-${n}`, `Source ${phrase(2)}`], [`sourceWhere-${n}`, pick(['own collection', 'https://example.org/x', `Book ${phrase(2)}`])]])),
				sourceTitle: `Source ${phrase(3)}`,
				sourceWhere: pick(['https://example.com/a?b=c&d=e', 'own collection', phrase(3)]),
				securityFeatures: ['hologram', 'foil', 'barcode'].filter(() => next() < 0.5),
				flaws: ['creased', 'cut'].filter(() => next() < 0.5),
				story: Array.from({ length: 1 + Math.floor(next() * 40) }, () => phrase(12)).join(next() < 0.5 ? '\n' : '\n\n'),
				tells: undefined,
			};
			const entryPhotos: EntryPhoto[] = [{ side: 'front', alt: `Front ${phrase(6)}` }, ...(next() < 0.5 ? [{ side: 'detail' as const, alt: `Detail ${phrase(5)}` }] : [])];
			const entry = entryFromValues(values, entryPhotos);
			const problems = checkEntry(entry, context('nirvana'));
			// A problem with a signature or a source is on a copy the reader filled in, never on an empty one.
			for (const p of problems) {
				const copy = copyOfControl(p.controlId?.replace(/^f-/, '') ?? '');
				const section = copy && CONTRIBUTE_SECTIONS.find((s) => s.repeat && s.fields.includes(copy.row));
				const filled = (index: number) => section?.fields.some((f) => (values[copyName(f.name, index)] ?? '') !== '') ?? false;
				if (copy && section?.repeat && Array.from({ length: section.repeat.max }, (_, i) => i).some(filled)) expect(filled(copy.index), `${p.controlId}: ${p.words}`).toBe(true);
			}
			if (problems.length > 0) continue;
			accepted++;
			const back = readBack(entry);
			expect(back.link.url.length).toBeLessThanOrEqual(MAX_ISSUE_URL);
			expect(asSchema(back.entry)).toEqual(asSchema(entry));
			expect(back.entry.story).toBe(entry.story.trim());
			expect(back.entry.photos).toEqual(entry.photos);
		}
		// The generator must produce enough entries the form accepts for the property to mean something.
		expect(accepted).toBeGreaterThan(50);
	});
});
