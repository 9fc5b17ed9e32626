/**
 * Long pass lists on detail pages (a printer, a type, a band, a tour) are split like the browse
 * pages: page 1 is the record's own page, pages 2… live at `<record url>page/<n>/`.
 */
import { listPageUrl } from './pass-orders.ts';

/** Page `n` of the list under `base`; page 1 is `base` itself. */
export function pagedListUrl(base: string, n: number): string {
	return listPageUrl(base, 'oldest', n);
}

/** The items on page `n` (1-based) with their place in the whole list. */
export function pageOf<T>(items: readonly T[], n: number, size: number): { items: T[]; first: number; last: number; pages: number } {
	const first = (n - 1) * size + 1;
	const shown = n >= 1 ? items.slice(first - 1, first - 1 + size) : [];
	return { items: shown, first, last: first + shown.length - 1, pages: pageCount(items.length, size) };
}

/** How many pages `count` items fill (an empty list still has its one page). */
export function pageCount(count: number, size: number): number {
	return Math.max(1, Math.ceil(count / size));
}

/**
 * getStaticPaths entries for pages 2… of every record's list (page 1 is built by the record's own
 * page), at params `{ slug, page }`.
 */
export function laterPagePaths<R extends { id: string }>(records: readonly R[], listOf: (record: R) => readonly unknown[], size: number) {
	return records.flatMap((record) =>
		Array.from({ length: pageCount(listOf(record).length, size) - 1 }, (_, i) => ({ params: { slug: record.id, page: String(i + 2) }, props: { record, page: i + 2 } })),
	);
}
