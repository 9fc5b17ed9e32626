import { createHash } from 'node:crypto';

/**
 * Where the catalog's content lives, relative to the project root. `CONTENT_DIR` lets the
 * benchmark build a generated catalog without touching the real one.
 */
export const CONTENT_DIR = (process.env['CONTENT_DIR'] ?? 'content').replace(/\/+$/, '');

/**
 * Astro's cache folder for a content folder: the real catalog uses the default; any other
 * (tests, benchmarks) keeps its own content store and image cache, so it never mixes entries
 * with the real catalog or races a build of it.
 */
export function cacheDirFor(contentDir: string | undefined): string {
	return contentDir ? `./node_modules/.astro/content-${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}` : './node_modules/.astro';
}
