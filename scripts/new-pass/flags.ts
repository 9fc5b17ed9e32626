/**
 * The command line: the options (one per field of the pass schema, from `pass-fields.ts`, plus
 * those that create a band or tour), `--help`, and the draft the options fill in — with what is
 * missing and what is wrong, each named by its option.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../../src/lib/content-files/content-problems.ts';
import { listOf } from '../../src/lib/text/list-of.ts';
import { passFileSchema } from '../../src/lib/content-files/read-catalog-fs.ts';
import { bandSchema } from '../../src/schemas/band.ts';
import { ACTIVITY_ENDINGS } from '../../src/schemas/enums.ts';
import { tourSchema } from '../../src/schemas/tour.ts';
import { type Context, bandChoices, bandFile, didYouMean, printerChoices, shown, tourChoices, tours, typeChoices } from './catalog-context.ts';
import type { Draft } from './draft.ts';
import { buildBand, buildTour } from './new-band-tour.ts';
import { PASS_FIELDS, type PassField, flagUsage, passField } from './pass-fields.ts';
import { type Parsed, parseDate, parseKey, parseText, parseYear, resolveRef } from './parse.ts';

const BAND = bandSchema.shape;
const ACTIVITY = BAND.activity.element.shape;
const TOUR = tourSchema.shape;
const GRADE = passFileSchema.shape.condition.shape.grade;

type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean };

/** Options that are not a field of the pass. */
const OTHER_OPTIONS: Readonly<Record<string, OptionSpec>> = {
	content: { type: 'string' },
	'no-tour': { type: 'boolean' },
	slug: { type: 'string' },
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
};

/** The fields set from the command line, by option name. */
const FIELD_BY_FLAG = new Map(PASS_FIELDS.flatMap((f) => (f.flag ? [[f.flag.name, f] as const] : [])));

for (const name of FIELD_BY_FLAG.keys()) {
	if (name in OTHER_OPTIONS) throw new Error(`new-pass: the option --${name} of a pass field clashes with another option — add an override in pass-fields.ts`);
}

export const OPTIONS: Readonly<Record<string, OptionSpec>> = {
	...OTHER_OPTIONS,
	...Object.fromEntries(
		[...FIELD_BY_FLAG].map(([name, f]) => [name, f.kind === 'boolean' ? { type: 'boolean' } : { type: 'string', ...(f.flag?.multiple ? { multiple: true } : {}) }]),
	),
};

export type Flags = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

export function parseFlags(argv: readonly string[]): Flags {
	return parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
}

/** A string option's value. */
export function flagText(flags: Flags, name: string): string | undefined {
	const value = flags[name];
	return typeof value === 'string' ? value : undefined;
}

/** A field's option's value. */
function fieldText(flags: Flags, key: Parameters<typeof passField>[0]): string | undefined {
	return flagText(flags, passField(key).flag?.name ?? key);
}

export function usage(): string {
	const row = (flag: string, text: string) => `  ${flag.padEnd(30)}${text}`;
	const fieldRow = (f: PassField) => row(`${flagUsage(f)}${f.flag?.multiple ? ' …' : ''}`, f.flag?.help ?? '');
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
		'The pass (one option per field of the pass file; a list of texts takes the option once per item):',
		...PASS_FIELDS.flatMap((f) => (f.flag === undefined ? [] : f.key === 'tour' ? [fieldRow(f), row('--no-tour', 'The pass is not from a tour (a one-off show)')] : [fieldRow(f)])),
		row('--slug SLUG', 'The folder name (default: band-tour-year-type-format)'),
		'',
		'A band or tour that is not in the catalog yet:',
		row('--create-band NAME', 'Create content/bands/<--band or name>.json, with:'),
		row('  --band-country COUNTRY', BAND.country.description ?? ''),
		row('  --band-formed YEAR', BAND.formed.description ?? ''),
		row('  --band-active-from DATE', 'When it started playing (default: the year it formed)'),
		row('  --band-until DATE', 'When it split up or stopped (leave out while it is active)'),
		row('  --band-ending split|hiatus', 'How it stopped (default: split)'),
		row('--create-tour NAME', 'Create content/tours/<--tour or name>.json, with:'),
		row('  --tour-start DATE', TOUR.start.description ?? ''),
		row('  --tour-end DATE', TOUR.end.description ?? ''),
		'',
		'Other:',
		row('--content DIR', 'The content folder (default: content)'),
		row('--yes, --non-interactive', 'Never ask; stop with a list of what is missing'),
		row('--help', 'This help'),
	].join('\n');
}

/** A flag the command needs, shown when it is missing. */
export interface Missing {
	flag: string;
	what: string;
}

