/** My collection (format version 2): JSON and CSV round trips with copies, every kind of refused import, merging and counts. */
import { describe, expect, it } from 'vitest';
import { countStatuses, countsBy } from '../../src/lib/collection/counts.ts';
import { COLLECTION_CSV_COLUMNS, collectionToCsv, parseCollectionCsv } from '../../src/lib/collection/csv-format.ts';
import { collectionToJson, parseCollectionJson } from '../../src/lib/collection/json-format.ts';
import { mergeCollections } from '../../src/lib/collection/merge.ts';
import { type Collection, type ParseResult, NO_TOUR, emptyCollection, quantityOf, sparesOf } from '../../src/lib/collection/model.ts';
import { DEFAULT_VIEW, type ListView, optionsOf, viewList } from '../../src/lib/collection/list-view.ts';
import { parseCsv } from '../../src/lib/text/csv.ts';
import { localDay } from '../../src/lib/dates/calendar-day.ts';
import { statusOf, withStatus } from '../../src/scripts/collection/store.ts';
import { known, rows, sample } from '../helpers/collection-sample.ts';

function expectOk(result: ParseResult) {
	if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
	return result;
}
function errorOf(result: ParseResult): string {
	if (result.ok) throw new Error('expected the import to be refused');
	return result.error;
}
const v2 = (items: unknown) => JSON.stringify({ version: 2, items });
const owned = (copies: unknown[], extra: Record<string, unknown> = {}) => ({ status: 'owned', added: '2024-01-01', copies, ...extra });

