/**
 * The collection as a JSON file: written in a stable order (equal collections, equal files) and
 * read through `schema.ts` — all or nothing, the first problem named by pass, copy and field.
 * Ids are checked for shape; a well-formed id the catalog does not know is kept with a warning
 * (a pass may have been renamed, or the file made on a newer copy of the catalog).
 */
import { storedCollection } from './migrate.ts';
import { type Collection, type CollectionItem, type ParseResult, COLLECTION_VERSION, LIMITS, PASS_ID, cleanItem } from './model.ts';
import { accepted, describeIssue, refusal } from './problems.ts';
import { collectionFileV1, collectionFileV2 } from './schema.ts';

const quote = (value: unknown) => (typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value)));

/** Reads a collection written by `collectionToJson` (version 2) or by the site before copies (version 1). */
export function parseCollectionJson(text: string, knownIds?: ReadonlySet<string>): ParseResult {
	if (text.length > LIMITS.importChars) return { ok: false, error: 'The file is too large to be a collection.' };
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return { ok: false, error: `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return { ok: false, error: `The file is JSON but not a collection: expected an object like {"version": ${COLLECTION_VERSION}, "items": {…}}.` };
	}
	const { version } = data as Record<string, unknown>;
	if (version === undefined) return { ok: false, error: 'The file is JSON but not a collection: "version" is missing.' };
	if (version !== 1 && version !== 2) return { ok: false, error: `Unsupported collection version ${quote(version)}: this site reads versions 1 and 2.` };
	// Checked before the schema: JSON.parse makes "__proto__" an own key, which a record schema skips.
	const { items } = data as Record<string, unknown>;
	const badIds = typeof items === 'object' && items !== null ? Object.keys(items).filter((id) => !PASS_ID.test(id)) : [];
	if (badIds.length > 0) return refusal(badIds.map((id) => `${quote(id)} is not a pass id (ids are lowercase words joined by hyphens).`));
	const result = (version === 1 ? collectionFileV1 : collectionFileV2).safeParse(data);
	if (!result.success) return refusal(result.error.issues.map(describeIssue));
	const collection = storedCollection(result.data);
	if (!collection) return { ok: false, error: 'The file could not be read as a collection.' };
	return accepted(collection.items, [], knownIds);
}

/** Entries sorted by id, each in canonical form. */
function sortedItems(collection: Collection): Record<string, CollectionItem> {
	return Object.fromEntries(
		Object.keys(collection.items)
			.sort()
			.flatMap((id) => {
				const it = collection.items[id];
				return it ? [[id, cleanItem(it)]] : [];
			}),
	);
}

export function collectionToJson(collection: Collection): string {
	return `${JSON.stringify({ version: COLLECTION_VERSION, items: sortedItems(collection) }, null, 2)}\n`;
}
