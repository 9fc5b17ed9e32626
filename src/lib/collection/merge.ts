/**
 * Merging an imported collection into the one in the browser: an imported entry replaces the
 * existing one for the same pass (its status, date and copies win); an existing note is kept when
 * the imported entry has none. Entries not in the import stay.
 */
import { type Collection, type CollectionItem, COLLECTION_VERSION, cleanItem } from './model.ts';

export interface MergeResult {
	collection: Collection;
	/** Passes that were not in the collection. */
	added: number;
	/** Passes whose entry the import changed. */
	updated: number;
	/** Passes the import lists exactly as they were. */
	unchanged: number;
}

const same = (a: CollectionItem, b: CollectionItem) => JSON.stringify(cleanItem(a)) === JSON.stringify(cleanItem(b));

export function mergeCollections(existing: Collection, imported: Collection): MergeResult {
	const items: Record<string, CollectionItem> = { ...existing.items };
	let added = 0;
	let updated = 0;
	let unchanged = 0;
	for (const [id, incoming] of Object.entries(imported.items)) {
		const before = existing.items[id];
		const note = incoming.note ?? before?.note;
		const next = cleanItem(note === undefined ? incoming : { ...incoming, note });
		items[id] = next;
		if (!before) added++;
		else if (same(before, next)) unchanged++;
		else updated++;
	}
	return { collection: { version: COLLECTION_VERSION, items }, added, updated, unchanged };
}
