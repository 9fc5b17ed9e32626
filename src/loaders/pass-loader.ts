/**
 * Loads `content/passes/<slug>/index.mdx`. Each story is parsed once as Markdown, checked against
 * an allowlist and rendered from that same tree through an allowlist sanitiser
 * (`src/lib/story/`) — never compiled as MDX and never handed to a second Markdown processor: a
 * pass cannot run code or publish HTML, and 10,000 passes build at Markdown speed (see README).
 * Every problem in every entry is collected and reported together, each naming its file, line or
 * field, and any problem fails the sync: no entry is dropped silently.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentProblems, formatProblem } from '../lib/content-files/content-problems.ts';
import { PASS_ENTRY_FILE, passFolderProblem } from '../lib/content-files/pass-folders.ts';
import { mapWithConcurrency } from '../lib/content-files/map-with-concurrency.ts';
import { splitFrontmatter } from '../lib/content-files/split-frontmatter.ts';
import { storyToHtml } from '../lib/story/story-to-html.ts';


export interface PassLoaderOptions {
	/** Folder holding one sub-folder per pass, relative to the project root. */
	base: string;
}

export function passLoader({ base }: PassLoaderOptions): Loader {
	return {
		name: 'pass-loader',
		load: async (context) => {
			await loadAll(base, context);
			const { watcher, config } = context;
			if (!watcher) return;
			const dir = fileURLToPath(new URL(withSlash(base), config.root));
			watcher.add(dir);
			watcher.on('all', (_event, path) => {
				if (!path.startsWith(dir)) return;
				loadAll(base, context).catch((error: unknown) => context.logger.error(String(error)));
			});
		},
	};
}

function withSlash(path: string): string {
	return path.endsWith('/') ? path : `${path}/`;
}

async function loadAll(base: string, context: LoaderContext): Promise<void> {
	const { config, store, logger } = context;
	const baseUrl = new URL(withSlash(base), config.root);
	const root = fileURLToPath(config.root);
	if (!existsSync(baseUrl)) {
		logger.warn(`No passes: the folder ${base} does not exist.`);
		store.clear();
		return;
	}
	const problems: string[] = [];
	const slugs: string[] = [];
	for (const item of await readdir(baseUrl, { withFileTypes: true })) {
		if (item.name.startsWith('.')) continue;
		const wrong = passFolderProblem(base, item.name, item.isDirectory(), () => existsSync(new URL(`${item.name}/${PASS_ENTRY_FILE}`, baseUrl)));
		if (wrong) problems.push(formatProblem(wrong));
		else slugs.push(item.name);
	}

	const untouched = new Set(store.keys());
	await mapWithConcurrency(slugs, 16, async (slug) => {
		untouched.delete(slug);
		const fileUrl = new URL(`${slug}/${PASS_ENTRY_FILE}`, baseUrl);
		const filePath = fileURLToPath(fileUrl);
		const shown = relative(root, filePath);
		const entryProblems = await loadOne(slug, fileUrl, shown, context);
		problems.push(...entryProblems);
		// Stray and unlisted files in the folder: src/lib/content-files/content-tree-fs.ts, run by src/data/catalog.ts.
	});
	for (const id of untouched) store.delete(id);
	if (problems.length > 0) throw new ContentProblems(problems.sort());
}

async function loadOne(id: string, fileUrl: URL, shown: string, context: LoaderContext): Promise<string[]> {
	const { store, parseData, generateDigest } = context;
	const contents = await readFile(fileUrl, 'utf-8');
	const digest = generateDigest(contents);
	const existing = store.get(id);
	// Unchanged: keep the entry. (Photos are not Astro assets: the photos collection tracks their bytes.)
	if (existing && existing.digest === digest) return [];

	const split = splitFrontmatter(contents);
	if ('error' in split) return [`${shown}${split.line ? `:${split.line}` : ''}: ${split.error}`];
	const { frontmatter, body } = split;
	// The body keeps the file's line numbers, so the story's lines are the file's.
	const story = storyToHtml(body);
	const problems = story.problems.map((p) => `${shown}:${p.line}: ${p.message}`);
	let data: Record<string, unknown>;
	try {
		data = await parseData({ id, data: frontmatter, filePath: fileURLToPath(fileUrl) });
	} catch (error) {
		return [...problems, ...describeSchemaError(error).map((issue) => `${shown}: ${issue}`)];
	}
	if (story.html === undefined) return problems;
	store.set({ id, data, body, filePath: shown, digest, rendered: { html: story.html } });
	return [];
}

/**
 * Astro reports schema failures as "**photos.0.alt**: message" lines under a heading; keep one
 * "photos[0].alt: message" line per issue, the way contributors read fields.
 */
function describeSchemaError(error: unknown): string[] {
	const message = error instanceof Error ? error.message : String(error);
	const issues = [...message.matchAll(/^\s*\*\*([^*→]+)\*\*: (.*)$/gm)].map(
		([, path = '', text = '']) => `${path.replace(/\.(\d+)/g, '[$1]')}: ${text}`,
	);
	return issues.length > 0 ? issues : [message];
}
