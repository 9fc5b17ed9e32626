/**
 * On a tour page with pass sets: shows, from "My collection" in this browser, which designs the
 * collector has, wants or is missing. Without JavaScript (or an empty collection) the column
 * stays hidden.
 */
import { setProgress } from '../../lib/collection/set-progress.ts';
import { loadCollection, statusOf, subscribe } from './store.ts';

const LABELS = { owned: '✓ You have it', wanted: 'On your wantlist', missing: 'Missing' } as const;

function render(): void {
	const collection = loadCollection();
	const mine = (id: string) => statusOf(collection, id);
	for (const table of document.querySelectorAll<HTMLTableElement>('table[data-tour-set]')) {
		const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-design]')];
		const progress = setProgress(
			rows.map((row) => ({ id: row.dataset['design'] ?? '', passIds: (row.dataset['passes'] ?? '').split(' ').filter(Boolean) })),
			mine,
		);
		const empty = Object.keys(collection.items).length === 0;
		for (const cell of table.querySelectorAll<HTMLElement>('[data-mine]')) cell.hidden = empty;
		rows.forEach((row, i) => {
			const cell = row.querySelector<HTMLElement>('td[data-mine]');
			const state = progress.designs[i]?.state ?? 'missing';
			if (cell) {
				cell.textContent = LABELS[state];
				cell.dataset['state'] = state;
			}
		});
		const summary = table.parentElement?.querySelector<HTMLElement>('[data-set-summary]');
		if (summary) {
			summary.hidden = empty;
			summary.textContent = `In your collection: ${progress.owned} of ${progress.total} designs${progress.wanted ? `, ${progress.wanted} on your wantlist` : ''}.`;
		}
	}
}

render();
subscribe(render);
