/**
 * "My collection / wantlist": the passes a visitor owns or wants, kept in their own browser and
 * never sent anywhere. This module is the pure part — the stored shape, reading and writing it as
 * JSON and CSV, merging an import into what is there, and counts per band or tour. No DOM, no
 * storage: `src/scripts/collection/` does that.
 *
 * Decisions:
 * - An import is all or nothing: the first problem (with how many more there are) is the error,
 *   and nothing is returned to merge.
 * - Ids are checked for shape (pass ids are slugs); a well-formed id the catalog does not know is
 *   KEPT, with a warning naming it — a pass may have been renamed or the file made on a newer copy
 *   of the catalog, and dropping a collector's entry silently would lose their data. The collection
 *   page lists such entries under "Not in the catalog", where they can be removed.
 * - CSV: `id` and `status` columns are required; `added` is optional (empty → today) and `note`
 *   optional; `title`, `band` and `tour` are written for people reading the file and ignored on
 *   import. Header names and statuses are read case-insensitively. "Row N" is the spreadsheet row
 *   (the header is row 1). A leading apostrophe that `toCsv` adds before =, +, - or @ (so
 *   spreadsheets do not run a note as a formula) is taken off again, as spreadsheets do.
 * - Merge: an imported entry replaces the existing one for the same pass (its status and date win);
 *   an existing note is kept when the imported entry has none. Entries not in the import stay.
 * - Marking a single pass and reading/writing localStorage live in `src/scripts/collection/store.ts`,
 *   which imports only types from here, so pass pages do not load the import/export code.
 */
import { localDay } from './calendar-day.ts';
import { parseCsv, toCsv } from './csv.ts';
import { listOf } from './list-of.ts';

export type CollectionStatus = 'owned' | 'wanted';

export interface CollectionItem {
	status: CollectionStatus;
	/** The day the pass got this status, YYYY-MM-DD. */
	added: string;
	note?: string;
}

export interface Collection {
	version: 1;
	items: Record<string, CollectionItem>;
}

export type ParseResult = { ok: true; collection: Collection; warnings: string[] } | { ok: false; error: string };

/** The fields of a /data/passes.json row the collection uses. */
export interface CollectionRow {
	id: string;
	title: string;
	url?: string;
	band_name: string;
	tour_name: string | null;
	year?: number | string | null;
	image?: string | null;
}

export const COLLECTION_CSV_COLUMNS = ['id', 'status', 'added', 'note', 'title', 'band', 'tour'] as const;
/** Label for passes without a tour (one-off shows) in counts per tour. */
export const NO_TOUR = 'No tour (one-off shows)';
/** Far larger than any real collection; a bigger file is not one. */
export const MAX_IMPORT_CHARS = 5_000_000;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function emptyCollection(): Collection {
	return { version: 1, items: {} };
}

function isDay(value: unknown): value is string {
	const m = typeof value === 'string' ? DAY.exec(value) : null;
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isStatus(value: unknown): value is CollectionStatus {
	return value === 'owned' || value === 'wanted';
}

function item(status: CollectionStatus, added: string, note: string | undefined): CollectionItem {
	return note !== undefined && note.trim() !== '' ? { status, added, note } : { status, added };
}

const quote = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value));

function finish(items: Record<string, CollectionItem>, problems: string[], warnings: string[], knownIds?: ReadonlySet<string>): ParseResult {
	const [first] = problems;
	if (first !== undefined) {
		const more = problems.length - 1;
		return { ok: false, error: more > 0 ? `${first} (and ${more} more problem${more === 1 ? '' : 's'})` : first };
	}
	if (knownIds) {
		const unknown = Object.keys(items).filter((id) => !knownIds.has(id));
		if (unknown.length > 0) {
			const one = unknown.length === 1;
			warnings.push(
				`${unknown.length} pass${one ? ' is' : 'es are'} not in this catalog (${listOf(unknown)}); ${one ? 'it was' : 'they were'} kept and ${one ? 'is' : 'are'} listed under “Not in the catalog”.`,
			);
		}
	}
	if (Object.keys(items).length === 0) warnings.push('The file lists no passes.');
	return { ok: true, collection: { version: 1, items }, warnings };
}

