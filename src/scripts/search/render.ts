/**
 * DOM builders for the search page. Everything from the index is inserted as text; the only
 * markup kept from Pagefind is its <mark> highlighting, rebuilt element by element.
 */
import { element } from '../dom.ts';
import type { PagefindResultData } from './pagefind-api.ts';

const decoder = document.createElement('textarea');
function decodeEntities(text: string): string {
	decoder.innerHTML = text.replace(/</g, '&lt;');
	return decoder.value;
}

/** Pagefind's excerpt as nodes: text, with only <mark>…</mark> turned into elements. */
export function excerptNodes(excerpt: string): Node[] {
	const nodes: Node[] = [];
	let marked = false;
	for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
		if (part === '<mark>') marked = true;
		else if (part === '</mark>') marked = false;
		else if (part) {
			const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
			nodes.push(marked ? element('mark', {}, text) : document.createTextNode(text));
		}
	}
	return nodes;
}

/** One result: thumbnail, linked title, what it is, and the matching words in context. */
export function resultCard(result: PagefindResultData, kind: string | undefined): HTMLLIElement {
	const { meta } = result;
	const title = meta['title'] ?? result.url;
	const details = kind === 'Pass' ? [meta['band'], meta['type'], meta['date']] : [kind];
	const body = element(
		'div',
		{ class: 'body' },
		element('h3', {}, element('a', { href: result.url }, title)),
		element('p', { class: 'result-kind' }, details.filter(Boolean).join(' · ')),
		element('p', { class: 'excerpt' }, ...excerptNodes(result.excerpt)),
	);
	const card = element('article', { class: 'result' });
	if (meta['image']) {
		card.append(element('img', { src: meta['image'], alt: meta['image_alt'] ?? '', width: '120', height: '120', loading: 'lazy', decoding: 'async' }));
	} else {
		card.append(element('div', { class: 'result-placeholder', 'aria-hidden': 'true' }, (kind ?? '?').slice(0, 1)));
	}
	card.append(body);
	return element('li', {}, card);
}
