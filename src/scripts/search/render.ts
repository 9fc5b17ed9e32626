/**
 * Search results as cards: a pass is a pass card (pass-card-dom.ts, PassCard.astro's markup) with
 * its tour and a few words of its story; other pages get a card of their own in the same frame.
 * Everything from the index is inserted as text; the only markup kept from Pagefind is its
 * <mark> highlighting, rebuilt element by element.
 */
import { PASS_BADGES, type PassBadge } from '../../lib/catalog/pass-badges.ts';
import { RESULT_KINDS } from '../../lib/search/search-facets.ts';
import { element } from '../dom.ts';
import { type PassCardFacts, passCard } from '../pass-card-dom.ts';
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

/** A part's excerpt starts with its heading when the words matched near it: the card needs only the words. */
function withoutHeading(excerpt: string, heading: string): string {
	return heading && excerpt.startsWith(heading) ? excerpt.slice(heading.length).replace(/^[.:]?\s*/, '') : excerpt;
}

/**
 * Where a result's matched words are worth quoting: prose its authors wrote (a pass's story, the
 * sections of a pass type's guide), never a list of facts. Other kinds are never quoted.
 */
const QUOTABLE_SECTIONS: Partial<Record<string, (url: string) => boolean>> = {
	[RESULT_KINDS.pass]: (url) => url.endsWith('#story'),
	[RESULT_KINDS.passType]: (url) => url.includes('#'),
};

/**
 * What a result says under its title: the words that matched, when they are in quotable prose;
 * otherwise the page's own sentence about itself (`snippet`: a pass's story opening, a band's or
 * tour's summary). Pagefind's excerpt only for a page without one, which no indexed kind lacks.
 */
function snippetOf(result: PagefindResultData, kind: string): (Node | string)[] {
	const quotable = QUOTABLE_SECTIONS[kind];
	const matched = quotable && result.sub_results?.find((s) => quotable(s.url) && s.excerpt.includes('<mark>'));
	if (matched) return excerptNodes(withoutHeading(matched.excerpt, matched.title));
	return result.meta['snippet'] ? [result.meta['snippet']] : excerptNodes(result.excerpt);
}

/** The badge keys a result's metadata lists, checked against the badge table. */
function resultBadges(keys: string | undefined): PassBadge[] {
	return (keys ?? '').split(' ').filter((k): k is PassBadge => Object.hasOwn(PASS_BADGES, k));
}

/** A pass result's facts as a card takes them (PassIndexData.astro writes this metadata). */
export function passFactsOf(result: PagefindResultData): PassCardFacts {
	const { meta } = result;
	return {
		id: meta['pass'] ?? '',
		url: result.url,
		title: meta['title'] ?? result.url,
		band: meta['band'] ?? '',
		type: meta['type'] ?? '',
		date: meta['date'] ?? '',
		badges: resultBadges(meta['badges']),
		image: meta['image'],
	};
}

/** A band, tour, guide, pass type or printer: a card of its own with the pass cards' frame and title. */
function pageCard(result: PagefindResultData, kind: string): HTMLElement {
	const { meta } = result;
	const photo = meta['image']
		? element('div', { class: 'page-card-photo' }, element('img', { src: meta['image'], alt: '', width: '320', height: '240', loading: 'lazy', decoding: 'async' }))
		: element('div', { class: 'page-card-photo is-empty', 'aria-hidden': 'true' }, kind);
	const body = element(
		'div',
		{ class: 'page-card-body' },
		element('h3', { class: 'page-card-title' }, element('a', { href: result.url }, meta['title'] ?? result.url)),
		element('p', { class: 'page-card-kind' }, kind),
		element('p', { class: 'excerpt' }, ...snippetOf(result, kind)),
	);
	return element('article', { class: 'page-card' }, photo, body);
}

/** One search result: a pass card with its tour and a few words, or a card for another page. */
export function resultCard(result: PagefindResultData, kind: string | undefined): HTMLLIElement {
	const card =
		kind === RESULT_KINDS.pass && result.meta['pass']
			? passCard(passFactsOf(result), { tour: result.meta['tour'], snippet: snippetOf(result, RESULT_KINDS.pass) })
			: pageCard(result, kind ?? '');
	return element('li', {}, card);
}
