/**
 * The form's answers as pass data: each answer is read by its field's kind (choices must be one of
 * the form's options, numbers must be numbers, names must name an entry of the catalog), and the
 * result is shaped for the pass schema, which then has the last word (see `build-pass.ts`).
 */
import { type CatalogFiles, normaliseName } from './catalog-adapter.ts';
import { FIELD_BY_ID, type FormField, FORM_FIELDS, fieldOptions } from './form-fields.ts';
import { type SubmissionProblem } from './problems.ts';
import { md, quote } from './safe-markdown.ts';
import { readSignatures, readSources } from './line-lists.ts';

export interface PassAnswers {
	/** Everything but photos, added, example: ready for the schema. */
	readonly facts: Record<string, unknown>;
	readonly story: string;
	readonly problems: readonly SubmissionProblem[];
}

/** One-line answers that are looked up in the catalog or converted, each read on its own below. */
const READ_OTHERWISE = new Set(['band', 'tour', 'printer', 'year', 'contributors']);
const CHECKBOX = /^- \[([ xX])\] (.*)$/;
/** A GitHub login: what a submission is credited to when no name is given. */
export const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

function field(id: string): FormField {
	const found = FIELD_BY_ID.get(id);
	if (!found) throw new Error(`no form field ${id}`);
	return found;
}

/** Resolves a name or id against entries that have a name (bands also match their aliases). */
function findEntry<E extends { id: string; data: { name: string; aliases?: readonly string[] } }>(entries: readonly E[], answer: string): E | undefined {
	const wanted = normaliseName(answer);
	return (
		entries.find((e) => e.id === answer.trim().toLowerCase()) ??
		entries.find((e) => [e.data.name, ...(e.data.aliases ?? [])].some((name) => normaliseName(name) === wanted))
	);
}

export function answersToPass(answers: ReadonlyMap<string, string>, catalog: CatalogFiles, author: string | undefined): PassAnswers {
	const problems: SubmissionProblem[] = [];
	const facts: Record<string, unknown> = {};
	const say = (id: string, message: string) => problems.push({ field: field(id).label, message: md(message) });
	const passTypes = catalog.passTypes.map((t) => ({ id: t.id, name: t.data.name }));

	const choice = (id: string): string | undefined => {
		const answer = answers.get(id);
		if (answer === undefined) return undefined;
		const option = fieldOptions(field(id), passTypes).find((o) => o.text === answer);
		if (!option) say(id, `${quote(answer)} is not one of the form’s choices — pick one from the list.`);
		return option?.key;
	};
	const ticks = (id: string): string[] => {
		const answer = answers.get(id);
		if (answer === undefined) return [];
		const options = fieldOptions(field(id), passTypes);
		const keys: string[] = [];
		for (const line of answer.split('\n').filter((l) => l.trim() !== '')) {
			const tick = CHECKBOX.exec(line.trim());
			const option = tick ? options.find((o) => o.text === tick[2]?.trim()) : undefined;
			if (!tick || !option) say(id, `${quote(line)} is not one of the form’s boxes — tick boxes on the form instead of typing them.`);
			else if (tick[1] !== ' ') keys.push(option.key);
		}
		return keys;
	};
	const number = (id: string, pattern: RegExp, rule: string): number | undefined => {
		const answer = answers.get(id)?.replace(',', '.');
		if (answer === undefined) return undefined;
		if (!pattern.test(answer)) say(id, `${quote(answer)} is not ${rule}.`);
		return pattern.test(answer) ? Number(answer) : undefined;
	};
	const text = (id: string): string | undefined => answers.get(id);
	const lines = (id: string): string[] => (answers.get(id) ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');

	const bandAnswer = text('band');
	const band = bandAnswer === undefined ? undefined : findEntry(catalog.bands, bandAnswer);
	if (bandAnswer !== undefined && !band) {
		say('band', `${quote(bandAnswer)} is not in the catalog yet — check the spelling on the site’s Bands page; if the band is missing, say so in a comment and a maintainer adds it first.`);
	}
	facts.band = band?.id ?? bandAnswer;
	const tourAnswer = text('tour');
	if (tourAnswer !== undefined) {
		const tour = findEntry(catalog.tours.filter((t) => band === undefined || t.data.band === band.id), tourAnswer);
		if (!tour && band) say('tour', `${quote(tourAnswer)} is not a tour of ${quote(band.data.name)} in the catalog — use the name on the band’s page, or leave it empty; a maintainer adds missing tours.`);
		facts.tour = tour?.id ?? tourAnswer;
	}
	const printerAnswer = text('printer');
	if (printerAnswer !== undefined) {
		const printer = findEntry(catalog.printers, printerAnswer);
		if (!printer) say('printer', `${quote(printerAnswer)} is not a printer in the catalog — leave it empty and name it in the story.`);
		facts.printer = printer?.id ?? printerAnswer;
	}
	// Every other one-line answer of a top-level field is that field as written: a new row of the form needs nothing here.
	for (const f of FORM_FIELDS) {
		const path = f.fills[0];
		if (f.kind === 'input' && f.fills.length === 1 && path !== undefined && /^\w+$/.test(path) && !READ_OTHERWISE.has(f.id)) facts[path] = text(f.id);
	}
	facts.type = choice('type');
	facts.format = choice('format');
	facts.year = number('year', /^\d{4}$/, 'a year written with four digits');
	const widthMm = number('dimensions-widthMm', /^\d{1,4}(\.\d+)?$/, 'a number of millimetres');
	const heightMm = number('dimensions-heightMm', /^\d{1,4}(\.\d+)?$/, 'a number of millimetres');
	if ((widthMm === undefined) !== (heightMm === undefined) && !problems.some((p) => p.field?.includes('(mm)'))) {
		say(widthMm === undefined ? 'dimensions-widthMm' : 'dimensions-heightMm', 'is needed too: give both width and height, or neither.');
	}
	if (widthMm !== undefined && heightMm !== undefined) facts.dimensions = { widthMm, heightMm };
	facts.tells = lines('tells');
	facts.securityFeatures = ticks('securityFeatures');
	facts.signatures = readSignatures(lines('signatures'), (m) => say('signatures', m));
	facts.condition = { grade: choice('condition-grade'), flaws: ticks('condition-flaws'), notes: text('condition-notes') };
	facts.sources = readSources(lines('sources'), (m) => say('sources', m));

	const name = text('contributors');
	if (name !== undefined) facts.contributors = [name];
	else if (author !== undefined && GITHUB_LOGIN.test(author)) facts.contributors = [author];
	else say('contributors', 'is empty — write how the catalog should credit you.');

	const consent = ticks('consent');
	if (consent.length < fieldOptions(field('consent'), passTypes).length) say('consent', 'both boxes need a tick before the pass can be added.');

	for (const required of FORM_FIELDS.filter((f) => f.required && f.kind !== 'checkboxes' && !f.id.startsWith('photos-'))) {
		if (!answers.has(required.id)) say(required.id, 'is required — fill it in.');
	}
	return { facts: withoutEmpty(facts), story: text('story') ?? '', problems };
}

function withoutEmpty(record: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(record)
			.filter(([, v]) => v !== undefined)
			.map(([k, v]) => [k, v !== null && typeof v === 'object' && !Array.isArray(v) ? withoutEmpty(v as Record<string, unknown>) : v]),
	);
}
