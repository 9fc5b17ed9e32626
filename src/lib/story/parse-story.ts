/**
 * The one parse of a pass story: CommonMark plus GitHub's extensions (tables, strikethrough,
 * autolinks, task lists, footnotes), exactly the grammar the renderer renders. There is no MDX and
 * no frontmatter here — a `---` or a `{` inside a story is ordinary Markdown text. The checker and
 * the renderer both work on the tree this returns, so they cannot read the same text differently.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseStory(story: string): Root {
	return parser.parse(story);
}
