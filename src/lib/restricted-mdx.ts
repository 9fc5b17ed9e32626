/**
 * The body of a contributed pass is prose, not a program. It is written in `.mdx` so the
 * contract can later allow a few catalog components, but it is parsed here with the real MDX
 * grammar and anything that could run code is refused: `import`/`export`, `{…}` expressions and
 * any JSX element (MDX has no raw HTML, so `<script>` is JSX too). Links may only point to the web,
 * mail or this site. A body that passes is plain Markdown and is rendered as such — which is also
 * what keeps the build on Astro's fast Markdown path at tens of thousands of passes.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

export interface BodyProblem {
	/** 1-based line in the text that was checked. */
	line: number;
	message: string;
}

/** JSX elements a pass body may use. None yet: everything a pass says fits in Markdown. */
export const ALLOWED_COMPONENTS: ReadonlySet<string> = new Set();

const SAFE_URL = /^(?:$|https?:|mailto:|\/(?!\/)|#|\.{1,2}\/|[^:/?#]+(?:[/?#]|$))/i;

/** True for web, mail, in-page and site-relative links; false for `javascript:`, `data:`, `//host`… */
export function isSafeUrl(url: string): boolean {
	// Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
	const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
	return SAFE_URL.test(cleaned);
}

function describeNode(node: Nodes): string | undefined {
	switch (node.type) {
		case 'mdxjsEsm':
			return '`import`/`export` is not allowed in a pass — write the story as plain text';
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return '`{…}` expressions are not allowed in a pass — to show a brace, write \\{';
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			const name = node.name ?? 'fragment';
			if (ALLOWED_COMPONENTS.has(name) && node.attributes.every((a) => a.type === 'mdxJsxAttribute' && typeof a.value !== 'object')) {
				return undefined;
			}
			return `<${name}> is not allowed in a pass — HTML and components cannot be used; write Markdown (**bold**, [link](https://…))`;
		}
		case 'link':
		case 'definition':
			return isSafeUrl(node.url) ? undefined : `link to "${node.url}" is not allowed — links must start with https://`;
		case 'image':
		case 'imageReference':
			return 'images are not allowed in the story — add photos to the `photos` list in the frontmatter';
		case 'html':
			return 'raw HTML is not allowed in a pass';
		default:
			return undefined;
	}
}

/**
 * Lists everything in a pass body that is not plain Markdown. `lineOffset` is added to the
 * reported lines so they point into the whole file when the body follows frontmatter.
 */
export function findUnsafeMarkdown(body: string, lineOffset = 0): BodyProblem[] {
	let tree: Root;
	try {
		tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
	} catch (error) {
		const err = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
		const line = err.line ?? err.place?.line ?? err.place?.start?.line ?? 1;
		const reason = err.reason ?? err.message;
		const hint = /before name|character `<`|Unexpected character/.test(reason)
			? ' — a "<" starts a tag in MDX; write "less than" or &lt;'
			: reason.includes('{') || reason.includes('expression')
				? ' — a "{" starts an expression in MDX; write \\{'
				: '';
		return [{ line: line + lineOffset, message: `cannot be read as MDX: ${reason}${hint}` }];
	}
	const problems: BodyProblem[] = [];
	const walk = (node: Nodes): void => {
		const message = describeNode(node);
		if (message) problems.push({ line: (node.position?.start.line ?? 1) + lineOffset, message });
		if ('children' in node) for (const child of node.children) walk(child as Nodes);
	};
	walk(tree);
	return problems;
}

/**
 * The last line of defence, on the rendered HTML: if the Markdown renderer ever turned some text
 * into markup that runs code, the build stops instead of publishing it.
 */
export function findUnsafeHtml(html: string): string[] {
	const found: string[] = [];
	if (/<\s*(script|iframe|object|embed|style|link|meta|base|form)\b/i.test(html)) found.push('an active HTML element');
	if (/<[^>]+\son[a-z]+\s*=/i.test(html)) found.push('an event handler attribute');
	for (const match of html.matchAll(/\s(?:href|src|action|formaction|xlink:href)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
		const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
		if (!isSafeUrl(value)) found.push(`an unsafe link (${value.slice(0, 40)})`);
	}
	return found;
}

function decodeEntities(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&colon;/gi, ':')
		.replace(/&tab;/gi, '\t')
		.replace(/&newline;/gi, '\n')
		.replace(/&amp;/gi, '&');
}
