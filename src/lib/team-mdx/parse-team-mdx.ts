/**
 * Parses a team page (`content/guides/*.mdx`, `content/pass-types/*.mdx`) with the grammar the
 * build compiles it with: remark-parse + remark-mdx (micromark-extension-mdxjs) + remark-gfm, as
 * @mdx-js/mdx does under the `unified()` processor set in astro.config.mjs. `validate` checks this
 * tree; the build checks the tree of its own parse, made by the same plugins.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** The tree, or the line and reason MDX could not read it. */
export function parseTeamMdx(text: string): { tree: Root } | { line: number; reason: string } {
	try {
		return { tree: parser.parse(text) };
	} catch (error) {
		const err = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
		const reason = err.reason ?? err.message ?? String(error);
		// Some MDX errors carry their place only in the text: "… (3:1-3:6)".
		const fromText = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason)?.[1];
		return { line: err.line ?? err.place?.line ?? err.place?.start?.line ?? (fromText ? Number(fromText) : 1), reason };
	}
}
