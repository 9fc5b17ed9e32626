/**
 * Every problem of the web form's entry at once, in the form's order, each on the control it
 * belongs to with the control's label: one parse with the pass schema (its cross-field rules run on
 * whichever fields are valid), the catalog's cross-checks (dates outside the tour, before the band
 * formed…) on the fields that are valid, the story checker's findings, the photo sides the issue
 * has boxes for, and what the issue form cannot carry. Browser-safe, and run as-is by unit tests.
 */
import type { BandData } from '../../schemas/band.ts';
import { PHOTO_SIDES } from '../../schemas/enums.ts';
import { passFrontmatterSchema } from '../../schemas/pass.ts';
import type { TourData } from '../../schemas/tour.ts';
import type { Entry, PassDataWithoutPhotos } from '../catalog/catalog-entry.ts';
import { findPassProblems } from '../catalog/catalog-problems.ts';
import { fieldOf } from '../content-files/content-problems.ts';
import { type ContributeEntry, entryToPassInput } from './contribute-entry.ts';
import { CONTRIBUTE_FIELDS, CONTRIBUTE_SECTIONS, type ContributeField, PHOTO_ISSUE_FIELDS, REPEAT_OF_ROW, controlId, copyName, copyOfControl, fieldForPath, photoAltId } from './contribute-fields.ts';
import { FIELD_PROMPTS, PASS_PARSE_OPTIONS, generalPath, readableIssue } from './field-messages.ts';
import { issueAnswerProblems, issueAnswers } from './issue-link.ts';
import { FIELD_BY_ID, type NamedEntry } from './submission-form-fields.ts';

export interface FormProblem {
	/** The id of the control to mark and focus; undefined for a problem with no control (still listed). */
	readonly controlId: string | undefined;
	/** The control's label, which starts the message: "Front photo". */
	readonly label: string;
	/** "describe what the photo shows" */
	readonly words: string;
}

export interface CheckContext {
	/** The chosen band and its tours; undefined when no band is chosen (or it could not be loaded). */
	readonly band: { band: Entry<BandData>; tours: readonly Entry<TourData>[] } | undefined;
	readonly passTypes: readonly NamedEntry[];
	readonly printers: readonly string[];
	/** YYYY-MM-DD: the entry's `added`. */
	readonly today: string;
	/** The story checker's findings (`src/lib/story/check-story.ts`). */
	readonly storyProblems: readonly { line: number; message: string }[];
}

const STORY = 'story';
const CONSENT = FIELD_BY_ID.get('consent')?.options;
/** The permission boxes, all of which must be ticked (the issue form's own). */
export const CONSENT_KEYS: readonly string[] = CONSENT === undefined || typeof CONSENT === 'string' ? [] : Object.keys(CONSENT);
const TOP_FIELDS_WITH_PLACEHOLDERS = ['band', 'type', 'added'];

export function checkEntry(entry: ContributeEntry, context: CheckContext): FormProblem[] {
	const found: { path: string; words: string }[] = [];
	const input = entryToPassInput(entry, context.today);
	const parsed = passFrontmatterSchema.safeParse(input, PASS_PARSE_OPTIONS);
	const broken = new Set<string>();
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			broken.add(String(issue.path[0]));
			found.push({ path: fieldOf(issue.path) ?? '', words: readableIssue(issue).words });
		}
	}
	found.push(...catalogProblems(input, broken, context));

	const sides = entry.photos.map((p) => p.side);
	if (sides.length > 0 && !sides.includes('front')) found.push({ path: 'photos', words: 'mark one photo as the front' });
	for (const side of Object.keys(PHOTO_SIDES) as (keyof typeof PHOTO_SIDES)[]) {
		if (sides.filter((s) => s === side).length > 1) found.push({ path: 'photos', words: `only one photo can be the ${side} — the issue has one box for each side; mark the other as ${side === 'detail' ? 'front or back' : 'a detail'}, or remove it` });
	}

	// With no photo the schema never reaches a credit; the form asks for it all the same.
	if (entry.credit === undefined) found.push({ path: 'photos[0].credit', words: FIELD_PROMPTS['photos[].credit'] ?? 'required' });
	if (entry.pass['sources'] === undefined) found.push({ path: 'sources[0].url', words: 'give a web address, or a printed or personal reference' });
	if (!CONSENT_KEYS.every((key) => entry.consent.includes(key))) found.push({ path: 'consent', words: 'tick both boxes: the catalog publishes the pass and its photos only with both' });
	if (entry.story.trim() === '') found.push({ path: STORY, words: 'tell the story of the pass in a few sentences' });
	for (const p of context.storyProblems) found.push({ path: STORY, words: `line ${p.line}: ${p.message}` });

	const problems = found.map((f) => locate(f.path, f.words, entry));
	for (const p of issueAnswerProblems(entry, issueAnswers(entry, context.passTypes))) {
		const row = CONTRIBUTE_FIELDS.find((f) => f.issueField === p.fieldId);
		const photo = (PHOTO_ISSUE_FIELDS as readonly string[]).includes(p.fieldId) ? entry.photos.findIndex((ph) => p.fieldId === `photos-${ph.side}-alt`) : -1;
		if (p.path !== undefined) problems.push(locate(p.path, p.words, entry));
		else problems.push(photo >= 0 ? locate(`photos[${photo}].alt`, p.words, entry) : { controlId: row && controlId(row.name), label: row?.label ?? p.fieldId, words: p.words });
	}
	return inFormOrder(unique(problems));
}

