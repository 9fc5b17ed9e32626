/**
 * The contributors' field reference: one Markdown table per kind of file (passes, bands, tours,
 * printers), generated from the zod schemas in `src/schemas/` so that it cannot drift from them.
 *
 *   node scripts/field-reference.ts            prints the reference
 *   node scripts/field-reference.ts --write    replaces the section between the markers in CONTRIBUTING.md
 *   node scripts/field-reference.ts --check    exits 1 when that section is out of date
 *
 * How it reads the schemas: it walks them (`.shape`, through optional/default/pipe/array) rather than
 * converting them wholesale with `z.toJSONSchema`, because JSON Schema cannot tell a fuzzy date
 * (a `z.preprocess` around a refined string) from any other text, nor a slug from a pattern. The
 * shared field types of `src/schemas/fields.ts` are recognised by identity (a `.describe()`d or
 * `.optional()` copy keeps its definition), closed vocabularies by matching their values with the
 * label maps of `src/schemas/enums.ts`, and plain constraints (lengths, bounds, whole numbers, list
 * sizes, formats) are read from `z.toJSONSchema` of the single field, which handles every check zod
 * knows. Rules that involve several fields (`superRefine`) are code and cannot be listed here;
 * CONTRIBUTING.md explains them in prose.
 *
 * Every field must carry a `.describe()`: a field without one stops the script with its path.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { bandSchema } from '../src/schemas/band.ts';
import * as enums from '../src/schemas/enums.ts';
import { exactDate, fuzzyDate, slug, webUrl } from '../src/schemas/fields.ts';
import { passSchema, photoFile } from '../src/schemas/pass.ts';
import { printerSchema } from '../src/schemas/printer.ts';
import { tourSchema } from '../src/schemas/tour.ts';

export const START_MARKER = '<!-- field-reference:start -->';
export const END_MARKER = '<!-- field-reference:end -->';
export const CONTRIBUTING_PATH = fileURLToPath(new URL('../CONTRIBUTING.md', import.meta.url));
const FIX_COMMAND = 'npm run field-reference -- --write';

const passFileSchema = passSchema();

export interface FileType {
	/** Heading of its table in the reference. */
	readonly heading: string;
	/** Where such files live. */
	readonly file: string;
	/** One or two sentences under the heading. */
	readonly intro: string;
	readonly schema: z.ZodObject;
}

export const FILE_TYPES: readonly FileType[] = [
	{
		heading: 'Passes',
		file: 'content/passes/<slug>/index.mdx',
		intro:
			'The frontmatter: everything between the two `---` lines at the top of the file. The story goes below the second `---`.',
		schema: passFileSchema,
	},
	{
		heading: 'Bands',
		file: 'content/bands/<slug>.json',
		intro: 'One file per band. Its status (active, split, on hiatus, reunited) is worked out from `activity`.',
		schema: bandSchema,
	},
	{
		heading: 'Tours',
		file: 'content/tours/<slug>.json',
		intro: 'One file per tour of one band.',
		schema: tourSchema,
	},
	{
		heading: 'Printers',
		file: 'content/printers/<slug>.json',
		intro: 'One file per company that printed passes.',
		schema: printerSchema,
	},
];

// ---------------------------------------------------------------- reading the schemas

/** Shared field types, recognised by their definition (copies made by `.describe()` keep it). */
const KNOWN_TYPES: readonly (readonly [z.ZodType, string])[] = [
	[fuzzyDate, 'date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`'],
	[exactDate, 'full date: `YYYY-MM-DD`'],
	[slug, 'slug: lowercase letters, digits and single hyphens'],
	[webUrl, 'web address starting with `https://` (or `http://`)'],
	[photoFile, 'photo file next to `index.mdx`, written like `./front.jpg`'],
];

function knownType(schema: z.ZodType): string | undefined {
	return KNOWN_TYPES.find(([known]) => known._zod.def === schema._zod.def)?.[1];
}

type LabelMap = Readonly<Record<string, string>>;

/** Every key → label map exported by enums.ts. */
const LABEL_MAPS: readonly LabelMap[] = (Object.values(enums) as unknown[]).filter(
	(value): value is LabelMap =>
		typeof value === 'object' && value !== null && Object.values(value).every((label) => typeof label === 'string'),
);

