/**
 * The search index kept between builds. Pagefind's output depends only on what it reads — every
 * HTML file of the site, by path and bytes — and on its own version and options; when a build
 * produced exactly the pages of the build before, the index it would write is the one already
 * written, and re-indexing 330 MB of HTML (12–17 s at 10,000 passes) is skipped. One changed byte
 * in any page, a page added or removed, another Pagefind or other options: the fingerprint differs
 * and the site is indexed again.
 *
 * The cache holds one index (the last), in a folder named by its fingerprint, written beside and
 * renamed into place: a build killed while saving leaves no folder a later build would trust.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapWithConcurrency } from '../../src/lib/content-files/map-with-concurrency.ts';

/** Files Pagefind reads from a site folder (its `addDirectory` default: every `.html`). */
function pagesOf(site: string): string[] {
	return readdirSync(site, { recursive: true, encoding: 'utf-8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => file.split('\\').join('/'))
		.sort();
}

/**
 * A digest of everything the index is made from: `settings` (Pagefind's version and options, as
 * the caller states them) and each HTML file's path, length and bytes, in path order.
 */
export async function siteFingerprint(site: string, settings: string): Promise<string> {
	const files = pagesOf(site);
	const digests = await mapWithConcurrency(files, 16, async (file) => createHash('sha256').update(await readFile(join(site, file))).digest('hex'));
	const hash = createHash('sha256').update(`${settings}\n`);
	files.forEach((file, i) => hash.update(`${file}\n${digests[i]}\n`));
	return hash.digest('hex');
}

const SLOT = 'pagefind';

/** The index saved under `cacheDir` for this fingerprint, copied into `outputPath`; false when there is none. */
export function restoreIndex(cacheDir: string, fingerprint: string, outputPath: string): boolean {
	const saved = join(cacheDir, `${SLOT}-${fingerprint}`);
	if (!existsSync(join(saved, 'pagefind.js'))) return false;
	rmSync(outputPath, { recursive: true, force: true });
	cpSync(saved, outputPath, { recursive: true });
	return true;
}

/** Saves the index just written at `outputPath` as the one for `fingerprint`, replacing any other. */
export function saveIndex(cacheDir: string, fingerprint: string, outputPath: string): void {
	mkdirSync(cacheDir, { recursive: true });
	// Left by a build killed while saving: never read, only removed.
	for (const old of readdirSync(cacheDir)) if (old.startsWith('.partial-')) rmSync(join(cacheDir, old), { recursive: true, force: true });
	const partial = join(cacheDir, `.partial-${process.pid}`);
	cpSync(outputPath, partial, { recursive: true });
	for (const old of readdirSync(cacheDir)) if (old.startsWith(`${SLOT}-`)) rmSync(join(cacheDir, old), { recursive: true, force: true });
	renameSync(partial, join(cacheDir, `${SLOT}-${fingerprint}`));
}

/** Pagefind's version, from its package: a new Pagefind writes another index. */
export function pagefindVersion(projectRoot: string): string {
	return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'pagefind', 'package.json'), 'utf-8')) as { version: string }).version;
}
