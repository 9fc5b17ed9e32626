/**
 * One pass card built in the browser, for lists of passes made from the search index (search
 * results, lists filtered in place): the markup PassCard.astro writes, so the two are styled,
 * focused and toggled alike (pass-card.css). Everything is inserted as text.
 */
import type { PassBadge } from '../lib/catalog/pass-badges.ts';
import { element } from './dom.ts';
import { badgeList } from './pass-badges-dom.ts';

/** What a card shows of a pass: the same facts PassCard.astro takes from the catalog. */
export interface PassCardFacts {
	id: string;
	url: string;
	title: string;
	band: string;
	type: string;
	date: string;
	badges: readonly PassBadge[];
	/** The front photo's card thumbnail; without one the card shows the band's initial. */
	image?: string | undefined;
}

/** What only some lists add to a card. */
export interface PassCardOptions {
	/** Heading level of the title, to fit the page's outline (PassCard.astro's `level`). */
	level?: 'h2' | 'h3';
	/** Shown before the date (a search result names its tour; a band page's card does not). */
	tour?: string | undefined;
	/** A few words under the facts (a search result's snippet, with its <mark>s). */
	snippet?: (Node | string)[];
}

/** "Own" / "Want", as CardCollectionToggle.astro writes them; pass-buttons.ts wires them. */
function collectionToggles(passId: string, title: string): HTMLDivElement {
	return element(
		'div',
		{ class: 'card-collection', 'data-card-collection': '', 'data-pass-id': passId, role: 'group', 'aria-label': `My collection: ${title}`, hidden: '' },
		element('button', { type: 'button', 'aria-pressed': 'false', 'data-status': 'owned' }, 'Own'),
		element('button', { type: 'button', 'aria-pressed': 'false', 'data-status': 'wanted' }, 'Want'),
	);
}

/** `article.pass-card` for one pass, as PassCard.astro draws it (its comment lists the names). */
export function passCard(facts: PassCardFacts, options: PassCardOptions = {}): HTMLElement {
	// The photo is decorative, as on static cards: the title beside it names the pass.
	const photo = facts.image
		? element('div', { class: 'pass-card-photo' }, element('img', { src: facts.image, width: '320', height: '240', loading: 'lazy', decoding: 'async', alt: '' }))
		: element('div', { class: 'pass-card-photo is-empty', 'aria-hidden': 'true' }, facts.band.slice(0, 1));
	const body = element(
		'div',
		{ class: 'pass-card-body' },
		element(options.level ?? 'h3', { class: 'pass-card-title' }, element('a', { href: facts.url }, facts.title)),
		element('p', { class: 'pass-card-meta' }, [facts.band, facts.type].filter(Boolean).join(' · ')),
		element('p', { class: 'pass-card-date' }, [options.tour, facts.date].filter(Boolean).join(' · ')),
	);
	const badges = badgeList(facts.badges);
	if (badges) body.append(badges);
	if (options.snippet) body.append(element('p', { class: 'excerpt' }, ...options.snippet));
	body.append(collectionToggles(facts.id, facts.title));
	return element('article', { class: 'pass-card', 'data-pass-id': facts.id }, photo, body);
}
