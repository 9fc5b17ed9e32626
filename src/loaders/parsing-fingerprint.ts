/**
 * Astro keeps parsed entries between builds and parses a file again only when its text changes;
 * it clears them all only when `content.config.ts` itself changes. Our schemas and loaders live in
 * other files, so a new default or a stricter rule would be missing from every cached entry until
 * someone deleted `node_modules/.astro`. Each collection records a fingerprint of the code that
 * parses its entries and starts afresh when that code changes.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

const META_KEY = 'parsing-code-fingerprint';
const RELATIVE_IMPORT = /(?:import|export)\s[^'"]*?['"](\.{1,2}\/[^'"]+)['"]/g;
const COMMENT = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;

/** Every local module reached from `entry` by relative imports, entry first, each once. */
export async function localModules(entry: URL): Promise<URL[]> {
	const seen = new Map<string, URL>();
	const visit = async (url: URL): Promise<void> => {
		if (seen.has(url.href)) return;
		seen.set(url.href, url);
		const source = (await readFile(url, 'utf-8')).replace(COMMENT, '');
		for (const [, path] of source.matchAll(RELATIVE_IMPORT)) if (path) await visit(new URL(path, url));
	};
	await visit(entry);
	return [...seen.values()];
}

/** A hash of the text of `content.config.ts` and of every module it imports, directly or not. */
export async function parsingFingerprint(config = new URL('../content.config.ts', import.meta.url)): Promise<string> {
	const hash = createHash('sha256');
	// Paths relative to the config: the same code checked out elsewhere has the same fingerprint.
	const root = dirname(fileURLToPath(config));
	for (const url of await localModules(config)) hash.update(relative(root, fileURLToPath(url))).update('\0').update(await readFile(url)).update('\0');
	return hash.digest('hex').slice(0, 16);
}

/** `loader`, but its collection's cached entries are dropped when the parsing code has changed. */
export function clearedWhenParsingChanges(loader: Loader): Loader {
	return {
		...loader,
		load: async (context: LoaderContext) => {
			// Computed at every sync (≈ 20 small files), so `astro dev` notices schema edits too.
			const fingerprint = await parsingFingerprint();
			const previous = context.meta.get(META_KEY);
			if (previous !== fingerprint) {
				if (previous !== undefined) context.logger.info(`${context.collection}: schemas or loaders changed since the last build, reading every entry again`);
				context.store.clear();
				context.meta.set(META_KEY, fingerprint);
			}
			await loader.load(context);
		},
	};
}
