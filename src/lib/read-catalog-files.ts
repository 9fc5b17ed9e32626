/**
 * Reads and validates the catalog straight from disk, with the same schemas the site uses,
 * for tools that run without Astro (tests, `scripts/`). Photos are checked to exist; their
 * pixels are the build's business.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { bandSchema } from '../schemas/band.ts';
import { guideSchema } from '../schemas/guide.ts';
import { passSchema } from '../schemas/pass.ts';
import { passTypeSchema } from '../schemas/pass-type.ts';
import { printerSchema } from '../schemas/printer.ts';
import { tourSchema } from '../schemas/tour.ts';
import type { Entry } from './catalog-problems.ts';
import { findUnsafeMarkdown } from './restricted-mdx.ts';

export const passFileSchema = passSchema(() => z.string());

export interface CatalogFiles {
	bands: Entry<z.infer<typeof bandSchema>>[];
	tours: Entry<z.infer<typeof tourSchema>>[];
	printers: Entry<z.infer<typeof printerSchema>>[];
	passTypes: Entry<z.infer<typeof passTypeSchema>>[];
	guides: Entry<z.infer<typeof guideSchema>>[];
	passes: (Entry<z.infer<typeof passFileSchema>> & { body: string })[];
	/** "file: field: message" lines; empty when every file is valid. */
	problems: string[];
}

/** "photos.1.alt: required…" — the path zod reports, written the way contributors read fields. */
export function formatIssue(issue: z.core.$ZodIssue): string {
	const path = issue.path
		.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
		.join('');
	return `${path || '(entry)'}: ${issue.message}`;
}

function read<S extends z.ZodType>(
	root: string,
	file: string,
	schema: S,
	problems: string[],
): { data: z.infer<S>; body: string } | undefined {
	const shown = relative(root, file);
	const text = readFileSync(file, 'utf-8');
	let raw: unknown;
	let body = '';
	try {
		if (file.endsWith('.json')) {
			raw = JSON.parse(text);
		} else {
			const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
			raw = parsed.frontmatter;
			body = parsed.content;
		}
	} catch (error) {
		problems.push(`${shown}: cannot be read: ${(error as Error).message.split('\n')[0]}`);
		return undefined;
	}
	const result = schema.safeParse(raw);
	if (!result.success) {
		for (const issue of result.error.issues) problems.push(`${shown}: ${formatIssue(issue)}`);
		return undefined;
	}
	return { data: result.data, body };
}

function listFiles(dir: string, extension: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith(extension))
		.sort()
		.map((name) => join(dir, name));
}

/** Reads every collection under `contentDir` (e.g. "/repo/content"); paths are shown relative to `root`. */
export function readCatalogFiles(contentDir: string, root: string): CatalogFiles {
	const problems: string[] = [];
	const simple = <S extends z.ZodType>(folder: string, extension: string, schema: S): Entry<z.infer<S>>[] =>
		listFiles(join(contentDir, folder), extension).flatMap((file) => {
			const read1 = read(root, file, schema, problems);
			const id = file.slice(file.lastIndexOf('/') + 1, -extension.length);
			return read1 ? [{ id, filePath: relative(root, file), data: read1.data }] : [];
		});

	const passesDir = join(contentDir, 'passes');
	const passes: CatalogFiles['passes'] = [];
	const folders = existsSync(passesDir) ? readdirSync(passesDir, { withFileTypes: true }) : [];
	for (const folder of folders.filter((f) => f.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
		const file = join(passesDir, folder.name, 'index.mdx');
		if (!existsSync(file)) {
			problems.push(`${relative(root, join(passesDir, folder.name))}/: has no index.mdx`);
			continue;
		}
		const shown = relative(root, file);
		const parsed = read(root, file, passFileSchema, problems);
		if (!parsed) continue;
		for (const p of findUnsafeMarkdown(parsed.body)) problems.push(`${shown}:${p.line}: ${p.message}`);
		parsed.data.photos.forEach((photo, i) => {
			if (!existsSync(join(passesDir, folder.name, photo.src))) {
				problems.push(`${shown}: photos[${i}].src: no file ${photo.src} next to index.mdx`);
			}
		});
		passes.push({ id: folder.name, filePath: shown, data: parsed.data, body: parsed.body });
	}

	return {
		bands: simple('bands', '.json', bandSchema),
		tours: simple('tours', '.json', tourSchema),
		printers: simple('printers', '.json', printerSchema),
		passTypes: simple('pass-types', '.mdx', passTypeSchema),
		guides: simple('guides', '.mdx', guideSchema),
		passes,
		problems,
	};
}
