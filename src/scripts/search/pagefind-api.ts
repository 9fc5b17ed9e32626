/** The part of Pagefind's browser API the search page uses, and how it is loaded. */
import { PAGEFIND_BASE, PAGEFIND_SCRIPT, buildTagOf } from '../../lib/search/search-index-files.ts';

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSubResult {
	url: string;
	/** The text of the heading the part starts at. */
	title: string;
	excerpt: string;
}

export interface PagefindResultData {
	url: string;
	excerpt: string;
	/** The parts of the page under headings with an id that matched (a pass's story is `#story`). */
	sub_results?: PagefindSubResult[];
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

export interface PagefindInstance {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	filters: () => Promise<FilterCounts>;
	search: (term: string | null, options?: { filters?: unknown; sort?: unknown }) => Promise<PagefindSearch>;
}

interface PagefindModule {
	createInstance: (options?: Record<string, unknown>) => PagefindInstance;
}

let module: Promise<PagefindModule> | undefined;

// The search page preloads the index's entry file for this build (search.astro); Pagefind must
// then ask for that same URL, or the preload is wasted.
const metaCacheTag = buildTagOf(document.querySelector<HTMLLinkElement>('link[data-pagefind-entry]')?.href);
let finder: Promise<PagefindInstance> | undefined;
let counter: Promise<PagefindInstance> | undefined;

// The index lives next to the built site, so Pagefind is loaded from there, not bundled.
function pagefindModule(): Promise<PagefindModule> {
	module ??= import(/* @vite-ignore */ PAGEFIND_SCRIPT as string) as Promise<PagefindModule>;
	return module;
}

async function instance(inWorker: boolean): Promise<PagefindInstance> {
	const pagefind = (await pagefindModule()).createInstance({ basePath: PAGEFIND_BASE, noWorker: !inWorker, ...(metaCacheTag ? { metaCacheTag } : {}) });
	await pagefind.options({ excerptLength: 22 });
	await pagefind.init();
	return pagefind;
}

/**
 * The instance that finds results. It never loads the whole filter index: once that is loaded,
 * Pagefind counts every filter value over every result of every search, which made broad
 * searches at 10,000 passes 5–10 times slower, and the index is the largest file a first
 * search would fetch. A filter in use loads just its own part of the index.
 */
export function loadFinder(): Promise<PagefindInstance> {
	// In Pagefind's web worker: on the page's own thread, compiling the WASM and searching were
	// long tasks that kept the page from answering taps (Lighthouse: ~1 s of blocking time).
	finder ??= instance(true);
	return finder;
}

/**
 * A second instance, with the whole filter index, that only counts results per filter value
 * for the filter panel, in Pagefind's web worker so counting never blocks the page. It is loaded after the first results are on screen (or when the panel
 * opens), so counting never delays results.
 */
export function loadCounter(): Promise<PagefindInstance> {
	counter ??= instance(true)
		.then(async (pagefind) => {
			await pagefind.filters();
			return pagefind;
		})
		.catch((error: unknown) => {
			// A failed load (a network blip) is tried again next time, not remembered.
			counter = undefined;
			throw error;
		});
	return counter;
}
