/**
 * `npm run new-pass` — starts a new pass: `content/passes/<slug>/index.mdx`, from a template in
 * which every field of the pass schema is present and explained.
 *
 *   npm run new-pass                      asks for each detail, with the catalog's bands, tours,
 *                                         types, formats and printers to choose from by number
 *   npm run new-pass -- --band nirvana --tour in-utero-tour --type all-access --format laminate \
 *     --condition near-mint --contributor "Your Name" --yes
 *                                         the same with options, for scripts (never asks)
 *
 * Every value is checked before anything is written, with the real schemas (src/schemas) and the
 * catalog's cross-checks (src/lib/catalog-problems.ts) run on the catalog plus the new entry — so
 * a tour of another band or a date outside the tour is refused with the build's own message. An
 * existing pass folder is refused, never overwritten. A band or tour that is not in the catalog
 * yet can be created on the way (asked, or --create-band / --create-tour).
 *
 * Placeholders: what only the contributor can supply — photo files, alt text, (photo credit when
 * not given) and the source of the facts — is left in the file as an *empty* value with a `TODO`
 * comment above it. Empty values fail the schema with its own message ("photos[0].alt: too short —
 * describe what the photo shows in a sentence"), so `npm run validate` lists exactly what is left
 * to do, with line numbers, and a placeholder can never be published by mistake. (A value such as
 * "TODO: describe the photo" would have passed: it is longer than ten characters and not a file
 * name.) The story's placeholder paragraphs are plain Markdown starting with "TODO:" (a body has
 * no schema); `findLeftoverTodos` finds them. Band and tour files are JSON, which has no comments:
 * their `sources` placeholder is a "TODO: …" citation that passes the schema (so the new pass can
 * be checked against them), and a reminder is printed.
 *
 * Exit codes: 0 created; 1 refused (invalid value, catalog problem, existing folder, stopped);
 * 2 the command line is incomplete or not understood (missing details are listed with their flags).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import type { Entry, PassDataWithoutPhotos } from '../src/lib/catalog-entry.ts';
import { findCatalogProblems } from '../src/lib/catalog-problems.ts';
import { type Problem, formatProblem, problem } from '../src/lib/content-problems.ts';
import { suggestBands, suggestibleNames } from '../src/lib/band-suggester.ts';
import { normaliseName } from '../src/lib/normalise-name.ts';
import { splitFrontmatter } from '../src/lib/split-frontmatter.ts';
import { RESERVED_PASS_SLUGS } from '../src/lib/reserved-slugs.ts';
import { localDay } from '../src/lib/calendar-day.ts';
import { type CatalogFiles, issueField, passFileSchema, readCatalogFiles } from '../src/lib/read-catalog-files.ts';
import { findUnsafeMarkdown } from '../src/lib/restricted-mdx.ts';
import { type BandData, bandSchema } from '../src/schemas/band.ts';
import {
	ACTIVITY_ENDINGS,
	CONDITION_FLAWS,
	CONDITION_GRADES,
	PASS_FORMATS,
	SECURITY_FEATURES,
	SIGNATURE_MEDIA,
	type ActivityEnding,
	type ConditionGrade,
	type PassFormat,
	type SecurityFeature,
} from '../src/schemas/enums.ts';
import { SLUG_PATTERN, SLUG_RULE } from '../src/schemas/fields.ts';
import type { PassData } from '../src/schemas/pass.ts';
import { type TourData, tourSchema } from '../src/schemas/tour.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The pass schema's fields, with their `.describe()` texts: the template's comments come from here. */
const PASS = passFileSchema.shape;
const PHOTO = PASS.photos.element.shape;
const SOURCE = PASS.sources.element.shape;
const CONDITION = PASS.condition.shape;
const SIGNATURE = PASS.signatures.unwrap().element.shape;
const DIMENSIONS = PASS.dimensions.unwrap().shape;
const BAND = bandSchema.shape;
const ACTIVITY = BAND.activity.element.shape;
const TOUR = tourSchema.shape;

/** The word that marks what the contributor still has to do, in comments and in the story. */
export const TODO_MARK = 'TODO';

/** Fields the generated file leaves empty on purpose; the schema refuses them until they are filled. */
const PLACEHOLDER_FIELD = /^(photos\[\d+\]\.(alt|credit)|sources\[0\](\.title)?)$/;

// ---------------------------------------------------------------------------------------------
// Small pure helpers (exported for tests)

