import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readCatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';
import { passFrontmatterSchema } from '../../src/schemas/pass.ts';
import { FORM_FIELDS, NOT_IN_FORM } from '../../scripts/submission/form-fields.ts';
import { GITHUB_LINK_PARAMETERS } from '../../src/lib/contribute/submission-form-fields.ts';
import { TEMPLATE_PATH, issueFormYaml } from '../../scripts/submission/issue-form-yaml.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every field path of a schema: objects are followed, arrays of objects as "name[].field". */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
	let inner: z.ZodType = schema;
	for (;;) {
		if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
		else break;
	}
	if (inner instanceof z.ZodObject) {
		return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, value]) => schemaPaths(value, prefix === '' ? key : `${prefix}.${key}`));
	}
	if (inner instanceof z.ZodArray && (inner.element as z.ZodType) instanceof z.ZodObject) return schemaPaths(inner.element as z.ZodType, `${prefix}[]`);
	return [prefix];
}

const covers = (declared: string, path: string) => path === declared || path.startsWith(`${declared}[]`) || path.startsWith(`${declared}.`);

describe('the "Submit a pass" issue form', { timeout: 30_000 }, () => {
	const paths = schemaPaths(passFrontmatterSchema);

	it('fills every field of the pass schema, or says why not', () => {
		expect(paths).toContain('condition.grade');
		expect(paths).toContain('photos[].alt');
		expect(paths).toContain('signatures[].signer');
		const declared = FORM_FIELDS.flatMap((f) => f.fills);
		const missing = paths.filter((p) => !declared.some((d) => covers(d, p)) && !Object.keys(NOT_IN_FORM).some((d) => covers(d, p)));
		expect(missing).toEqual([]);
	});

	it('names only fields the schema has', () => {
		for (const declared of [...FORM_FIELDS.flatMap((f) => f.fills), ...Object.keys(NOT_IN_FORM)]) {
			expect(paths.some((p) => covers(declared, p)), declared).toBe(true);
		}
	});

	it('gives each field an id that is its pass field, so a link can prefill it', () => {
		for (const field of FORM_FIELDS.filter((f) => f.fills.length === 1 && !f.fills[0]?.includes('['))) {
			const own = field.fills[0]?.replace('.', '-') ?? '';
			// A field the link prefills cannot use a name GitHub's link reads itself; choices are never prefilled.
			const prefilled = field.kind === 'input' || field.kind === 'textarea';
			expect(field.id).toBe(prefilled && GITHUB_LINK_PARAMETERS.has(own) ? `pass-${own}` : own);
		}
		const prefilled = FORM_FIELDS.filter((f) => f.kind === 'input' || f.kind === 'textarea');
		for (const field of prefilled) expect(GITHUB_LINK_PARAMETERS.has(field.id), field.id).toBe(false);
		const ids = FORM_FIELDS.map((f) => f.id);
		const labels = FORM_FIELDS.map((f) => f.label);
		expect(new Set(ids).size).toBe(ids.length);
		expect(new Set(labels).size).toBe(labels.length);
		for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
		// A label GitHub prints as "### Label" must not look like something else to the parser.
		for (const label of labels) expect(label).not.toMatch(/^\s|\s$|\n|#/);
	});

	it('is the file in the repository, generated from the table and the pass types in content/', async () => {
		const passTypes = readCatalogFiles(path.join(root, 'content'), root).passTypes.map((t) => ({ id: t.id, name: t.data.name }));
		const file = await readFile(path.join(root, TEMPLATE_PATH), 'utf-8');
		expect(file, 'run: npm run submission -- --write-template').toBe(issueFormYaml(passTypes));
		const form = parse(file) as { labels: string[]; body: { type: string; id?: string; attributes: { label?: string; options?: unknown[] } }[] };
		const elements = form.body.filter((e) => e.type !== 'markdown');
		expect(elements.map((e) => e.id)).toEqual(FORM_FIELDS.map((f) => f.id));
		const typeOptions = elements.find((e) => e.id === 'type')?.attributes.options;
		expect(typeOptions).toEqual(passTypes.map((t) => `${t.name} (${t.id})`));
		expect(form.labels).toEqual(['pass submission']);
	});
});
