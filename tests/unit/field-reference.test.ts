/**
 * The field reference in CONTRIBUTING.md is generated from the schemas: it must list every field,
 * show the allowed values, and be up to date — a schema change without regenerating it fails here.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import {
	CONTRIBUTING_PATH,
	END_MARKER,
	START_MARKER,
	extractFieldReference,
	fieldRows,
	main,
	renderFieldReference,
	replaceFieldReference,
} from '../../scripts/field-reference.ts';
import { bandSchema } from '../../src/schemas/band.ts';
import { slug } from '../../src/schemas/fields.ts';
import {
	CONDITION_FLAWS,
	CONDITION_GRADES,
	PASS_FORMATS,
	SECURITY_FEATURES,
} from '../../src/schemas/enums.ts';
import { passSchema } from '../../src/schemas/pass.ts';
import { printerSchema } from '../../src/schemas/printer.ts';
import { tourSchema } from '../../src/schemas/tour.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const passes = passSchema();
const reference = renderFieldReference();

interface TableRow {
	field: string;
	presence: string;
	type: string;
	description: string;
}

/** The table rows of the section about `file` ("content/bands/<slug>.json"). */
function rowsOf(file: string): TableRow[] {
	const section = reference.split(/^### /m).find((part) => part.split('\n', 1)[0]?.includes(`\`${file}\``));
	if (section === undefined) throw new Error(`no section for ${file}`);
	return section
		.split('\n')
		.flatMap((line) => {
			const cells = /^\| `([^`]+)` \| (.+?) \| (.+?) \| (.+) \|$/.exec(line);
			return cells ? [{ field: cells[1] ?? '', presence: cells[2] ?? '', type: cells[3] ?? '', description: cells[4] ?? '' }] : [];
		});
}

function rowOf(file: string, field: string): TableRow {
	const row = rowsOf(file).find((r) => r.field === field);
	if (!row) throw new Error(`no row ${field} in ${file}`);
	return row;
}

const FILES = [
	['content/passes/<slug>/index.mdx', passes],
	['content/bands/<slug>.json', bandSchema],
	['content/tours/<slug>.json', tourSchema],
	['content/printers/<slug>.json', printerSchema],
] as const;

describe('the field reference', () => {
	it.each(FILES)('lists every top-level field of %s, in schema order', (file, schema) => {
		const topLevel = rowsOf(file)
			.map((row) => row.field)
			.filter((field) => !field.includes('.') && !field.includes('['));
		expect(topLevel).toEqual(Object.keys(schema.shape));
	});

	it('gives every field a required/optional mark, a type and a description', () => {
		for (const [file] of FILES) {
			for (const row of rowsOf(file)) {
				expect(row.presence, row.field).toMatch(/required|optional/);
				expect(row.type.trim(), row.field).not.toBe('');
				expect(row.description.trim(), row.field).not.toBe('');
			}
		}
	});

	it('lists nested fields of groups and of list items', () => {
		const fields = rowsOf('content/passes/<slug>/index.mdx').map((row) => row.field);
		expect(fields).toEqual(
			expect.arrayContaining([
				'condition.grade',
				'condition.flaws',
				'dimensions.widthMm',
				'photos[].src',
				'photos[].alt',
				'photos[].side',
				'photos[].credit',
				'signatures[].signer',
				'sources[].title',
				'sources[].url',
			]),
		);
		expect(rowsOf('content/bands/<slug>.json').map((row) => row.field)).toEqual(
			expect.arrayContaining(['activity[].from', 'activity[].ended', 'links.wikipedia']),
		);
	});

	it('marks photos[].alt as required, with the schema’s description', () => {
		const alt = passes.shape.photos.element.shape.alt;
		const row = rowOf('content/passes/<slug>/index.mdx', 'photos[].alt');
		expect(row.presence).toContain('required');
		expect(row.presence).not.toContain('optional');
		expect(alt.description).toBeTruthy();
		expect(row.description).toBe(alt.description);
		expect(row.type).toContain('10 to 1000 characters');
	});

	it('shows the allowed values of every closed vocabulary, with their labels where they say more', () => {
		const format = rowOf('content/passes/<slug>/index.mdx', 'format').type;
		for (const key of Object.keys(PASS_FORMATS)) expect(format).toContain(`\`${key}\``);
		const features = rowOf('content/passes/<slug>/index.mdx', 'securityFeatures').type;
		for (const key of Object.keys(SECURITY_FEATURES)) expect(features).toContain(`\`${key}\``);
		expect(features).toContain('`uv-ink` “UV-reactive ink”');
		expect(features).not.toContain('`hologram` “Hologram”');
		const grade = rowOf('content/passes/<slug>/index.mdx', 'condition.grade').type;
		for (const key of Object.keys(CONDITION_GRADES)) expect(grade).toContain(`\`${key}\``);
		expect(rowOf('content/bands/<slug>.json', 'activity[].ended').type).toContain('`hiatus`');
	});

	it('names the shared field types: fuzzy dates, full dates, slugs, web addresses, photo files', () => {
		const pass = 'content/passes/<slug>/index.mdx';
		expect(rowOf(pass, 'validFrom').type).toBe('date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`');
		expect(rowOf('content/tours/<slug>.json', 'start').type).toBe('date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`');
		expect(rowOf(pass, 'added').type).toBe('full date: `YYYY-MM-DD`');
		expect(rowOf(pass, 'band').type).toMatch(/^slug/);
		expect(rowOf(pass, 'sources[].url').type).toMatch(/^web address/);
		expect(rowOf(pass, 'photos[].src').type).toContain('./front.jpg');
		expect(rowOf('content/bands/<slug>.json', 'formed').type).toBe('whole number from 1900 to 2100');
	});

	it('says which fields are optional and what their defaults are', () => {
		const pass = 'content/passes/<slug>/index.mdx';
		expect(rowOf(pass, 'title').presence).toBe('**required**');
		expect(rowOf(pass, 'tour').presence).toBe('optional');
		expect(rowOf(pass, 'example').presence).toBe('optional (default `false`)');
		expect(rowOf(pass, 'signatures[].medium').presence).toBe('optional (default `unknown`)');
		expect(rowOf(pass, 'securityFeatures').presence).toBe('optional (default: none)');
		expect(rowOf(pass, 'photos').type).toContain('at least 1');
	});

	it('refuses a field without a description, naming it', () => {
		const schema = z.strictObject({ known: z.string().describe('Described'), group: z.strictObject({ bare: z.number() }).describe('A group') });
		expect(() => fieldRows(schema)).toThrow(/group\.bare has no description/);
		// A shared type keeps its generic description unless the field gives its own.
		expect(() => fieldRows(z.strictObject({ band: slug.optional() }))).toThrow(/band has no description/);
		expect(fieldRows(z.strictObject({ band: slug.optional().describe('The band') }))[0]?.description).toBe('The band');
	});
});