/** Reads a collection written by `collectionToJson` (or kept in the browser). */
export function parseCollectionJson(text: string, knownIds?: ReadonlySet<string>): ParseResult {
	if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: 'The file is too large to be a collection.' };
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return { ok: false, error: `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return { ok: false, error: 'The file is JSON but not a collection: expected an object like {"version": 1, "items": {…}}.' };
	}
	const { version, items } = data as Record<string, unknown>;
	if (version === undefined) return { ok: false, error: 'The file is JSON but not a collection: "version" is missing.' };
	if (version !== 1) return { ok: false, error: `Unsupported collection version ${quote(version)}: this site reads version 1.` };
	if (typeof items !== 'object' || items === null || Array.isArray(items)) {
		return { ok: false, error: '"items" must be an object whose keys are pass ids.' };
	}
	const result: Record<string, CollectionItem> = {};
	const problems: string[] = [];
	const ignored = new Set<string>();
	for (const [id, value] of Object.entries(items)) {
		if (!SLUG.test(id)) {
			problems.push(`${quote(id)} is not a pass id (ids are lowercase words joined by hyphens).`);
			continue;
		}
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			problems.push(`Pass "${id}": expected an object with "status" and "added".`);
			continue;
		}
		const { status, added, note, ...rest } = value as Record<string, unknown>;
		for (const key of Object.keys(rest)) ignored.add(key);
		if (!isStatus(status)) problems.push(`Pass "${id}": ${status === undefined ? 'no status' : `unknown status ${quote(status)}`} — use "owned" or "wanted".`);
		else if (!isDay(added)) problems.push(`Pass "${id}": "added" must be a date like 2024-05-31, not ${quote(added)}.`);
		else if (note !== undefined && typeof note !== 'string') problems.push(`Pass "${id}": "note" must be text.`);
		else result[id] = item(status, added, note);
	}
	const warnings = ignored.size > 0 ? [`Ignored unknown fields: ${listOf([...ignored])}.`] : [];
	return finish(result, problems, warnings, knownIds);
}

/** The row (spreadsheet numbering, header = 1) where a quoted field that never closes begins. */
function unclosedQuoteRow(text: string): number | undefined {
	let row = 1;
	let quoted = false;
	let opened = 0;
	let atFieldStart = true;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') i++;
			else if (c === '"') quoted = false;
		} else if (c === '"' && atFieldStart) {
			quoted = true;
			opened = row;
		} else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
			row++;
			atFieldStart = true;
			continue;
		}
		atFieldStart = c === ',' && !quoted;
	}
	return quoted ? opened : undefined;
}

/** Undoes `csvField`'s guard against spreadsheet formulas: "'=x" → "=x". */
const unguard = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

/** Reads a collection CSV: `id,status[,added][,note]…` with a header line. */
export function parseCollectionCsv(text: string, knownIds?: ReadonlySet<string>, today = localDay()): ParseResult {
	if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: 'The file is too large to be a collection.' };
	const body = text.replace(/^\uFEFF/, '');
	if (body.includes('\0')) return { ok: false, error: 'The file is not text: choose a .csv or .json file exported from this page.' };
	if (body.trim() === '') return { ok: false, error: 'The file is empty.' };
	if (/^\s*[[{]/.test(body)) return { ok: false, error: 'The file looks like JSON, not CSV: give it a .json name, or export again.' };
	const open = unclosedQuoteRow(body);
	if (open !== undefined) return { ok: false, error: `Row ${open}: a quoted field is never closed — the file is cut off or a quote is missing.` };
	const [head = [], ...rows] = parseCsv(body);
	const header = head.map((h) => h.trim().toLowerCase());
	if (!header.includes('id') && !header.includes('status')) {
		// Spreadsheets set to some languages separate columns with ";" (or tabs).
		const separator = [';', '\t'].find((sep) => (head[0] ?? '').toLowerCase().split(sep).some((h) => h.trim() === 'id'));
		if (separator) return { ok: false, error: `The columns are separated by ${separator === ';' ? 'semicolons' : 'tabs'}: save the file as CSV with commas.` };
		return { ok: false, error: `The file is not a collection CSV: its first line must name the columns (${COLLECTION_CSV_COLUMNS.join(',')}).` };
	}
	for (const required of ['id', 'status']) {
		if (!header.includes(required)) return { ok: false, error: `Missing column "${required}": the first line must name the columns (${COLLECTION_CSV_COLUMNS.join(',')}).` };
	}
	const twice = header.find((h, i) => h !== '' && header.indexOf(h) !== i);
	if (twice !== undefined) return { ok: false, error: `Column "${twice}" appears twice in the first line.` };
	const known = new Set<string>(COLLECTION_CSV_COLUMNS);
	const extra = header.filter((h) => h !== '' && !known.has(h));
	const at = (row: string[], column: string) => unguard(row[header.indexOf(column)] ?? '');

	const items: Record<string, CollectionItem> = {};
	const rowOf = new Map<string, number>();
	const problems: string[] = [];
	rows.forEach((row, i) => {
		const n = i + 2;
		if (row.every((cell) => cell.trim() === '')) return;
		if (row.length > header.length && row.slice(header.length).some((cell) => cell.trim() !== '')) {
			problems.push(`Row ${n} has ${row.length} fields but the first line names ${header.length} columns — is a comma in a note missing its quotes?`);
			return;
		}
		const id = at(row, 'id').trim();
		const status = at(row, 'status').trim().toLowerCase();
		const added = header.includes('added') ? at(row, 'added').trim() : '';
		const note = header.includes('note') ? at(row, 'note') : '';
		if (id === '') problems.push(`Row ${n}: the id is empty.`);
		else if (!SLUG.test(id)) problems.push(`Row ${n}: "${id}" is not a pass id (ids are lowercase words joined by hyphens).`);
		else if (rowOf.has(id)) problems.push(`Row ${n}: pass "${id}" is listed twice (also on row ${rowOf.get(id)}).`);
		else if (!isStatus(status)) problems.push(`Row ${n}: ${status === '' ? 'the status is empty' : `unknown status "${status}"`} — use owned or wanted.`);
		else if (added !== '' && !isDay(added)) problems.push(`Row ${n}: "added" must be a date like 2024-05-31, not "${added}".`);
		else {
			items[id] = item(status, added || today, note);
			rowOf.set(id, n);
		}
	});
	const warnings = extra.length > 0 ? [`Ignored unknown columns: ${listOf(extra)}.`] : [];
	return finish(items, problems, warnings, knownIds);
}

/** Entries sorted by id, each with its fields in a fixed order: equal collections, equal files. */
function sortedItems(collection: Collection): Record<string, CollectionItem> {
	return Object.fromEntries(
		Object.keys(collection.items)
			.sort()
			.flatMap((id) => {
				const it = collection.items[id];
				return it ? [[id, item(it.status, it.added, it.note)]] : [];
			}),
	);
}

export function collectionToJson(collection: Collection): string {
	return `${JSON.stringify({ version: 1, items: sortedItems(collection) }, null, 2)}\n`;
}

/** CSV for people and spreadsheets: owned first, then wanted, each by band and title. */
export function collectionToCsv(collection: Collection, rows: readonly CollectionRow[] = []): string {
	const byId = new Map(rows.map((r) => [r.id, r]));
	const lines = Object.entries(collection.items).map(([id, it]) => {
		const row = byId.get(id);
		return { id, status: it.status, added: it.added, note: it.note ?? '', title: row?.title ?? '', band: row?.band_name ?? '', tour: row?.tour_name ?? '' };
	});
	const rank = (s: string) => (s === 'owned' ? 0 : 1);
	lines.sort((a, b) => rank(a.status) - rank(b.status) || (a.band ? 0 : 1) - (b.band ? 0 : 1) || a.band.localeCompare(b.band) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
	return toCsv(COLLECTION_CSV_COLUMNS, lines);
}

export interface MergeResult {
	collection: Collection;
	/** Passes that were not in the collection. */
	added: number;
	/** Passes whose status, date or note the import changed. */
	updated: number;
	/** Passes the import lists exactly as they were. */
	unchanged: number;
}

export function mergeCollections(existing: Collection, imported: Collection): MergeResult {
	const items: Record<string, CollectionItem> = { ...existing.items };
	let added = 0;
	let updated = 0;
	let unchanged = 0;
	for (const [id, incoming] of Object.entries(imported.items)) {
		const before = existing.items[id];
		const next = item(incoming.status, incoming.added, incoming.note ?? before?.note);
		items[id] = next;
		if (!before) added++;
		else if (before.status === next.status && before.added === next.added && before.note === next.note) unchanged++;
		else updated++;
	}
	return { collection: { version: 1, items }, added, updated, unchanged };
}

export function countStatuses(collection: Collection): Record<CollectionStatus, number> {
	const counts = { owned: 0, wanted: 0 };
	for (const it of Object.values(collection.items)) counts[it.status]++;
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
