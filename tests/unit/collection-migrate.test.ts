/** What the browser stored: version 1 (before copies) migrates to version 2 without loss; anything else is refused. */
import { describe, expect, it } from 'vitest';
import { collectionToJson, parseCollectionJson } from '../../src/lib/collection/json-format.ts';
import { storedCollection } from '../../src/lib/collection/migrate.ts';
import { readStored } from '../../src/scripts/collection/store.ts';
import { sample } from '../helpers/collection-sample.ts';

const v1 = {
	version: 1,
	items: {
		'in-utero-1993-phoenix': { status: 'owned', added: '2024-05-31', note: 'signed by the tour manager' },
		'zooropa-1993': { status: 'wanted', added: '2025-01-02', note: 'any condition' },
		'nirvana-reading-1992': { status: 'owned', added: '2023-12-24' },
	},
};

describe('migrating version 1', () => {
	it('keeps every pass, status, date and note; an owned pass becomes one copy with no details', () => {
		expect(readStored(JSON.stringify(v1))).toEqual({
			version: 2,
			items: {
				'in-utero-1993-phoenix': { status: 'owned', added: '2024-05-31', note: 'signed by the tour manager', copies: [{ quantity: 1 }] },
				'zooropa-1993': { status: 'wanted', added: '2025-01-02', note: 'any condition' },
				'nirvana-reading-1992': { status: 'owned', added: '2023-12-24', copies: [{ quantity: 1 }] },
			},
		});
	});

	it('the migrated collection exports a file the importer reads back to the same collection', () => {
		const migrated = readStored(JSON.stringify(v1));
		if (!migrated) throw new Error('not migrated');
		const again = parseCollectionJson(collectionToJson(migrated));
		expect(again.ok && again.collection).toEqual(migrated);
	});

	it('reads back what version 2 stores, exactly', () => {
		expect(readStored(JSON.stringify(sample))).toEqual(sample);
	});
});

describe('refusing what this site did not write', () => {
	it.each([
		['not JSON', '{"version":1,'],
		['null', 'null'],
		['a list', '[]'],
		['a future version', '{"version":3,"items":{}}'],
		['no items', '{"version":2}'],
		['an id that is not a slug', '{"version":2,"items":{"Not A Slug":{"status":"wanted","added":"2024-01-01"}}}'],
		['a prototype key', '{"version":2,"items":{"__proto__":{"status":"wanted","added":"2024-01-01"}}}'],
		['an unknown status', '{"version":1,"items":{"a":{"status":"sold","added":"2024-01-01"}}}'],
		['no date', '{"version":1,"items":{"a":{"status":"owned"}}}'],
		['a note that is not text', '{"version":1,"items":{"a":{"status":"owned","added":"2024-01-01","note":1}}}'],
		['a v2 owned pass without copies', '{"version":2,"items":{"a":{"status":"owned","added":"2024-01-01","copies":[]}}}'],
		['a copy with quantity 0', '{"version":2,"items":{"a":{"status":"owned","added":"2024-01-01","copies":[{"quantity":0}]}}}'],
		['a copy with an unknown grade', '{"version":2,"items":{"a":{"status":"owned","added":"2024-01-01","copies":[{"quantity":1,"grade":"shiny"}]}}}'],
		['a copy with an unknown field', '{"version":2,"items":{"a":{"status":"owned","added":"2024-01-01","copies":[{"quantity":1,"x":1}]}}}'],
		['a price in a lowercase currency', '{"version":2,"items":{"a":{"status":"owned","added":"2024-01-01","copies":[{"quantity":1,"price":{"amount":1,"currency":"eur"}}]}}}'],
	])('%s', (_what, text) => {
		expect(readStored(text)).toBeUndefined();
	});

	it('agrees with the file schema on every sample: what storage accepts, an import accepts', () => {
		for (const value of [v1, sample, { version: 2, items: {} }]) {
			expect(storedCollection(value)).toBeDefined();
			expect(parseCollectionJson(JSON.stringify(value)).ok).toBe(true);
		}
	});
});
