/**
 * What the contributor told us (the draft), the values a pass file is written from, and the
 * checks of those values: the pass schema and the catalog's cross-checks, on the catalog plus the
 * new entry — so a tour of another band or a date outside the tour is refused with the build's own
 * message.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Problem, problem } from '../../src/lib/content-files/content-problems.ts';
import { RESERVED_PASS_SLUGS } from '../../src/lib/lists/reserved-slugs.ts';
import { issueField, passFileSchema } from '../../src/lib/content-files/read-catalog-fs.ts';
import { type ConditionGrade, PASS_FORMATS, type PassFormat, type SecurityFeature } from '../../src/schemas/enums.ts';
import { SLUG_PATTERN, SLUG_RULE } from '../../src/schemas/fields.ts';
import type { PassData } from '../../src/schemas/pass.ts';
import { type Context, bands, catalogProblemsFor, passDir, shown, tours } from './catalog-context.ts';
import { PASS_FIELDS } from './pass-fields.ts';
import { deriveSlug, titleCase } from './parse.ts';

/**
 * What the contributor told us. `undefined`: not decided yet (ask); `null`: decided "none".
 * `more` holds the fields that are only ever set by an option (any field of the schema that the
 * questions do not cover), by their schema key.
 */
export interface Draft {
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
	more: Record<string, unknown>;
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
	/** The other fields, by schema key (see Draft). */
	more: Readonly<Record<string, unknown>>;
}

/** Fields whose value in the file is the PassValues property of the same name. */
const SAME_NAME = new Set(['title', 'band', 'tour', 'leg', 'type', 'validFrom', 'validTo', 'year', 'venue', 'city', 'format', 'printer', 'securityFeatures', 'added', 'example']);

/** The value a simple field of the file gets (undefined: left out). */
export function fileValue(v: PassValues, key: string): unknown {
	if (key in v.more) return v.more[key];
	if (key === 'contributors') return [v.contributor];
	return SAME_NAME.has(key) ? (v as unknown as Record<string, unknown>)[key] : undefined;
}

export function defaultTitle(ctx: Context, d: Draft): string | undefined {
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

export function valuesOf(ctx: Context, d: Draft, added: string): PassValues | undefined {
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
		more: { ...d.more },
	};
}

/**
 * The pass as the schema sees it, with stand-ins where the file will have TODOs (photos, source):
 * everything the contributor told us is checked now; the stand-ins are checked once they are filled.
 */
export function checkableInput(v: PassValues): Record<string, unknown> {
	const photo = (side: string) => ({ src: `./${side}.jpg`, alt: `(stand-in for the ${side} photo)`, side, credit: v.credit ?? 'stand-in' });
	const written: Record<string, unknown> = {
		signatures: [],
		condition: { grade: v.grade, flaws: [] },
		photos: [photo('front'), photo('back')],
		sources: [{ title: 'stand-in', citation: 'stand-in' }],
	};
	const input: Record<string, unknown> = {};
	for (const { key } of PASS_FIELDS) {
		const value = key in written ? written[key] : fileValue(v, key);
		if (value !== undefined) input[key] = value;
	}
	return input;
}

/** Schema and catalog problems of the pass this run would write (and of a new band or tour). */
export function passProblems(ctx: Context, v: PassValues): { problems: Problem[]; data?: PassData } {
	const file = shown(ctx, path.join(passDir(ctx, v.slug), 'index.mdx'));
	const parsed = passFileSchema.safeParse(checkableInput(v));
	if (!parsed.success) return { problems: parsed.error.issues.map((i) => problem(file, issueField(i), i.message)) };
	const { photos: _photos, ...facts } = parsed.data;
	return { problems: catalogProblemsFor(ctx, { id: v.slug, filePath: file, data: facts }), data: parsed.data };
}

export function slugProblem(ctx: Context, slug: string): string | undefined {
	if (!SLUG_PATTERN.test(slug)) return `the folder name "${slug}" must be ${SLUG_RULE}`;
	if (RESERVED_PASS_SLUGS.has(slug)) return `the folder name "${slug}" is reserved for list pages — choose another`;
	const dir = passDir(ctx, slug);
	if (existsSync(dir)) return `${shown(ctx, dir)}/ already exists — choose another folder name`;
	return undefined;
}
