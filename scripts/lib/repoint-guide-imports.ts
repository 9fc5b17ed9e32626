/**
 * Team pages (guides, pass types) import guide components by a path relative to their folder in
 * content/ (`../../src/components/guide/X.astro`). A copy of those pages in another folder (a
 * test build, the benchmark's generated catalog) must point the imports at this project's
 * components again, or it does not build.
 */
import { relative, sep } from 'node:path';

const GUIDE_IMPORT = /(from\s+['"])(?:\.\.\/)+src\/components\/guide\//g;

/** The page's text with its guide imports relative to `pageFolder`, where the copy lives. */
export function repointGuideImports(text: string, pageFolder: string, componentFolder: string): string {
	const target = relative(pageFolder, componentFolder).split(sep).join('/');
	return text.replace(GUIDE_IMPORT, `$1${target}/`);
}
