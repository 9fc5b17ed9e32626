/**
 * The checks of team pages that need the catalog: every pass a guide component names must exist,
 * and fit what the component shows — a fake compared with the pass it copies, a close-up of a
 * security feature the pass has. The build (src/data/catalog.ts) and `npm run validate` run it on
 * the same parse as the page rules, so a wrong slug stops both, naming file, line and attribute.
 */
import type { Entry, PassDataWithoutPhotos } from '../catalog/catalog-entry.ts';
import { type Problem, problem } from '../content-files/content-problems.ts';
import { splitFrontmatter } from '../content-files/split-frontmatter.ts';
import { closeUpSide } from './close-up-side.ts';
import { GUIDE_COMPONENTS } from './team-mdx-allowlist.ts';
import { type ComponentUse, componentUses } from './check-team-mdx.ts';
import { parseTeamMdx } from './parse-team-mdx.ts';

/** What the checks read of a pass: its data and the sides of its photos. */
export type ReferencedPass = Entry<Pick<PassDataWithoutPhotos, 'fakeOf' | 'securityFeatures'> & { photos: readonly { side: string }[] }>;

export interface TeamPage {
	/** Path from the project root, as problems name it. */
	file: string;
	/** Absolute path, to resolve the page's imports. */
	path: string;
	/** The whole file: frontmatter and body (line numbers are the file's). */
	text: string;
}

function useProblems(use: ComponentUse, passes: ReadonlyMap<string, ReferencedPass>): { attribute: string; message: string }[] {
	const found: { attribute: string; message: string }[] = [];
	const declared = GUIDE_COMPONENTS[use.component] ?? {};
	const named = new Map<string, ReferencedPass>();
	for (const [attribute, spec] of Object.entries(declared)) {
		const value = use.attributes[attribute];
		if (spec.kind !== 'pass' || typeof value !== 'string') continue;
		const pass = passes.get(value);
		if (pass) named.set(attribute, pass);
		else found.push({ attribute, message: `no pass "${value}" — write the folder name of a pass in content/passes/` });
	}
	const genuine = named.get('genuine');
	const fake = named.get('fake');
	if (use.component === 'FakeComparison' && genuine && fake && fake.data.fakeOf !== genuine.id) {
		found.push({ attribute: 'fake', message: `"${fake.id}" is not a known fake of "${genuine.id}" (its fakeOf is ${fake.data.fakeOf === undefined ? 'not set' : `"${fake.data.fakeOf}"`})` });
	}
	const shown = named.get('pass');
	const feature = use.attributes['feature'];
	if (use.component === 'SecurityCloseUp' && shown && typeof feature === 'string') {
		if (!(shown.data.securityFeatures as readonly string[]).includes(feature)) {
			found.push({ attribute: 'feature', message: `"${shown.id}" does not list "${feature}" in its securityFeatures — pick a pass that has it` });
		} else if (!shown.data.photos.some((p) => p.side === closeUpSide(feature))) {
			found.push({ attribute: 'pass', message: `"${shown.id}" has no ${closeUpSide(feature)} photo, where ${feature} shows` });
		}
	}
	return found;
}

/**
 * Problems of the pass references in team pages, one per attribute, as
 * "content/guides/x.mdx:12: FakeComparison.genuine: no pass …". Pages the rules cannot read are
 * left to the rules, which report them.
 */
export function guideReferenceProblems(pages: readonly TeamPage[], passes: readonly ReferencedPass[], root: string): Problem[] {
	const byId = new Map(passes.map((p) => [p.id, p]));
	const problems: Problem[] = [];
	for (const page of pages) {
		const split = splitFrontmatter(page.text);
		if ('error' in split) continue;
		const parsed = parseTeamMdx(split.body);
		if (!('tree' in parsed)) continue;
		for (const use of componentUses(parsed.tree, { path: page.path, root })) {
			for (const { attribute, message } of useProblems(use, byId)) {
				problems.push({ ...problem(page.file, `${use.component}.${attribute}`, message), line: use.line });
			}
		}
	}
	return problems;
}