/** "Guns N' Roses" → "guns-n-roses", "Motörhead" → "motorhead". */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’‘`´]/g, '')
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** "in-utero-tour" → "In Utero Tour" (a first guess at a name, shown for the contributor to confirm). */
function titleCase(slug: string): string {
	return slug
		.split('-')
		.map((word) => (word === '' ? word : word[0]?.toUpperCase() + word.slice(1)))
		.join(' ');
}

/** The default folder name: band-tour-year-type-format (the tour without a repeated band prefix). */
export function deriveSlug(parts: { band: string; tour?: string | undefined; year?: number | undefined; type: string; format: string }): string {
	const tour = parts.tour?.startsWith(`${parts.band}-`) ? parts.tour.slice(parts.band.length + 1) : parts.tour;
	return slugify([parts.band, tour, parts.year, parts.type, parts.format].filter((p) => p !== undefined && p !== '').join('-'));
}

/** Lines of a pass file that still carry a TODO (1-based line numbers). */
export function findLeftoverTodos(text: string): { line: number; text: string }[] {
	return text
		.split('\n')
		.flatMap((line, i) => (line.includes(TODO_MARK) ? [{ line: i + 1, text: line.trim() }] : []));
}


const YAML_KEYWORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

/** A YAML scalar: bare when it is a plain word (slugs, enum keys), double-quoted (JSON) otherwise. */
function yamlValue(value: string | number | boolean): string {
	if (typeof value !== 'string') return String(value);
	return /^[a-z][a-z0-9-]*$/.test(value) && !YAML_KEYWORDS.has(value) ? value : JSON.stringify(value);
}

function yamlList(values: readonly string[]): string {
	return `[${values.map(yamlValue).join(', ')}]`;
}

function description(schema: { description?: string | undefined }): string {
	return schema.description ?? '';
}

function listOf(keys: readonly string[], max = 24): string {
	return keys.length <= max ? keys.join(', ') : `${keys.slice(0, max).join(', ')}, … (${keys.length - max} more)`;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** The value as the schema outputs it, or the schema's first message. */
function check<S extends z.ZodType>(schema: S, value: unknown): Parsed<z.output<S>> {
	const result = schema.safeParse(value);
	return result.success ? ok(result.data) : fail(result.error.issues[0]?.message ?? 'is not valid');
}

/** A fuzzy date, checked by the field's own schema: "1993", "1993-10" or "1993-10-18". */
function parseDate(text: string, schema: z.ZodType<string>): Parsed<string> {
	return check(schema, text.trim());
}

function parseYear(text: string): Parsed<number> {
	const trimmed = text.trim();
	if (!/^\d{4}$/.test(trimmed)) return fail(`"${trimmed}" is not a year — write it as four digits, e.g. 1993`);
	const year = Number(trimmed);
	return year < 1900 || year > 2100 ? fail(`year ${year} is out of range (1900–2100)`) : ok(year);
}

function parseText(text: string, min: number, what: string): Parsed<string> {
	const trimmed = text.trim().replace(/\s+/g, ' ');
	return trimmed.length < min ? fail(`${what} is too short`) : ok(trimmed);
}

function parseKey<K extends string>(text: string, labels: Readonly<Record<K, string>>, what: string, numbered: boolean): Parsed<K> {
	const keys = Object.keys(labels) as K[];
	const trimmed = text.trim();
	const byNumber = numbered && /^\d+$/.test(trimmed) ? keys[Number(trimmed) - 1] : undefined;
	if (byNumber) return ok(byNumber);
	const found = keys.find((k) => k === trimmed.toLowerCase() || normaliseName(labels[k]) === normaliseName(trimmed) || slugify(trimmed) === k);
	return found ? ok(found) : fail(`unknown ${what} "${trimmed}" — use one of: ${keys.join(', ')}`);
}

function parseFeatures(text: string, numbered: boolean): Parsed<SecurityFeature[]> {
	const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '' && p !== 'none');
	const features: SecurityFeature[] = [];
	for (const part of parts) {
		const parsed = parseKey(part, SECURITY_FEATURES, 'security feature', numbered);
		if (!parsed.ok) return parsed;
		if (!features.includes(parsed.value)) features.push(parsed.value);
	}
	return ok(features);
}

/** One entry to choose from: shown as "3. Nirvana (nirvana)", found by number, id, name or alias. */
interface Choice {
	id: string;
	label: string;
	names: readonly string[];
}

type Ref = { kind: 'found'; id: string } | { kind: 'unknown'; id: string; name: string } | { kind: 'bad'; error: string };

function resolveRef(text: string, choices: readonly Choice[], numbered: boolean): Ref {
	const trimmed = text.trim();
	if (numbered && /^\d+$/.test(trimmed)) {
		const choice = choices[Number(trimmed) - 1];
		if (choice) return { kind: 'found', id: choice.id };
	}
	const key = normaliseName(trimmed);
	const found =
		choices.find((c) => c.id === trimmed) ??
		choices.find((c) => c.names.some((n) => normaliseName(n) === key)) ??
		choices.find((c) => c.id === slugify(trimmed));
	if (found) return { kind: 'found', id: found.id };
	const id = slugify(trimmed);
	if (id === '' || /^\d+$/.test(trimmed)) return { kind: 'bad', error: `"${trimmed}" is not in the list — type a number from the list or a name` };
	return { kind: 'unknown', id, name: SLUG_PATTERN.test(trimmed) ? titleCase(trimmed) : trimmed };
}

// ---------------------------------------------------------------------------------------------
// The catalog as read from disk, plus the band and tour this run may add

interface NewBand extends Entry<BandData> {
	filePath: string;
	raw: Record<string, unknown>;
}
interface NewTour extends Entry<TourData> {
	filePath: string;
	raw: Record<string, unknown>;
}

interface Context {
	contentDir: string;
	root: string;
	files: CatalogFiles;
	newBand?: NewBand | undefined;
	newTour?: NewTour | undefined;
}

function shown(ctx: Context, file: string): string {
	return path.relative(ctx.root, file);
}

function bandFile(ctx: Context, id: string): string {
	return path.join(ctx.contentDir, 'bands', `${id}.json`);
}
function tourFile(ctx: Context, id: string): string {
	return path.join(ctx.contentDir, 'tours', `${id}.json`);
}
function passDir(ctx: Context, slug: string): string {
	return path.join(ctx.contentDir, 'passes', slug);
}

function bands(ctx: Context): Entry<BandData>[] {
	return [...ctx.files.bands, ...(ctx.newBand ? [ctx.newBand] : [])];
}
function tours(ctx: Context): Entry<TourData>[] {
	return [...ctx.files.tours, ...(ctx.newTour ? [ctx.newTour] : [])];
}

function bandChoices(ctx: Context): Choice[] {
	return bands(ctx).map((b) => ({ id: b.id, label: b.data.name, names: [b.data.name, ...b.data.aliases] }));
}
/** " — did you mean Nirvana (nirvana)?" for a misspelt band, or nothing. */
function didYouMean(ctx: Context, typed: string): string {
	const list = bands(ctx).map((b) => ({ name: b.data.name, url: b.id, names: suggestibleNames([b.data.name, ...b.data.aliases]) }));
	const near = suggestBands(typed, list).map((s) => `${s.band.name} (${s.band.url})`);
	return near.length > 0 ? ` — did you mean ${near.join(' or ')}?` : '';
}

function tourChoices(ctx: Context, band: string | undefined): Choice[] {
	return tours(ctx)
		.filter((t) => t.data.band === band)
		.map((t) => ({ id: t.id, label: `${t.data.name}, ${t.data.start} to ${t.data.end}`, names: [t.data.name] }));
}
function typeChoices(ctx: Context): Choice[] {
	return [...ctx.files.passTypes]
		.sort((a, b) => a.data.order - b.data.order)
		.map((t) => ({ id: t.id, label: t.data.name, names: [t.data.name, ...t.data.aliases] }));
}
function printerChoices(ctx: Context): Choice[] {
	return ctx.files.printers.map((p) => ({ id: p.id, label: p.data.name, names: [p.data.name] }));
}
function labelChoices(labels: Readonly<Record<string, string>>): Choice[] {
	return Object.entries(labels).map(([id, label]) => ({ id, label, names: [label] }));
}

/** Problems the catalog's own checks find in the files this run would write. */
function catalogProblemsFor(ctx: Context, pass: Entry<PassDataWithoutPhotos> | undefined): Problem[] {
	const mine = new Set([pass?.filePath, ctx.newBand?.filePath, ctx.newTour?.filePath].filter((f) => f !== undefined));
	return findCatalogProblems({
		passes: [...ctx.files.passes.filter((p) => p.id !== pass?.id), ...(pass ? [pass] : [])],
		bands: bands(ctx),
		tours: tours(ctx),
		passTypes: ctx.files.passTypes,
		printers: ctx.files.printers,
	}).filter((p) => mine.has(p.file));
}

/** A new band file's content, checked with the band schema and the catalog (name already taken…). */
function buildBand(
	ctx: Context,
	id: string,
	answers: { name: string; country: string; formed: number; from: string; until?: string | undefined; ending?: ActivityEnding | undefined },
): { band: NewBand; problems: Problem[] } | { band?: undefined; problems: Problem[] } {
	const file = shown(ctx, bandFile(ctx, id));
	const raw: Record<string, unknown> = {
		name: answers.name,
		aliases: [],
		country: answers.country,
		formed: answers.formed,
		activity: [answers.until === undefined ? { from: answers.from } : { from: answers.from, to: answers.until, ended: answers.ending ?? 'split' }],
		links: {},
		sources: [
			{
				title: `${TODO_MARK}: where do these facts come from?`,
				citation: `${TODO_MARK}: replace this source with a web page ("url") or a book, magazine or sleeve ("citation")`,
			},
		],
	};
	const parsed = bandSchema.safeParse(raw);
	if (!parsed.success) return { problems: parsed.error.issues.map((i) => problem(file, issueField(i), i.message)) };
	const band: NewBand = { id, filePath: file, data: parsed.data, raw };
	const previous = ctx.newBand;
	ctx.newBand = band;
	const problems = catalogProblemsFor(ctx, undefined).filter((p) => p.file === file);
	ctx.newBand = previous;
	return problems.length > 0 ? { problems } : { band, problems };
}

function buildTour(ctx: Context, id: string, answers: { band: string; name: string; start: string; end: string }): { tour: NewTour; problems: Problem[] } | { tour?: undefined; problems: Problem[] } {
	const file = shown(ctx, tourFile(ctx, id));
	const raw: Record<string, unknown> = {
		band: answers.band,
		name: answers.name,
		start: answers.start,
		end: answers.end,
		legs: [],
		sources: [
			{
				title: `${TODO_MARK}: where do these tour dates come from?`,
				citation: `${TODO_MARK}: replace this source with a web page ("url", e.g. setlist.fm) or a book or magazine ("citation")`,
			},
		],
	};
	const parsed = tourSchema.safeParse(raw);
	if (!parsed.success) return { problems: parsed.error.issues.map((i) => problem(file, issueField(i), i.message)) };
	const tour: NewTour = { id, filePath: file, data: parsed.data, raw };
	const previous = ctx.newTour;
	ctx.newTour = tour;
	const problems = catalogProblemsFor(ctx, undefined).filter((p) => p.file === file);
	ctx.newTour = previous;
	return problems.length > 0 ? { problems } : { tour, problems };
}

// ---------------------------------------------------------------------------------------------
// What the contributor told us. `undefined`: not decided yet (ask); `null`: decided "none".

interface Draft {
	band?: string | undefined;
	tour?: string | null | undefined;
	leg?: string | null | undefined;
	type?: string | undefined;
	format?: PassFormat | undefined;
	printer?: string | null | undefined;
	validFrom?: string | null | undefined;
	validTo?: string | null | undefined;
	year?: number | null | undefined;
	venue?: string | null | undefined;
	city?: string | null | undefined;
	securityFeatures?: SecurityFeature[] | undefined;
	grade?: ConditionGrade | undefined;
	title?: string | undefined;
	contributor?: string | undefined;
	credit?: string | null | undefined;
	slug?: string | undefined;
	example: boolean;
}

/** Every value a pass file is written from. */
export interface PassValues {
	slug: string;
	title: string;
	band: string;
	tour?: string | undefined;
	leg?: string | undefined;
	type: string;
	validFrom?: string | undefined;
	validTo?: string | undefined;
	year?: number | undefined;
	venue?: string | undefined;
	city?: string | undefined;
	format: PassFormat;
	printer?: string | undefined;
	securityFeatures: SecurityFeature[];
	grade: ConditionGrade;
	contributor: string;
	/** Who took the photos; empty (a TODO) when not told. */
	credit?: string | undefined;
	added: string;
	example: boolean;
}

/** Hints written into the template's comments: what the catalog offers for some fields. */
export interface TemplateHints {
	legs: readonly string[];
	printers: readonly string[];
	types: readonly string[];
}

function defaultTitle(ctx: Context, d: Draft): string | undefined {
	if (d.band === undefined || d.type === undefined || d.format === undefined) return undefined;
	const tour = d.tour ? tours(ctx).find((t) => t.id === d.tour) : undefined;
	const band = bands(ctx).find((b) => b.id === d.band);
	const type = ctx.files.passTypes.find((t) => t.id === d.type);
	const year = d.validFrom ? d.validFrom.slice(0, 4) : d.year ?? undefined;
	const context = tour ? tour.data.name : [band?.data.name ?? titleCase(d.band), year].filter((p) => p !== undefined).join(' ');
	return `${context} ${(type?.data.name ?? d.type).toLowerCase()} ${PASS_FORMATS[d.format].toLowerCase()}`;
}

function defaultSlug(ctx: Context, d: Draft): string | undefined {
	if (d.band === undefined || d.type === undefined || d.format === undefined) return undefined;
	const tour = d.tour ? tours(ctx).find((t) => t.id === d.tour) : undefined;
	const year = d.validFrom ? Number(d.validFrom.slice(0, 4)) : d.year ?? (tour ? Number(tour.data.start.slice(0, 4)) : undefined);
	return deriveSlug({ band: d.band, tour: d.tour ?? undefined, year, type: d.type, format: d.format });
}

function valuesOf(ctx: Context, d: Draft, added: string): PassValues | undefined {
	const title = d.title ?? defaultTitle(ctx, d);
	const slug = d.slug ?? defaultSlug(ctx, d);
	if (d.band === undefined || d.type === undefined || d.format === undefined || d.grade === undefined) return undefined;
	if (d.contributor === undefined || title === undefined || slug === undefined) return undefined;
	return {
		slug,
		title,
		band: d.band,
		tour: d.tour ?? undefined,
		leg: d.leg ?? undefined,
		type: d.type,
		validFrom: d.validFrom ?? undefined,
		validTo: d.validTo ?? undefined,
		year: d.year ?? undefined,
		venue: d.venue ?? undefined,
		city: d.city ?? undefined,
		format: d.format,
		printer: d.printer ?? undefined,
		securityFeatures: d.securityFeatures ?? [],
		grade: d.grade,
		contributor: d.contributor,
		credit: d.credit ?? undefined,
		added,
		example: d.example,
	};
}

/**
 * The pass as the schema sees it, with stand-ins where the file will have TODOs (photos, source):
 * everything the contributor told us is checked now; the stand-ins are checked once they are filled.
 */
function checkableInput(v: PassValues): Record<string, unknown> {
	const optional = (key: string, value: unknown) => (value === undefined ? {} : { [key]: value });
	const photo = (side: string) => ({ src: `./${side}.jpg`, alt: `(stand-in for the ${side} photo)`, side, credit: v.credit ?? 'stand-in' });
	return {
		title: v.title,
		band: v.band,
		...optional('tour', v.tour),
		...optional('leg', v.leg),
		type: v.type,
		...optional('validFrom', v.validFrom),
		...optional('validTo', v.validTo),
		...optional('year', v.year),
		...optional('venue', v.venue),
		...optional('city', v.city),
		format: v.format,
		...optional('printer', v.printer),
		securityFeatures: v.securityFeatures,
		signatures: [],
		condition: { grade: v.grade, flaws: [] },
		photos: [photo('front'), photo('back')],
		sources: [{ title: 'stand-in', citation: 'stand-in' }],
		contributors: [v.contributor],
		added: v.added,
		example: v.example,
	};
}

/** Schema and catalog problems of the pass this run would write (and of a new band or tour). */
function passProblems(ctx: Context, v: PassValues): { problems: Problem[]; data?: PassData } {
	const file = shown(ctx, path.join(passDir(ctx, v.slug), 'index.mdx'));
	const parsed = passFileSchema.safeParse(checkableInput(v));
	if (!parsed.success) return { problems: parsed.error.issues.map((i) => problem(file, issueField(i), i.message)) };
	const { photos: _photos, ...facts } = parsed.data;
	return { problems: catalogProblemsFor(ctx, { id: v.slug, filePath: file, data: facts }), data: parsed.data };
}

function slugProblem(ctx: Context, slug: string): string | undefined {
	if (!SLUG_PATTERN.test(slug)) return `the folder name "${slug}" must be ${SLUG_RULE}`;
	if (RESERVED_PASS_SLUGS.has(slug)) return `the folder name "${slug}" is reserved for list pages — choose another`;
	const dir = passDir(ctx, slug);
	if (existsSync(dir)) return `${shown(ctx, dir)}/ already exists — choose another folder name`;
	return undefined;
}

// ---------------------------------------------------------------------------------------------
// The template

const BODY = `${TODO_MARK}: Replace this paragraph with the story of this pass, in your own words: where it comes from, who owned it and what it was used for on the tour.

