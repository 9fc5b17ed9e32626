/**
 * How guide components find the passes their page names. The build checks every name before any
 * page renders (src/lib/team-mdx/guide-references.ts, run by src/data/catalog.ts), so a miss here
 * is a bug in that check, not a typo in a guide.
 */
import { type Pass, catalog } from '../../data/catalog.ts';

export function guidePass(slug: string, component: string): Pass {
	const pass = catalog.passById.get(slug);
	if (!pass) throw new Error(`${component}: no pass "${slug}" — guide-references.ts should have refused this page`);
	return pass;
}

/** The compare view's address for passes or sides (`slug` or `slug:back`), in order. */
export function compareUrl(items: readonly string[]): string {
	return `/compare/?p=${items.join(',')}`;
}
