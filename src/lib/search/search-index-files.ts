/**
 * Where the search index's first files are, so the search page can ask for them while its own
 * script loads instead of one after another (Pagefind would only find out about them from its
 * entry file). Browser-safe: the search page and the indexer both read it.
 */

/** The index's one language: every page is English, so Pagefind needs one word list and one WebAssembly file. */
export const SEARCH_LANGUAGE = 'en';

export const PAGEFIND_BASE = '/pagefind/';
export const PAGEFIND_SCRIPT = `${PAGEFIND_BASE}pagefind.js`;
export const PAGEFIND_WASM = `${PAGEFIND_BASE}wasm.${SEARCH_LANGUAGE}.pagefind`;

/**
 * The entry file's URL for one build. Pagefind adds `?ts=` to it (a new value on every load
 * unless told otherwise) so a browser never keeps an entry that names files of an older index;
 * a value per build does the same and lets the page preload the exact URL Pagefind will fetch.
 */
export function pagefindEntryUrl(buildTag: string): string {
	return `${PAGEFIND_BASE}pagefind-entry.json?ts=${encodeURIComponent(buildTag)}`;
}

/** The build tag in a preloaded entry URL, or undefined (then Pagefind uses its own). */
export function buildTagOf(entryUrl: string | undefined): string | undefined {
	if (!entryUrl) return undefined;
	return new URL(entryUrl, 'http://localhost').searchParams.get('ts') ?? undefined;
}
