/**
 * How the passes folder is laid out — one folder per pass, named by its slug, holding
 * `index.mdx` and its photos — and what is wrong when it is not (what else lies in a folder is
 * `content-tree-fs.ts`'s business). The build's loader and
 * `npm run validate` both ask here, so they cannot disagree.
 */
import { type Problem, problem } from './content-problems.ts';
import { SLUG_PATTERN, SLUG_RULE } from '../../schemas/fields.ts';

export const PASS_ENTRY_FILE = 'index.mdx';

/**
 * The problem with one item of the passes folder (shown as `passesDir`, from the project root),
 * or undefined when it is a pass folder with its entry. Hidden files are not items.
 */
export function passFolderProblem(passesDir: string, name: string, isDirectory: boolean, hasEntry: () => boolean): Problem | undefined {
	const path = `${passesDir}/${name}`;
	if (!isDirectory) return problem(path, undefined, `every pass lives in its own folder — move it to ${passesDir}/<slug>/${PASS_ENTRY_FILE}`);
	if (!SLUG_PATTERN.test(name)) return problem(`${path}/`, undefined, `folder name is the pass's slug and must be ${SLUG_RULE}`);
	if (!hasEntry()) return problem(`${path}/`, undefined, `has no ${PASS_ENTRY_FILE} — every pass folder needs one`);
	return undefined;
}
