/**
 * What the web form describes, read from its controls once: the pass as the schema takes it (the
 * same shape `npm run submission` builds from an issue), the photos' sides and descriptions, and
 * the story. An empty control is absent, never an empty string, so the schema says "missing".
 * Browser-safe.
 */
import type { PhotoSide } from '../../schemas/enums.ts';
import { CONTRIBUTE_FIELDS, REPEAT_OF_ROW, type RepeatedSection, copyName } from './contribute-fields.ts';

/** The form's controls by name: text, or the ticked values of a checkbox group. */
export type FormValues = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface EntryPhoto {
	readonly side: PhotoSide;
	readonly alt: string;
}

export interface ContributeEntry {
	/** The pass's fields but photos, added and example (what an issue's answers fill). */
	readonly pass: Readonly<Record<string, unknown>>;
	readonly photos: readonly EntryPhoto[];
	readonly credit: string | undefined;
	readonly story: string;
	/** Ticked permission boxes, by key. */
	readonly consent: readonly string[];
	/**
	 * For each item of a repeated list, the copy of the form's controls it was read from (empty
	 * copies are skipped), so a problem with `signatures[1]` is shown on the copy that holds it.
	 * Absent for an entry read back from an issue.
	 */
	readonly copies?: Readonly<Record<RepeatedSection['path'], readonly number[]>>;
}

/**
 * Controls that are one top-level pass field as typed or chosen (a row of its own in the issue):
 * a new text field of the table is read with no change here.
 */
const PLAIN_FIELDS = CONTRIBUTE_FIELDS.filter((row) => row.issue !== undefined && (row.kind === 'text' || row.kind === 'select') && /^\w+$/.test(row.paths[0] ?? ''));

/** A source's "where": a web address becomes `url`, anything else `citation` (the issue's rule too). */
export const WEB_ADDRESS = /^https?:\/\//i;
/** A number the issue reads back as the same number (`scripts/submission/answers-to-pass.ts`). */
const YEAR = /^\d{4}$/;
const MILLIMETRES = /^\d{1,4}(\.\d+)?$/;

function text(values: FormValues, name: string): string | undefined {
	const value = values[name];
	const trimmed = typeof value === 'string' ? value.trim() : undefined;
	return trimmed === '' ? undefined : trimmed;
}

function list(values: FormValues, name: string): string[] {
	const value = values[name];
	return Array.isArray(value) ? [...(value as readonly string[])] : [];
}

function lines(values: FormValues, name: string): string[] {
	return (text(values, name) ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

/** A number when it is written as one, else the text as typed, for the schema to refuse in words. */
function numberOr(answer: string | undefined, pattern: RegExp): number | string | undefined {
	const normalised = answer?.replace(',', '.');
	return normalised !== undefined && pattern.test(normalised) ? Number(normalised) : answer;
}

/** Leaves out keys whose value is undefined, so the result compares equal to a parsed issue's. */
function defined(record: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

/** Copy `index` of a signature's controls, or undefined when all of them are empty (a chosen medium counts). */
function signatureAt(values: FormValues, index: number): Record<string, unknown> | undefined {
	const at = (name: string) => text(values, copyName(name, index));
	const signer = at('signer');
	const [role, date, authenticatedBy] = ['signerRole', 'signedOn', 'authenticatedBy'].map(at);
	const chosen = at('signedWith');
	const medium = chosen === 'unknown' ? undefined : chosen;
	if ([signer, role, date, medium, authenticatedBy].every((part) => part === undefined)) return undefined;
	return defined({ signer, role, date, medium, authenticated: authenticatedBy !== undefined, authenticatedBy });
}

/** Copy `index` of a source's controls, or undefined when both are empty. */
function sourceAt(values: FormValues, index: number): Record<string, unknown> | undefined {
	const title = text(values, copyName('sourceTitle', index));
	const where = text(values, copyName('sourceWhere', index));
	if (title === undefined && where === undefined) return undefined;
	return defined({ title, ...(where === undefined ? {} : WEB_ADDRESS.test(where) ? { url: where } : { citation: where }) });
}

/** Every filled copy of a repeated section in order, with the copy each came from; empty copies are skipped. */
function copies(values: FormValues, firstRow: string, read: (values: FormValues, index: number) => Record<string, unknown> | undefined) {
	const max = REPEAT_OF_ROW.get(firstRow)?.max ?? 1;
	const filled = Array.from({ length: max }, (_, i) => ({ item: read(values, i), from: i })).filter((c) => c.item !== undefined);
	return { items: filled.map((c) => c.item as Record<string, unknown>), from: filled.map((c) => c.from) };
}

export function entryFromValues(values: FormValues, photos: readonly EntryPhoto[]): ContributeEntry {
	const width = text(values, 'widthMm');
	const height = text(values, 'heightMm');
	const signatures = copies(values, 'signer', signatureAt);
	const sources = copies(values, 'sourceTitle', sourceAt);
	const contributor = text(values, 'contributor');
	const pass = defined({
		...Object.fromEntries(PLAIN_FIELDS.map((row) => [row.paths[0], text(values, row.name)])),
		year: numberOr(text(values, 'year'), YEAR),
		dimensions: width === undefined && height === undefined ? undefined : defined({ widthMm: numberOr(width, MILLIMETRES), heightMm: numberOr(height, MILLIMETRES) }),
		tells: lines(values, 'tells'),
		securityFeatures: list(values, 'securityFeatures'),
		signatures: signatures.items,
		condition: defined({ grade: text(values, 'grade'), flaws: list(values, 'flaws'), notes: text(values, 'conditionNotes') }),
		sources: sources.items.length === 0 ? undefined : sources.items,
		contributors: contributor === undefined ? undefined : [contributor],
	});
	return {
		pass,
		photos: photos.map((p) => ({ side: p.side, alt: p.alt.trim() })),
		credit: text(values, 'credit'),
		story: (text(values, 'story') ?? '').replace(/\r\n?/g, '\n'),
		consent: list(values, 'consent'),
		copies: { signatures: signatures.from, sources: sources.from },
	};
}

/** The name a photo has in the pass folder and in the issue: `front.jpg`, `back.webp`. */
export function photoFileName(side: PhotoSide, extension: string): string {
	return `${side}.${extension}`;
}

/** The whole frontmatter the schema checks: photos by side, `added` today, never an example. */
export function entryToPassInput(entry: ContributeEntry, added: string): Record<string, unknown> {
	return {
		...entry.pass,
		photos: entry.photos.length === 0 ? undefined : entry.photos.map((p) => defined({ src: `./${photoFileName(p.side, 'jpg')}`, alt: p.alt === '' ? undefined : p.alt, side: p.side, credit: entry.credit })),
		added,
		example: false,
	};
}
