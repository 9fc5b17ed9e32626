/**
 * The collection as CSV, for spreadsheets: one row per copy of an owned pass (so a pass with two
 * copies has two rows with the same id), one row per wanted pass.
 *
 * Reading: `id` and `status` are required; every other column is optional, so a version-1 file
 * (id,status,added,note) still imports — an owned pass without copy columns is one copy with no
 * details. Copy columns are checked with the JSON format's own `copySchema`; every problem names
 * the spreadsheet row (header = row 1) and the column. `title`, `band` and `tour` are written for
 * people and ignored on import. A leading apostrophe that `toCsv` adds before =, +, - or @ (so
 * spreadsheets do not run a note as a formula) is taken off again, as spreadsheets do.
 */
import { localDay } from '../dates/calendar-day.ts';
import { parseCsv, toCsv } from '../text/csv.ts';
import { type Collection, type CollectionItem, type CollectionRow, type Copy, type ParseResult, LIMITS, PASS_ID, cleanItem, isDay, listOf } from './model.ts';
import { accepted, refusal } from './problems.ts';
import { type CopyField, copyFromText } from './copy-fields.ts';

export const COLLECTION_CSV_COLUMNS = ['id', 'status', 'added', 'note', 'quantity', 'grade', 'price', 'currency', 'acquired', 'where', 'copy_notes', 'title', 'band', 'tour'] as const;
type Column = (typeof COLLECTION_CSV_COLUMNS)[number];

const COPY_COLUMNS: readonly Column[] = ['quantity', 'grade', 'price', 'currency', 'acquired', 'where', 'copy_notes'];

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

/** The CSV column of each copy field. */
const COLUMN_OF: Record<CopyField, Column> = { quantity: 'quantity', grade: 'grade', price: 'price', currency: 'currency', acquired: 'acquired', where: 'where', notes: 'copy_notes' };

/** The copy a row describes, or the problem with it ("Row 4, column price: …"). */
function copyOfRow(n: number, cell: (c: Column) => string): Copy | string {
	const result = copyFromText((field) => cell(COLUMN_OF[field]));
	return result.ok ? result.copy : `Row ${n}, column ${COLUMN_OF[result.field]}: ${result.message}.`;
}

