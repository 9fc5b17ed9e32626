/**
 * What a pass story may contain, checked on the tree the renderer renders (`parse-story.ts`).
 * An allowlist: paragraphs, headings 2–4, emphasis, strong, strikethrough, links to the web, mail
 * or this site, lists, quotes, code, rules, line breaks and tables. Everything else — raw HTML of
 * any kind, images, footnotes, task-list boxes, heading 1 — is refused with the line it is on and
 * what to write instead. Nothing is dropped silently.
 */
import { MAX_STORY_CHARS } from '../content-files/content-limits.ts';
import type { Nodes, Root } from 'mdast';
import { parseStory } from './parse-story.ts';
import { urlKind } from './safe-url.ts';

export interface StoryProblem {
	/** 1-based line in the file (the story's own line plus the lines before it). */
	line: number;
	message: string;
}

/**
 * Longer stories are refused before parsing (the cap is MAX_STORY_CHARS in content-limits.ts, one
 * for every reader): Markdown parsing of hostile text grows faster than its length. Leading blank
 * lines do not count — a story from splitFrontmatter starts with the frontmatter blanked out.
 */
export { MAX_STORY_CHARS };
/**
 * Trees deeper than this (lists in lists, quotes in quotes, emphasis in emphasis…) are refused:
 * nobody writes them, and the renderer's recursion could not finish them.
 */
export const MAX_DEPTH = 32;
const TOO_DEEP = 'lists, quotes or emphasis are nested too deeply — flatten them';

const WRITE_MARKDOWN = 'write Markdown instead (**bold**, _italic_, [a link](https://…))';

type Rule = (node: Nodes) => string | undefined;

/** Every node type a story may hold, and what else must be true of it. */
const ALLOWED: Record<string, Rule> = {
	root: () => undefined,
	paragraph: () => undefined,
	text: () => undefined,
	emphasis: () => undefined,
	strong: () => undefined,
	delete: () => undefined,
	inlineCode: () => undefined,
	code: () => undefined,
	break: () => undefined,
	thematicBreak: () => undefined,
	blockquote: () => undefined,
	list: () => undefined,
	table: () => undefined,
	tableRow: () => undefined,
	tableCell: () => undefined,
	linkReference: () => undefined,
	heading: (node) => {
		const depth = (node as Extract<Nodes, { type: 'heading' }>).depth;
		if (depth === 1) return 'a heading 1 (“# …”, or a line of === under text) is not allowed: the pass title is the page’s heading — start story headings at ##';
		if (depth > 4) return `a heading ${depth} is too deep for a story — use ##, ### or ####`;
		return undefined;
	},
	listItem: (node) =>
		(node as Extract<Nodes, { type: 'listItem' }>).checked == null
			? undefined
			: 'task-list boxes (“- [ ]”, “- [x]”) are not allowed in a story — write “- \\[ ]” to show the brackets',
	link: (node) => linkRule((node as Extract<Nodes, { type: 'link' }>).url),
	definition: (node) => linkRule((node as Extract<Nodes, { type: 'definition' }>).url),
};

/** Refused node types that deserve their own advice; any other unknown type gets a general one. */
const REFUSED: Record<string, string> = {
	image: 'images are not allowed in the story — add photos to the `photos` list in the frontmatter',
	imageReference: 'images are not allowed in the story — add photos to the `photos` list in the frontmatter',
	footnoteReference: 'footnotes (“[^1]”) are not allowed in a story — put the note in brackets or in a last paragraph',
	footnoteDefinition: 'footnotes (“[^1]: …”) are not allowed in a story — put the note in brackets or in a last paragraph',
};

function linkRule(url: string): string | undefined {
	if (urlKind(url) !== undefined) return undefined;
	const visible = url.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
	const shown = visible.length > 60 ? `${visible.slice(0, 57)}…` : visible;
	const www = /^http:\/\/www\./i.test(url) ? ' (a bare “www.…” address is read as http://www.… — write https://www.…)' : '';
	return `link to “${shown}” is not allowed — links must start with https://, mailto: or / (a page of this site)${www}`;
}

function htmlMessage(value: string): string {
	const text = value.trimStart();
	if (text.startsWith('<!--')) return `an HTML comment (<!-- … -->) is not allowed in a pass — ${WRITE_MARKDOWN}`;
	const tag = /^<\/?([a-z][a-z0-9-]*)/i.exec(text)?.[1];
	if (tag) return `<${tag}> is not allowed in a pass — HTML cannot be used; ${WRITE_MARKDOWN}; to show a “<”, write \\<`;
	const shown = text.length > 16 ? `${text.slice(0, 15)}…` : text.trimEnd();
	return `raw HTML (${shown}) is not allowed in a pass — ${WRITE_MARKDOWN}; to show a “<”, write \\<`;
}

