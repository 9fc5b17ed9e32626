/**
 * The search page: reads its state from the URL, asks Pagefind, and shows filter groups with
 * counts, the filters in use as chips, sorted results and band-name suggestions. The form works
 * without this script (it submits the same URL); the script makes it live, and keeps the URL in
 * step so links, reloads and back/forward reproduce what is on screen.
 */
import { type BandAdvice, type SuggestibleBand, bandAdvice } from '../../lib/search/band-suggester.ts';
import { type FilterKey, RESULT_KINDS, type SortName } from '../../lib/search/search-facets.ts';
import {
	type SearchState,
	activeFilters,
	filterCount,
	hasFilters,
	parseSearchState,
	toPagefindFilters,
	toPagefindSort,
	toggleFilter,
	writeSearchState,
} from '../../lib/search/search-state.ts';
import { enhanceCollectionBoxes } from '../collection/pass-buttons.ts';
import { byId, element } from '../dom.ts';
import { countsFor } from './filter-counts.ts';
import { renderFilters } from './filter-groups.ts';
import { renderChips } from './filter-chips.ts';
import { wireFilterSheet } from './filter-sheet.ts';
import { type PagefindResult, loadCounter, loadFinder } from './pagefind-api.ts';
import { resultCard } from './render.ts';

const PAGE_SIZE = 20;

interface PageData {
	bands: SuggestibleBand[];
	/** Display order of values in some groups (pass types by guide order, statuses…). */
	order: Partial<Record<FilterKey, string[]>>;
}

const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-query');
const sortSelect = byId<HTMLSelectElement>('search-sort');
const filtersBox = byId<HTMLDivElement>('search-filters');
const statusLine = byId<HTMLParagraphElement>('search-status');
const suggestionsBox = byId<HTMLDivElement>('search-suggestions');
const resultsList = byId<HTMLOListElement>('search-results');
const moreButton = byId<HTMLButtonElement>('search-more');
const clearButton = byId<HTMLButtonElement>('search-clear');
const filtersPanel = byId<HTMLDialogElement>('search-filters-panel');
const chips = form.querySelector<HTMLUListElement>('[data-filter-chips]');
const data = JSON.parse(byId<HTMLScriptElement>('search-data').textContent ?? '{}') as PageData;

let state = parseSearchState(location.search);
let run = 0;
let shownResults: PagefindResult[] = [];
let shownCount = 0;
let stopFollowingCollection = () => {};

/** The state with the words now in the box; changed words are searched as typed, not "exact". */
function withTypedQuery(current: SearchState): SearchState {
	const query = input.value.trim();
	return query === current.query ? current : { ...current, query, exact: false };
}

/**
 * The state after the reader changed one control. Only that control is read: a selected filter
 * whose checkbox is not on screen (panel folded or still counting, closed "Show all") stays.
 */
function stateAfterChange(target: EventTarget | null): SearchState {
	const current = withTypedQuery(state);
	if (target instanceof HTMLInputElement && target.type === 'checkbox') {
		return toggleFilter(current, target.name as FilterKey, target.value, target.checked);
	}
	// The select lists exactly the sort names of SORTS.
	if (target === sortSelect) return { ...current, sort: sortSelect.value as SortName };
	return current;
}

function syncForm(next: SearchState): void {
	input.value = next.query;
	sortSelect.value = next.sort;
	for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
		box.checked = (next.filters[box.name as FilterKey] ?? []).includes(box.value);
	}
}

function go(next: SearchState, history: 'push' | 'replace' | 'none'): void {
	const query = writeSearchState(next);
	const url = `${location.pathname}${query ? `?${query}` : ''}`;
	if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
	if (history === 'replace') window.history.replaceState(null, '', url);
	state = next;
	void search(next);
}

function describe(current: SearchState, total: number): string {
	const what = total === 1 ? 'result' : 'results';
	const filters = filterCount(current);
	const filtered = filters > 0 ? ` with ${filters} filter${filters === 1 ? '' : 's'}` : '';
	if (current.query) return `${total} ${what} for “${current.query}”${filtered}.`;
	if (filters > 0) return `${total} ${what}${filtered}.`;
	return `All ${total} passes, ${current.sort === 'relevance' ? 'newest additions first' : 'sorted'}.`;
}