/** Reads a collection CSV with a header line; all or nothing. */
export function parseCollectionCsv(text: string, knownIds?: ReadonlySet<string>, today = localDay()): ParseResult {
	if (text.length > LIMITS.importChars) return { ok: false, error: 'The file is too large to be a collection.' };
	const body = text.replace(/^\uFEFF/, '');
	if (body.includes('\0')) return { ok: false, error: 'The file is not text: choose a .csv or .json file exported from this page.' };
	if (body.trim() === '') return { ok: false, error: 'The file is empty.' };
	if (/^\s*[[{]/.test(body)) return { ok: false, error: 'The file looks like JSON, not CSV: give it a .json name, or export again.' };
	const open = unclosedQuoteRow(body);
	if (open !== undefined) return { ok: false, error: `Row ${open}: a quoted field is never closed — the file is cut off or a quote is missing.` };
	const [head = [], ...rows] = parseCsv(body);
	const header = head.map((h) => h.trim().toLowerCase());
	const columns = COLLECTION_CSV_COLUMNS.join(',');
	if (!header.includes('id') && !header.includes('status')) {
		// Spreadsheets set to some languages separate columns with ";" (or tabs).
		const separator = [';', '\t'].find((sep) => (head[0] ?? '').toLowerCase().split(sep).some((h) => h.trim() === 'id'));
		if (separator) return { ok: false, error: `The columns are separated by ${separator === ';' ? 'semicolons' : 'tabs'}: save the file as CSV with commas.` };
		return { ok: false, error: `The file is not a collection CSV: its first line must name the columns (${columns}).` };
	}
	for (const required of ['id', 'status']) {
		if (!header.includes(required)) return { ok: false, error: `Missing column "${required}": the first line must name the columns (${columns}).` };
	}
	const twice = header.find((h, i) => h !== '' && header.indexOf(h) !== i);
	if (twice !== undefined) return { ok: false, error: `Column "${twice}" appears twice in the first line.` };
	const known = new Set<string>(COLLECTION_CSV_COLUMNS);
	const extra = header.filter((h) => h !== '' && !known.has(h));

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
		const cell = (column: Column) => {
			const at = header.indexOf(column);
			return at < 0 ? '' : unguard(row[at] ?? '');
		};
		const id = cell('id').trim();
		const status = cell('status').trim().toLowerCase();
		const added = cell('added').trim();
		const note = cell('note');
		const before = items[id];
		if (id === '') problems.push(`Row ${n}: the id is empty.`);
		else if (!PASS_ID.test(id)) problems.push(`Row ${n}: "${id}" is not a pass id (ids are lowercase words joined by hyphens).`);
		else if (status !== 'owned' && status !== 'wanted') problems.push(`Row ${n}: ${status === '' ? 'the status is empty' : `unknown status "${status}"`} — use owned or wanted.`);
		else if (added !== '' && !isDay(added)) problems.push(`Row ${n}: "added" must be a date like 2024-05-31, not "${added}".`);
		else if (note.length > LIMITS.noteChars) problems.push(`Row ${n}, column note: longer than ${LIMITS.noteChars} characters.`);
		else if (status === 'wanted' && COPY_COLUMNS.some((c) => cell(c).trim() !== '')) problems.push(`Row ${n}: pass "${id}" is wanted, so it has no copy details — mark it owned or empty the copy columns.`);
		else if (before && (before.status === 'wanted' || status === 'wanted')) problems.push(`Row ${n}: pass "${id}" is listed twice (also on row ${rowOf.get(id)}); only an owned pass may have a row per copy.`);
		else if (before && ((added !== '' && added !== before.added) || (note.trim() !== '' && note !== (before.note ?? '')))) {
			problems.push(`Row ${n}: pass "${id}" has a different "added" or note than on row ${rowOf.get(id)}; rows of one pass share them.`);
		} else if (before?.status === 'owned' && before.copies.length >= LIMITS.copiesPerPass) problems.push(`Row ${n}: pass "${id}" has more than ${LIMITS.copiesPerPass} copies.`);
		else if (status === 'wanted') {
			items[id] = cleanItem({ status, added: added || today, note });
			rowOf.set(id, n);
		} else {
			const copy = copyOfRow(n, cell);
			if (typeof copy === 'string') problems.push(copy);
			else if (before?.status === 'owned') before.copies.push(copy);
			else {
				items[id] = cleanItem({ status: 'owned', added: added || today, note, copies: [copy] });
				rowOf.set(id, n);
			}
		}
	});
	if (Object.keys(items).length > LIMITS.passes) problems.push(`The file lists more than ${LIMITS.passes.toLocaleString('en')} passes.`);
	if (problems.length > 0) return refusal(problems);
	return accepted(items, extra.length > 0 ? [`Ignored unknown columns: ${listOf(extra)}.`] : [], knownIds);
}

/** CSV for people and spreadsheets: owned first, then wanted, each by band and title; a row per copy. */
export function collectionToCsv(collection: Collection, rows: readonly CollectionRow[] = []): string {
	const byId = new Map(rows.map((r) => [r.id, r]));
	const entries = Object.entries(collection.items).map(([id, it]) => ({ id, it, row: byId.get(id) }));
	const rank = (s: string) => (s === 'owned' ? 0 : 1);
	const band = (e: (typeof entries)[number]) => e.row?.band_name ?? '';
	entries.sort(
		(a, b) =>
			rank(a.it.status) - rank(b.it.status) ||
			(band(a) ? 0 : 1) - (band(b) ? 0 : 1) ||
			band(a).localeCompare(band(b)) ||
			(a.row?.title ?? '').localeCompare(b.row?.title ?? '') ||
			a.id.localeCompare(b.id),
	);
	const lines = entries.flatMap(({ id, it, row }) => {
		const common = { id, status: it.status, added: it.added, note: it.note ?? '', title: row?.title ?? '', band: row?.band_name ?? '', tour: row?.tour_name ?? '' };
		if (it.status === 'wanted') return [common];
		return it.copies.map((c) => ({
			...common,
			quantity: c.quantity,
			grade: c.grade ?? '',
			price: c.price ? String(c.price.amount) : '',
			currency: c.price?.currency ?? '',
			acquired: c.acquired ?? '',
			where: c.where ?? '',
			copy_notes: c.notes ?? '',
		}));
	});
	return toCsv(COLLECTION_CSV_COLUMNS, lines);
}
