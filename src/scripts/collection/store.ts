/**
 * The collection in this browser's localStorage (key `bpc-collection`); nothing leaves the browser.
 * Never throws: a stored value that cannot be read is copied to `bpc-collection-corrupt` (so it
 * can be recovered by hand), a warning goes to the console and the collection starts empty; when
 * storage is unavailable (blocked, private mode) the collection lives in memory for this page.
 * Other tabs' changes arrive through the `storage` event.
 */
import { type Collection, emptyCollection, parseCollectionJson } from '../../lib/collection.ts';

export const STORAGE_KEY = 'bpc-collection';
export const BACKUP_KEY = 'bpc-collection-corrupt';

let memory: Collection | undefined;

function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

function read(text: string | null): Collection {
	if (text === null) return emptyCollection();
	const result = parseCollectionJson(text);
	if (result.ok) return result.collection;
	try {
		if (storage()?.getItem(BACKUP_KEY) !== text) storage()?.setItem(BACKUP_KEY, text);
	} catch {
		// No room for the copy: the original stays in place until the next change.
	}
	console.warn(`My collection: the stored collection could not be read (${result.error}); starting empty. The old value is kept under "${BACKUP_KEY}".`);
	return emptyCollection();
}

export function loadCollection(): Collection {
	const store = storage();
	if (!store) return memory ?? emptyCollection();
	try {
		return read(store.getItem(STORAGE_KEY));
	} catch {
		return memory ?? emptyCollection();
	}
}

/** Saves; false when the browser refused (storage full or blocked — kept for this page only). */
export function saveCollection(collection: Collection): boolean {
	memory = collection;
	try {
		const store = storage();
		if (!store) return false;
		if (Object.keys(collection.items).length === 0) store.removeItem(STORAGE_KEY);
		else store.setItem(STORAGE_KEY, JSON.stringify(collection));
		return true;
	} catch {
		return false;
	}
}

/** Reads the latest value (another tab may have changed it), applies `change` and saves. */
export function updateCollection(change: (current: Collection) => Collection): { collection: Collection; saved: boolean } {
	const collection = change(loadCollection());
	return { collection, saved: saveCollection(collection) };
}

/** Calls `listener` when another tab changes the collection; returns a function that stops it. */
export function subscribe(listener: (collection: Collection) => void): () => void {
	const onStorage = (event: StorageEvent) => {
		// key null: the other tab cleared all of this site's storage.
		if (event.storageArea === storage() && (event.key === STORAGE_KEY || event.key === null)) listener(read(event.newValue));
	};
	window.addEventListener('storage', onStorage);
	return () => window.removeEventListener('storage', onStorage);
}