${TODO_MARK}: Add anything that makes it special, or delete this paragraph. Plain sentences are fine; you can also use Markdown such as **bold** and links like [this one](https://example.org/). HTML and pictures do not work in the story: photos belong in the \`photos\` list above.
`;

/** The text of `index.mdx`: every schema field present, with its description as a comment above it. */
export function renderPassFile(v: PassValues, hints: TemplateHints): string {
	const out: string[] = [
		'---',
		'# A new pass for the Backstage Pass Catalog, started with `npm run new-pass`.',
		'# Lines starting with # are notes for you: the site ignores them. Fill in every TODO,',
		'# then run `npm run validate`: it lists whatever is still missing, with its line number.',
	];
	const note = (indent: string, ...texts: string[]) => {
		for (const text of texts) out.push(`${indent}# ${text}`);
	};
	const field = (key: string, schema: { description?: string | undefined }, value: string | undefined, ...hintLines: string[]) => {
		out.push('');
		note('', description(schema), ...hintLines);
		out.push(value === undefined ? `# ${key}:` : `${key}: ${value}`);
	};
	const scalar = (value: string | number | undefined) => (value === undefined ? undefined : yamlValue(value));
	const date = (value: string | undefined) => (value === undefined ? undefined : JSON.stringify(value));

	for (const key of Object.keys(PASS) as (keyof typeof PASS)[]) {
		switch (key) {
			case 'title':
				field(key, PASS.title, JSON.stringify(v.title));
				break;
			case 'band':
				field(key, PASS.band, yamlValue(v.band));
				break;
			case 'tour':
				field(key, PASS.tour, scalar(v.tour));
				break;
			case 'leg':
				field(key, PASS.leg, v.leg === undefined ? undefined : JSON.stringify(v.leg), ...(hints.legs.length > 0 ? [`(legs of this tour: ${hints.legs.map((l) => JSON.stringify(l)).join(', ')})`] : []));
				break;
			case 'type':
				field(key, PASS.type, yamlValue(v.type), `(one of: ${listOf(hints.types)})`);
				break;
			case 'validFrom':
				field(key, PASS.validFrom, date(v.validFrom), '(written YYYY, YYYY-MM or YYYY-MM-DD, in quotes)');
				break;
			case 'validTo':
				field(key, PASS.validTo, date(v.validTo));
				break;
			case 'year':
				field(key, PASS.year, scalar(v.year));
				break;
			case 'venue':
				field(key, PASS.venue, v.venue === undefined ? undefined : JSON.stringify(v.venue));
				break;
			case 'city':
				field(key, PASS.city, v.city === undefined ? undefined : JSON.stringify(v.city));
				break;
			case 'format':
				field(key, PASS.format, yamlValue(v.format), `(one of: ${Object.keys(PASS_FORMATS).join(', ')})`);
				break;
			case 'dimensions':
				out.push('');
				note('', `${description(PASS.dimensions)} — to add it, remove the # in front of these three lines and write the numbers:`);
				out.push('# dimensions:');
				out.push(`#   widthMm:     # ${description(DIMENSIONS.widthMm)}`);
				out.push(`#   heightMm:    # ${description(DIMENSIONS.heightMm)}`);
				break;
			case 'printer':
				field(key, PASS.printer, scalar(v.printer), ...(hints.printers.length > 0 ? [`(printers in the catalog: ${listOf(hints.printers)})`] : []));
				break;
			case 'securityFeatures':
				field(key, PASS.securityFeatures, yamlList(v.securityFeatures), `(any of: ${Object.keys(SECURITY_FEATURES).join(', ')})`);
				break;
			case 'signatures':
				out.push('');
				note(
					'',
					description(PASS.signatures),
					'To record one, replace [] with a list like this one (without the # in front),',
					'and add "signature" to securityFeatures:',
				);
				out.push('# signatures:');
				out.push(`#   - signer:                 # ${description(SIGNATURE.signer)}`);
				out.push(`#     role:                   # ${description(SIGNATURE.role)}`);
				out.push(`#     date:                   # ${description(SIGNATURE.date)}`);
				out.push(`#     medium: unknown         # ${description(SIGNATURE.medium)}: ${Object.keys(SIGNATURE_MEDIA).join(', ')}`);
				out.push(`#     authenticated: false    # ${description(SIGNATURE.authenticated)}`);
				out.push(`#     authenticatedBy:        # ${description(SIGNATURE.authenticatedBy)}`);
				out.push('signatures: []');
				break;
			case 'condition':
				out.push('');
				note('', description(PASS.condition));
				out.push('condition:');
				note('  ', description(CONDITION.grade), `(one of: ${Object.keys(CONDITION_GRADES).join(', ')})`);
				out.push(`  grade: ${yamlValue(v.grade)}`);
				note('  ', description(CONDITION.flaws), `(any of: ${Object.keys(CONDITION_FLAWS).join(', ')})`);
				out.push('  flaws: []');
				note('  ', description(CONDITION.notes));
				out.push('  # notes:');
				break;
			case 'photos':
				out.push('');
				note(
					'',
					description(PASS.photos),
					`${TODO_MARK}: put your photos next to this file as front.jpg and back.jpg.`,
					'(No photo of the back? Delete its lines. More photos? Add one with side: detail.)',
				);
				out.push('photos:');
				for (const side of ['front', 'back'] as const) {
					note('  ', description(PHOTO.src));
					out.push(`  - src: ./${side}.jpg`);
					note('    ', description(PHOTO.alt), `${TODO_MARK}: describe the ${side} in a sentence or two: colours, words and pictures on it.`);
					out.push('    alt: ""');
					note('    ', description(PHOTO.side));
					out.push(`    side: ${side}`);
					if (v.credit === undefined) {
						note('    ', description(PHOTO.credit), `${TODO_MARK}: who took this photo?`);
						out.push('    credit: ""');
					} else {
						note('    ', description(PHOTO.credit));
						out.push(`    credit: ${JSON.stringify(v.credit)}`);
					}
					note('    ', description(PHOTO.caption));
					out.push('    # caption:');
				}
				break;
			case 'sources':
				out.push('');
				note(
					'',
					description(PASS.sources),
					`${TODO_MARK}: where does what you know about this pass come from? Your own collection, an auction`,
					'listing, a book or a magazine… Say what it is as the title, then give a url or a citation (or both).',
				);
				out.push('sources:');
				note('  ', description(SOURCE.title));
				out.push('  - title: ""');
				note('    ', description(SOURCE.url));
				out.push('    # url:');
				note('    ', description(SOURCE.citation));
				out.push('    # citation:');
				break;
			case 'contributors':
				field(key, PASS.contributors, `[${JSON.stringify(v.contributor)}]`);
				break;
			case 'added':
				field(key, PASS.added, JSON.stringify(v.added));
				break;
			case 'example':
				field(key, PASS.example, String(v.example));
				break;
			default: {
				// A field added to the schema after this script: still present, commented out, described.
				const unknownKey: string = key;
				const schema: { description?: string | undefined } = PASS[unknownKey as keyof typeof PASS];
				field(unknownKey, schema, undefined);
			}
		}
	}
	out.push('---', '', BODY);
	return out.join('\n');
}

