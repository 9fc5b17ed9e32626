/**
 * The team-MDX rules as a remark plugin for the build (`mdx()` in astro.config.mjs). It checks the
 * tree @mdx-js/mdx is about to compile and throws — with file:line for every problem — before any
 * JavaScript is generated, so nothing a page says is ever run unless it passes.
 */
import type { Root } from 'mdast';
import { checkTeamMdxTree } from './check-team-mdx.ts';

export interface TeamMdxRulesOptions {
	/** Absolute path of the project root. */
	root: string;
}

export function remarkTeamMdxRules({ root }: TeamMdxRulesOptions) {
	return (tree: Root, file: { path: string }): void => {
		const path = file.path;
		const problems = checkTeamMdxTree(tree, { path, root });
		if (problems.length === 0) return;
		const shown = path.startsWith(`${root.replace(/\/$/, '')}/`) ? path.slice(root.replace(/\/$/, '').length + 1) : path;
		const lines = problems.map((p) => `${shown}:${p.line}: ${p.message}`);
		throw new Error(`${lines.length} problem${lines.length === 1 ? '' : 's'} in a team page:\n  ${lines.join('\n  ')}`);
	};
}