/**
 * The catalog's cross-checks for one pass need every required field; while some are missing, the
 * fields that are valid are checked with neutral stand-ins for the rest, and nothing reported on
 * a stand-in is kept — so "outside the tour" shows up next to "choose the pass type".
 */
function catalogProblems(input: Record<string, unknown>, broken: ReadonlySet<string>, context: CheckContext): { path: string; words: string }[] {
	const tours = context.band?.tours ?? [];
	const valid = Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== undefined && !broken.has(key)));
	const standIns: Record<string, unknown> = {
		band: valid['band'] ?? tours.find((t) => t.id === valid['tour'])?.data.band ?? '',
		type: valid['type'] ?? context.passTypes[0]?.id ?? '',
		added: context.today,
	};
	const keepPlaceholders = new Set(TOP_FIELDS_WITH_PLACEHOLDERS.filter((k) => valid[k] !== undefined));
	const data = { tells: [], securityFeatures: [], signatures: [], ...valid, ...Object.fromEntries(Object.entries(standIns).filter(([k]) => valid[k] === undefined)) } as unknown as PassDataWithoutPhotos;
	const file = 'content/passes/submission/index.mdx';
	const problems = findPassProblems(
		{
			passes: [{ id: 'submission', filePath: file, data }],
			bands: context.band ? [context.band.band] : [],
			tours,
			passTypes: context.passTypes.map((t) => ({ id: t.id, data: {} })),
			printers: context.printers.map((id) => ({ id, data: {} })),
		},
		context.today,
	);
	return problems
		.filter((p) => p.field !== undefined && (!TOP_FIELDS_WITH_PLACEHOLDERS.includes(p.field) || keepPlaceholders.has(p.field)))
		.filter((p) => !(p.field === 'band' && context.band === undefined))
		.map((p) => ({ path: p.field ?? '', words: p.message }));
}

const LABEL_BY_PATH = new Map(CONTRIBUTE_FIELDS.flatMap((f) => f.paths.filter((p) => !p.includes('[')).map((p) => [p, f.label] as const)));

/** Checkers name fields as files spell them (`validFrom`); the form says its labels instead. */
function relabel(words: string): string {
	return words.replace(/`([\w.]+)`|\b([a-z]+[A-Z]\w*)\b/g, (whole, quoted: string | undefined, camel: string | undefined) => {
		const label = LABEL_BY_PATH.get(quoted ?? camel ?? '');
		return label === undefined ? whole : `“${label}”`;
	});
}

/** The control and label for a problem at a schema path ("photos[1].alt" → the second photo's box). */
function locate(path: string, message: string, entry: ContributeEntry): FormProblem {
	const words = relabel(message);
	const photo = /^photos\[(\d+)\]\.alt$/.exec(path);
	if (photo) {
		const index = Number(photo[1]);
		const side = entry.photos[index]?.side ?? 'front';
		return { controlId: photoAltId(index), label: `${PHOTO_SIDES[side]} photo`, words };
	}
	const parts = pathParts(path);
	const row = fieldForPath(generalPath(parts));
	if (!row) return { controlId: undefined, label: path || 'The pass', words };
	// An item of a repeated list is shown on the copy of the controls it was read from.
	const repeat = REPEAT_OF_ROW.get(row.name);
	const item = repeat && parts[0] === repeat.path && typeof parts[1] === 'number' ? parts[1] : 0;
	const copy = repeat ? (entry.copies?.[repeat.path][item] ?? item) : 0;
	return { controlId: controlId(copyName(row.name, copy)), label: copyLabel(row.label, copy, repeat?.noun), words };
}

/** "Signed on", or for a later copy "Signed on (signature 2)". */
function copyLabel(label: string, copy: number, noun: string | undefined): string {
	return copy === 0 || noun === undefined ? label : `${label} (${noun} ${copy + 1})`;
}

function pathParts(path: string): (string | number)[] {
	return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (index !== undefined ? Number(index) : (key ?? '')));
}

function unique(problems: FormProblem[]): FormProblem[] {
	const seen = new Set<string>();
	return problems.filter((p) => {
		const key = `${p.controlId ?? p.label}\u0000${p.words}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * Where a control is on the page, as a number: its row's place, or for a later copy of a repeated
 * section, between that section's first copy and the next section, copy by copy.
 */
function controlOrder(row: ContributeField, copy: number): number {
	const index = CONTRIBUTE_FIELDS.indexOf(row);
	const section = CONTRIBUTE_SECTIONS.find((s) => s.fields.includes(row));
	if (copy === 0 || !section?.repeat) return index;
	const first = CONTRIBUTE_FIELDS.indexOf(section.fields[0] as ContributeField);
	const within = (index - first) / section.fields.length;
	return first + section.fields.length - 1 + (copy + within) / (section.repeat.max + 1);
}

/** Problems in the order of the controls on the page; photo boxes sit where the photos are. */
function inFormOrder(problems: FormProblem[]): FormProblem[] {
	const order = (p: FormProblem) => {
		const photoAlt = p.controlId?.startsWith('f-photo-alt-') ? CONTRIBUTE_FIELDS.findIndex((f) => f.name === 'photos') + 0.5 : -1;
		if (photoAlt >= 0) return photoAlt;
		const control = copyOfControl(p.controlId?.replace(/^f-/, '') ?? '');
		return control ? controlOrder(control.row, control.index) : CONTRIBUTE_FIELDS.length;
	};
	return problems.map((p, i) => ({ p, i })).sort((a, b) => order(a.p) - order(b.p) || a.i - b.i).map(({ p }) => p);
}
