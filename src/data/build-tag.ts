/**
 * One value per build input, for URLs that must change whenever the search index may have
 * changed: a hash of what the pages are made from — the code (src/, the config, the lockfile) and
 * the content's text files, with each photo's name and size. The same inputs give the same tag,
 * so an unchanged rebuild writes byte-identical pages and the saved search index is reused.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CONTENT_DIR } from '../content-dir.ts';

// The project folder, as src/data/catalog.ts finds it: this module is bundled, so not import.meta.url.
const root = process.cwd();
const TEXT = /\.(?:ts|astro|mjs|js|css|json|mdx|md|yml|yaml)$/;

function addTree(hash: ReturnType<typeof createHash>, dir: string): void {
	for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) addTree(hash, path);
		else if (entry.isFile()) {
			hash.update(`${relative(root, path)}\0`);
			// Photos change pages through their content-addressed derivatives; their size is enough here.
			hash.update(TEXT.test(entry.name) ? readFileSync(path) : String(statSync(path).size));
		}
	}
}

function buildTag(): string {
	const hash = createHash('sha256');
	for (const file of ['astro.config.mjs', 'package-lock.json']) hash.update(readFileSync(join(root, file)));
	addTree(hash, join(root, 'src'));
	addTree(hash, resolve(root, CONTENT_DIR));
	return hash.digest('base64url').slice(0, 12);
}

export const BUILD_TAG = buildTag();