function suggestionLink(current: SearchState, query: string, exact = false): HTMLAnchorElement {
	const href = `?${writeSearchState({ ...current, query, exact })}`;
	return element('a', { href, 'data-query': query, ...(exact ? { 'data-exact': '' } : {}) }, query);
}

/** "Showing results for Nirvana — search instead for nirvanna", or "Did you mean Nirvana?". */
function renderSuggestions(advice: BandAdvice, current: SearchState): void {
	suggestionsBox.replaceChildren();
	if (!current.query) return;
	if (advice.corrected) {
		suggestionsBox.append(
			element('p', { class: 'did-you-mean' }, 'Showing results for ', element('strong', {}, advice.corrected.name), '. ', 'Search instead for ', suggestionLink(current, current.query, true), '.'),
		);
		return;
	}
	if (advice.offered.length === 0) return;
	const links = advice.offered.map((band) => suggestionLink(current, band.name));
	const sentence: (Node | string)[] = ['Did you mean '];
	links.forEach((link, i) => sentence.push(link, i < links.length - 2 ? ', ' : i === links.length - 2 ? ' or ' : '?'));
	suggestionsBox.append(element('p', { class: 'did-you-mean' }, ...sentence));
}

function renderNoResults(current: SearchState): void {
	const tips = element('ul', {});
	if (hasFilters(current)) tips.append(element('li', {}, 'Remove a filter, or ', element('button', { type: 'button', 'data-action': 'clear-filters', class: 'link-button' }, 'clear all filters'), '.'));
	if (current.query) tips.append(element('li', {}, 'Check the spelling, or try fewer or shorter words — a band, a tour, a year, a city.'));
	tips.append(element('li', {}, 'Browse instead: ', element('a', { href: '/browse/' }, 'by type, decade, band status or security feature'), '.'));
	resultsList.replaceChildren(element('li', { class: 'no-results' }, element('p', {}, 'Nothing in the catalog matches.'), tips));
}

async function showMore(): Promise<void> {
	const next = shownResults.slice(shownCount, shownCount + PAGE_SIZE);
	const items = await Promise.all(next.map((r) => r.data()));
	const cards = items.map((item) => resultCard(item, item.filters['kind']?.[0]));
	if (shownCount === 0) resultsList.replaceChildren();
	resultsList.append(...cards);
	const stop = enhanceCollectionBoxes(cards.flatMap((card) => [...card.querySelectorAll<HTMLElement>('[data-card-collection]')]));
	const previous = stopFollowingCollection;
	stopFollowingCollection = shownCount === 0 ? stop : () => (previous(), stop());
	const firstNew = cards[0]?.querySelector('a');
	if (shownCount > 0 && firstNew) firstNew.focus();
	shownCount += next.length;
	moreButton.hidden = shownCount >= shownResults.length;
	moreButton.textContent = `Show more results (${shownResults.length - shownCount} left)`;
}

/** What one search asks Pagefind: the words (a misspelt band name corrected), filters and order. */
function plan(current: SearchState) {
	const browsing = !current.query && !hasFilters(current);
	// A misspelt band name on its own ("nirvanna") is searched as the band it most likely means.
	const corrected = bandAdvice(current.query, data.bands, { exact: current.exact }).corrected?.name;
	const term = corrected ?? (current.query || null);
	const filters = browsing ? { kind: { any: [RESULT_KINDS.pass] } } : toPagefindFilters(current);
	const sort = toPagefindSort(current.sort) ?? (browsing ? { added: 'desc' } : undefined);
	return { browsing, corrected, term, filters, sort };
}

/** The filter panel is filled (and kept counted) only while someone can see it. */
const NOT_COUNTED = -1;
let countedRun = 0;
async function updateFilters(current: SearchState, mine: number): Promise<void> {
	if (!sheet.visible() || countedRun === mine) {
		if (!sheet.visible()) filtersBox.removeAttribute('aria-busy');
		return;
	}
	countedRun = mine;
	filtersBox.setAttribute('aria-busy', 'true');
	try {
		const pagefind = await loadCounter();
		const all = await pagefind.filters();
		// Pagefind runs one search at a time: a newer search must not wait behind stale counting.
		if (mine !== run) return;
		const { browsing, term, filters } = plan(current);
		const main = await pagefind.search(term, { filters });
		const counts = browsing ? main.filters : await countsFor(pagefind, term, current, main.filters);
		if (mine !== run) return;
		renderFilters(filtersBox, all, counts, current, data.order);
	} catch (error) {
		if (mine === run) filtersBox.replaceChildren(element('p', {}, 'Filters are not available right now. Close and open them to try again.'));
		// Opening the panel again (or the next search) tries again.
		if (countedRun === mine) countedRun = NOT_COUNTED;
		console.error(error);
	} finally {
		if (countedRun === mine || countedRun === NOT_COUNTED) filtersBox.removeAttribute('aria-busy');
	}
}

