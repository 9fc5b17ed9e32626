/**
 * Filters a page's list of passes in place (PassFilters.astro): the page's context (its band,
 * tour or type) and the boxes ticked are asked of Pagefind, the results replace the paged list,
 * the filters in use become chips, and counts follow. Without filters the page's own list is back.
 * Loaded by pass-filters.ts when a box is first ticked (or the URL has filters).
 */
import type { FilterKey, SortName } from '../../lib/search/search-facets.ts';
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
import { countsFor } from './filter-counts.ts';
import { markEmpty } from './filter-groups.ts';
import { renderChips } from './filter-chips.ts';
import type { FilterSheet } from './filter-sheet.ts';
import { type PagefindResult, loadCounter, loadFinder } from './pagefind-api.ts';
import { element } from '../dom.ts';
import { passCard } from '../pass-card-dom.ts';
import { passFactsOf } from './render.ts';

const PAGE_SIZE = 24;

function need<T extends Element>(root: Element, selector: string): T {
	const node = root.querySelector<T>(selector);
	if (!node) throw new Error(`${selector} is missing from the filters`);
	return node;
}

const plural = (n: number) => `${n} pass${n === 1 ? '' : 'es'}`;

/** Takes over a form whose sheet is wired; `from` says where the first filters are: the URL, or the boxes just ticked. */
export function startPassFilters(form: HTMLFormElement, sheet: FilterSheet, from: 'url' | 'boxes'): void {
	const staticList = need<HTMLElement>(form, '[data-filter-static]');
	const results = need<HTMLUListElement>(form, '[data-filter-results]');
	const more = need<HTMLButtonElement>(form, '[data-filter-more]');
	const status = need<HTMLElement>(form, '[data-filter-status]');
	const chips = need<HTMLUListElement>(form, '[data-filter-chips]');
	const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
	const total = Number(form.dataset['total']);
	const sort = toPagefindSort((form.dataset['sort'] ?? 'relevance') as SortName);
	const empty: SearchState = { query: '', filters: {}, sort: 'relevance', exact: false };
	const context: SearchState = { ...empty, filters: {} };
	for (const input of form.querySelectorAll<HTMLInputElement>('input[data-context]')) (context.filters[input.name as FilterKey] ??= []).push(input.value);
	const contextFilters = toPagefindFilters(context);
	const offered = new Set(boxes.map((b) => b.name));
	// Filtered cards are the page's own cards: same heading level, same grid, same Grid / List
	// choice. The toggle moves out of the static list so it stays while that list is hidden.
	const level = staticList.querySelector('.pass-card-title')?.tagName === 'H2' ? 'h2' : 'h3';
	if (staticList.querySelector('.pass-grid.is-switchable')) results.classList.add('is-switchable');
	const toggle = staticList.querySelector('.view-toggle');
	if (toggle) staticList.before(toggle);

	// Only the groups this page offers come from the URL: its context is not the reader's to change.
	const fromUrl = parseSearchState(location.search);
	let state: SearchState = { ...empty, filters: Object.fromEntries(Object.entries(fromUrl.filters).filter(([key]) => offered.has(key))) };
	if (from === 'boxes') state = boxes.filter((b) => b.checked).reduce((s, b) => toggleFilter(s, b.name as FilterKey, b.value, true), empty);
	let run = 0;
	let shown: PagefindResult[] = [];
	let shownCount = 0;
	let stopFollowing = () => {};

	const sync = () => {
		for (const box of boxes) box.checked = (state.filters[box.name as FilterKey] ?? []).includes(box.value);
	};
	const showCounts = (countOf: (box: HTMLInputElement) => number) => {
		for (const box of boxes) {
			const count = countOf(box);
			const label = box.labels?.[0]?.querySelector('.count');
			if (label) label.textContent = ` (${count})`;
			if (box.parentElement) markEmpty(box.parentElement, box, count);
		}
	};

	async function showMore(): Promise<void> {
		const next = shown.slice(shownCount, shownCount + PAGE_SIZE);
		const items = await Promise.all(next.map((r) => r.data()));
		const cards = items.map((item) => element('li', {}, passCard(passFactsOf(item), { level })));
		if (shownCount === 0) results.replaceChildren();
		results.append(...cards);
		const stop = enhanceCollectionBoxes(cards.flatMap((card) => [...card.querySelectorAll<HTMLElement>('[data-card-collection]')]));
		const previous = stopFollowing;
		stopFollowing = shownCount === 0 ? stop : () => (previous(), stop());
		if (shownCount > 0) cards[0]?.querySelector('a')?.focus();
		shownCount += next.length;
		more.hidden = shownCount >= shown.length;
	}

	async function recount(mine: number): Promise<void> {
		const counter = await loadCounter();
		const main = await counter.search(null, { filters: { ...toPagefindFilters(state), ...contextFilters } });
		const counts = await countsFor(counter, null, state, main.filters, contextFilters);
		if (mine === run) showCounts((box) => counts[box.name]?.[box.value] ?? 0);
	}

	async function apply(): Promise<void> {
		const query = writeSearchState(state);
		window.history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
		renderChips(chips, activeFilters(state));
		const mine = ++run;
		stopFollowing();
		if (!hasFilters(state)) {
			staticList.hidden = false;
			results.hidden = true;
			more.hidden = true;
			status.textContent = '';
			showCounts((box) => Number(box.dataset['count'] ?? 0));
			sheet.update(`Show ${plural(total)}`, 0);
			form.removeAttribute('aria-busy');
			return;
		}
		form.setAttribute('aria-busy', 'true');
		try {
			const pagefind = await loadFinder();
			const main = await pagefind.search(null, { filters: { ...toPagefindFilters(state), ...contextFilters }, sort });
			if (mine !== run) return;
			shown = main.results;
			shownCount = 0;
			staticList.hidden = true;
			results.hidden = false;
			await showMore();
			if (mine !== run) return;
			const n = shown.length;
			if (n === 0) results.replaceChildren();
			status.textContent = `${n} of ${plural(total)} match${n === 1 ? 'es' : ''} the filters.`;
			sheet.update(n === 0 ? 'No passes: change the filters' : `Show ${plural(n)}`, filterCount(state));
			form.removeAttribute('aria-busy');
			await recount(mine);
		} catch (error) {
			status.textContent = 'Filtering is not available right now; the full list is shown.';
			staticList.hidden = false;
			results.hidden = true;
			console.error(error);
		} finally {
			if (mine === run) form.removeAttribute('aria-busy');
		}
	}

	form.addEventListener('change', (event) => {
		const box = event.target;
		if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
		state = toggleFilter(state, box.name as FilterKey, box.value, box.checked);
		void apply();
	});
	form.addEventListener('click', (event) => {
		const chip = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-remove-key], [data-remove-all]');
		if (!chip) return;
		state = chip.hasAttribute('data-remove-all') ? empty : toggleFilter(state, chip.dataset['removeKey'] as FilterKey, chip.dataset['removeValue'] ?? '', false);
		sync();
		void apply();
		(chips.querySelector<HTMLButtonElement>('button') ?? boxes[0])?.focus();
	});
	more.addEventListener('click', () => void showMore());
	sync();
	void apply();
}
