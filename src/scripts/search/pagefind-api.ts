/** The part of Pagefind's browser API the search page uses, and how it is loaded. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

export interface PagefindResult {
	id: string;
	data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
	results: PagefindResult[];
	filters: FilterCounts;
	totalFilters: FilterCounts;
	unfilteredResultCount: number;
}

export interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	preload: (term: string) => Promise<void>;
	filters: () => Promise<FilterCounts>;
	search: (term: string | null, options?: { filters?: unknown; sort?: unknown }) => Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once; the index lives next to the built site, so it is not bundled. */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const url = '/pagefind/pagefind.js';
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options({ excerptLength: 22 });
		await pagefind.init();
		// Searches only report filter counts once the filter index is loaded, so load it first.
		await pagefind.filters();
		return pagefind;
	})();
	return loading;
}
