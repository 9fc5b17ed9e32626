/**
 * The "Submit a pass" issue the web form opens: each answer written the way `npm run submission`
 * reads it back (`scripts/submission/parse-issue.ts`, `answers-to-pass.ts`), and a link that
 * prefills the issue form (`/issues/new?template=submit-pass.yml&<field id>=…`). GitHub prefills
 * only text fields from a link (a dropdown in the link makes it fall back to a blank issue), so
 * choices and ticks are listed for the contributor to make, and a link that would pass the safe
 * length leaves its longest answers to be pasted. Browser-safe.
 */
import type { ContributeEntry } from './contribute-entry.ts';
import { CONTRIBUTE_FIELDS, REPEAT_OF_ROW } from './contribute-fields.ts';
import { FIELD_BY_ID, FORM_FIELDS, NO_RESPONSE, type NamedEntry, fieldOptions } from './submission-form-fields.ts';

/** The template's file name, as the link names it. */
export const ISSUE_TEMPLATE = 'submit-pass.yml';
/** Longest link offered: well under what browsers and GitHub's servers take (about 8 kB). */
export const MAX_ISSUE_URL = 8000;
/** What the issue's title starts with (the template's `title`). */
export const ISSUE_TITLE_PREFIX = 'New pass: ';
/** A line that starts a new answer in the issue body. */
const SECTION_LINE = /^### /m;

const str = (value: unknown): string | undefined => (value === undefined ? undefined : String(value));

/** Every answer of the issue for this entry, by issue field id, as the contributor should see it. */
export function issueAnswers(entry: ContributeEntry, passTypes: readonly NamedEntry[]): Map<string, string> {
	const pass = entry.pass as Record<string, unknown>;
	const answers = new Map<string, string | undefined>();
	const optionText = (fieldId: string, key: string | undefined) => {
		const field = FIELD_BY_ID.get(fieldId);
		return key === undefined || field === undefined ? undefined : fieldOptions(field, passTypes).find((o) => o.key === key)?.text;
	};
	const ticks = (fieldId: string, keys: readonly string[]) => {
		const field = FIELD_BY_ID.get(fieldId);
		if (field === undefined) return undefined;
		return fieldOptions(field, passTypes)
			.map((o) => `- [${keys.includes(o.key) ? 'X' : ' '}] ${o.text}`)
			.join('\n');
	};
	// A one-line answer that is a top-level pass field is that field as written (a new row needs nothing here).
	for (const f of FORM_FIELDS) {
		const path = f.fills[0];
		if (f.kind === 'input' && f.fills.length === 1 && path !== undefined && /^\w+$/.test(path) && typeof pass[path] !== 'object') answers.set(f.id, str(pass[path]));
	}
	answers.set('type', optionText('type', str(pass['type'])));
	answers.set('format', optionText('format', str(pass['format'])));
	const dimensions = pass['dimensions'] as { widthMm?: unknown; heightMm?: unknown } | undefined;
	answers.set('dimensions-widthMm', str(dimensions?.widthMm));
	answers.set('dimensions-heightMm', str(dimensions?.heightMm));
	const tells = (pass['tells'] as string[] | undefined) ?? [];
	answers.set('tells', tells.length > 0 ? tells.join('\n') : undefined);
	answers.set('securityFeatures', ticks('securityFeatures', (pass['securityFeatures'] as string[] | undefined) ?? []));
	const signatures = (pass['signatures'] as Record<string, unknown>[] | undefined) ?? [];
	answers.set('signatures', signatures.length > 0 ? signatures.map(signatureLine).join('\n') : undefined);
	const condition = (pass['condition'] as Record<string, unknown> | undefined) ?? {};
	answers.set('condition-grade', optionText('condition-grade', str(condition['grade'])));
	answers.set('condition-flaws', ticks('condition-flaws', (condition['flaws'] as string[] | undefined) ?? []));
	answers.set('condition-notes', str(condition['notes']));
	for (const photo of entry.photos) answers.set(`photos-${photo.side}-alt`, photo.alt === '' ? undefined : photo.alt);
	answers.set('photos-credit', entry.credit);
	const sources = (pass['sources'] as Record<string, unknown>[] | undefined) ?? [];
	answers.set('sources', sources.length > 0 ? sources.map(sourceLine).join('\n') : undefined);
	answers.set('story', entry.story.trim() === '' ? undefined : entry.story.trim());
	answers.set('contributors', (pass['contributors'] as string[] | undefined)?.[0]);
	answers.set('consent', ticks('consent', entry.consent));
	return new Map([...answers].filter((pair): pair is [string, string] => pair[1] !== undefined));
}

/** "Kurt Cobain | singer | 1993-10 | marker | PSA/DNA AB12345", empty parts at the end left off. */
function signatureLine(signature: Record<string, unknown>): string {
	const parts = [signature['signer'], signature['role'], signature['date'], signature['medium'], signature['authenticatedBy']].map((p) => str(p) ?? '');
	while (parts.length > 1 && parts.at(-1) === '') parts.pop();
	return parts.join(' | ');
}

/** "Wikipedia: In Utero Tour | https://…": what it is, then where. */
function sourceLine(source: Record<string, unknown>): string {
	return [source['title'], source['url'] ?? source['citation']].filter((p) => p !== undefined).join(' | ');
}

/** An answer the issue cannot carry: by issue field, and by schema path when it is one part of a list's item. */
export interface IssueAnswerProblem {
	readonly fieldId: string;
	readonly path?: string;
	readonly words: string;
}