/** Where a field's value goes in the draft, when the name differs from the schema key. */
const DRAFT_KEY: Readonly<Record<string, keyof Draft>> = { contributors: 'contributor', photos: 'credit', condition: 'grade' };
/** Draft properties named as the schema key; any other field goes to `draft.more`. */
const DRAFT_FIELDS = new Set<string>(['title', 'validFrom', 'validTo', 'year', 'venue', 'city', 'format', 'securityFeatures', 'example']);
/** Fields that name another entry of the catalog: read against its lists, below. */
const REFERENCES = new Set(['band', 'tour', 'leg', 'type', 'printer']);

/** Fills the draft from the flags; collects what is missing and what is wrong. */
export function draftFromFlags(ctx: Context, flags: Flags, interactive: boolean): { draft: Draft; missing: Missing[]; errors: string[] } {
	const draft: Draft = { example: false, more: {} };
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
	const bandFlag = fieldText(flags, 'band');
	const tourFlag = fieldText(flags, 'tour');

	// Band, perhaps new.
	const createBand = flagText(flags, 'create-band');
	if (bandFlag !== undefined || createBand !== undefined) {
		const ref = resolveRef(bandFlag ?? createBand ?? '', bandChoices(ctx), false);
		if (ref.kind === 'found' && createBand === undefined) draft.band = ref.id;
		else if (ref.kind === 'found') errors.push(`--create-band: the band "${ref.id}" is already in the catalog (${shown(ctx, bandFile(ctx, ref.id))}) — leave out --create-band`);
		else if (ref.kind === 'bad') errors.push(`--band: ${ref.error}`);
		else if (createBand !== undefined) {
			const country = flagText(flags, 'band-country');
			const formedText = flagText(flags, 'band-formed');
			if (country === undefined) missing.push({ flag: '--band-country COUNTRY', what: BAND.country.description ?? '' });
			if (formedText === undefined) missing.push({ flag: '--band-formed YEAR', what: BAND.formed.description ?? '' });
			const formed = take('band-formed', formedText, parseYear);
			const from = take('band-active-from', flagText(flags, 'band-active-from'), (t) => parseDate(t, ACTIVITY.from));
			const until = take('band-until', flagText(flags, 'band-until'), (t) => parseDate(t, ACTIVITY.to.unwrap()));
			const ending = take('band-ending', flagText(flags, 'band-ending'), (t) => parseKey(t, ACTIVITY_ENDINGS, 'ending', false));
			if (country !== undefined && formed !== undefined) {
				const built = buildBand(ctx, ref.id, { name: createBand.trim(), country: country.trim(), formed, from: from ?? String(formed), until, ending });
				if (built.band) {
					ctx.newBand = built.band;
					draft.band = ref.id;
				} else errors.push(...built.problems.map(formatProblem));
			}
		} else if (!interactive) {
			errors.push(
				`No band "${bandFlag}" in ${shown(ctx, path.join(ctx.contentDir, 'bands'))}/${didYouMean(ctx, bandFlag ?? '') || '.'} Use one of: ${listOf(bandChoices(ctx).map((c) => c.id), 24)}` +
					` — or add it with --create-band "Band Name" --band-country COUNTRY --band-formed YEAR`,
			);
		} else errors.push(`--band: no band "${bandFlag}" in the catalog yet`);
	} else if (!interactive) missing.push({ flag: flagUsage(passField('band')), what: `${passField('band').description} — one of: ${listOf(bandChoices(ctx).map((c) => c.id), 24)}` });

	// Tour, perhaps new, or none.
	const createTour = flagText(flags, 'create-tour');
	if (flags['no-tour'] && (tourFlag !== undefined || createTour !== undefined)) errors.push('--no-tour: use either --tour or --no-tour, not both');
	else if (flags['no-tour']) draft.tour = null;
	else if (tourFlag !== undefined || createTour !== undefined) {
		const ref = resolveRef(tourFlag ?? createTour ?? '', tourChoices(ctx, draft.band), false);
		const anyTour = tourFlag !== undefined && tours(ctx).some((t) => t.id === tourFlag);
		if (ref.kind === 'found' && createTour === undefined) draft.tour = ref.id;
		else if ((ref.kind === 'found' || anyTour) && createTour !== undefined) {
			errors.push(`--create-tour: the tour "${tourFlag ?? (ref.kind === 'found' ? ref.id : '')}" is already in the catalog — leave out --create-tour`);
		} else if (anyTour) draft.tour = tourFlag;
		else if (ref.kind === 'bad') errors.push(`--tour: ${ref.error}`);
		else if (ref.kind === 'unknown' && createTour !== undefined) {
			const startText = flagText(flags, 'tour-start');
			const endText = flagText(flags, 'tour-end');
			if (startText === undefined) missing.push({ flag: '--tour-start DATE', what: TOUR.start.description ?? '' });
			if (endText === undefined) missing.push({ flag: '--tour-end DATE', what: TOUR.end.description ?? '' });
			const start = take('tour-start', startText, (t) => parseDate(t, TOUR.start));
			const end = take('tour-end', endText, (t) => parseDate(t, TOUR.end));
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
				`No tour "${tourFlag}" in ${shown(ctx, path.join(ctx.contentDir, 'tours'))}/` +
					(draft.band ? ` for "${draft.band}" (its tours: ${listOf(theirs, 24) || 'none yet'})` : '') +
					` — add it with --create-tour "Tour Name" --tour-start DATE --tour-end DATE, or use --no-tour`,
			);
		} else errors.push(`--tour: no tour "${tourFlag}" in the catalog yet`);
	} else if (!interactive) {
		const theirs = tourChoices(ctx, draft.band).map((c) => c.id);
		missing.push({ flag: `${flagUsage(passField('tour'))} or --no-tour`, what: `${passField('tour').description}${theirs.length ? ` — tours of this band: ${listOf(theirs, 24)}` : ''}` });
	}

	const legFlag = fieldText(flags, 'leg');
	if (none(legFlag)) draft.leg = null;
	else if (legFlag !== undefined) draft.leg = take('leg', legFlag, (t) => parseText(t, 1, 'the leg'));

	const typeFlag = fieldText(flags, 'type');
	if (typeFlag !== undefined) {
		const ref = resolveRef(typeFlag, typeChoices(ctx), false);
		if (ref.kind === 'found') draft.type = ref.id;
		else errors.push(`--type: no pass type "${typeFlag}" — use one of: ${listOf(typeChoices(ctx).map((c) => c.id), 24)}`);
	} else if (!interactive) missing.push({ flag: flagUsage(passField('type')), what: `${passField('type').description} — one of: ${listOf(typeChoices(ctx).map((c) => c.id), 24)}` });

	const printerFlag = fieldText(flags, 'printer');
	if (none(printerFlag)) draft.printer = null;
	else if (printerFlag !== undefined) {
		const ref = resolveRef(printerFlag, printerChoices(ctx), false);
		if (ref.kind === 'found') draft.printer = ref.id;
		else errors.push(`--printer: no printer "${printerFlag}" — use one of: ${listOf(printerChoices(ctx).map((c) => c.id), 24)}, or leave it out`);
	}

	// Every other field: read by its row (its own schema, or the override in pass-fields.ts).
	for (const [name, field] of FIELD_BY_FLAG) {
		if (REFERENCES.has(field.key)) continue;
		const given = flags[name];
		if (given === undefined) continue;
		const texts = (Array.isArray(given) ? given : [given]).map(String);
		const values = field.kind === 'boolean' ? [given === true] : texts.map((t) => take(name, t, (x) => field.parse(x)));
		if (values.some((v) => v === undefined)) continue;
		const value = field.flag?.multiple ? values.flat() : values[0];
		const target = DRAFT_KEY[field.key] ?? (DRAFT_FIELDS.has(field.key) ? (field.key as keyof Draft) : undefined);
		if (target !== undefined) (draft as unknown as Record<string, unknown>)[target] = value;
		else draft.more[field.key] = value;
	}
	const slug = flagText(flags, 'slug');
	if (slug !== undefined) draft.slug = slug.trim();

	if (!interactive) {
		// Optional values not given are decided: none.
		for (const key of ['leg', 'printer', 'validFrom', 'validTo', 'year', 'venue', 'city', 'credit'] as const) {
			if (draft[key] === undefined) draft[key] = null;
		}
		// A required field that is not a reference and has no derived default (format, and any added later).
		for (const [name, field] of FIELD_BY_FLAG) {
			if (field.optional || REFERENCES.has(field.key) || field.key in DRAFT_KEY || field.key === 'title' || flags[name] !== undefined) continue;
			missing.push({ flag: flagUsage(field), what: `${field.description}${field.choices.length > 0 ? ` — one of: ${field.choices.join(', ')}` : ''}` });
		}
		if (flags['no-tour'] && fieldText(flags, 'validFrom') === undefined && fieldText(flags, 'year') === undefined) {
			missing.push({ flag: `${flagUsage(passField('validFrom'))} or ${flagUsage(passField('year'))}`, what: 'A pass without a tour needs a date or at least a year' });
		}
		if (fieldText(flags, 'condition') === undefined) {
			missing.push({ flag: flagUsage(passField('condition')), what: `${GRADE.description} — one of: ${GRADE.options.join(', ')}` });
		}
		if (fieldText(flags, 'contributors') === undefined) missing.push({ flag: flagUsage(passField('contributors')), what: passField('contributors').flag?.help ?? '' });
	}
	return { draft, missing, errors };
}
