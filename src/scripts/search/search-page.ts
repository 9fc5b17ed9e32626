/**
 * The search page: reads its state from the URL, asks Pagefind, and shows filter groups with
 * counts, sorted results and band-name suggestions. The form works without this script (it
 * submits the same URL); the script makes it live, and keeps the URL in step so links, reloads
 * and back/forward reproduce what is on screen.
 */
import { type BandSuggestion, type SuggestibleBand, suggestBands } from '../../lib/search/band-suggester.ts';
import { FACETS, type FilterKey, RESULT_KINDS, type SortName, compareValues } from '../../lib/search/search-facets.ts';
import {
	type SearchState,
	hasFilters,
	parseSearchState,
	toPagefindFilters,
	toPagefindSort,
	toggleFilter,
	writeSearchState,
} from '../../lib/search/search-state.ts';
import { type FilterCounts, type PagefindInstance, type PagefindResult, loadCounter, loadFinder } from './pagefind-api.ts';
import { byId, element } from '../dom.ts';
import { resultCard } from './render.ts';

const PAGE_SIZE = 20;
/** Values shown per filter group before "Show all". */
const VISIBLE_VALUES = 8;

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
const filtersPanel = byId<HTMLDetailsElement>('search-filters-panel');
const filterCount = byId<HTMLSpanElement>('search-filter-count');
const data = JSON.parse(byId<HTMLScriptElement>('search-data').textContent ?? '{}') as PageData;

let state = parseSearchState(location.search);
let run = 0;
let shownResults: PagefindResult[] = [];
let shownCount = 0;

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

/** Counts per filter value. A group's own selection is left out of its counts ("any of" groups). */
async function countsFor(pagefind: PagefindInstance, term: string | null, current: SearchState, main: FilterCounts): Promise<FilterCounts> {
	const counts: FilterCounts = { ...main };
	await Promise.all(
		FACETS.map(async ({ key, combine }) => {
			// An all-of group narrows with each value it has: its counts are those of the results shown.
			if (combine === 'all' || !(current.filters[key]?.length)) return;
			const without = await pagefind.search(term, { filters: toPagefindFilters(current, key) });
			counts[key] = without.filters[key] ?? {};
		}),
	);
	return counts;
}

/** Groups with a natural order keep it; the rest list their most common values first (FACETS' `listing`). */
function orderValues(facet: (typeof FACETS)[number], values: string[], totals: Record<string, number>): string[] {
	return values.sort(compareValues(facet, data.order[facet.key], totals));
}

/** One filter value: its checkbox, its label and how many results choosing it gives. */
function filterItem(key: FilterKey, value: string, i: number, count: number, checked: boolean): HTMLLIElement {
	const id = `filter-${key}-${i}`;
	const box = element('input', { type: 'checkbox', id, name: key, value });
	box.checked = checked;
	const item = element('li', {}, box, element('label', { for: id }, value, element('span', { class: 'count' }, ` (${count})`)));
	if (count === 0 && !checked) {
		box.setAttribute('aria-disabled', 'true');
		item.classList.add('empty');
	}
	return item;
}

function renderFilters(all: FilterCounts, counts: FilterCounts, current: SearchState): void {
	const openGroups = new Set([...filtersBox.querySelectorAll('details[open]')].map((d) => d.getAttribute('data-key')));
	filtersBox.replaceChildren();
	for (const facet of FACETS) {
		const { key, label } = facet;
		const values = orderValues(facet, Object.keys(all[key] ?? {}), all[key] ?? {});
		if (values.length === 0) continue;
		const selected = current.filters[key] ?? [];
		const fieldset = element('fieldset', { class: 'filter-group' }, element('legend', {}, label));
		const list = element('ul', {});
		const hidden: number[] = [];
		values.forEach((value, i) => {
			const checked = selected.includes(value);
			if (i < VISIBLE_VALUES || checked) list.append(filterItem(key, value, i, counts[key]?.[value] ?? 0, checked));
			else hidden.push(i);
		});
		fieldset.append(list);
		if (hidden.length > 0) {
			// At 10,000 passes the tour group alone has 2,000+ values: they are made when asked for.
			const extra = element('ul', {});
			const more = element('details', { 'data-key': key }, element('summary', {}, `Show all ${values.length}`), extra);
			const fill = () => {
				if (extra.childElementCount === 0) extra.append(...hidden.map((i) => filterItem(key, values[i] ?? '', i, counts[key]?.[values[i] ?? ''] ?? 0, false)));
			};
			more.addEventListener('toggle', () => {
				if (more.open) fill();
			});
			if (openGroups.has(key)) {
				fill();
				more.setAttribute('open', '');
			}
			fieldset.append(more);
		}
		filtersBox.append(fieldset);
	}
}

