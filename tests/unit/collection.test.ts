/** My collection: JSON and CSV round trips, every kind of refused import, merging and counts. */
import { describe, expect, it } from 'vitest';
import {
	type Collection,
	type CollectionRow,
	NO_TOUR,
	collectionToCsv,
	collectionToJson,
	countStatuses,
	countsBy,
	emptyCollection,
	mergeCollections,
	parseCollectionCsv,
	parseCollectionJson,
} from '../../src/lib/collection.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { isStoredCollection, statusOf, withStatus } from '../../src/scripts/collection/store.ts';
import { localDay } from '../../src/lib/calendar-day.ts';

const rows: CollectionRow[] = [
	{ id: 'in-utero-1993-phoenix', title: 'In Utero crew sticky', band_name: 'Nirvana', tour_name: 'In Utero Tour', year: 1993, url: '/passes/in-utero-1993-phoenix/', image: null },
	{ id: 'in-utero-1994-munich', title: 'Munich working pass', band_name: 'Nirvana', tour_name: 'In Utero Tour', year: 1994 },
	{ id: 'nirvana-reading-1992', title: 'Reading guest', band_name: 'Nirvana', tour_name: null, year: 1992 },
	{ id: 'zooropa-1993', title: 'Zooropa production laminate', band_name: 'U2', tour_name: 'Zoo TV Tour', year: 1993 },
];
const known = new Set(rows.map((r) => r.id));

const tricky = 'Mint, "never worn"\nbought at the show; 2nd line, with a comma';
const sample: Collection = {
	version: 1,
	items: {
		'in-utero-1993-phoenix': { status: 'owned', added: '2024-05-31', note: tricky },
		'zooropa-1993': { status: 'wanted', added: '2025-01-02' },
		'nirvana-reading-1992': { status: 'owned', added: '2023-12-24', note: '=SUM(A1:A9) — -not a formula, @me +1' },
	},
};

function expectOk(result: ReturnType<typeof parseCollectionJson>) {
	if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
	return result;
}
function errorOf(result: ReturnType<typeof parseCollectionJson>): string {
	if (result.ok) throw new Error('expected the import to be refused');
	return result.error;
}

