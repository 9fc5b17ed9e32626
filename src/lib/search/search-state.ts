/**
 * The search page's state lives in its URL: `?q=…&type=…&decade=…&sort=…`. Parsing and writing
 * it is kept here, free of the DOM, so a copied link, back/forward and reload all mean the same.
 * The URL is also exactly what the search form submits without JavaScript.
 */
import { FACETS, type FilterKey, SORTS, type SortName } from './search-facets.ts';

export interface SearchState {
	query: string;
	filters: Partial<Record<FilterKey, string[]>>;
	sort: SortName;
	/** Search the words as typed, without correcting a misspelt band name. */
	exact: boolean;
}

const FILTER_KEYS = new Set<string>(FACETS.map((g) => g.key));

function isSortName(value: string | null): value is SortName {
	return value !== null && Object.hasOwn(SORTS, value);
}

export function parseSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: SearchState['filters'] = {};
	for (const [key, value] of params) {
		if (!FILTER_KEYS.has(key) || value === '') continue;
		const list = (filters[key as FilterKey] ??= []);
		if (!list.includes(value)) list.push(value);
	}
	for (const values of Object.values(filters)) values.sort();
	const sort = params.get('sort');
	return {
		query: (params.get('q') ?? '').trim(),
		filters,
		sort: isSortName(sort) ? sort : 'relevance',
		exact: params.get('exact') === '1',
	};
}

/** Query string for a state (without "?"), in a stable order so equal states give equal URLs. */
export function writeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const { key } of FACETS) {
		for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
	}
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	if (state.exact && state.query) params.set('exact', '1');
	return params.toString();
}

export function hasFilters(state: SearchState): boolean {
	return Object.values(state.filters).some((values) => values.length > 0);
}

export type PagefindFilters = Record<string, { any: string[] } | { all: string[] }>;

/** Pagefind's filter object; `except` leaves one group out (for that group's own counts). */
export function toPagefindFilters(state: SearchState, except?: FilterKey): PagefindFilters {
	const result: PagefindFilters = {};
	for (const { key, combine } of FACETS) {
		const values = state.filters[key];
		if (key === except || !values || values.length === 0) continue;
		result[key] = combine === 'all' ? { all: values } : { any: values };
	}
	return result;
}

/** Pagefind's sort object, or undefined for relevance. */
export function toPagefindSort(sort: SortName): Record<string, 'asc' | 'desc'> | undefined {
	const { key, direction } = SORTS[sort];
	return key && direction ? { [key]: direction } : undefined;
}

/** Adds or removes one filter value. */
export function toggleFilter(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
	const current = state.filters[key] ?? [];
	const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
	return { ...state, filters: { ...state.filters, [key]: next } };
}

export interface ActiveFilter {
	key: FilterKey;
	/** The facet's name ("Pass type"), for "Remove filter: Pass type Guest". */
	label: string;
	value: string;
}

/** The filters in use, in FACETS order: what the chips above the results show. */
export function activeFilters(state: SearchState): ActiveFilter[] {
	return FACETS.flatMap(({ key, label }) => (state.filters[key] ?? []).map((value) => ({ key, label, value })));
}

/** How many filter values are in use. */
export function filterCount(state: SearchState): number {
	return Object.values(state.filters).reduce((n, values) => n + values.length, 0);
}