describe('CONTRIBUTING.md', () => {
	it('has the field reference between the markers, up to date with the schemas (npm run field-reference -- --write)', async () => {
		const markdown = await readFile(CONTRIBUTING_PATH, 'utf-8');
		expect(extractFieldReference(markdown)).toBe(reference);
	});
});

describe('replacing the section', () => {
	const doc = `# Title\n\nBefore.\n\n${START_MARKER}\nold text\n\n${END_MARKER}\n\nAfter.\n`;

	it('replaces only the text between the markers', () => {
		const updated = replaceFieldReference(doc, 'new text\n');
		expect(updated).toBe(`# Title\n\nBefore.\n\n${START_MARKER}\nnew text\n\n${END_MARKER}\n\nAfter.\n`);
		expect(extractFieldReference(updated)).toBe('new text\n');
	});

	it('finds nothing without both markers', () => {
		expect(extractFieldReference('# no markers\n')).toBeUndefined();
		expect(() => replaceFieldReference('# no markers\n', 'x')).toThrow(/field-reference:start/);
	});

	it('reads a file with Windows line endings', () => {
		expect(extractFieldReference(doc.replace(/\n/g, '\r\n'))).toBe('old text\n');
	});
});

describe('the command line', () => {
	let dir: string;
	let file: string;
	beforeEach(async () => {
		dir = await mkdtemp(path.join(os.tmpdir(), 'field-reference-'));
		file = path.join(dir, 'CONTRIBUTING.md');
		vi.spyOn(console, 'log').mockImplementation(() => {});
		vi.spyOn(console, 'error').mockImplementation(() => {});
	});
	afterEach(async () => {
		vi.restoreAllMocks();
		await rm(dir, { recursive: true, force: true });
	});

	it('--check fails on a stale file and tells how to fix it; --write fixes it', async () => {
		await writeFile(file, `# Contributing\n\n${START_MARKER}\nstale\n${END_MARKER}\n`);
		expect(await main(['--check'], file)).toBe(1);
		expect(vi.mocked(console.error).mock.calls.flat().join('\n')).toContain('npm run field-reference -- --write');
		expect(await main(['--write'], file)).toBe(0);
		expect(extractFieldReference(await readFile(file, 'utf-8'))).toBe(reference);
		expect(await main(['--check'], file)).toBe(0);
	});

	it('fails when the markers are missing, and on unknown options', async () => {
		await writeFile(file, '# Contributing\n');
		expect(await main(['--check'], file)).toBe(1);
		expect(await main(['--force'], file)).toBe(2);
	});
});

describe('the "Submit a pass" issue form', () => {
	it('offers every pass type, format, security feature, condition grade and flaw', async () => {
		const form = await readFile(path.join(root, '.github/ISSUE_TEMPLATE/submit-pass.yml'), 'utf-8');
		const types = (await readdir(path.join(root, 'content/pass-types')))
			.filter((name) => name.endsWith('.mdx'))
			.map((name) => name.slice(0, -'.mdx'.length));
		expect(types.length).toBeGreaterThan(0);
		const keys = [
			...types,
			...Object.keys(PASS_FORMATS),
			...Object.keys(SECURITY_FEATURES),
			...Object.keys(CONDITION_GRADES),
			...Object.keys(CONDITION_FLAWS),
		];
		for (const key of keys) expect(form, key).toContain(`(${key})\n`);
	});
});
