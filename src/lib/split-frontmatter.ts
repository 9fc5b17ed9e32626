/**
 * Splits a content file into its YAML frontmatter and body, the way the loader, `validate` and
 * the scaffold all read passes. The body keeps its original line numbers ('empty-with-spaces'),
 * so problems in it point into the file.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';

export type SplitFile = { frontmatter: Record<string, unknown>; body: string } | { error: string };

export function splitFrontmatter(text: string): SplitFile {
	try {
		const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
		return { frontmatter: parsed.frontmatter, body: parsed.content };
	} catch (error) {
		return { error: (error as Error).message.split('\n')[0] ?? 'unreadable frontmatter' };
	}
}
