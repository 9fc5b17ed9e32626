/**
 * Splits a content file into its YAML frontmatter and body, the way the loader, `validate` and
 * the scaffold all read passes. The body keeps its original line numbers ('empty-with-spaces'),
 * so problems in it point into the file: the story checker needs no offset for it.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';

export type SplitFile = { frontmatter: Record<string, unknown>; body: string } | { error: string; line?: number | undefined };

export function splitFrontmatter(text: string): SplitFile {
	try {
		const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
		return { frontmatter: parsed.frontmatter, body: parsed.content };
	} catch (error) {
		const { message, reason, mark } = error as Error & { reason?: string; mark?: { line?: number } };
		return { error: reason ?? message.split('\n')[0] ?? 'unreadable frontmatter', line: yamlErrorLine(text, mark?.line) };
	}
}

/**
 * js-yaml counts lines from the opening `---` (its line 0), which may follow blank lines: the
 * line in the file is that count plus the lines before the `---`.
 */
function yamlErrorLine(text: string, markLine: number | undefined): number | undefined {
	if (markLine === undefined) return undefined;
	const opening = /^\s*?(?=---|\+\+\+)/.exec(text)?.[0] ?? '';
	return opening.split('\n').length + markLine;
}