describe('JSON', () => {
	it('round-trips a collection with copies, prices, dates and notes with commas, quotes and newlines', () => {
		const text = collectionToJson(sample);
		const result = expectOk(parseCollectionJson(text, known));
		expect(result.collection).toEqual(sample);
		expect(result.warnings).toEqual([]);
		expect(collectionToJson(result.collection)).toBe(text);
	});

	it('writes a stable file: version 2, items sorted by id, fields in order, a final newline', () => {
		const text = collectionToJson(sample);
		const data = JSON.parse(text);
		expect(data.version).toBe(2);
		expect(Object.keys(data.items)).toEqual(['in-utero-1993-phoenix', 'nirvana-reading-1992', 'zooropa-1993']);
		expect(Object.keys(data.items['in-utero-1993-phoenix'].copies[0])).toEqual(['quantity', 'grade', 'notes', 'price', 'acquired', 'where']);
		expect(text).toMatch(/^\{\n {2}"version": 2,\n {2}"items": \{\n {4}"in-utero-1993-phoenix": \{\n {6}"status": "owned",\n {6}"added"/);
		expect(text.endsWith('}\n')).toBe(true);
	});

	it('reads a version-1 file (before copies) without losing anything: each owned pass gets one copy', () => {
		const old = '{"version":1,"items":{"zooropa-1993":{"status":"owned","added":"2020-02-02","note":"from my 2020 export"},"in-utero-1994-munich":{"status":"wanted","added":"2021-03-03"}}}';
		const result = expectOk(parseCollectionJson(old, known));
		expect(result.collection).toEqual({
			version: 2,
			items: {
				'zooropa-1993': { status: 'owned', added: '2020-02-02', note: 'from my 2020 export', copies: [{ quantity: 1 }] },
				'in-utero-1994-munich': { status: 'wanted', added: '2021-03-03' },
			},
		});
	});

	it('reads a byte-order mark and an empty collection', () => {
		const result = expectOk(parseCollectionJson('\uFEFF{"version":2,"items":{}}'));
		expect(result.collection).toEqual(emptyCollection());
		expect(result.warnings).toEqual(['The file lists no passes.']);
	});

	it.each([
		['not JSON', 'id,status\nx,owned\n', /^The file is not valid JSON \(/],
		['cut off', '{"version":2,"items":{"a":', /^The file is not valid JSON/],
		['an array (the catalog export)', '[{"id":"a"}]', /not a collection: expected an object like \{"version": 2/],
		['a number', '42', /not a collection/],
		['no version', '{"items":{}}', /"version" is missing/],
		['a newer version', '{"version":3,"items":{}}', /^Unsupported collection version 3: this site reads versions 1 and 2\.$/],
		['a version as text', '{"version":"2","items":{}}', /^Unsupported collection version "2"/],
		['no items', '{"version":2}', /^"items": /],
		['items as a list', '{"version":2,"items":[]}', /^"items": /],
		['an unknown top-level field', '{"version":2,"items":{},"owner":"me"}', /^The file: unknown field "owner"\.$/],
		['an id that is not a slug', v2({ 'In Utero!': { status: 'wanted', added: '2024-01-01' } }), /^"In Utero!" is not a pass id/],
		['a prototype key', '{"version":2,"items":{"__proto__":{"status":"wanted","added":"2024-01-01"}}}', /^"__proto__" is not a pass id/],
		['an entry that is not an object', v2({ a: 'owned' }), /^Pass "a": /],
		['an unknown status', v2({ a: { status: 'sold', added: '2024-01-01' } }), /^Pass "a", status: needs "status": "owned" or "wanted"\.$/],
		['a date that is not a day', v2({ a: { status: 'wanted', added: '2024-02-30' } }), /^Pass "a", "added": "added" must be a real date written YYYY-MM-DD/],
		['an owned pass without copies', v2({ a: owned([]) }), /^Pass "a", copies: an owned pass needs at least one copy\.$/],
		['a wanted pass with copies', v2({ a: { status: 'wanted', added: '2024-01-01', copies: [{ quantity: 1 }] } }), /^Pass "a": unknown field "copies"\.$/],
		['a quantity of 0', v2({ a: owned([{ quantity: 0 }]) }), /^Pass "a", copy 1, quantity: the quantity must be at least 1\.$/],
		['a fractional quantity', v2({ a: owned([{ quantity: 1 }, { quantity: 1.5 }]) }), /^Pass "a", copy 2, quantity: the quantity must be a whole number\.$/],
		['an unknown grade', v2({ a: owned([{ quantity: 1, grade: 'shiny' }]) }), /^Pass "a", copy 1, grade: unknown condition grade "shiny" — use one of: mint, near-mint/],
		['a negative price', v2({ a: owned([{ quantity: 1, price: { amount: -5, currency: 'EUR' } }]) }), /^Pass "a", copy 1, price: the price cannot be negative\.$/],
		['a price as text', v2({ a: owned([{ quantity: 1, price: { amount: '5', currency: 'EUR' } }]) }), /copy 1, price: the price must be a number/],
		['a currency sign', v2({ a: owned([{ quantity: 1, price: { amount: 5, currency: '€' } }]) }), /^Pass "a", copy 1, currency: the currency must be a three-letter code/],
		['an impossible acquired date', v2({ a: owned([{ quantity: 1, acquired: '2023-02-29' }]) }), /copy 1, acquired: the acquired date must be a real date/],
		['an unknown copy field', v2({ a: owned([{ quantity: 1, colour: 'red' }]) }), /^Pass "a", copy 1: unknown field "colour"\.$/],
		['notes that are too long', v2({ a: owned([{ quantity: 1, notes: 'x'.repeat(2001) }]) }), /copy 1, notes: the notes is longer than 2,000 characters/],
		['too many copies', v2({ a: owned(Array.from({ length: 101 }, () => ({ quantity: 1 }))) }), /^Pass "a", copies: more than 100 copies\.$/],
	])('refuses %s with a clear message', (_what, text, message) => {
		expect(errorOf(parseCollectionJson(text, known))).toMatch(message);
	});

	it('refuses a file too large to be a collection without parsing it', () => {
		expect(errorOf(parseCollectionJson(' '.repeat(5_000_001)))).toBe('The file is too large to be a collection.');
	});

	it('reports the first problem and how many more there are', () => {
		const text = v2({ a: { status: 'sold', added: '2024-01-01' }, b: owned([{ quantity: 0 }]), c: 1 });
		expect(errorOf(parseCollectionJson(text))).toBe('Pass "a", status: needs "status": "owned" or "wanted". (and 2 more problems)');
	});

	it('keeps passes the catalog does not know, with a warning naming them', () => {
		const text = v2({ 'zooropa-1993': owned([{ quantity: 1 }]), 'gone-pass': { status: 'wanted', added: '2024-01-01' } });
		const result = expectOk(parseCollectionJson(text, known));
		expect(Object.keys(result.collection.items).sort()).toEqual(['gone-pass', 'zooropa-1993']);
		expect(result.warnings).toEqual(['1 pass is not in this catalog (gone-pass); it was kept and is listed under “Not in the catalog”.']);
	});

	it('drops empty notes', () => {
		const result = expectOk(parseCollectionJson(v2({ a: owned([{ quantity: 1, notes: ' ', where: '' }], { note: ' ' }) })));
		expect(result.collection.items).toEqual({ a: { status: 'owned', added: '2024-01-01', copies: [{ quantity: 1 }] } });
	});
});

describe('CSV', () => {
	it('round-trips a collection: a row per copy, notes with commas, quotes, newlines and formula characters', () => {
		const text = collectionToCsv(sample, rows);
		const result = expectOk(parseCollectionCsv(text, known));
		expect(result.collection).toEqual(sample);
		expect(result.warnings).toEqual([]);
	});

	it('writes the documented columns, owned first, one row per copy, with titles, bands and tours for people', () => {
		const text = collectionToCsv(sample, rows);
		const table = parseCsv(text);
		expect(table[0]).toEqual([...COLLECTION_CSV_COLUMNS]);
		const col = (name: string) => table[0]?.indexOf(name) ?? -1;
		expect(table.slice(1).map((r) => [r[col('id')], r[col('status')], r[col('quantity')], r[col('grade')], r[col('price')], r[col('currency')], r[col('band')]])).toEqual([
			['in-utero-1993-phoenix', 'owned', '1', 'near-mint', '45.5', 'EUR', 'Nirvana'],
			['in-utero-1993-phoenix', 'owned', '2', 'fair', '', '', 'Nirvana'],
			['nirvana-reading-1992', 'owned', '1', '', '', '', 'Nirvana'],
			['zooropa-1993', 'wanted', '', '', '', '', 'U2'],
		]);
		expect(text).toContain(`"Mint, ""never worn""\nbought at the show; 2nd line, with a comma"`);
		expect(text).toContain(`"'=SUM(A1:A9)`);
		expect(text).toContain(`"'=trade bait, ""creased"""`);
	});

	it('reads a version-1 CSV (id,status,added,note): owned passes get one copy', () => {
		const result = expectOk(parseCollectionCsv('id,status,added,note,title,band,tour\nzooropa-1993,owned,2024-01-01,hi,Z,U2,Zoo TV\nin-utero-1994-munich,wanted,2024-01-02,,,,\n', known));
		expect(result.collection.items).toEqual({
			'zooropa-1993': { status: 'owned', added: '2024-01-01', note: 'hi', copies: [{ quantity: 1 }] },
			'in-utero-1994-munich': { status: 'wanted', added: '2024-01-02' },
		});
	});

	it('reads a minimal hand-written file: any column order and case, blank lines, no date (today), lowercase currency and grade', () => {
		const text = '\uFEFFStatus,ID,Price,Currency,Grade\n Owned ,zooropa-1993,12.50,usd,Near-Mint\n\nwanted,in-utero-1994-munich,,,\n';
		const result = expectOk(parseCollectionCsv(text, known, '2026-03-04'));
		expect(result.collection.items).toEqual({
			'zooropa-1993': { status: 'owned', added: '2026-03-04', copies: [{ quantity: 1, grade: 'near-mint', price: { amount: 12.5, currency: 'USD' } }] },
			'in-utero-1994-munich': { status: 'wanted', added: '2026-03-04' },
		});
	});

	it('keeps unknown passes with a warning, and names ignored columns', () => {
		const result = expectOk(parseCollectionCsv('id,status,colour\nold-pass,owned,red\nzooropa-1993,wanted,\n', known));
		expect(Object.keys(result.collection.items)).toEqual(['old-pass', 'zooropa-1993']);
		expect(result.warnings).toEqual(['Ignored unknown columns: colour.', '1 pass is not in this catalog (old-pass); it was kept and is listed under “Not in the catalog”.']);
	});

	it.each([
		['an empty file', '', /^The file is empty\.$/],
		['a binary file', 'PK\u0003\u0004\0\0', /^The file is not text/],
		['JSON', '{"version":2,"items":{}}', /^The file looks like JSON, not CSV/],
		['text without a header', 'zooropa-1993,owned\n', /^The file is not a collection CSV: its first line must name the columns \(id,status,added,note,quantity,/],
		['semicolons between columns', 'id;status;added\nzooropa-1993;owned;2024-01-01\n', /^The columns are separated by semicolons/],
		['a missing status column', 'id,added\nzooropa-1993,2024-01-01\n', /^Missing column "status"/],
		['a column twice', 'id,status,id\na,owned,b\n', /^Column "id" appears twice in the first line\.$/],
		['an unknown status', 'id,status\nzooropa-1993,owned\nin-utero-1994-munich,sold\n', /^Row 3: unknown status "sold" — use owned or wanted\.$/],
		['a wanted pass listed twice', 'id,status\nzooropa-1993,wanted\nnirvana-reading-1992,owned\nzooropa-1993,wanted\n', /^Row 4: pass "zooropa-1993" is listed twice \(also on row 2\); only an owned pass may have a row per copy\.$/],
		['a pass both owned and wanted', 'id,status\nzooropa-1993,owned\nzooropa-1993,wanted\n', /^Row 3: pass "zooropa-1993" is listed twice/],
		['copy details on a wanted pass', 'id,status,grade\nzooropa-1993,wanted,mint\n', /^Row 2: pass "zooropa-1993" is wanted, so it has no copy details/],
		['copies with different dates added', 'id,status,added\nzooropa-1993,owned,2024-01-01\nzooropa-1993,owned,2024-02-02\n', /^Row 3: pass "zooropa-1993" has a different "added" or note than on row 2/],
		['an id that is not a slug', 'id,status\nZooropa 1993,owned\n', /^Row 2: "Zooropa 1993" is not a pass id/],
		['a date in another format', 'id,status,added\nzooropa-1993,owned,31/05/2024\n', /^Row 2: "added" must be a date like 2024-05-31, not "31\/05\/2024"\.$/],
		['a quantity of 0', 'id,status,quantity\nzooropa-1993,owned,0\n', /^Row 2, column quantity: the quantity must be at least 1\.$/],
		['a quantity in words', 'id,status,quantity\nzooropa-1993,owned,two\n', /^Row 2, column quantity: the quantity must be a whole number from 1\.$/],
		['an unknown grade', 'id,status,grade\nzooropa-1993,owned,shiny\n', /^Row 2, column grade: unknown condition grade "shiny"/],
		['a price with a decimal comma', 'id,status,price,currency\nzooropa-1993,owned,"12,50",EUR\n', /^Row 2, column price: "12,50" is not a number — write it like 25 or 12\.50/],
		['a price without a currency', 'id,status,price\nzooropa-1993,owned,12\n', /^Row 2, column currency: a price needs a currency too \(e\.g\. EUR\)\.$/],
		['a currency that is not a code', 'id,status,price,currency\nzooropa-1993,owned,12,euro\n', /^Row 2, column currency: the currency must be a three-letter code/],
		['an impossible acquired date', 'id,status,acquired\nzooropa-1993,owned,2023-02-29\n', /^Row 2, column acquired: the acquired date must be a real date/],
		['an unquoted comma in a note', 'id,status,added,note\nzooropa-1993,owned,2024-01-01,mint, never worn,extra\n', /^Row 2 has 6 fields but the first line names 4 columns/],
		['a quote that never closes', 'id,status,note\nzooropa-1993,owned,ok\nin-utero-1994-munich,owned,"cut off\nhere\n', /^Row 3: a quoted field is never closed/],
	])('refuses %s with a clear message', (_what, text, message) => {
		expect(errorOf(parseCollectionCsv(text, known))).toMatch(message);
	});
});

describe('merge', () => {
	const existing: Collection = {
		version: 2,
		items: {
			a: { status: 'wanted', added: '2024-01-01', note: 'seen on eBay' },
			b: { status: 'owned', added: '2024-01-02', copies: [{ quantity: 1 }] },
			c: { status: 'owned', added: '2024-01-03', copies: [{ quantity: 2, grade: 'mint' }] },
		},
	};
	const imported: Collection = {
		version: 2,
		items: {
			a: { status: 'owned', added: '2024-06-01', copies: [{ quantity: 1, grade: 'good' }] },
			b: { status: 'owned', added: '2024-01-02', copies: [{ quantity: 1 }] },
			d: { status: 'wanted', added: '2024-06-02', note: 'new' },
		},
	};

	it('adds new passes, lets the imported entry (copies included) win, keeps the rest and counts what happened', () => {
		const result = mergeCollections(existing, imported);
		expect(result.collection.items).toEqual({
			a: { status: 'owned', added: '2024-06-01', note: 'seen on eBay', copies: [{ quantity: 1, grade: 'good' }] },
			b: { status: 'owned', added: '2024-01-02', copies: [{ quantity: 1 }] },
			c: { status: 'owned', added: '2024-01-03', copies: [{ quantity: 2, grade: 'mint' }] },
			d: { status: 'wanted', added: '2024-06-02', note: 'new' },
		});
		expect({ added: result.added, updated: result.updated, unchanged: result.unchanged }).toEqual({ added: 1, updated: 1, unchanged: 1 });
	});

	it('merging an export into its own collection changes nothing', () => {
		const result = mergeCollections(sample, expectOk(parseCollectionCsv(collectionToCsv(sample, rows))).collection);
		expect(result.collection).toEqual(sample);
		expect(result.unchanged).toBe(3);
	});
});

describe('marking a pass (store.ts, pure parts)', () => {
	it('sets, switches (keeping the note, with a new date; a newly owned pass has one copy) and removes', () => {
		let c = withStatus(emptyCollection(), 'a', 'wanted', '2024-01-01');
		expect(c.items).toEqual({ a: { status: 'wanted', added: '2024-01-01' } });
		c = { version: 2, items: { a: { status: 'wanted', added: '2024-01-01', note: 'n' } } };
		c = withStatus(c, 'a', 'owned', '2024-02-02');
		expect(c.items['a']).toEqual({ status: 'owned', added: '2024-02-02', note: 'n', copies: [{ quantity: 1 }] });
		expect(withStatus(c, 'a', 'owned', '2030-01-01')).toEqual(c);
		expect(statusOf(c, 'a')).toBe('owned');
		expect(statusOf(c, 'toString')).toBeUndefined();
		expect(withStatus(c, 'a', null).items).toEqual({});
	});

	it('dates in the local calendar', () => {
		expect(localDay(new Date(2024, 1, 9, 23, 59))).toBe('2024-02-09');
	});
});

describe('counts', () => {
	it('counts owned and wanted per band and per tour, most first; passes without a tour together; spares for trade', () => {
		const collection: Collection = {
			version: 2,
			items: {
				'in-utero-1993-phoenix': { status: 'owned', added: '2024-01-01', copies: [{ quantity: 2 }, { quantity: 1 }] },
				'in-utero-1994-munich': { status: 'wanted', added: '2024-01-01' },
				'nirvana-reading-1992': { status: 'owned', added: '2024-01-01', copies: [{ quantity: 1 }] },
				'zooropa-1993': { status: 'wanted', added: '2024-01-01' },
				'gone-pass': { status: 'owned', added: '2024-01-01', copies: [{ quantity: 1 }] },
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
		expect(countStatuses(collection)).toEqual({ owned: 3, wanted: 2, spares: 2 });
		expect(quantityOf(collection.items['in-utero-1993-phoenix'])).toBe(3);
		expect(sparesOf(collection.items['in-utero-1993-phoenix'])).toBe(2);
		expect(sparesOf(collection.items['zooropa-1993'])).toBe(0);
	});
});

describe('filtering and sorting the list (list-view.ts)', () => {
	const entries = Object.entries(sample.items).map(([id, item]) => ({ id, item, row: rows.find((r) => r.id === id) }));
	const ids = (view: Partial<ListView>) => viewList(entries, { ...DEFAULT_VIEW, ...view }).map((e) => e.id);

	it('filters by band, type and what the collector holds', () => {
		expect(ids({})).toEqual(['in-utero-1993-phoenix', 'nirvana-reading-1992', 'zooropa-1993']);
		expect(ids({ band: 'U2' })).toEqual(['zooropa-1993']);
		expect(ids({ type: 'Guest' })).toEqual(['nirvana-reading-1992']);
		expect(ids({ show: 'wanted' })).toEqual(['zooropa-1993']);
		expect(ids({ show: 'owned' })).toEqual(['in-utero-1993-phoenix', 'nirvana-reading-1992']);
		expect(ids({ show: 'duplicates' })).toEqual(['in-utero-1993-phoenix']);
		expect(ids({ band: 'U2', show: 'owned' })).toEqual([]);
		expect(optionsOf(entries, 'band_name')).toEqual(['Nirvana', 'U2']);
	});

	it('sorts by the latest day acquired or the day added, newest first, undated last', () => {
		expect(ids({ sort: 'acquired' })).toEqual(['in-utero-1993-phoenix', 'nirvana-reading-1992', 'zooropa-1993']);
		expect(ids({ sort: 'added' })).toEqual(['zooropa-1993', 'in-utero-1993-phoenix', 'nirvana-reading-1992']);
	});
});
