/** How many passes a collection holds: owned and wanted, per band or tour, and spares for trade. */
import { type Collection, type CollectionRow, type CollectionStatus, NO_TOUR, sparesOf } from './model.ts';

export function countStatuses(collection: Collection): Record<CollectionStatus | 'spares', number> {
	const counts = { owned: 0, wanted: 0, spares: 0 };
	for (const it of Object.values(collection.items)) {
		counts[it.status]++;
		counts.spares += sparesOf(it);
	}
	return counts;
}

export interface CountRow {
	name: string;
	owned: number;
	wanted: number;
}

/**
 * Owned and wanted passes per band or per tour, most first, then by name. Passes without a tour
 * count under `NO_TOUR`; entries the catalog does not know are not counted (they have no band).
 */
export function countsBy(collection: Collection, rows: readonly CollectionRow[], key: 'band_name' | 'tour_name'): CountRow[] {
	const byId = new Map(rows.map((r) => [r.id, r]));
	const counts = new Map<string, CountRow>();
	for (const [id, it] of Object.entries(collection.items)) {
		const row = byId.get(id);
		if (!row) continue;
		const name = row[key] || NO_TOUR;
		const count = counts.get(name) ?? { name, owned: 0, wanted: 0 };
		count[it.status]++;
		counts.set(name, count);
	}
	return [...counts.values()].sort((a, b) => b.owned + b.wanted - (a.owned + a.wanted) || b.owned - a.owned || a.name.localeCompare(b.name));
}
