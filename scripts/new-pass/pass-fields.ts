/**
 * The pass file's fields as new-pass sees them: one row per field of the pass schema
 * (`passFrontmatterSchema`), derived from its shape and `.describe()` texts — the option that sets
 * it, what `--help` says of it, how a typed value is read, and the comment above it in the template.
 *
 * A field added to the schema gets all of that without a change here: `lanyardColour:
 * z.string().optional().describe('Colour of the lanyard')` becomes `--lanyard-colour TEXT`, read by
 * its own schema, listed by --help and written into the template (commented out, described) or with
 * the value given. The questions asked interactively stay the core ones (`interview.ts`); a new
 * field is left for the contributor in the template, explained by its description.
 *
 * `OVERRIDES` holds what the schema cannot say: the historical option names (--from, --features,
 * --condition…) and the few readings that are friendlier than the schema's (a year, a name).
 */
import { z } from 'astro/zod';
import { passFrontmatterSchema } from '../../src/schemas/pass.ts';
import { type LabelMap, labelsFor, peel, sharedTypeOf } from '../lib/schema-walk.ts';
import { type Parsed, check, ok, fail, parseKey, parseKeys, parseText, parseYear } from './parse.ts';

export type FieldKind = 'text' | 'slug' | 'date' | 'url' | 'number' | 'boolean' | 'choice' | 'choices' | 'texts' | 'group' | 'entries' | 'other';

export interface FieldFlag {
	/** The option without its dashes: "lanyard-colour". */
	readonly name: string;
	/** What it takes, as --help shows it: "TEXT", "DATE", "a,b"; empty for a switch. */
	readonly arg: string;
	readonly help: string;
	/** A list of texts: the option may be repeated. */
	readonly multiple: boolean;
}

export interface PassField {
	readonly key: string;
	readonly description: string;
	readonly kind: FieldKind;
	/** May be left out of the file (optional, or the schema has a default). */
	readonly optional: boolean;
	/** The field's own schema, without optional/default. */
	readonly schema: z.ZodType;
	/** The allowed values of a choice (or of each item of a list of choices), and their labels. */
	readonly choices: readonly string[];
	readonly labels: LabelMap;
	/** Set from the command line with this option (none for groups and lists of entries). */
	readonly flag: FieldFlag | undefined;
	/** Reads a typed value (`numbered`: a choice may be given by its number in the list shown). */
	parse(text: string, numbered?: boolean): Parsed<unknown>;
	/** Lines of the template's comment after the description: "(one of: …)". */
	readonly hints: readonly string[];
}

interface Override {
	flag?: Partial<Omit<FieldFlag, 'multiple'>> | null;
	/** Appended to the description in --help. */
	helpSuffix?: string;
	parse?: (text: string, numbered?: boolean) => Parsed<unknown>;
	hints?: readonly string[];
}

const SHAPE = passFrontmatterSchema.shape;
const GRADE = SHAPE.condition.shape.grade;
const CREDIT = SHAPE.photos.element.shape.credit;
const DATE_HINT = '(YYYY, YYYY-MM or YYYY-MM-DD)';

const OVERRIDES: Readonly<Record<string, Override>> = {
	title: { helpSuffix: ' (default: tour or band, type and format)' },
	validFrom: { flag: { name: 'from' }, helpSuffix: ` ${DATE_HINT}`, hints: ['(written YYYY, YYYY-MM or YYYY-MM-DD, in quotes)'] },
	validTo: { flag: { name: 'to' } },
	leg: { flag: { arg: 'NAME' } },
	year: { flag: { arg: 'YEAR' }, parse: parseYear },
	securityFeatures: { flag: { name: 'features', arg: 'a,b' } },
	condition: {
		flag: { name: 'condition', arg: 'GRADE', help: `${GRADE.description}: ${GRADE.options.join(', ')}` },
		parse: (text, numbered = false) => choiceParser(GRADE, labelsFor(GRADE.options) ?? {})(text, numbered),
	},
	photos: { flag: { name: 'credit', arg: 'NAME', help: 'Who took the photos (left as a TODO if not given)' }, parse: (t) => check(CREDIT, t.trim()) },
	contributors: { flag: { name: 'contributor', arg: 'NAME', help: 'Your name, as it should appear among the contributors' }, parse: (t) => parseText(t, 1, 'the name') },
	added: { flag: null },
};