/**
 * Reads the generated text back the way the site will and checks that it says what was checked:
 * only the placeholder fields may fail, and with them filled the data is exactly the checked data.
 */
function selfCheck(text: string, v: PassValues, checked: PassData): string[] {
	const errors: string[] = [];
	const split = splitFrontmatter(text);
	if ('error' in split) return [`the template cannot be read back: ${split.error}`];
	const { frontmatter, body } = split;
	const asWritten = passFileSchema.safeParse(frontmatter);
	for (const issue of asWritten.success ? [] : asWritten.error.issues) {
		const field = issueField(issue) ?? '(entry)';
		if (!PLACEHOLDER_FIELD.test(field)) errors.push(`${field}: ${issue.message}`);
	}
	const stand = checkableInput(v);
	const filled = passFileSchema.safeParse({ ...frontmatter, photos: stand['photos'], sources: stand['sources'] });
	if (!filled.success || !isDeepStrictEqual(filled.data, checked)) errors.push('the template does not read back as the values that were checked');
	for (const p of findUnsafeMarkdown(body)) errors.push(`story line ${p.line}: ${p.message}`);
	return errors;
}

// ---------------------------------------------------------------------------------------------
// Input and output

type Writable = { write(chunk: string): unknown };

export interface NewPassIO {
	stdin: NodeJS.ReadableStream & { isTTY?: boolean | undefined };
	stdout: Writable;
	stderr: Writable;
	/** The clock, for `added:`. */
	now: () => Date;
	/** `--content` is resolved from here; defaults to the project root. */
	cwd: string;
	/** Ask questions (default: when stdin is a terminal). `--yes` always turns it off. */
	interactive?: boolean | undefined;
}

class Cancelled extends Error {}

/** Reads answers line by line; works the same on a terminal and on piped input. */
class Prompter {
	readonly #lines: string[] = [];
	readonly #waiting: ((line: string | null) => void)[] = [];
	readonly #out: Writable;
	readonly #echo: boolean;
	readonly #rl: ReturnType<typeof createInterface>;
	#closed = false;