function labelsFor(values: readonly string[]): LabelMap | undefined {
	return LABEL_MAPS.find((labels) => {
		const keys = Object.keys(labels);
		return keys.length === values.length && values.every((value) => keys.includes(value));
	});
}

const words = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** "`laminate`, `uv-ink` “UV-reactive ink”, …": a label is shown when it says more than the value. */
function enumValues(values: readonly string[]): string {
	const labels = labelsFor(values);
	return values
		.map((value) => {
			const label = labels?.[value];
			return label !== undefined && words(label) !== words(value) ? `\`${value}\` “${label}”` : `\`${value}\``;
		})
		.join(', ');
}

/** The constraints zod knows about one field, as JSON Schema (lengths, bounds, formats, list sizes). */
function jsonOf(schema: z.ZodType): Record<string, unknown> {
	return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

const numberIn = (json: Record<string, unknown>, key: string): number | undefined => {
	const value = json[key];
	return typeof value === 'number' ? value : undefined;
};

interface Peeled {
	/** The field's own schema, without optional/default wrappers. */
	readonly core: z.ZodType;
	/** The outermost description: the one written where the field is declared. */
	readonly description: string | undefined;
	readonly optional: boolean;
	readonly defaultValue: { readonly value: unknown } | undefined;
	readonly nullable: boolean;
}

function peel(schema: z.ZodType): Peeled {
	let core = schema;
	let description: string | undefined;
	let optional = false;
	let nullable = false;
	let defaultValue: { value: unknown } | undefined;
	for (;;) {
		description ??= core.description;
		if (core instanceof z.ZodOptional) {
			optional = true;
			core = core.unwrap() as z.ZodType;
		} else if (core instanceof z.ZodDefault || core instanceof z.ZodPrefault) {
			defaultValue ??= { value: core._zod.def.defaultValue };
			core = core.unwrap() as z.ZodType;
		} else if (core instanceof z.ZodNullable) {
			nullable = true;
			core = core.unwrap() as z.ZodType;
		} else if (core instanceof z.ZodReadonly || core instanceof z.ZodCatch) {
			core = core._zod.def.innerType as z.ZodType;
		} else {
			return { core, description, optional, defaultValue, nullable };
		}
	}
}

/** For a pipe, the side that says what a contributor writes. */
function inputSide(pipe: z.ZodPipe): z.ZodType {
	const input = pipe._zod.def.in as z.ZodType;
	const output = pipe._zod.def.out as z.ZodType;
	// A known type on either side names the field best (`string().regex().pipe(image())` is a photo).
	if (knownType(output) !== undefined) return output;
	// z.preprocess(fn, schema): the function takes anything; the schema says what is accepted.
	return input instanceof z.ZodTransform ? output : input;
}

export interface Row {
	/** "title", "condition.grade", "photos[].alt". */
	readonly field: string;
	/** "required", "optional", "optional (default `false`)". */
	readonly presence: string;
	readonly type: string;
	readonly description: string;
}

interface Described {
	readonly type: string;
	/** Fields that belong under this one: of a group (`a.b`) or of each item of a list (`a[].b`). */
	readonly children?: { readonly prefix: string; readonly shape: z.ZodObject };
}

function textType(json: Record<string, unknown>): string {
	const format = json['format'];
	if (format === 'uri') return 'web address';
	if (format === 'uuid') return 'identifier (UUID): 32 letters a–f and digits in groups of 8-4-4-4-12, with hyphens';
	if (format === 'date') return 'full date: `YYYY-MM-DD`';
	if (format === 'email') return 'email address';
	const min = numberIn(json, 'minLength');
	const max = numberIn(json, 'maxLength');
	const parts = ['text'];
	if (min !== undefined && max !== undefined) parts.push(`${min} to ${max} characters`);
	else if (min !== undefined && min > 1) parts.push(`at least ${min} characters`);
	else if (min === 1) parts.push('not empty');
	else if (max !== undefined) parts.push(`at most ${max} characters`);
	if (typeof json['pattern'] === 'string') parts.push('in a set form (see the description)');
	return parts.join(', ');
}

function numberType(json: Record<string, unknown>): string {
	const whole = json['type'] === 'integer';
	const min = numberIn(json, 'minimum');
	const max = numberIn(json, 'maximum');
	const above = numberIn(json, 'exclusiveMinimum');
	const below = numberIn(json, 'exclusiveMaximum');
	let text = whole ? 'whole number' : 'number';
	if (min !== undefined && max !== undefined) return `${text} from ${min} to ${max}`;
	if (min !== undefined) text += `, at least ${min}`;
	if (above !== undefined) text += `, more than ${above}`;
	if (max !== undefined) text += `, at most ${max}`;
	if (below !== undefined) text += `, less than ${below}`;
	return text;
}

function describeSchema(schema: z.ZodType, field: string): Described {
	const known = knownType(schema);
	if (known !== undefined) return { type: known };
	if (schema instanceof z.ZodPipe) return describeSchema(inputSide(schema), field);
	if (schema instanceof z.ZodEnum) return { type: `one of: ${enumValues(schema.options.map(String))}` };
	if (schema instanceof z.ZodLiteral) {
		const values = [...schema.values].map((value) => `\`${String(value)}\``);
		return { type: values.length === 1 ? `exactly ${values[0]}` : `one of: ${values.join(', ')}` };
	}
	if (schema instanceof z.ZodObject) {
		return { type: 'group of the fields below', children: { prefix: `${field}.`, shape: schema } };
	}
	if (schema instanceof z.ZodArray) {
		const json = jsonOf(schema);
		const min = numberIn(json, 'minItems');
		const max = numberIn(json, 'maxItems');
		const sizes = [min !== undefined && min > 0 ? `at least ${min}` : '', max !== undefined ? `at most ${max}` : ''];
		const size = sizes.filter(Boolean).join(', ');
		const { core } = peel(schema.element as z.ZodType);
		if (core instanceof z.ZodObject) {
			return {
				type: `list of entries with the fields below${size ? `; ${size}` : ''}`,
				children: { prefix: `${field}[].`, shape: core },
			};
		}
		const item = describeSchema(core, `${field}[]`).type;
		return { type: `list${size ? ` (${size})` : ''}; each item${item.startsWith('one of:') ? ' is ' : ': '}${item}` };
	}
	if (schema instanceof z.ZodUnion) {
		const options = schema.options as readonly z.ZodType[];
		return { type: options.map((option) => describeSchema(option, field).type).join(', or ') };
	}
	// Strings of every format (z.string(), z.uuid(), z.email()…), numbers and booleans: what zod
	// itself says of them in JSON Schema, which covers every built-in check.
	const json = jsonOf(schema);
	switch (json['type']) {
		case 'string':
			return { type: textType(json) };
		case 'number':
		case 'integer':
			return { type: numberType(json) };
		case 'boolean':
			return { type: '`true` or `false`' };
		default:
			throw new Error(
				`field-reference: ${field}: cannot describe a ${schema._zod.def.type} field — teach scripts/field-reference.ts`,
			);
	}
}

function presenceOf(peeled: Peeled): string {
	const { defaultValue, optional } = peeled;
	if (defaultValue === undefined) return optional ? 'optional' : '**required**';
	const value = defaultValue.value;
	if (Array.isArray(value) && value.length === 0) return 'optional (default: none)';
	if (typeof value === 'object' && value !== null && Object.keys(value).length === 0) return 'optional';
	return `optional (default \`${typeof value === 'string' ? value : JSON.stringify(value)}\`)`;
}

/** The rows of every field of `shape`, depth first, in the order the schema declares them. */
export function fieldRows(shape: z.ZodObject, prefix = ''): Row[] {
	return Object.entries(shape.shape as Record<string, z.ZodType>).flatMap(([key, schema]) => {
		const field = `${prefix}${key}`;
		const peeled = peel(schema);
		const description = peeled.description?.trim();
		// A shared type's own description ("The id of an entry…") says nothing about this field.
		const generic = KNOWN_TYPES.some(([known]) => known._zod.def === peeled.core._zod.def && known.description?.trim() === description);
		if (!description || generic) {
			throw new Error(
				`field-reference: ${field} has no description — add .describe('…') to it in src/schemas/`,
			);
		}
		const described = describeSchema(peeled.core, field);
		const row: Row = {
			field,
			presence: presenceOf(peeled),
			type: peeled.nullable ? `${described.type}, or \`null\`` : described.type,
			description,
		};
		return described.children ? [row, ...fieldRows(described.children.shape, described.children.prefix)] : [row];
	});
}

// ---------------------------------------------------------------- Markdown

/** Table cells are one line, and a `|` would end the cell. */
function cell(text: string): string {
	return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function renderTable(rows: readonly Row[]): string {
	const lines = ['| Field | Required? | Type | What it is |', '| --- | --- | --- | --- |'];
	for (const row of rows) {
		lines.push(`| \`${row.field}\` | ${cell(row.presence)} | ${cell(row.type)} | ${cell(row.description)} |`);
	}
	return lines.join('\n');
}

/** The field reference, as Markdown ending in a newline: what sits between the markers in CONTRIBUTING.md. */
export function renderFieldReference(): string {
	const parts = [
		`<!-- Generated from src/schemas/ by scripts/field-reference.ts — do not edit by hand; run \`${FIX_COMMAND}\`. -->`,
		'**Required** fields must be there; optional ones can be left out (when a field has a default, that is ' +
			'what the catalog assumes if you leave it out). A field inside a group, like `condition.grade`, or inside ' +
			'each item of a list, like `photos[].alt`, is required whenever its group or item is there.',
		...FILE_TYPES.flatMap((fileType) => [
			`### ${fileType.heading} — \`${fileType.file}\``,
			fileType.intro,
			renderTable(fieldRows(fileType.schema)),
		]),
	];
	return `${parts.join('\n\n')}\n`;
}

// ---------------------------------------------------------------- CONTRIBUTING.md

/**
 * The reference as it sits in `markdown`: the text between the markers, without the line break after
 * the start marker and the blank line before the end marker (which keeps the end marker out of the
 * last table). Undefined without both markers.
 */
export function extractFieldReference(markdown: string): string | undefined {
	const text = markdown.replace(/\r\n/g, '\n');
	const start = text.indexOf(START_MARKER);
	const end = text.indexOf(END_MARKER);
	if (start === -1 || end === -1 || end < start) return undefined;
	return text.slice(start + START_MARKER.length, end).replace(/^\n/, '').replace(/\n$/, '');
}

/** `markdown` with the section between the markers replaced by `reference`. */
export function replaceFieldReference(markdown: string, reference: string): string {
	const start = markdown.indexOf(START_MARKER);
	const end = markdown.indexOf(END_MARKER);
	if (start === -1 || end === -1 || end < start) {
		throw new Error(`no ${START_MARKER} … ${END_MARKER} section to replace`);
	}
	return `${markdown.slice(0, start + START_MARKER.length)}\n${reference}\n${markdown.slice(end)}`;
}

const USAGE = `usage: node scripts/field-reference.ts [--write | --check]
  (no option)  print the field reference (Markdown)
  --write      replace the section between the markers in CONTRIBUTING.md
  --check      exit 1 if that section is out of date`;

/** The CLI: returns the exit code. */
export async function main(argv: readonly string[], file = CONTRIBUTING_PATH): Promise<number> {
	const [mode, ...rest] = argv;
	if (mode === '--help' || mode === '-h') {
		console.log(USAGE);
		return 0;
	}
	if (rest.length > 0 || (mode !== undefined && mode !== '--write' && mode !== '--check')) {
		console.error(`field-reference: unexpected ${JSON.stringify(argv.join(' '))}\n${USAGE}`);
		return 2;
	}
	let reference: string;
	try {
		reference = renderFieldReference();
	} catch (error) {
		console.error((error as Error).message);
		return 1;
	}
	if (mode === undefined) {
		process.stdout.write(reference);
		return 0;
	}
	const shown = path.relative(process.cwd(), file) || file;
	let markdown: string;
	try {
		markdown = await readFile(file, 'utf-8');
	} catch (error) {
		console.error(`field-reference: cannot read ${shown}: ${(error as Error).message}`);
		return 1;
	}
	const current = extractFieldReference(markdown);
	if (current === undefined) {
		console.error(`field-reference: ${shown} has no ${START_MARKER} … ${END_MARKER} section`);
		return 1;
	}
	if (mode === '--check') {
		if (current === reference) {
			console.log(`field-reference: ${shown} is up to date`);
			return 0;
		}
		console.error(
			`field-reference: the field reference in ${shown} is out of date with src/schemas/ — run ${FIX_COMMAND}`,
		);
		return 1;
	}
	if (current === reference) {
		console.log(`field-reference: ${shown} already up to date`);
		return 0;
	}
	await writeFile(file, replaceFieldReference(markdown, reference));
	console.log(`field-reference: updated the field reference in ${shown}`);
	return 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
	process.exitCode = await main(process.argv.slice(2));
}