/** "setlistFm" → "setlist-fm" */
function kebab(key: string): string {
	return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function kindOf(core: z.ZodType): FieldKind {
	const shared = sharedTypeOf(core);
	if (shared === 'slug') return 'slug';
	if (shared === 'fuzzyDate' || shared === 'exactDate') return 'date';
	if (shared === 'webUrl') return 'url';
	if (core instanceof z.ZodEnum) return 'choice';
	if (core instanceof z.ZodString) return 'text';
	if (core instanceof z.ZodNumber) return 'number';
	if (core instanceof z.ZodBoolean) return 'boolean';
	if (core instanceof z.ZodObject) return 'group';
	if (core instanceof z.ZodArray) {
		const item = peel(core.element as z.ZodType).core;
		if (item instanceof z.ZodEnum) return 'choices';
		if (item instanceof z.ZodObject) return 'entries';
		if (item instanceof z.ZodString) return 'texts';
	}
	return 'other';
}

const ARG: Partial<Record<FieldKind, string>> = { text: 'TEXT', slug: 'SLUG', date: 'DATE', url: 'URL', number: 'NUMBER', choices: 'a,b', texts: 'TEXT' };

function choiceParser(schema: z.ZodType, labels: LabelMap) {
	return (text: string, numbered = false): Parsed<string> => {
		const known = parseKey(text, labels, 'value', numbered);
		return known.ok ? known : (check(schema, text.trim()) as Parsed<string>);
	};
}

function enumOptions(core: z.ZodType): readonly string[] {
	if (core instanceof z.ZodEnum) return core.options.map(String);
	if (core instanceof z.ZodArray) return enumOptions(peel(core.element as z.ZodType).core);
	return [];
}

/** The generic reading of a kind: trimmed text checked by the field's own schema. */
function parserFor(kind: FieldKind, core: z.ZodType, labels: LabelMap): (text: string, numbered?: boolean) => Parsed<unknown> {
	switch (kind) {
		case 'choice':
			return choiceParser(core, labels);
		case 'choices': {
			const item = choiceParser(peel((core as z.ZodArray).element as z.ZodType).core, labels);
			return (text, numbered = false) => {
				const keys = parseKeys(text, (part) => item(part, numbered));
				return keys.ok ? check(core, keys.value) : keys;
			};
		}
		case 'number':
			return (text) => {
				const value = Number(text.trim());
				return text.trim() === '' || Number.isNaN(value) ? fail(`"${text.trim()}" is not a number`) : check(core, value);
			};
		case 'boolean':
			return (text) => (/^(true|yes|y)$/i.test(text.trim()) ? ok(true) : /^(false|no|n)$/i.test(text.trim()) ? ok(false) : fail('answer true or false'));
		case 'texts':
			return (text) => check(core, [text.trim()]);
		default:
			return (text) => (text.trim() === '' ? fail('is empty') : check(core, text.trim()));
	}
}

/** One row per field of `shape`, in the schema's order. */
export function passFields(shape: z.ZodRawShape = SHAPE): PassField[] {
	return Object.entries(shape as Record<string, z.ZodType>).map(([key, schema]) => {
		const peeled = peel(schema);
		const core = peeled.core;
		const kind = kindOf(core);
		const override = OVERRIDES[key] ?? {};
		const description = peeled.description ?? '';
		const choices = enumOptions(core);
		const labels = labelsFor(choices) ?? Object.fromEntries(choices.map((c) => [c, c]));
		const settable = kind !== 'group' && kind !== 'entries' && kind !== 'other';
		const flag: FieldFlag | undefined =
			override.flag === null || (!settable && override.flag === undefined)
				? undefined
				: {
						name: override.flag?.name ?? kebab(key),
						arg: override.flag?.arg ?? (kind === 'choice' ? key.toUpperCase() : (ARG[kind] ?? '')),
						help: override.flag?.help ?? `${description}${choices.length > 0 ? `: ${choices.join(', ')}` : ''}${override.helpSuffix ?? ''}`,
						multiple: kind === 'texts' && override.flag === undefined,
					};
		const hints = override.hints ?? (kind === 'choice' ? [`(one of: ${choices.join(', ')})`] : kind === 'choices' ? [`(any of: ${choices.join(', ')})`] : []);
		return {
			key,
			description,
			kind,
			optional: peeled.optional || peeled.defaultValue !== undefined,
			schema: core,
			choices,
			labels,
			flag,
			parse: override.parse ?? parserFor(kind, core, labels),
			hints,
		};
	});
}

/** The rows of the pass schema, and one by its key. */
export const PASS_FIELDS: readonly PassField[] = passFields();
export function passField(key: keyof typeof SHAPE): PassField {
	const field = PASS_FIELDS.find((f) => f.key === key);
	if (!field) throw new Error(`new-pass: the pass schema has no field ${key}`);
	return field;
}

/** "--format FORMAT": how --help and the list of missing details name a field's option. */
export function flagUsage(field: PassField): string {
	return field.flag ? `--${field.flag.name}${field.flag.arg ? ` ${field.flag.arg}` : ''}` : '';
}