function describe(current: SearchState, total: number): string {
	const what = total === 1 ? 'result' : 'results';
	const filters = Object.values(current.filters).reduce((n, v) => n + v.length, 0);
	const filtered = filters > 0 ? ` with ${filters} filter${filters === 1 ? '' : 's'}` : '';
	if (current.query) return `${total} ${what} for “${current.query}”${filtered}.`;
	if (filters > 0) return `${total} ${what}${filtered}.`;
	return `All ${total} passes, ${current.sort === 'relevance' ? 'most recently added first' : 'sorted'}. Type a word or pick a filter to narrow them.`;
}

function suggestionLink(current: SearchState, query: string, exact = false): HTMLAnchorElement {
	const href = `?${writeSearchState({ ...current, query, exact })}`;
	return element('a', { href, 'data-query': query, ...(exact ? { 'data-exact': '' } : {}) }, query);
}

/** "Showing results for Nirvana — search instead for nirvanna", or "Did you mean Nirvana?". */
function renderSuggestions(suggestions: BandSuggestion[], current: SearchState, corrected: string | undefined, total: number): void {
	suggestionsBox.replaceChildren();
	if (!current.query) return;
	if (corrected) {
		suggestionsBox.append(
			element('p', { class: 'did-you-mean' }, 'Showing results for ', element('strong', {}, corrected), '. ', 'Search instead for ', suggestionLink(current, current.query, true), '.'),
		);
		return;
	}
	const useful = suggestions.filter((s) => s.distance > 0 || total === 0);
	if (useful.length === 0) return;
	const links = useful.map((s) => suggestionLink(current, s.band.name));
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
	resultsList.append(...cards);
	const firstNew = cards[0]?.querySelector('a');
	if (shownCount > 0 && firstNew) firstNew.focus();
	shownCount += next.length;
	moreButton.hidden = shownCount >= shownResults.length;
	moreButton.textContent = `Show more results (${shownResults.length - shownCount} left)`;
}

/** What one search asks Pagefind: the words (a misspelt band name corrected), filters and order. */
function plan(current: SearchState) {
	const browsing = !current.query && !hasFilters(current);
	const suggestions = current.query ? suggestBands(current.query, data.bands) : [];
	// A misspelt band name on its own ("nirvanna") is searched as the band it most likely means.
	const top = suggestions[0];
	const corrected = !current.exact && top && top.distance > 0 && top.wholeQuery ? top.band.name : undefined;
	const term = corrected ?? (current.query || null);
	const filters = browsing ? { kind: { any: [RESULT_KINDS.pass] } } : toPagefindFilters(current);
	const sort = toPagefindSort(current.sort) ?? (browsing ? { added: 'desc' } : undefined);
	return { browsing, suggestions, corrected, term, filters, sort };
}

/** The filter panel is filled (and kept counted) only while someone can see it. */
const NOT_COUNTED = -1;
let countedRun = 0;
async function updateFilters(current: SearchState, mine: number): Promise<void> {
	if (!filtersPanel.open || countedRun === mine) {
		if (!filtersPanel.open) filtersBox.removeAttribute('aria-busy');
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
		renderFilters(all, counts, current);
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
	if (filtersPanel.open && filtersBox.querySelector('fieldset')) filtersBox.setAttribute('aria-busy', 'true');
	try {
		const pagefind = await loadFinder();
		const { browsing, suggestions, corrected, term, filters, sort } = plan(current);
		const main = await pagefind.search(term, { filters, sort });
		if (mine !== run) return;
		shownResults = main.results;
		shownCount = 0;
		resultsList.replaceChildren();
		renderSuggestions(suggestions, current, corrected, main.results.length);
		if (main.results.length === 0) {
			renderNoResults(current);
			moreButton.hidden = true;
		} else {
			await showMore();
		}
		if (mine !== run) return;
		statusLine.textContent = describe({ ...current, query: corrected ?? current.query }, main.results.length);
		const selected = Object.values(current.filters).reduce((n, v) => n + v.length, 0);
		filterCount.textContent = selected > 0 ? `(${selected} selected)` : '';
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
	if (target.closest('[data-action=clear-filters]')) {
		const next = { ...state, filters: {} };
		syncForm(next);
		go(next, 'push');
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

// Filters sit beside the results on wide screens; on phones they fold away above them.
const wide = window.matchMedia('(min-width: 56rem)');
filtersPanel.open = wide.matches;
wide.addEventListener('change', () => {
	filtersPanel.open = wide.matches;
});
// A search in progress fills the panel when it is done; counting now would only slow it down.
filtersPanel.addEventListener('toggle', () => {
	if (!form.hasAttribute('aria-busy')) void updateFilters(state, run);
});

filtersBox.replaceChildren(element('p', { class: 'muted' }, 'Loading filters…'));
syncForm(state);
void search(state);