	constructor(input: NodeJS.ReadableStream & { isTTY?: boolean | undefined }, out: Writable) {
		this.#out = out;
		this.#echo = input.isTTY !== true;
		this.#rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
		this.#rl.on('line', (line: string) => {
			const waiter = this.#waiting.shift();
			if (waiter) waiter(line);
			else this.#lines.push(line);
		});
		this.#rl.on('close', () => {
			this.#closed = true;
			for (const waiter of this.#waiting.splice(0)) waiter(null);
		});
	}

	say(text = ''): void {
		this.#out.write(`${text}\n`);
	}

	async ask(question: string): Promise<string> {
		this.#out.write(question);
		const queued = this.#lines.shift();
		const line = queued ?? (this.#closed ? null : await new Promise<string | null>((resolve) => this.#waiting.push(resolve)));
		if (line === null) throw new Cancelled();
		if (this.#echo) this.#out.write(`${line}\n`);
		return line.trim();
	}

	async yesNo(question: string, byDefault: boolean): Promise<boolean> {
		for (;;) {
			const answer = (await this.ask(question)).toLowerCase();
			if (answer === '') return byDefault;
			if (['y', 'yes'].includes(answer)) return true;
			if (['n', 'no'].includes(answer)) return false;
			this.say('  Please answer y (yes) or n (no).');
		}
	}

	/** Asks until `parse` accepts the answer; an empty answer gives `empty()` when that is allowed. */
	async until<T, E = T>(question: string, parse: (text: string) => Parsed<T>, empty?: () => E): Promise<T | E> {
		for (;;) {
			const answer = await this.ask(question);
			if (answer === '' && empty) return empty();
			const parsed = parse(answer);
			if (parsed.ok) return parsed.value;
			this.say(`  ${parsed.error}`);
		}
	}

	list(heading: string, choices: readonly Choice[], extra: string[] = []): void {
		this.say();
		this.say(heading);
		const width = String(choices.length).length;
		choices.forEach((c, i) => this.say(`  ${String(i + 1).padStart(width)}. ${c.label}${c.label === c.id ? '' : ` (${c.id})`}`));
		for (const line of extra) this.say(`  ${line}`);
	}

	close(): void {
		this.#rl.close();
	}
}

// ---------------------------------------------------------------------------------------------
// Command line

const OPTIONS = {
	content: { type: 'string' },
	band: { type: 'string' },
	tour: { type: 'string' },
	'no-tour': { type: 'boolean' },
	leg: { type: 'string' },
	type: { type: 'string' },
	format: { type: 'string' },
	printer: { type: 'string' },
	title: { type: 'string' },
	from: { type: 'string' },
	to: { type: 'string' },
	year: { type: 'string' },
	venue: { type: 'string' },
	city: { type: 'string' },
	features: { type: 'string' },
	condition: { type: 'string' },
	contributor: { type: 'string' },
	credit: { type: 'string' },
	slug: { type: 'string' },
	example: { type: 'boolean' },
	yes: { type: 'boolean', short: 'y' },
	'non-interactive': { type: 'boolean' },
	'create-band': { type: 'string' },
	'band-country': { type: 'string' },
	'band-formed': { type: 'string' },
	'band-active-from': { type: 'string' },
	'band-until': { type: 'string' },
	'band-ending': { type: 'string' },
	'create-tour': { type: 'string' },
	'tour-start': { type: 'string' },
	'tour-end': { type: 'string' },
	help: { type: 'boolean', short: 'h' },
} as const;

type Flags = ReturnType<typeof parseFlags>['values'];

function parseFlags(argv: readonly string[]) {
	return parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false });
}

function usage(): string {
	const row = (flag: string, text: string) => `  ${flag.padEnd(30)}${text}`;
	return [
		'Adds a pass to the catalog: content/passes/<slug>/index.mdx, with every field explained.',
		'',
		'  npm run new-pass                 asks for each detail in turn',
		'  npm run new-pass -- OPTIONS      takes them as options; add --yes to never be asked',
		'',
		'Example:',
		'  npm run new-pass -- --band nirvana --tour in-utero-tour --type all-access --format laminate \\',
		'    --from 1993-10-18 --features hologram,serial-number --condition near-mint \\',
		'    --contributor "Your Name" --credit "Your Name" --yes',
		'',
		'The pass:',
		row('--band SLUG', description(PASS.band)),
		row('--tour SLUG', description(PASS.tour)),
		row('--no-tour', 'The pass is not from a tour (a one-off show)'),
		row('--leg NAME', description(PASS.leg)),
		row('--type SLUG', description(PASS.type)),
		row('--format FORMAT', `${description(PASS.format)}: ${Object.keys(PASS_FORMATS).join(', ')}`),
		row('--printer SLUG', description(PASS.printer)),
		row('--from DATE', `${description(PASS.validFrom)} (YYYY, YYYY-MM or YYYY-MM-DD)`),
		row('--to DATE', description(PASS.validTo)),
		row('--year YEAR', description(PASS.year)),
		row('--venue TEXT', description(PASS.venue)),
		row('--city TEXT', description(PASS.city)),
		row('--features a,b', `${description(PASS.securityFeatures)}: ${Object.keys(SECURITY_FEATURES).join(', ')}`),
		row('--condition GRADE', `${description(CONDITION.grade)}: ${Object.keys(CONDITION_GRADES).join(', ')}`),
		row('--title TEXT', `${description(PASS.title)} (default: tour or band, type and format)`),
		row('--contributor NAME', 'Your name, as it should appear among the contributors'),
		row('--credit NAME', 'Who took the photos (left as a TODO if not given)'),
		row('--example', description(PASS.example)),
		row('--slug SLUG', 'The folder name (default: band-tour-year-type-format)'),
		'',
		'A band or tour that is not in the catalog yet:',
		row('--create-band NAME', 'Create content/bands/<--band or name>.json, with:'),
		row('  --band-country COUNTRY', description(BAND.country)),
		row('  --band-formed YEAR', description(BAND.formed)),
		row('  --band-active-from DATE', 'When it started playing (default: the year it formed)'),
		row('  --band-until DATE', 'When it split up or stopped (leave out while it is active)'),
		row('  --band-ending split|hiatus', 'How it stopped (default: split)'),
		row('--create-tour NAME', 'Create content/tours/<--tour or name>.json, with:'),
		row('  --tour-start DATE', description(TOUR.start)),
		row('  --tour-end DATE', description(TOUR.end)),
		'',
		'Other:',
		row('--content DIR', 'The content folder (default: content)'),
		row('--yes, --non-interactive', 'Never ask; stop with a list of what is missing'),
		row('--help', 'This help'),
	].join('\n');
}

/** A flag the command needs, shown when it is missing. */
interface Missing {
	flag: string;
	what: string;
}

