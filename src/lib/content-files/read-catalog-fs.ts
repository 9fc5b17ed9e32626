/**
 * Reads and validates the catalog straight from disk, with the same schemas the site uses,
 * for tools that run without Astro (tests, `scripts/`). Photos are checked to exist; their
 * pixels are the build's business.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { bandSchema } from '../../schemas/band.ts';
import { guideSchema } from '../../schemas/guide.ts';
import { passFrontmatterSchema } from '../../schemas/pass.ts';
import { passTypeSchema } from '../../schemas/pass-type.ts';
import { printerSchema } from '../../schemas/printer.ts';
import { tourSchema } from '../../schemas/tour.ts';
import type { Entry } from '../catalog/catalog-entry.ts';
import { type Problem, fieldOf, problem } from './content-problems.ts';
import { PASS_PARSE_OPTIONS, readableIssue } from '../contribute/field-messages.ts';
import { PASS_ENTRY_FILE, passFolderProblem } from './pass-folders.ts';
import { SLUG_PATTERN, SLUG_RULE } from '../../schemas/fields.ts';
import { splitFrontmatter } from './split-frontmatter.ts';
import { storyToHtml } from '../story/story-to-html.ts';
import { checkTeamMdx } from '../team-mdx/check-team-mdx.ts';

/** Where team pages' components are resolved from: this code's project, as in the build. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Kept under this name for the tools that import it from here. */
export const passFileSchema = passFrontmatterSchema;

export interface CatalogFiles {
	bands: Entry<z.infer<typeof bandSchema>>[];
	tours: Entry<z.infer<typeof tourSchema>>[];
	printers: Entry<z.infer<typeof printerSchema>>[];
	passTypes: Entry<z.infer<typeof passTypeSchema>>[];
	guides: Entry<z.infer<typeof guideSchema>>[];
	passes: (Entry<z.infer<typeof passFileSchema>> & { body: string })[];
	/** Empty when every file is valid. */
	problems: Problem[];
}

/** The path zod reports, written the way contributors read fields: "photos[1].alt". */
export function issueField(issue: z.core.$ZodIssue): string | undefined {
	return fieldOf(issue.path);
}

/** "photos[1].alt: required — describe what the photo shows" */
export function formatIssue(issue: z.core.$ZodIssue): string {
	return `${issueField(issue) ?? '(entry)'}: ${issue.message}`;
}

function read<S extends z.ZodType>(
	root: string,
	file: string,
	schema: S,
	problems: Problem[],
): { data: z.infer<S>; body: string } | undefined {
	const shown = relative(root, file);
	const text = readFileSync(file, 'utf-8');
	let raw: unknown;
	let body = '';
	if (file.endsWith('.json')) {
		try {
			raw = JSON.parse(text);
		} catch (error) {
			problems.push(problem(shown, undefined, `cannot be read: ${(error as Error).message.split('\n')[0]}`));
			return undefined;
		}
	} else {
		const split = splitFrontmatter(text);
		if ('error' in split) {
			problems.push({ ...problem(shown, undefined, split.error), line: split.line });
			return undefined;
		}
		raw = split.frontmatter;
		body = split.body;
		// A pass's body is a Markdown story, every other .mdx a team page. Both keep the file's line
		// numbers; the story is rendered too, exactly as the build would.
		const bodyProblems = file.endsWith(`/${PASS_ENTRY_FILE}`) ? storyToHtml(body).problems : checkTeamMdx(body, { path: file, root: PROJECT_ROOT });
		for (const p of bodyProblems) problems.push({ ...problem(shown, undefined, p.message), line: p.line });
	}
	const result = schema.safeParse(raw, PASS_PARSE_OPTIONS);
	if (!result.success) {
		for (const issue of result.error.issues) problems.push(problem(shown, issueField(issue), readableIssue(issue).fileMessage));
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
	const problems: Problem[] = [];
	const simple = <S extends z.ZodType>(folder: string, extension: string, schema: S): Entry<z.infer<S>>[] =>
		listFiles(join(contentDir, folder), extension).flatMap((file) => {
			const id = file.slice(file.lastIndexOf('/') + 1, -extension.length);
			if (!SLUG_PATTERN.test(id)) {
				problems.push(problem(relative(root, file), undefined, `the file name is the entry's id and must be ${SLUG_RULE}`));
				return [];
			}
			const read1 = read(root, file, schema, problems);
			return read1 ? [{ id, filePath: relative(root, file), data: read1.data }] : [];
		});

	const passesDir = join(contentDir, 'passes');
	const passes: CatalogFiles['passes'] = [];
	const folders = existsSync(passesDir) ? readdirSync(passesDir, { withFileTypes: true }) : [];
	const shownDir = relative(root, passesDir);
	// Hidden items and links are content-tree-fs.ts's to report; they are never read as passes.
	for (const item of folders.filter((f) => !f.name.startsWith('.') && !f.isSymbolicLink()).sort((a, b) => a.name.localeCompare(b.name))) {
		const folder = join(passesDir, item.name);
		const file = join(folder, PASS_ENTRY_FILE);
		const wrong = passFolderProblem(shownDir, item.name, item.isDirectory(), () => existsSync(file));
		if (wrong) {
			problems.push(wrong);
			continue;
		}
		const shown = relative(root, file);
		const parsed = read(root, file, passFileSchema, problems);
		if (!parsed) continue;
		parsed.data.photos.forEach((photo, i) => {
			if (!existsSync(join(folder, photo.src))) {
				problems.push(problem(shown, `photos[${i}].src`, `no file ${photo.src} next to index.mdx`));
			}
		});
		passes.push({ id: item.name, filePath: shown, data: parsed.data, body: parsed.body });
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