describe('JSON', () => {
	it('round-trips a collection, notes with commas, quotes and newlines included', () => {
		const text = collectionToJson(sample);
		const result = expectOk(parseCollectionJson(text, known));
		expect(result.collection).toEqual(sample);
		expect(result.warnings).toEqual([]);
		expect(collectionToJson(result.collection)).toBe(text);
	});

	it('writes a stable file: items sorted by id, fields in order, a final newline', () => {
		const text = collectionToJson(sample);
		expect(Object.keys(JSON.parse(text).items)).toEqual(['in-utero-1993-phoenix', 'nirvana-reading-1992', 'zooropa-1993']);
		expect(text).toMatch(/^\{\n {2}"version": 1,\n {2}"items": \{\n {4}"in-utero-1993-phoenix": \{\n {6}"status": "owned",\n {6}"added"/);
		expect(text.endsWith('}\n')).toBe(true);
	});

	it('reads a byte-order mark and an empty collection', () => {
		const result = expectOk(parseCollectionJson('\uFEFF{"version":1,"items":{}}'));
		expect(result.collection).toEqual(emptyCollection());
		expect(result.warnings).toEqual(['The file lists no passes.']);
	});

	it.each([
		['not JSON', 'id,status\nx,owned\n', /^The file is not valid JSON \(/],
		['cut off', '{"version":1,"items":{"a":', /^The file is not valid JSON/],
		['an array (the catalog export)', '[{"id":"a"}]', /not a collection: expected an object like \{"version": 1/],
		['a number', '42', /not a collection/],
		['no version', '{"items":{}}', /"version" is missing/],
		['a newer version', '{"version":2,"items":{}}', /^Unsupported collection version 2: this site reads version 1\.$/],
		['a version as text', '{"version":"1","items":{}}', /^Unsupported collection version "1"/],
		['no items', '{"version":1}', /^"items" must be an object whose keys are pass ids\.$/],
		['items as a list', '{"version":1,"items":[]}', /"items" must be an object/],
		['an id that is not a slug', '{"version":1,"items":{"In Utero!":{"status":"owned","added":"2024-01-01"}}}', /^"In Utero!" is not a pass id/],
		['a prototype key', '{"version":1,"items":{"__proto__":{"status":"owned","added":"2024-01-01"}}}', /^"__proto__" is not a pass id/],
		['an entry that is not an object', '{"version":1,"items":{"a":"owned"}}', /^Pass "a": expected an object with "status" and "added"\.$/],
		['an unknown status', '{"version":1,"items":{"a":{"status":"sold","added":"2024-01-01"}}}', /^Pass "a": unknown status "sold" — use "owned" or "wanted"\.$/],
		['no status', '{"version":1,"items":{"a":{"added":"2024-01-01"}}}', /^Pass "a": no status — use "owned" or "wanted"\.$/],
		['a date that is not a day', '{"version":1,"items":{"a":{"status":"owned","added":"2024-02-30"}}}', /^Pass "a": "added" must be a date like 2024-05-31, not "2024-02-30"\.$/],
		['no date', '{"version":1,"items":{"a":{"status":"owned"}}}', /"added" must be a date like 2024-05-31, not undefined/],
		['a note that is not text', '{"version":1,"items":{"a":{"status":"owned","added":"2024-01-01","note":5}}}', /^Pass "a": "note" must be text\.$/],
	])('refuses %s with a clear message', (_what, text, message) => {
		expect(errorOf(parseCollectionJson(text, known))).toMatch(message);
	});

	it('reports the first problem and how many more there are', () => {
		const text = JSON.stringify({ version: 1, items: { a: { status: 'sold', added: '2024-01-01' }, b: { status: 'x', added: '2024-01-01' }, c: 1 } });
		expect(errorOf(parseCollectionJson(text))).toBe('Pass "a": unknown status "sold" — use "owned" or "wanted". (and 2 more problems)');
	});

	it('keeps passes the catalog does not know, with a warning naming them', () => {
		const text = JSON.stringify({ version: 1, items: { 'zooropa-1993': { status: 'owned', added: '2024-01-01' }, 'gone-pass': { status: 'wanted', added: '2024-01-01' } } });
		const result = expectOk(parseCollectionJson(text, known));
		expect(Object.keys(result.collection.items).sort()).toEqual(['gone-pass', 'zooropa-1993']);
		expect(result.warnings).toEqual(['1 pass is not in this catalog (gone-pass); it was kept and is listed under “Not in the catalog”.']);
	});

	it('ignores unknown fields, with a warning, and drops empty notes', () => {
		const text = JSON.stringify({ version: 1, items: { a: { status: 'owned', added: '2024-01-01', note: ' ', price: 5 } } });
		const result = expectOk(parseCollectionJson(text));
		expect(result.collection.items).toEqual({ a: { status: 'owned', added: '2024-01-01' } });
		expect(result.warnings).toEqual(['Ignored unknown fields: price.']);
	});
});

describe('CSV', () => {
	it('round-trips a collection: notes with commas, quotes, newlines and formula characters', () => {
		const text = collectionToCsv(sample, rows);
		const result = expectOk(parseCollectionCsv(text, known));
		expect(result.collection).toEqual(sample);
		expect(result.warnings).toEqual([]);
	});

	it('writes the documented columns, owned first, with titles, bands and tours for people', () => {
		const text = collectionToCsv(sample, rows);
		const table = parseCsv(text);
		expect(table[0]).toEqual(['id', 'status', 'added', 'note', 'title', 'band', 'tour']);
		expect(table.slice(1).map((r) => [r[0], r[1], r[5], r[6]])).toEqual([
			['in-utero-1993-phoenix', 'owned', 'Nirvana', 'In Utero Tour'],
			['nirvana-reading-1992', 'owned', 'Nirvana', ''],
			['zooropa-1993', 'wanted', 'U2', 'Zoo TV Tour'],
		]);
		// RFC 4180 quoting: the note is one quoted field with doubled quotes and its line break.
		expect(text).toContain(`"Mint, ""never worn""\nbought at the show; 2nd line, with a comma"`);
		// A note starting with = is kept as text for spreadsheets.
		expect(text).toContain(`"'=SUM(A1:A9)`);
		expect(text.split('\r\n')).toHaveLength(5);
	});

	it('writes a pass the catalog does not know, with empty title, band and tour', () => {
		const text = collectionToCsv({ version: 1, items: { 'gone-pass': { status: 'wanted', added: '2024-01-01' } } }, rows);
		expect(text).toBe('id,status,added,note,title,band,tour\r\ngone-pass,wanted,2024-01-01,,,,\r\n');
	});

	it('reads a minimal hand-written file: any column order and case, blank lines, no date (today)', () => {
		const text = '\uFEFFStatus,ID\n Owned ,zooropa-1993\n\nwanted,in-utero-1994-munich\n';
		const result = expectOk(parseCollectionCsv(text, known, '2026-03-04'));
		expect(result.collection.items).toEqual({
			'zooropa-1993': { status: 'owned', added: '2026-03-04' },
			'in-utero-1994-munich': { status: 'wanted', added: '2026-03-04' },
		});
	});

	it('reads a spreadsheet row without its trailing empty fields', () => {
		const result = expectOk(parseCollectionCsv('id,status,added,note,title\nzooropa-1993,owned,2024-01-01\n', known));
		expect(result.collection.items['zooropa-1993']).toEqual({ status: 'owned', added: '2024-01-01' });
	});

	it('keeps unknown passes with a warning, and names ignored columns', () => {
		const result = expectOk(parseCollectionCsv('id,status,price\nold-pass,owned,5\nzooropa-1993,wanted,\n', known));
		expect(Object.keys(result.collection.items)).toEqual(['old-pass', 'zooropa-1993']);
		expect(result.warnings).toEqual([
			'Ignored unknown columns: price.',
			'1 pass is not in this catalog (old-pass); it was kept and is listed under “Not in the catalog”.',
		]);
	});

	it.each([
		['an empty file', '', /^The file is empty\.$/],
		['only blank lines', '\r\n\r\n', /^The file is empty\.$/],
		['a binary file', 'PK\u0003\u0004\0\0', /^The file is not text/],
		['JSON', '{"version":1,"items":{}}', /^The file looks like JSON, not CSV/],
		['text without a header', 'zooropa-1993,owned\n', /^The file is not a collection CSV: its first line must name the columns \(id,status,added,note,title,band,tour\)\.$/],
		['semicolons between columns', 'id;status;added\nzooropa-1993;owned;2024-01-01\n', /^The columns are separated by semicolons: save the file as CSV with commas\.$/],
		['tabs between columns', 'id\tstatus\nzooropa-1993\towned\n', /^The columns are separated by tabs/],
		['a missing status column', 'id,added\nzooropa-1993,2024-01-01\n', /^Missing column "status"/],
		['a missing id column', 'status,added\nowned,2024-01-01\n', /^Missing column "id"/],
		['a column twice', 'id,status,id\na,owned,b\n', /^Column "id" appears twice in the first line\.$/],
		['an unknown status', 'id,status\nzooropa-1993,owned\nin-utero-1994-munich,sold\n', /^Row 3: unknown status "sold" — use owned or wanted\.$/],
		['an empty status', 'id,status\nzooropa-1993,\n', /^Row 2: the status is empty — use owned or wanted\.$/],
		['a duplicate id', 'id,status\nzooropa-1993,owned\nnirvana-reading-1992,owned\nzooropa-1993,wanted\n', /^Row 4: pass "zooropa-1993" is listed twice \(also on row 2\)\.$/],
		['an empty id', 'id,status\n,owned\n', /^Row 2: the id is empty\.$/],
		['an id that is not a slug', 'id,status\nZooropa 1993,owned\n', /^Row 2: "Zooropa 1993" is not a pass id/],
		['a date in another format', 'id,status,added\nzooropa-1993,owned,31/05/2024\n', /^Row 2: "added" must be a date like 2024-05-31, not "31\/05\/2024"\.$/],
		['an impossible date', 'id,status,added\nzooropa-1993,owned,2023-02-29\n', /not "2023-02-29"/],
		['an unquoted comma in a note', 'id,status,added,note\nzooropa-1993,owned,2024-01-01,mint, never worn,extra\n', /^Row 2 has 6 fields but the first line names 4 columns — is a comma in a note missing its quotes\?$/],
		['a quote that never closes', 'id,status,note\nzooropa-1993,owned,ok\nin-utero-1994-munich,owned,"cut off\nhere\n', /^Row 3: a quoted field is never closed/],
	])('refuses %s with a clear message', (_what, text, message) => {
		expect(errorOf(parseCollectionCsv(text, known))).toMatch(message);
	});

	it('counts rows as a spreadsheet does when a quoted note spans lines', () => {
		const text = 'id,status,note\nzooropa-1993,owned,"two\nlines"\nin-utero-1994-munich,lost,\n';
		expect(errorOf(parseCollectionCsv(text, known))).toBe('Row 3: unknown status "lost" — use owned or wanted.');
	});
});

describe('merge', () => {
	const existing: Collection = {
		version: 1,
		items: {
			a: { status: 'wanted', added: '2024-01-01', note: 'seen on eBay' },
			b: { status: 'owned', added: '2024-01-02' },
			c: { status: 'owned', added: '2024-01-03' },
		},
	};
	const imported: Collection = {
		version: 1,
		items: {
			a: { status: 'owned', added: '2024-06-01' },
			b: { status: 'owned', added: '2024-01-02' },
			d: { status: 'wanted', added: '2024-06-02', note: 'new' },
		},
	};

	it('adds new passes, lets the imported status win, keeps the rest and counts what happened', () => {
		const result = mergeCollections(existing, imported);
		expect(result.collection.items).toEqual({
			a: { status: 'owned', added: '2024-06-01', note: 'seen on eBay' },
			b: { status: 'owned', added: '2024-01-02' },
			c: { status: 'owned', added: '2024-01-03' },
			d: { status: 'wanted', added: '2024-06-02', note: 'new' },
		});
		expect({ added: result.added, updated: result.updated, unchanged: result.unchanged }).toEqual({ added: 1, updated: 1, unchanged: 1 });
	});

	it('takes an imported note over the existing one, and changes neither input', () => {
		const before = JSON.stringify(existing);
		const result = mergeCollections(existing, { version: 1, items: { a: { status: 'wanted', added: '2024-01-01', note: 'found one' } } });
		expect(result.collection.items['a']?.note).toBe('found one');
		expect(result.updated).toBe(1);
		expect(JSON.stringify(existing)).toBe(before);
	});

	it('merging an export into its own collection changes nothing', () => {
		const result = mergeCollections(sample, expectOk(parseCollectionCsv(collectionToCsv(sample, rows))).collection);
		expect(result.collection).toEqual(sample);
		expect(result.unchanged).toBe(3);
	});
});

describe('marking a pass (store.ts, pure parts)', () => {
	it('sets, switches (keeping the note, with a new date) and removes', () => {
		let c = withStatus(emptyCollection(), 'a', 'wanted', '2024-01-01');
		expect(c.items).toEqual({ a: { status: 'wanted', added: '2024-01-01' } });
		c = { version: 1, items: { a: { status: 'wanted', added: '2024-01-01', note: 'n' } } };
		c = withStatus(c, 'a', 'owned', '2024-02-02');
		expect(c.items['a']).toEqual({ status: 'owned', added: '2024-02-02', note: 'n' });
		expect(withStatus(c, 'a', 'owned', '2030-01-01')).toEqual(c);
		expect(statusOf(c, 'a')).toBe('owned');
		expect(statusOf(c, 'toString')).toBeUndefined();
		expect(withStatus(c, 'a', null).items).toEqual({});
	});

	it('dates in the local calendar', () => {
		const day = new Date(2024, 1, 9, 23, 59);
		expect(localDay(day)).toBe('2024-02-09');
	});

	it('recognises the stored shape, and what the lib writes', () => {
		expect(isStoredCollection(JSON.parse(collectionToJson(sample)))).toBe(true);
		expect(isStoredCollection(emptyCollection())).toBe(true);
		for (const bad of [null, [], 'x', { version: 2, items: {} }, { version: 1 }, { version: 1, items: [] }, { version: 1, items: { 'Not A Slug': { status: 'owned', added: '2024-01-01' } } }, { version: 1, items: { a: { status: 'sold', added: '2024-01-01' } } }, { version: 1, items: { a: { status: 'owned' } } }, { version: 1, items: { a: { status: 'owned', added: '2024-01-01', note: 1 } } }]) {
			expect(isStoredCollection(bad)).toBe(false);
		}
	});
});

describe('counts', () => {
	it('counts owned and wanted per band and per tour, most first; passes without a tour together', () => {
		const collection: Collection = {
			version: 1,
			items: {
				'in-utero-1993-phoenix': { status: 'owned', added: '2024-01-01' },
				'in-utero-1994-munich': { status: 'wanted', added: '2024-01-01' },
				'nirvana-reading-1992': { status: 'owned', added: '2024-01-01' },
				'zooropa-1993': { status: 'wanted', added: '2024-01-01' },
				'gone-pass': { status: 'owned', added: '2024-01-01' },
			},
		};
		expect(countsBy(collection, rows, 'band_name')).toEqual([
			{ name: 'Nirvana', owned: 2, wanted: 1 },
			{ name: 'U2', owned: 0, wanted: 1 },
		]);
		expect(countsBy(collection, rows, 'tour_name')).toEqual([
			{ name: 'In Utero Tour', owned: 1, wanted: 1 },
			{ name: NO_TOUR, owned: 1, wanted: 0 },
			{ name: 'Zoo TV Tour', owned: 0, wanted: 1 },
		]);
		expect(countStatuses(collection)).toEqual({ owned: 3, wanted: 2 });
		expect(countsBy(emptyCollection(), rows, 'band_name')).toEqual([]);
	});
});