/** Fills the draft from the flags; collects what is missing and what is wrong. */
function draftFromFlags(ctx: Context, flags: Flags, interactive: boolean): { draft: Draft; missing: Missing[]; errors: string[] } {
	const draft: Draft = { example: flags.example === true };
	const missing: Missing[] = [];
	const errors: string[] = [];
	const take = <T>(flag: string, text: string | undefined, parse: (text: string) => Parsed<T>): T | undefined => {
		if (text === undefined) return undefined;
		const parsed = parse(text);
		if (parsed.ok) return parsed.value;
		errors.push(`--${flag}: ${parsed.error}`);
		return undefined;
	};
	const none = (text: string | undefined) => text !== undefined && ['', 'none', 'unknown'].includes(text.trim().toLowerCase());

	// Band, perhaps new.
	const createBand = flags['create-band'];
	if (flags.band !== undefined || createBand !== undefined) {
		const ref = resolveRef(flags.band ?? createBand ?? '', bandChoices(ctx), false);
		if (ref.kind === 'found' && createBand === undefined) draft.band = ref.id;
		else if (ref.kind === 'found') errors.push(`--create-band: the band "${ref.id}" is already in the catalog (${shown(ctx, bandFile(ctx, ref.id))}) — leave out --create-band`);
		else if (ref.kind === 'bad') errors.push(`--band: ${ref.error}`);
		else if (createBand !== undefined) {
			const country = flags['band-country'];
			const formedText = flags['band-formed'];
			if (country === undefined) missing.push({ flag: '--band-country COUNTRY', what: description(BAND.country) });
			if (formedText === undefined) missing.push({ flag: '--band-formed YEAR', what: description(BAND.formed) });
			const formed = take('band-formed', formedText, parseYear);
			const from = take('band-active-from', flags['band-active-from'], (t) => parseDate(t, ACTIVITY.from));
			const until = take('band-until', flags['band-until'], (t) => parseDate(t, ACTIVITY.to.unwrap()));
			const ending = take('band-ending', flags['band-ending'], (t) => parseKey(t, ACTIVITY_ENDINGS, 'ending', false));
			if (country !== undefined && formed !== undefined) {
				const built = buildBand(ctx, ref.id, { name: createBand.trim(), country: country.trim(), formed, from: from ?? String(formed), until, ending });
				if (built.band) {
					ctx.newBand = built.band;
					draft.band = ref.id;
				} else errors.push(...built.problems.map(formatProblem));
			}
		} else if (!interactive) {
			errors.push(
				`No band "${flags.band}" in ${shown(ctx, path.join(ctx.contentDir, 'bands'))}/${didYouMean(ctx, flags.band ?? '') || '.'} Use one of: ${listOf(bandChoices(ctx).map((c) => c.id))}` +
					` — or add it with --create-band "Band Name" --band-country COUNTRY --band-formed YEAR`,
			);
		} else errors.push(`--band: no band "${flags.band}" in the catalog yet`);
	} else if (!interactive) missing.push({ flag: '--band SLUG', what: `${description(PASS.band)} — one of: ${listOf(bandChoices(ctx).map((c) => c.id))}` });

	// Tour, perhaps new, or none.
	const createTour = flags['create-tour'];
	if (flags['no-tour'] && (flags.tour !== undefined || createTour !== undefined)) errors.push('--no-tour: use either --tour or --no-tour, not both');
	else if (flags['no-tour']) draft.tour = null;
	else if (flags.tour !== undefined || createTour !== undefined) {
		const ref = resolveRef(flags.tour ?? createTour ?? '', tourChoices(ctx, draft.band), false);
		const anyTour = flags.tour !== undefined && tours(ctx).some((t) => t.id === flags.tour);
		if (ref.kind === 'found' && createTour === undefined) draft.tour = ref.id;
		else if ((ref.kind === 'found' || anyTour) && createTour !== undefined) {
			errors.push(`--create-tour: the tour "${flags.tour ?? (ref.kind === 'found' ? ref.id : '')}" is already in the catalog — leave out --create-tour`);
		} else if (anyTour) draft.tour = flags.tour;
		else if (ref.kind === 'bad') errors.push(`--tour: ${ref.error}`);
		else if (ref.kind === 'unknown' && createTour !== undefined) {
			if (flags['tour-start'] === undefined) missing.push({ flag: '--tour-start DATE', what: description(TOUR.start) });
			if (flags['tour-end'] === undefined) missing.push({ flag: '--tour-end DATE', what: description(TOUR.end) });
			const start = take('tour-start', flags['tour-start'], (t) => parseDate(t, TOUR.start));
			const end = take('tour-end', flags['tour-end'], (t) => parseDate(t, TOUR.end));
			if (draft.band !== undefined && start !== undefined && end !== undefined) {
				const built = buildTour(ctx, ref.id, { band: draft.band, name: createTour.trim(), start, end });
				if (built.tour) {
					ctx.newTour = built.tour;
					draft.tour = ref.id;
				} else errors.push(...built.problems.map(formatProblem));
			}
		} else if (!interactive) {
			const theirs = tourChoices(ctx, draft.band).map((c) => c.id);
			errors.push(
				`No tour "${flags.tour}" in ${shown(ctx, path.join(ctx.contentDir, 'tours'))}/` +
					(draft.band ? ` for "${draft.band}" (its tours: ${listOf(theirs) || 'none yet'})` : '') +
					` — add it with --create-tour "Tour Name" --tour-start DATE --tour-end DATE, or use --no-tour`,
			);
		} else errors.push(`--tour: no tour "${flags.tour}" in the catalog yet`);
	} else if (!interactive) {
		const theirs = tourChoices(ctx, draft.band).map((c) => c.id);
		missing.push({ flag: '--tour SLUG or --no-tour', what: `${description(PASS.tour)}${theirs.length ? ` — tours of this band: ${listOf(theirs)}` : ''}` });
	}

	if (none(flags.leg)) draft.leg = null;
	else if (flags.leg !== undefined) draft.leg = take('leg', flags.leg, (t) => parseText(t, 1, 'the leg'));

	if (flags.type !== undefined) {
		const ref = resolveRef(flags.type, typeChoices(ctx), false);
		if (ref.kind === 'found') draft.type = ref.id;
		else errors.push(`--type: no pass type "${flags.type}" — use one of: ${listOf(typeChoices(ctx).map((c) => c.id))}`);
	} else if (!interactive) missing.push({ flag: '--type SLUG', what: `${description(PASS.type)} — one of: ${listOf(typeChoices(ctx).map((c) => c.id))}` });

	draft.format = take('format', flags.format, (t) => parseKey(t, PASS_FORMATS, 'format', false));
	if (flags.format === undefined && !interactive) missing.push({ flag: '--format FORMAT', what: `${description(PASS.format)} — one of: ${Object.keys(PASS_FORMATS).join(', ')}` });

	if (none(flags.printer)) draft.printer = null;
	else if (flags.printer !== undefined) {
		const ref = resolveRef(flags.printer, printerChoices(ctx), false);
		if (ref.kind === 'found') draft.printer = ref.id;
		else errors.push(`--printer: no printer "${flags.printer}" — use one of: ${listOf(printerChoices(ctx).map((c) => c.id))}, or leave it out`);
	}

	draft.validFrom = take('from', flags.from, (t) => parseDate(t, PASS.validFrom.unwrap()));
	draft.validTo = take('to', flags.to, (t) => parseDate(t, PASS.validTo.unwrap()));
	draft.year = take('year', flags.year, parseYear);
	draft.venue = take('venue', flags.venue, (t) => parseText(t, 1, 'the venue'));
	draft.city = take('city', flags.city, (t) => parseText(t, 1, 'the city'));
	draft.securityFeatures = take('features', flags.features, (t) => parseFeatures(t, false));
	draft.grade = take('condition', flags.condition, (t) => parseKey(t, CONDITION_GRADES, 'condition grade', false));
	draft.title = take('title', flags.title, (t) => check(PASS.title, t.trim()));
	draft.contributor = take('contributor', flags.contributor, (t) => parseText(t, 1, 'the name'));
	draft.credit = take('credit', flags.credit, (t) => check(PHOTO.credit, t.trim()));
	if (flags.slug !== undefined) draft.slug = flags.slug.trim();

	if (!interactive) {
		// Optional values not given are decided: none.
		for (const key of ['leg', 'printer', 'validFrom', 'validTo', 'year', 'venue', 'city', 'credit'] as const) {
			if (draft[key] === undefined) draft[key] = null;
		}
		if (flags['no-tour'] && flags.from === undefined && flags.year === undefined) {
			missing.push({ flag: '--from DATE or --year YEAR', what: 'A pass without a tour needs a date or at least a year' });
		}
		if (flags.condition === undefined) missing.push({ flag: '--condition GRADE', what: `${description(CONDITION.grade)} — one of: ${Object.keys(CONDITION_GRADES).join(', ')}` });
		if (flags.contributor === undefined) missing.push({ flag: '--contributor NAME', what: 'Your name, as it should appear among the contributors' });
	}
	return { draft, missing, errors };
}

