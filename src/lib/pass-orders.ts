/** The orders a list of passes can be browsed in, each with its own URL so a sorted page can be shared. */
import type { Entry, PassFacts } from './catalog-problems.ts';
import type { PassRecord } from './catalog-model.ts';

export const PASS_ORDERS = {
	oldest: { label: 'Oldest first', segment: '' },
	newest: { label: 'Newest first', segment: 'newest/' },
	added: { label: 'Recently added', segment: 'added/' },
} as const;
export type PassOrder = keyof typeof PASS_ORDERS;

/** Path segments a pass slug may not take, because list pages live there. */
export const RESERVED_PASS_SLUGS: ReadonlySet<string> = new Set(['page', 'newest', 'added']);

export function sortPasses<P extends Entry<PassFacts>>(passes: readonly PassRecord<P>[], order: PassOrder): PassRecord<P>[] {
	const list = [...passes];
	const byTitle = (a: PassRecord<P>, b: PassRecord<P>) => a.title.localeCompare(b.title, 'en');
	switch (order) {
		case 'oldest':
			return list.sort((a, b) => a.sortDate.localeCompare(b.sortDate) || byTitle(a, b));
		case 'newest':
			return list.sort((a, b) => b.sortDate.localeCompare(a.sortDate) || byTitle(a, b));
		case 'added':
			return list.sort((a, b) => b.entry.data.added.localeCompare(a.entry.data.added) || byTitle(a, b));
	}
}

/** URL of page `n` of a list in `order`, under `base` (e.g. "/passes/"). */
export function listPageUrl(base: string, order: PassOrder, n: number): string {
	return `${base}${PASS_ORDERS[order].segment}${n > 1 ? `page/${n}/` : ''}`;
}

/** Splits a list into pages of `size`; always at least one (possibly empty) page. */
export function toPages<T>(items: readonly T[], size: number): T[][] {
	const pages: T[][] = [];
	for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
	return pages.length > 0 ? pages : [[]];
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
