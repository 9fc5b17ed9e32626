/**
 * Splits a content file into its YAML frontmatter and body, the way the loader, `validate` and
 * the scaffold all read passes. The body keeps its original line numbers (the frontmatter is
 * blanked out, line breaks kept), so problems in it point into the file.
 *
 * The frontmatter is a stranger's YAML, parsed once with the `yaml` package (YAML 1.2 core schema)
 * and held to plain data: no anchors or aliases (a 12 kB file must not expand into megabytes), no
 * explicit tags, no duplicate keys, nothing the parser warns about, at most MAX_DATA_BYTES. Every
 * refusal names the line in the file.
 */
import { LineCounter, type Node, isAlias, isMap, parseDocument, visit } from 'yaml';
import { MAX_DATA_BYTES, MAX_STORY_CHARS } from './content-limits.ts';

export type SplitFile =
	| { frontmatter: Record<string, unknown>; body: string }
	| { error: string; /** 1-based line in the file, when the problem has one. */ line?: number };

/** Line of the file the frontmatter's first line is on (line 1 is the opening `---`). */
const FIRST_LINE = 2;

export function splitFrontmatter(text: string): SplitFile {
	const open = /^---[ \t]*\r?\n/.exec(text);
	if (open === null) return { error: 'must start with a frontmatter block: a line "---", the fields, and another "---"', line: 1 };
	const close = /^---[ \t]*$/m.exec(text.slice(open[0].length));
	if (close === null) return { error: 'the frontmatter has no closing "---" line', line: 1 };
	const source = text.slice(open[0].length, open[0].length + close.index);
	const end = open[0].length + close.index + close[0].length;
	if (new TextEncoder().encode(source).length > MAX_DATA_BYTES) {
		return { error: `the frontmatter is longer than ${MAX_DATA_BYTES / 1024} kB — shorten it`, line: FIRST_LINE };
	}

	const parsed = parseFrontmatterYaml(source);
	if ('error' in parsed) return parsed;

	// Blank the frontmatter out but keep its line breaks, so the body's lines are the file's lines.
	const body = text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
	const story = storyProblem(body);
	return story ?? { frontmatter: parsed.data, body };
}

function parseFrontmatterYaml(source: string): { data: Record<string, unknown> } | { error: string; line: number } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
	const lineOf = (offset: number | undefined) => lineCounter.linePos(offset ?? 0).line + FIRST_LINE - 1;
	const refuse = (message: string, offset: number | undefined) => ({ error: message, line: lineOf(offset) });

	const first = doc.errors[0] ?? doc.warnings[0];
	if (first !== undefined) return refuse(`the frontmatter is not valid YAML: ${yamlMessage(first.message)}`, first.pos[0]);
	let found: { error: string; line: number } | undefined;
	visit(doc, {
		Node(_key, node) {
			const at = (node as Node).range?.[0];
			if (isAlias(node)) found = refuse(`the frontmatter uses a YAML alias (*${node.source}) — write the value out; anchors and aliases are not allowed`, at);
			else if (node.anchor) found = refuse(`the frontmatter uses a YAML anchor (&${node.anchor}) — anchors and aliases are not allowed`, at);
			else if (node.tag) found = refuse(`the frontmatter uses a YAML tag (${node.tag}) — write plain values; tags are not allowed`, at);
			return found === undefined ? undefined : visit.BREAK;
		},
	});
	if (found !== undefined) return found;
	if (!isMap(doc.contents)) return refuse('the frontmatter must be fields, one "key: value" per line', doc.contents?.range?.[0]);
	return { data: doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown> };
}

/** The parser's message without its own position (the problem carries the file's line). */
function yamlMessage(message: string): string {
	return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** The story's length cap (the story checker parses nothing longer either). */
function storyProblem(body: string): { error: string; line: number } | undefined {
	const chars = [...body.trim()].length;
	if (chars > MAX_STORY_CHARS) {
		const lead = body.length - body.trimStart().length;
		return { error: `the story is ${chars.toLocaleString('en')} characters long, more than the ${MAX_STORY_CHARS.toLocaleString('en')} allowed — shorten it`, line: body.slice(0, lead).split('\n').length };
	}
	return undefined;
}
