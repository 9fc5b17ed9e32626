/**
 * The collection in this browser's localStorage (key `bpc-collection`); nothing leaves the browser.
 * Never throws: a stored value that cannot be read is copied to `bpc-collection-corrupt` (so it
 * can be recovered by hand), a warning goes to the console and the collection starts empty; when
 * storage is unavailable (blocked, private mode) the collection lives in memory for this page.
 * Other tabs' changes arrive through the `storage` event.
 *
 * A version-1 value (stored before copies existed) is read through `migrate.ts` and written back
 * as version 2 on the next change — never lost, never rewritten just by reading.
 *
 * Pass pages and cards load this module, so it imports no zod and none of the import/export code.
 */
import { storedCollection } from '../../lib/collection/migrate.ts';
import { type Collection, type CollectionStatus, COLLECTION_VERSION, emptyCollection } from '../../lib/collection/model.ts';
import { localDay } from '../../lib/dates/calendar-day.ts';

export const STORAGE_KEY = 'bpc-collection';
export const BACKUP_KEY = 'bpc-collection-corrupt';

let memory: Collection | undefined;

export function statusOf(collection: Collection, id: string): CollectionStatus | undefined {
	return Object.hasOwn(collection.items, id) ? collection.items[id]?.status : undefined;
}

/**
 * Marks a pass, or takes it out with `null`; returns a new collection. A new status gets today's
 * date and keeps the pass's note; a pass newly owned has one copy without details; marking a pass
 * with the status it has changes nothing.
 */
export function withStatus(collection: Collection, id: string, status: CollectionStatus | null, day = localDay()): Collection {
	const items = { ...collection.items };
	const note = items[id]?.note === undefined ? {} : { note: items[id]?.note as string };
	if (status === null) delete items[id];
	else if (statusOf(collection, id) !== status) items[id] = status === 'owned' ? { status, added: day, ...note, copies: [{ quantity: 1 }] } : { status, added: day, ...note };
	return { version: COLLECTION_VERSION, items };
}

function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** The collection in a stored text; undefined when it cannot be read. */
export function readStored(text: string): Collection | undefined {
	try {
		return storedCollection(JSON.parse(text));
	} catch {
		return undefined;
	}
}

function read(text: string | null | undefined): Collection {
	if (text === null || text === undefined) return emptyCollection();
	const collection = readStored(text);
	if (collection) return collection;
	try {
		const store = storage();
		if (store && store.getItem(BACKUP_KEY) !== text) store.setItem(BACKUP_KEY, text);
	} catch {
		// No room for the copy: the original stays in place until the next change.
	}
	console.warn(`My collection: the stored collection could not be read; starting empty. The old value is kept under "${BACKUP_KEY}".`);
	return emptyCollection();
}

export function loadCollection(): Collection {
	try {
		const store = storage();
		return store ? read(store.getItem(STORAGE_KEY)) : (memory ?? emptyCollection());
	} catch {
		return memory ?? emptyCollection();
	}
}

/** Whether anything is stored: cheap (no parse), for laying a page out before it loads more. */
export function hasStoredCollection(): boolean {
	try {
		return (storage()?.getItem(STORAGE_KEY) ?? null) !== null || Object.keys(memory?.items ?? {}).length > 0;
	} catch {
		return false;
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
