/** The orders a list of passes can be browsed in, each with its own URL so a sorted page can be shared. */
import type { Entry, PassDataWithoutPhotos } from '../catalog/catalog-entry.ts';
import type { PassRecord } from '../catalog/catalog-model.ts';
import { pageUrl } from './paginate.ts';

export const PASS_ORDERS = {
	oldest: { label: 'Oldest first', segment: '' },
	newest: { label: 'Newest first', segment: 'newest/' },
	added: { label: 'Recently added', segment: 'added/' },
} as const;
export type PassOrder = keyof typeof PASS_ORDERS;
export const PASS_ORDER_NAMES = Object.keys(PASS_ORDERS) as PassOrder[];

export function sortPasses<P extends Entry<PassDataWithoutPhotos>>(passes: readonly PassRecord<P>[], order: PassOrder): PassRecord<P>[] {
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
export function sortedListUrl(base: string, order: PassOrder, n: number): string {
	return pageUrl(`${base}${PASS_ORDERS[order].segment}`, n);
}
