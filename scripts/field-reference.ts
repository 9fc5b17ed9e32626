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
import type { z } from 'astro/zod';
import { bandSchema } from '../src/schemas/band.ts';
import { passSchema } from '../src/schemas/pass.ts';
import { printerSchema } from '../src/schemas/printer.ts';
import { tourSchema } from '../src/schemas/tour.ts';
import { type Row, fieldRows } from './field-reference/describe-field.ts';

export { fieldRows, type Row };

export const START_MARKER = '<!-- field-reference:start -->';
export const END_MARKER = '<!-- field-reference:end -->';
export const CONTRIBUTING_PATH = fileURLToPath(new URL('../CONTRIBUTING.md', import.meta.url));
const FIX_COMMAND = 'npm run field-reference -- --write';

/** The pass schema as Node tools see it: photos are file names. */
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