async function search(current: SearchState): Promise<void> {
	const mine = ++run;
	form.setAttribute('aria-busy', 'true');
	// The counts on screen are the previous search's until this one has counted its own.
	if (sheet.visible() && filtersBox.querySelector('fieldset')) filtersBox.setAttribute('aria-busy', 'true');
	if (chips) renderChips(chips, activeFilters(current));
	try {
		const pagefind = await loadFinder();
		const { browsing, corrected, term, filters, sort } = plan(current);
		const main = await pagefind.search(term, { filters, sort });
		if (mine !== run) return;
		const total = main.results.length;
		shownResults = main.results;
		shownCount = 0;
		stopFollowingCollection();
		renderSuggestions(bandAdvice(current.query, data.bands, { exact: current.exact, results: total }), current);
		if (total === 0) {
			renderNoResults(current);
			moreButton.hidden = true;
		} else {
			await showMore();
		}
		if (mine !== run) return;
		statusLine.textContent = describe({ ...current, query: corrected ?? current.query }, total);
		sheet.update(total === 0 ? 'No results: change the filters' : `Show ${total} result${total === 1 ? '' : 's'}`, filterCount(current));
		clearButton.hidden = browsing;
		form.removeAttribute('aria-busy');
		void updateFilters(current, mine);
	} catch (error) {
		statusLine.textContent = 'Search is not available right now. Browse the catalog instead.';
		if (mine === run) filtersBox.removeAttribute('aria-busy');
		console.error(error);
	} finally {
		if (mine === run) form.removeAttribute('aria-busy');
	}
}

// A search in progress fills the panel when it is done; counting now would only slow it down.
const sheet = wireFilterSheet(filtersPanel, () => {
	if (!form.hasAttribute('aria-busy')) void updateFilters(state, run);
});

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
	clearTimeout(typing);
	typing = setTimeout(() => go(withTypedQuery(state), 'replace'), 180);
});
form.addEventListener('submit', (event) => {
	event.preventDefault();
	clearTimeout(typing);
	go(withTypedQuery(state), 'push');
});
form.addEventListener('change', (event) => {
	if (event.target === input) return;
	clearTimeout(typing);
	go(stateAfterChange(event.target), 'push');
});
form.addEventListener('click', (event) => {
	const target = event.target as HTMLElement;
	const suggestion = target.closest<HTMLAnchorElement>('a[data-query]');
	if (suggestion) {
		event.preventDefault();
		const next = { ...state, query: suggestion.dataset['query'] ?? '', exact: suggestion.hasAttribute('data-exact') };
		syncForm(next);
		go(next, 'push');
		input.focus();
	}
	const chip = target.closest<HTMLButtonElement>('[data-remove-key], [data-remove-all]');
	if (target.closest('[data-action=clear-filters]') || chip?.hasAttribute('data-remove-all')) {
		const next = { ...state, filters: {} };
		syncForm(next);
		go(next, 'push');
	} else if (chip) {
		const next = toggleFilter(state, chip.dataset['removeKey'] as FilterKey, chip.dataset['removeValue'] ?? '', false);
		syncForm(next);
		go(next, 'push');
		// The chip is gone: keep the keyboard near where it was.
		(chips?.querySelector<HTMLButtonElement>('button') ?? input).focus();
	}
});
clearButton.addEventListener('click', () => {
	const next = parseSearchState('');
	syncForm(next);
	go(next, 'push');
	input.focus();
});
moreButton.addEventListener('click', () => void showMore());
window.addEventListener('popstate', () => {
	state = parseSearchState(location.search);
	syncForm(state);
	void search(state);
});

filtersBox.replaceChildren(element('p', { class: 'muted' }, 'Loading filters…'));
syncForm(state);
void search(state);