// C0 and C1 controls other than tab and line breaks, and the bidirectional overrides that can make
// text display in a different order from the one it is stored in.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Quote markers at the start of a line beyond this many, and runs of emphasis/link marks longer than this, are refused unparsed. */
const MAX_QUOTE_PREFIX = 16;
const MAX_MARK_RUN = 50;

/**
 * Problems in the raw text that no tree shows: size, invisible characters, and the two shapes that
 * make Markdown parsing slow or deeply recursive (a line of hundreds of "> ", a run of hundreds of
 * "*_~[]"). `parse` is false when the text must not be parsed at all. These checks only ever
 * refuse; they never decide that something is safe.
 */
export function checkStoryText(story: string, lineOffset = 0): { problems: StoryProblem[]; parse: boolean } {
	const length = [...story.trim()].length;
	if (length > MAX_STORY_CHARS) {
		return { parse: false, problems: [{ line: 1 + lineOffset, message: `the story is ${length.toLocaleString('en')} characters long — keep it under ${MAX_STORY_CHARS.toLocaleString('en')}` }] };
	}
	const problems: StoryProblem[] = [];
	let parse = true;
	story.split(/\r\n|\r|\n/).forEach((text, i) => {
		const line = i + 1 + lineOffset;
		const found = text.match(INVISIBLE);
		if (found) {
			const codes = [...new Set(found.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))];
			problems.push({ line, message: `invisible control character${codes.length > 1 ? 's' : ''} ${codes.join(', ')} — remove ${codes.length > 1 ? 'them' : 'it'}` });
		}
		const quotes = /^[ \t]*(?:>[ \t]*)+/.exec(text)?.[0].split('>').length ?? 1;
		const run = text.match(new RegExp(`[*_~[\\]]{${MAX_MARK_RUN + 1},}`))?.[0];
		if (quotes - 1 > MAX_QUOTE_PREFIX) problems.push({ line, message: TOO_DEEP });
		if (run) problems.push({ line, message: `a run of ${run.length} “${run.slice(0, 3)}…” marks — write at most ${MAX_MARK_RUN} in a row` });
		if (quotes - 1 > MAX_QUOTE_PREFIX || run) parse = false;
	});
	return { problems, parse };
}

/** Problems in the parsed story, each on the line where its construct starts. */
export function checkStoryTree(tree: Root, lineOffset = 0): StoryProblem[] {
	const problems: StoryProblem[] = [];
	// Iterative, so a hostile nesting depth cannot overflow the stack of the checker itself.
	const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
	while (stack.length > 0) {
		const { node, depth } = stack.pop()!;
		const line = (node.position?.start.line ?? 1) + lineOffset;
		const rule = ALLOWED[node.type];
		const message = rule ? rule(node) : node.type === 'html' ? htmlMessage(node.value) : (REFUSED[node.type] ?? `${node.type} is not allowed in a story — ${WRITE_MARKDOWN}`);
		if (message) problems.push({ line, message });
		if (depth > MAX_DEPTH) {
			problems.push({ line, message: TOO_DEEP });
			continue;
		}
		if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, depth: depth + 1 });
	}
	// "<b>bold</b>" is two HTML nodes on one line: say it once.
	const seen = new Set<string>();
	return problems.filter((p) => !seen.has(`${p.line}\0${p.message}`) && Boolean(seen.add(`${p.line}\0${p.message}`))).sort((a, b) => a.line - b.line);
}

/**
 * Parses a story once and checks it. `tree` is absent when the text was refused before parsing;
 * the renderer must only be given a tree that came back with no problems.
 * `lineOffset` is the number of file lines before the story's first line.
 */
export function checkStory(story: string, lineOffset = 0): { tree: Root | undefined; problems: StoryProblem[] } {
	const { problems: textProblems, parse } = checkStoryText(story, lineOffset);
	if (!parse) return { tree: undefined, problems: textProblems };
	let tree: Root;
	try {
		tree = parseStory(story);
	} catch (error) {
		// The parser recurses once per nesting level: thousands of "> " on a line exhaust the stack.
		const message = error instanceof RangeError ? TOO_DEEP : `the story cannot be read as Markdown (${String(error).slice(0, 80)})`;
		return { tree: undefined, problems: [...textProblems, { line: 1 + lineOffset, message }] };
	}
	const problems = [...textProblems, ...checkStoryTree(tree, lineOffset)].sort((a, b) => a.line - b.line);
	return { tree, problems };
}
