/**
 * The collection in this browser's localStorage (key `bpc-collection`); nothing leaves the browser.
 * Never throws: a stored value that cannot be read is copied to `bpc-collection-corrupt` (so it
 * can be recovered by hand), a warning goes to the console and the collection starts empty; when
 * storage is unavailable (blocked, private mode) the collection lives in memory for this page.
 * Other tabs' changes arrive through the `storage` event.
 *
 * Pass pages load this module, so it imports only types and the tiny calendar-day: the import/export logic of
 * `src/lib/collection.ts` (CSV included) stays on the collection page, and a pass page's script
 * stays under 2 kB. What is stored is only ever written here, so a structural check is enough to
 * read it back; imported files go through the lib's parsers, which explain every problem.
 */
import type { Collection, CollectionItem, CollectionStatus } from '../../lib/collection.ts';
import { localDay } from '../../lib/calendar-day.ts';

export const STORAGE_KEY = 'bpc-collection';
export const BACKUP_KEY = 'bpc-collection-corrupt';

const empty = (): Collection => ({ version: 1, items: {} });
let memory: Collection | undefined;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isItem(value: unknown): value is CollectionItem {
	return (
		isObject(value) &&
		(value['status'] === 'owned' || value['status'] === 'wanted') &&
		typeof value['added'] === 'string' &&
		/^\d{4}-\d\d-\d\d$/.test(value['added']) &&
		(value['note'] === undefined || typeof value['note'] === 'string')
	);
}

/** Whether a value parsed from storage has the stored shape (ids are slugs, entries complete). */
export function isStoredCollection(value: unknown): value is Collection {
	return isObject(value) && value['version'] === 1 && isObject(value['items']) && Object.entries(value['items']).every(([id, item]) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && isItem(item));
}

export function statusOf(collection: Collection, id: string): CollectionStatus | undefined {
	return Object.hasOwn(collection.items, id) ? collection.items[id]?.status : undefined;
}

/**
 * Marks a pass, or takes it out with `null`; returns a new collection. A new status gets today's
 * date and keeps the pass's note; marking a pass with the status it has changes nothing.
 */
export function withStatus(collection: Collection, id: string, status: CollectionStatus | null, day = localDay()): Collection {
	const items = { ...collection.items };
	const note = items[id]?.note;
	if (status === null) delete items[id];
	else if (statusOf(collection, id) !== status) items[id] = note === undefined ? { status, added: day } : { status, added: day, note };
	return { version: 1, items };
}

function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

function read(text: string | null | undefined): Collection {
	if (text === null || text === undefined) return empty();
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		// Not JSON: handled as any other unreadable value below.
	}
	if (isStoredCollection(value)) return value;
	try {
		const store = storage();
		if (store && store.getItem(BACKUP_KEY) !== text) store.setItem(BACKUP_KEY, text);
	} catch {
		// No room for the copy: the original stays in place until the next change.
	}
	console.warn(`My collection: the stored collection could not be read; starting empty. The old value is kept under "${BACKUP_KEY}".`);
	return empty();
}

export function loadCollection(): Collection {
	try {
		const store = storage();
		return store ? read(store.getItem(STORAGE_KEY)) : (memory ?? empty());
	} catch {
		return memory ?? empty();
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
