/** The few DOM helpers the site's browser scripts share. Data is always inserted as text. */

/** The element with this id; a missing one is a bug in the page, so it throws. */
export function byId<T extends HTMLElement>(id: string): T {
	const node = document.getElementById(id);
	if (!node) throw new Error(`#${id} is missing from the page`);
	return node as T;
}

/** Creates an element with attributes and children (strings become text nodes, never HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}
