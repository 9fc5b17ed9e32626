/** Reading a Markdown tree in tests: what a rendered comment or story turned into. */
import type { Nodes, Root } from 'mdast';

/** Every node of a Markdown tree, the root first, in document order. */
export function mdastNodes(tree: Root): Nodes[] {
	const all: Nodes[] = [];
	const walk = (node: Nodes) => {
		all.push(node);
		if ('children' in node) for (const child of node.children) walk(child as Nodes);
	};
	walk(tree);
	return all;
}
