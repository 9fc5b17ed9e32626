/**
 * `glob()` for collections whose entries are one file each (`content/bands/<slug>.json`).
 * Astro would quietly slugify "Guns N Roses.json"; here the file name *is* the id other entries
 * refer to, so a name that is not already a slug is an error that names the file.
 */
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { SLUG_PATTERN, SLUG_RULE } from '../schemas/fields.ts';

export function slugFileLoader(base: string, extension: 'json' | 'mdx'): Loader {
	return glob({
		base,
		pattern: `*.${extension}`,
		generateId: ({ entry }) => {
			const id = entry.slice(0, -(extension.length + 1));
			if (!SLUG_PATTERN.test(id)) {
				throw new Error(`${base}/${entry}: the file name is the entry's id and must be ${SLUG_RULE}`);
			}
			return id;
		},
	});
}
