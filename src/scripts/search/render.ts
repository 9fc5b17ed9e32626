/**
 * DOM builders for search results, on the search page and in the filtered lists of band, tour,
 * type and pass-list pages. A result looks like a pass card (PassCard.astro): photo, title,
 * band, tour, type, date, badges, then a few words of its story. Everything from the index is
 * inserted as text; the only markup kept from Pagefind is its <mark> highlighting, rebuilt
 * element by element.
 */
import { PASS_BADGES, type PassBadge } from '../../lib/catalog/pass-badges.ts';
import { element } from '../dom.ts';
import { badgeList } from '../pass-badges-dom.ts';
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

/**
 * What a pass result says under its facts: the words that matched, when they are in its story;
 * otherwise the story's first words (or its one-line summary). Never the page's facts table,
 * which is what Pagefind's own excerpt shows when the words matched there.
 */
function passSnippet(result: PagefindResultData): (Node | string)[] {
	const story = result.sub_results?.find((s) => s.url.endsWith('#story') && s.excerpt.includes('<mark>'));
	return story ? excerptNodes(story.excerpt) : [result.meta['snippet'] ?? ''];
}

/** The badge keys a result's metadata lists, as the cards' badge markup. */
function resultBadges(keys: string | undefined): HTMLElement | null {
	return badgeList((keys ?? '').split(' ').filter((k): k is PassBadge => Object.hasOwn(PASS_BADGES, k)));
}

/** "Own" / "Want" toggles, as CardCollectionToggle.astro writes them; wired by the caller. */
function collectionToggles(passId: string, title: string): HTMLElement {
	return element(
		'div',
		{ class: 'card-collection', 'data-card-collection': '', 'data-pass-id': passId, role: 'group', 'aria-label': `My collection: ${title}`, hidden: '' },
		element('button', { type: 'button', 'aria-pressed': 'false', 'data-status': 'owned' }, 'Own'),
		element('button', { type: 'button', 'aria-pressed': 'false', 'data-status': 'wanted' }, 'Want'),
	);
}

/** One result as a card: photo (or the kind of page), linked title, facts, badges and words. */
export function resultCard(result: PagefindResultData, kind: string | undefined): HTMLLIElement {
	const { meta } = result;
	const title = meta['title'] ?? result.url;
	const isPass = kind === 'Pass';
	const card = element('article', { class: 'card result' });
	if (meta['image']) {
		card.append(element('img', { src: meta['image'], alt: meta['image_alt'] ?? '', width: '320', height: '240', loading: 'lazy', decoding: 'async' }));
	} else {
		card.append(element('div', { class: 'result-placeholder', 'aria-hidden': 'true' }, kind ?? ''));
	}
	const body = element('div', { class: 'body' }, element('h3', {}, element('a', { href: result.url }, title)));
	if (isPass) {
		body.append(element('p', {}, [meta['band'], meta['type']].filter(Boolean).join(' · ')));
		body.append(element('p', {}, [meta['tour'], meta['date']].filter(Boolean).join(' · ')));
		const badges = resultBadges(meta['badges']);
		if (badges) body.append(badges);
		body.append(element('p', { class: 'excerpt' }, ...passSnippet(result)));
		if (meta['pass']) body.append(collectionToggles(meta['pass'], title));
	} else {
		body.append(element('p', { class: 'result-kind' }, kind ?? ''));
		body.append(element('p', { class: 'excerpt' }, ...excerptNodes(result.excerpt)));
	}
	card.append(body);
	return element('li', {}, card);
}