/** Answers that hold one item of a repeated section per line (signatures, sources). */
const LIST_ANSWERS: ReadonlySet<string> = new Set(CONTRIBUTE_FIELDS.filter((row) => REPEAT_OF_ROW.has(row.name)).map((row) => row.issueField));
const STARTS_QUESTION = 'a line starting with ### would start a new question in the issue — use ## or #### for a heading';
const READS_AS_EMPTY = `“${NO_RESPONSE}” is what the issue writes for an empty answer — write something else`;
const tooLong = (length: number, max: number) => `is ${length} characters long; the issue takes at most ${max} — shorten it`;

/** Answers the issue form cannot carry as written, by issue field id, in words for the form. */
export function issueAnswerProblems(entry: ContributeEntry, answers: ReadonlyMap<string, string>): IssueAnswerProblem[] {
	const problems: IssueAnswerProblem[] = [];
	for (const [id, answer] of answers) {
		const field = FIELD_BY_ID.get(id);
		if (field === undefined) continue;
		// A signature's or a source's lines are judged one by one below, on the copy that has them.
		if (LIST_ANSWERS.has(id)) {
			if (answer.length > field.max) problems.push({ fieldId: id, path: id, words: tooLong(answer.length, field.max) });
			continue;
		}
		if (SECTION_LINE.test(answer)) problems.push({ fieldId: id, words: STARTS_QUESTION });
		if (answer.trim() === NO_RESPONSE) problems.push({ fieldId: id, words: READS_AS_EMPTY });
		if (field.kind === 'input' && answer.includes('\n')) problems.push({ fieldId: id, words: 'must be on one line — the issue has a one-line box for it' });
		if (answer.length > field.max) problems.push({ fieldId: id, words: tooLong(answer.length, field.max) });
	}
	// Signatures and sources go into the issue one per line, as "part | part": a | inside a part
	// would split it, a line break would make two. Each is reported on the part that has it.
	const pass = entry.pass as Record<string, unknown>;
	const parts = (list: 'signatures' | 'sources', keys: readonly string[], noun: string, line: (item: Record<string, unknown>) => string) =>
		((pass[list] as Record<string, unknown>[] | undefined) ?? []).forEach((item, i, items) => {
			// The part its line starts with: "### " there starts a new question, and a lone line
			// "_No response_" reads as no answer at all.
			const text = line(item);
			const lead = keys.find((k) => item[k] !== undefined && text.startsWith(String(item[k])));
			const leadPath = `${list}[${i}]${lead === undefined ? '' : `.${lead}`}`;
			if (SECTION_LINE.test(text)) problems.push({ fieldId: list, path: leadPath, words: STARTS_QUESTION });
			if (items.length === 1 && text.trim() === NO_RESPONSE) problems.push({ fieldId: list, path: leadPath, words: READS_AS_EMPTY });
			for (const key of keys) {
				const value = String(item[key] ?? '');
				const path = `${list}[${i}].${key}`;
				if (value.includes('|')) problems.push({ fieldId: list, path, words: `the issue separates a ${noun}’s parts with |, so none may contain one — remove the |` });
				if (/[\r\n]/.test(value)) problems.push({ fieldId: list, path, words: `must be on one line — the issue has one line for each ${noun}` });
			}
		});
	parts('signatures', ['signer', 'role', 'date', 'authenticatedBy'], 'signature', signatureLine);
	parts('sources', ['title', 'url', 'citation'], 'source', sourceLine);
	return problems;
}

export interface IssueLink {
	readonly url: string;
	/** Answers the link leaves out to stay short: the contributor pastes them. */
	readonly paste: readonly { id: string; label: string; text: string }[];
	/** Dropdowns to choose and boxes to tick in the issue, with the option texts to pick. */
	readonly choices: readonly { id: string; label: string; options: readonly string[] }[];
}

/** The link that opens the prefilled issue, at most `maxLength` characters. */
export function issueLink(repositoryUrl: string, answers: ReadonlyMap<string, string>, maxLength = MAX_ISSUE_URL): IssueLink {
	const textFields = FORM_FIELDS.filter((f) => f.kind === 'input' || f.kind === 'textarea');
	const inLink = new Map(textFields.filter((f) => answers.has(f.id)).map((f) => [f.id, answers.get(f.id) ?? '']));
	const paste: { id: string; label: string; text: string }[] = [];
	const build = () => {
		const url = new URL(`${repositoryUrl}/issues/new`);
		url.searchParams.set('template', ISSUE_TEMPLATE);
		url.searchParams.set('title', `${ISSUE_TITLE_PREFIX}${answers.get('pass-title') ?? ''}`.slice(0, 256));
		for (const [id, value] of inLink) url.searchParams.set(id, value);
		return url.href;
	};
	let url = build();
	while (url.length > maxLength) {
		// The longest answer goes first (the story, nearly always), then the next, until it fits.
		const [id, text] = [...inLink].sort((a, b) => encodeURIComponent(b[1]).length - encodeURIComponent(a[1]).length)[0] ?? [];
		if (id === undefined || text === undefined) break;
		inLink.delete(id);
		paste.push({ id, label: FIELD_BY_ID.get(id)?.label ?? id, text });
		url = build();
	}
	const choices = FORM_FIELDS.filter((f) => f.kind === 'dropdown' || f.kind === 'checkboxes').flatMap((f) => {
		const answer = answers.get(f.id);
		if (answer === undefined) return [];
		const options = f.kind === 'dropdown' ? [answer] : answer.split('\n').filter((l) => l.startsWith('- [X] ')).map((l) => l.slice(6));
		return options.length === 0 ? [] : [{ id: f.id, label: f.label, options }];
	});
	return { url, paste, choices };
}