/** Asks for everything the draft does not have yet. */
async function askMissing(ctx: Context, d: Draft, p: Prompter): Promise<void> {
	while (d.band === undefined) {
		const choices = bandChoices(ctx);
		p.list('Which band?', choices);
		const answer = await p.ask('Band — type its number, or its name (a new name adds the band): ');
		const ref = resolveRef(answer, choices, true);
		if (answer === '') continue;
		if (ref.kind === 'found') d.band = ref.id;
		else if (ref.kind === 'bad') p.say(`  ${ref.error}`);
		else if (await p.yesNo(`No band "${answer}"${didYouMean(ctx, answer) || '.'} Create ${shown(ctx, bandFile(ctx, ref.id))} now? [y/N] `, false)) {
			const band = await askNewBand(ctx, ref.id, ref.name, p);
			ctx.newBand = band;
			d.band = band.id;
		}
	}

	while (d.tour === undefined) {
		const choices = tourChoices(ctx, d.band);
		const bandName = bands(ctx).find((b) => b.id === d.band)?.data.name ?? d.band;
		p.list(choices.length ? `Which tour of ${bandName}?` : `${bandName} has no tours in the catalog yet.`, choices, ['0. None — the pass is from a one-off show, not a tour']);
		const answer = await p.ask('Tour — type its number, 0 for none, or a name (a new name adds the tour): ');
		if (answer === '') continue;
		if (answer === '0') {
			d.tour = null;
			break;
		}
		const ref = resolveRef(answer, choices, true);
		if (ref.kind === 'found') d.tour = ref.id;
		else if (tours(ctx).some((t) => t.id === answer)) d.tour = answer; // another band's: the check below explains
		else if (ref.kind === 'bad') p.say(`  ${ref.error}`);
		else if (await p.yesNo(`No tour "${answer}". Create ${shown(ctx, tourFile(ctx, ref.id))} now? [y/N] `, false)) {
			const tour = await askNewTour(ctx, ref.id, ref.name, d.band, p);
			ctx.newTour = tour;
			d.tour = tour.id;
		}
	}

	const legs = tours(ctx).find((t) => t.id === d.tour)?.data.legs ?? [];
	if (d.leg === undefined && legs.length === 0) d.leg = null;
	if (d.leg === undefined) {
		const choices = legs.map((l) => ({ id: l.name, label: l.name, names: [l.name] }));
		p.list('Which leg of the tour?', choices);
		d.leg = await p.until(
			'Leg — type its number, or press Enter if you do not know: ',
			(t): Parsed<string> => {
				const ref = resolveRef(t, choices, true);
				return ref.kind === 'found' ? ok(ref.id) : fail('type a number from the list, or press Enter');
			},
			() => null,
		);
	}

	if (d.type === undefined) {
		const choices = typeChoices(ctx);
		p.list('What type of pass is it? (each type is explained on the site)', choices);
		d.type = await p.until('Type — type its number or name: ', (t): Parsed<string> => {
			const ref = resolveRef(t, choices, true);
			return ref.kind === 'found' ? ok(ref.id) : fail(`no pass type "${t}" — choose one from the list`);
		});
	}

	if (d.format === undefined) {
		p.list('What is it made of?', labelChoices(PASS_FORMATS));
		d.format = await p.until('Format — type its number or name: ', (t) => parseKey(t, PASS_FORMATS, 'format', true));
	}

	if (d.printer === undefined) {
		const choices = printerChoices(ctx);
		p.list('Who printed it? (often marked on the back or on the backing)', choices);
		d.printer = await p.until(
			'Printer — type its number, or press Enter if you do not know: ',
			(t): Parsed<string> => {
				const ref = resolveRef(t, choices, true);
				return ref.kind === 'found' ? ok(ref.id) : fail(`no printer "${t}" in the catalog — choose one from the list, or press Enter`);
			},
			() => null,
		);
	}

	if (d.validFrom === undefined) {
		p.say();
		d.validFrom = await p.until(
			'Date printed on the pass, or of the show (YYYY, YYYY-MM or YYYY-MM-DD; Enter if there is none): ',
			(t) => parseDate(t, PASS.validFrom.unwrap()),
			() => null,
		);
	}
	if (d.validTo === undefined) {
		d.validTo = d.validFrom === null
			? null
			: await p.until('Last day it was valid, if it covers several days (Enter if not): ', (t) => parseDate(t, PASS.validTo.unwrap()), () => null);
	}
	if (d.year === undefined) {
		d.year = d.tour === null && d.validFrom === null ? await p.until('Year it was used (e.g. 1993): ', parseYear) : null;
	}
	if (d.venue === undefined) d.venue = await p.until('Venue (Enter to skip): ', (t) => parseText(t, 1, 'the venue'), () => null);
	if (d.city === undefined) d.city = await p.until('City (Enter to skip): ', (t) => parseText(t, 1, 'the city'), () => null);

	if (d.securityFeatures === undefined) {
		p.list('Which security features can you see on it?', labelChoices(SECURITY_FEATURES));
		d.securityFeatures = await p.until('Features — numbers or names separated by commas (Enter for none): ', (t) => parseFeatures(t, true), () => []);
	}

	if (d.grade === undefined) {
		p.list('What condition is it in?', labelChoices(CONDITION_GRADES));
		d.grade = await p.until('Condition — type its number or name: ', (t) => parseKey(t, CONDITION_GRADES, 'condition grade', true));
	}

	if (d.title === undefined) {
		const suggested = defaultTitle(ctx, d) ?? '';
		p.say();
		d.title = await p.until(`Title — what is printed on the pass, or a short description [${suggested}]: `, (t) => check(PASS.title, t), () => suggested);
	}
	if (d.contributor === undefined) {
		d.contributor = await p.until('Your name, as it should appear among the contributors: ', (t) => parseText(t, 1, 'the name'));
	}
	if (d.credit === undefined) {
		const you = d.contributor;
		d.credit = await p.until(`Who took the photos? [${you}]: `, (t) => check(PHOTO.credit, t), () => you);
	}
}

async function askNewBand(ctx: Context, id: string, guess: string, p: Prompter): Promise<NewBand> {
	for (;;) {
		p.say();
		const name = await p.until(`Band name, as it is best known [${guess}]: `, (t) => check(BAND.name, t), () => guess);
		const country = await p.until('Country it comes from (e.g. United Kingdom): ', (t) => parseText(t, 2, 'the country'));
		const formed = await p.until('Year it formed (e.g. 1987): ', parseYear);
		const from = await p.until(`When it started playing [${formed}]: `, (t) => parseDate(t, ACTIVITY.from), () => String(formed));
		const until = await p.until('When it split up or stopped (Enter if it is still together): ', (t) => parseDate(t, ACTIVITY.to.unwrap()), () => undefined);
		const ending =
			until === undefined ? undefined : await p.until('Did it split up or go on hiatus? [split]: ', (t) => parseKey(t, ACTIVITY_ENDINGS, 'ending', false), () => 'split' as const);
		const built = buildBand(ctx, id, { name, country, formed, from, until, ending });
		if (built.band) return built.band;
		for (const problem of built.problems) p.say(`  ${formatProblem(problem)}`);
		p.say('  Let’s try the band’s details again.');
	}
}

async function askNewTour(ctx: Context, id: string, guess: string, band: string, p: Prompter): Promise<NewTour> {
	for (;;) {
		p.say();
		const name = await p.until(`Tour name, as billed [${guess}]: `, (t) => check(TOUR.name, t), () => guess);
		const start = await p.until('First show (YYYY, YYYY-MM or YYYY-MM-DD): ', (t) => parseDate(t, TOUR.start));
		const end = await p.until('Last show (YYYY, YYYY-MM or YYYY-MM-DD): ', (t) => parseDate(t, TOUR.end));
		const built = buildTour(ctx, id, { band, name, start, end });
		if (built.tour) return built.tour;
		for (const problem of built.problems) p.say(`  ${formatProblem(problem)}`);
		p.say('  Let’s try the tour’s details again.');
	}
}

/** Which draft values to ask again for, from the field a problem names. */
function clearForProblem(d: Draft, ctx: Context, field: string | undefined): boolean {
	const top = field?.replace(/[.[].*$/, '');
	switch (top) {
		case 'band':
			d.band = d.tour = d.leg = undefined;
			ctx.newBand = ctx.newTour = undefined;
			return true;
		case 'tour':
			d.tour = d.leg = undefined;
			ctx.newTour = undefined;
			return true;
		case 'leg':
		case 'type':
		case 'format':
		case 'printer':
		case 'venue':
		case 'city':
		case 'title':
			d[top] = undefined;
			return true;
		case 'validFrom':
		case 'validTo':
		case 'year':
			d.validFrom = d.validTo = d.year = undefined;
			return true;
		case 'securityFeatures':
			d.securityFeatures = undefined;
			return true;
		case 'condition':
			d.grade = undefined;
			return true;
		case 'contributors':
			d.contributor = undefined;
			return true;
		case 'photos':
			d.credit = undefined;
			return true;
		case undefined:
			d.slug = undefined;
			return true;
		default:
			return false;
	}
}

/** Asks until the pass fits the catalog, then for its folder name and a last confirmation. */
async function interview(ctx: Context, draft: Draft, p: Prompter, added: string): Promise<{ values: PassValues; checked: PassData } | string> {
	let values: PassValues;
	for (;;) {
		await askMissing(ctx, draft, p);
		const asked = valuesOf(ctx, draft, added);
		if (!asked) throw new Error('a required value was not asked for');
		const result = passProblems(ctx, asked);
		if (result.problems.length === 0) {
			values = asked;
			break;
		}
		p.say();
		p.say('That does not fit the catalog yet:');
		for (const problem of result.problems) p.say(`  ${formatProblem(problem)}`);
		const fixable = result.problems.map((problem) => clearForProblem(draft, ctx, problem.field));
		if (fixable.includes(false)) return 'Nothing was written.';
		p.say('Let’s fix that.');
	}
	for (let problem = draft.slug === undefined ? 'ask' : slugProblem(ctx, draft.slug); problem !== undefined; problem = slugProblem(ctx, draft.slug)) {
		if (problem !== 'ask') p.say(`  ${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`);
		const suggested = draft.slug === undefined ? values.slug : `${values.slug}-2`;
		p.say();
		draft.slug = await p.until(`Folder name for the pass [${suggested}]: `, (t) => ok(t.trim()), () => suggested);
		values = { ...values, slug: draft.slug };
	}
	const result = passProblems(ctx, values);
	if (result.problems.length > 0 || !result.data) return `Nothing was written:\n  ${result.problems.map(formatProblem).join('\n  ')}`;
	p.say();
	p.say(`Ready to create ${shown(ctx, path.join(passDir(ctx, values.slug), 'index.mdx'))}:`);
	p.say(`  “${values.title}” — ${[values.band, values.tour, values.leg, values.type, values.format, values.grade].filter((x) => x !== undefined).join(', ')}`);
	if (ctx.newBand) p.say(`  and the new band ${ctx.newBand.filePath}`);
	if (ctx.newTour) p.say(`  and the new tour ${ctx.newTour.filePath}`);
	if (!(await p.yesNo('Create it? [Y/n] ', true))) return 'Stopped — nothing was written.';
	return { values, checked: result.data };
}

/** Without questions: the values as given, or why they are refused. */
function settle(ctx: Context, draft: Draft, added: string): { values: PassValues; checked: PassData } | string {
	const values = valuesOf(ctx, draft, added);
	if (!values) throw new Error('a required value is missing');
	const slugError = slugProblem(ctx, values.slug);
	if (slugError) return `Nothing was written: ${slugError}. (--slug chooses the folder name, e.g. --slug ${values.slug}-2)`;
	const result = passProblems(ctx, values);
	if (result.problems.length > 0 || !result.data) {
		return `Nothing was written — this does not fit the catalog:\n  ${result.problems.map(formatProblem).join('\n  ')}`;
	}
	return { values, checked: result.data };
}

function writeNew(file: string, text: string): void {
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, text, { flag: 'wx' });
}

