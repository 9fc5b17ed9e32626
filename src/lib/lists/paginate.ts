/**
 * Every paginated list of the site, one way: page 1 lives at the list's own URL and page n at
 * `<list url>page/<n>/`. A page is shaped like Astro's `Page<T>` (what `paginate()` gives), so
 * templates read `page.data`, `page.currentPage`, `page.lastPage` and `page.url` whichever list
 * they show. Astro's own `paginate()` is not used because it puts page 1 at `…/1/` or needs
 * the page number as the last segment, and these URLs are public.
 */
import type { Page } from 'astro';

export type { Page };

/** The path segment before a page number: `/passes/page/2/`. */
export const PAGE_SEGMENT = 'page';

/** URL of page `n` of the list whose page 1 is `base` (which ends in "/"). */
export function pageUrl(base: string, n: number): string {
	return n > 1 ? `${base}${PAGE_SEGMENT}/${n}/` : base;
}

/**
 * The rest parameter that a `[...page]`-style route puts after a list's own path: undefined on
 * page 1, "page/<n>" after.
 */
export function pageParam(n: number): string | undefined {
	return n > 1 ? `${PAGE_SEGMENT}/${n}` : undefined;
}

/** How many pages `count` items fill (an empty list still has its one page). */
export function pageCount(count: number, size: number): number {
	return Math.max(1, Math.ceil(count / size));
}

/** Page `n` (1-based) of `items`, with URLs from `urlOf`. `start` and `end` count from 0, as in Astro. */
export function pageAt<T>(items: readonly T[], n: number, size: number, urlOf: (n: number) => string): Page<T> {
	const lastPage = pageCount(items.length, size);
	const start = (n - 1) * size;
	const data = n >= 1 ? items.slice(start, start + size) : [];
	return {
		data,
		start,
		end: data.length === 0 ? start : start + data.length - 1,
		total: items.length,
		currentPage: n,
		size,
		lastPage,
		url: {
			current: urlOf(n),
			prev: n > 1 ? urlOf(n - 1) : undefined,
			next: n < lastPage ? urlOf(n + 1) : undefined,
			first: n > 1 ? urlOf(1) : undefined,
			last: n < lastPage ? urlOf(lastPage) : undefined,
		},
	};
}

/** Every page of `items`; always at least one (possibly empty) page. */
export function paginate<T>(items: readonly T[], size: number, urlOf: (n: number) => string): Page<T>[] {
	return Array.from({ length: pageCount(items.length, size) }, (_, i) => pageAt(items, i + 1, size, urlOf));
}

/** Page numbers to link: first, last and a window around the current page; `null` marks a gap. */
export function pageWindow(current: number, last: number, radius = 2): (number | null)[] {
	const shown: (number | null)[] = [];
	for (let n = 1; n <= last; n++) {
		if (n === 1 || n === last || Math.abs(n - current) <= radius) shown.push(n);
		else if (shown.at(-1) !== null) shown.push(null);
	}
	return shown;
}
