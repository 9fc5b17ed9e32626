/**
 * Finds the line of a field in a content file, so a problem can point at it:
 * "content/passes/x/index.mdx:12: photos[1].alt: …". Works on YAML frontmatter and on JSON
 * (JSON is YAML). A missing field points at its nearest parent that exists.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { fieldPath } from './content-problems.ts';


/** Frontmatter text and the file line it starts on; the whole text for JSON. */
function dataPart(text: string, isMarkdown: boolean): { source: string; firstLine: number } {
	if (!isMarkdown) return { source: text, firstLine: 1 };
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	return { source: match?.[1] ?? '', firstLine: 2 };
}

export function lineOfField(text: string, field: string, isMarkdown: boolean): number | undefined {
	const { source, firstLine } = dataPart(text, isMarkdown);
	const lineCounter = new LineCounter();
	let node: unknown;
	try {
		node = parseDocument(source, { lineCounter }).contents;
	} catch {
		return undefined;
	}
	const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + firstLine - 1);
	let line = lineAt((node as Node | null)?.range?.[0]);
	for (const segment of fieldPath(field)) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
			if (!pair) break;
			line = lineAt((pair.key as Node).range?.[0]) ?? line;
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number') {
			const item = node.items[segment] as Node | undefined;
			if (!item) break;
			line = lineAt(item.range?.[0]) ?? line;
			node = item;
		} else {
			break;
		}
	}
	return line;
}
