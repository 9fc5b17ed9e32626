/**
 * Renders a checked story tree to HTML: smart punctuation (as the site's Markdown always had), then
 * HTML without any raw HTML passed through, `rel` on external links, the allowlist sanitiser, and
 * serialisation. It renders the very tree the checker walked; it never parses text.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { EXTERNAL_LINK_REL, STORY_HTML_SCHEMA } from './story-html-schema.ts';
import { urlKind } from './safe-url.ts';

/** Marks links that leave the site; site links stay plain. */
function rehypeExternalLinks() {
	return (tree: HastRoot) => {
		const stack: (HastRoot | Element)[] = [tree];
		while (stack.length > 0) {
			const node = stack.pop()!;
			if (node.type === 'element' && node.tagName === 'a' && urlKind(String(node.properties['href'] ?? '')) === 'external') {
				node.properties['rel'] = [...EXTERNAL_LINK_REL];
			}
			for (const child of node.children) if (child.type === 'element') stack.push(child);
		}
	};
}

const renderer = unified()
	.use(remarkSmartypants)
	.use(remarkRehype, { allowDangerousHtml: false })
	.use(rehypeExternalLinks)
	.use(rehypeSanitize, STORY_HTML_SCHEMA)
	.use(rehypeStringify)
	.freeze();

/** HTML for a story tree that `checkStory` returned without problems. Changes the tree (punctuation). */
export function renderStory(tree: Root): string {
	const html = renderer.runSync(tree) as HastRoot;
	return renderer.stringify(html);
}