/** The CLI: returns the exit code. */
export async function main(argv: readonly string[], io: Partial<NewPassIO> = {}): Promise<number> {
	const stdin = io.stdin ?? process.stdin;
	const stdout = io.stdout ?? process.stdout;
	const stderr = io.stderr ?? process.stderr;
	const now = io.now ?? (() => new Date());
	const say = (text = '') => stdout.write(`${text}\n`);
	const complain = (text: string) => stderr.write(`${text}\n`);

	let flags: Flags;
	try {
		flags = parseFlags(argv).values;
	} catch (error) {
		complain(`new-pass: ${(error as Error).message}\n\nRun \`npm run new-pass -- --help\` to see every option.`);
		return 2;
	}
	if (flags.help) {
		say(usage());
		return 0;
	}
	const interactive = !(flags.yes || flags['non-interactive']) && (io.interactive ?? stdin.isTTY === true);

	const cwd = io.cwd ?? PROJECT_ROOT;
	const contentDir = path.resolve(cwd, flags.content ?? 'content');
	if (!existsSync(path.join(contentDir, 'bands'))) {
		complain(`new-pass: ${contentDir} does not look like the catalog's content folder (it has no bands/ folder) — use --content DIR`);
		return 2;
	}
	const fromCwd = path.relative(cwd, contentDir);
	const root = fromCwd.startsWith('..') || path.isAbsolute(fromCwd) ? path.dirname(contentDir) : cwd;
	const ctx: Context = { contentDir, root, files: readCatalogFiles(contentDir, root) };
	const broken = ctx.files.problems.filter((p) => p.severity === 'error').length;
	const added = localDay(now());

	const { draft, missing, errors } = draftFromFlags(ctx, flags, interactive);
	if (!interactive) {
		if (missing.length > 0) {
			const orAsk = flags.yes || flags['non-interactive'] ? 'leave out --yes to be asked for them' : 'run the command in a terminal to be asked for them';
			complain(`Some details are missing. Add them to the command (or ${orAsk}):`);
			const width = Math.max(...missing.map((m) => m.flag.length)) + 2;
			for (const m of missing) complain(`  ${m.flag.padEnd(width)}${m.what}`);
			if (errors.length > 0) complain(`\nAlso:\n  ${errors.join('\n  ')}`);
			return 2;
		}
		if (errors.length > 0) {
			complain(`Nothing was written:\n  ${errors.join('\n  ')}`);
			return 1;
		}
	}

	const prompter = interactive ? new Prompter(stdin, stdout) : undefined;
	try {
		let settled: { values: PassValues; checked: PassData } | string;
		if (prompter) {
			prompter.say('Let’s add a pass to the catalog. Press Enter to take the suggestion in [brackets];');
			prompter.say('press Ctrl+C to stop at any time — nothing is written until the end.');
			if (broken > 0) prompter.say(`(The catalog already has ${broken} problem${broken === 1 ? '' : 's'} elsewhere; \`npm run validate\` lists them.)`);
			for (const error of errors) prompter.say(`  ${error} — let’s ask instead.`);
			settled = await interview(ctx, draft, prompter, added);
		} else {
			settled = settle(ctx, draft, added);
		}
		if (typeof settled === 'string') {
			if (settled !== '') complain(settled);
			return 1;
		}
		const { values, checked } = settled;

		const tour = tours(ctx).find((t) => t.id === values.tour);
		const hints: TemplateHints = {
			legs: tour?.data.legs.map((l) => l.name) ?? [],
			printers: ctx.files.printers.map((p) => p.id),
			types: typeChoices(ctx).map((c) => c.id),
		};
		const text = renderPassFile(values, hints);
		const selfErrors = selfCheck(text, values, checked);
		if (selfErrors.length > 0) {
			complain(`new-pass: internal error, nothing was written — the template is wrong:\n  ${selfErrors.join('\n  ')}`);
			return 1;
		}

		// Nothing is overwritten: every target must be new, then each is created exclusively.
		const dir = passDir(ctx, values.slug);
		const file = path.join(dir, 'index.mdx');
		const targets = [...(ctx.newBand ? [bandFile(ctx, ctx.newBand.id)] : []), ...(ctx.newTour ? [tourFile(ctx, ctx.newTour.id)] : []), dir];
		const taken = targets.find((t) => existsSync(t));
		if (taken) {
			complain(`Nothing was written: ${shown(ctx, taken)} already exists.`);
			return 1;
		}
		if (ctx.newBand) writeNew(bandFile(ctx, ctx.newBand.id), `${JSON.stringify(ctx.newBand.raw, null, '\t')}\n`);
		if (ctx.newTour) writeNew(tourFile(ctx, ctx.newTour.id), `${JSON.stringify(ctx.newTour.raw, null, '\t')}\n`);
		mkdirSync(path.dirname(dir), { recursive: true });
		mkdirSync(dir);
		writeNew(file, text);

		const folder = shown(ctx, dir);
		say();
		if (ctx.newBand) say(`✓ Created ${ctx.newBand.filePath} (the band)`);
		if (ctx.newTour) say(`✓ Created ${ctx.newTour.filePath} (the tour)`);
		say(`✓ Created ${shown(ctx, file)}`);
		say();
		say('What to do next:');
		say(`  1. Put your photos next to it as front.jpg and back.jpg (then run \`npm run photos -- ${folder}\`).`);
		say('  2. Open index.mdx and fill in the TODOs: describe each photo, say who took it, say where');
		say('     your information comes from, and replace the two TODO paragraphs with the story of the pass.');
		if (ctx.newBand || ctx.newTour) {
			const created = [ctx.newBand?.filePath, ctx.newTour?.filePath].filter((f) => f !== undefined).join(' and ');
			say(`     Also fill in the TODO source in ${created}: where do its facts come from?`);
			say('     (A web page goes in "url", a book or magazine in "citation".)');
			if (ctx.newBand) say(`     Check the band's history in ${ctx.newBand.filePath} too: "activity" lists when it played (reunions included).`);
		}
		say('  3. Then run `npm run validate` — it lists anything still missing, with line numbers.');
		say(`  4. Preview with \`npm run dev\` and open http://localhost:4321/passes/${values.slug}/`);
		return 0;
	} catch (error) {
		if (error instanceof Cancelled) {
			complain('\nStopped — nothing was written.');
			return 1;
		}
		throw error;
	} finally {
		prompter?.close();
	}
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
	process.exitCode = await main(process.argv.slice(2));
}
