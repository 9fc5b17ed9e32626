/**
 * Reading what this site itself stored in the browser, version 1 or 2, without zod (pass pages
 * load this; zod stays on the collection page). Storage is only ever written by
 * `src/scripts/collection/store.ts`, so a structural check is enough here; files people import go
 * through `schema.ts`, which explains every problem.
 *
 * Version 1 (before copies) is migrated without loss: an owned entry becomes one copy with no
 * details, its date and note kept; a wanted entry stays as it was.
 */
import { CONDITION_GRADE_KEYS } from './grades.ts';
import { type Collection, type CollectionItem, type Copy, COLLECTION_VERSION, LIMITS, PASS_ID, cleanItem, isDay } from './model.ts';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalText = (value: unknown, max: number) => value === undefined || (typeof value === 'string' && value.length <= max);

function isCopy(value: unknown): value is Copy {
	if (!isObject(value)) return false;
	const { quantity, grade, notes, price, acquired, where, ...rest } = value;
	return (
		Object.keys(rest).length === 0 &&
		Number.isInteger(quantity) &&
		(quantity as number) >= 1 &&
		(quantity as number) <= LIMITS.quantity &&
		(grade === undefined || (typeof grade === 'string' && CONDITION_GRADE_KEYS.has(grade))) &&
		optionalText(notes, LIMITS.noteChars) &&
		optionalText(where, LIMITS.whereChars) &&
		(acquired === undefined || isDay(acquired)) &&
		(price === undefined ||
			(isObject(price) && typeof price['amount'] === 'number' && Number.isFinite(price['amount']) && price['amount'] >= 0 && typeof price['currency'] === 'string' && /^[A-Z]{3}$/.test(price['currency'])))
	);
}

function itemOf(value: unknown, version: 1 | 2): CollectionItem | undefined {
	if (!isObject(value) || !isDay(value['added']) || !optionalText(value['note'], LIMITS.noteChars)) return undefined;
	const added = value['added'];
	const note = typeof value['note'] === 'string' ? { note: value['note'] } : {};
	if (value['status'] === 'wanted') return { status: 'wanted', added, ...note };
	if (value['status'] !== 'owned') return undefined;
	if (version === 1) return { status: 'owned', added, ...note, copies: [{ quantity: 1 }] };
	const copies = value['copies'];
	if (!Array.isArray(copies) || copies.length === 0 || copies.length > LIMITS.copiesPerPass || !copies.every(isCopy)) return undefined;
	return { status: 'owned', added, ...note, copies };
}

/** The collection in a value read back from storage, migrated to the current version; undefined when it is not one. */
export function storedCollection(value: unknown): Collection | undefined {
	if (!isObject(value) || (value['version'] !== 1 && value['version'] !== 2) || !isObject(value['items'])) return undefined;
	const version = value['version'];
	const items: Record<string, CollectionItem> = {};
	for (const [id, raw] of Object.entries(value['items'])) {
		const item = PASS_ID.test(id) ? itemOf(raw, version) : undefined;
		if (!item) return undefined;
		items[id] = cleanItem(item);
	}
	return { version: COLLECTION_VERSION, items };
}
