/** The passes that stand for a type: never a fake, one per band first, in the list's order. */
import { describe, expect, it } from 'vitest';
import { showcasePasses } from '../../src/lib/catalog/showcase-passes.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const catalog = catalogFromFiles();

describe('showcasePasses', () => {
	it('never picks a known fake, even when it comes first', () => {
		const fake = catalog.passes.find((p) => p.fakeOf !== undefined);
		if (!fake?.fakeOf) throw new Error('the sample catalog needs a known fake');
		expect(showcasePasses([fake, fake.fakeOf], 2)).toEqual([fake.fakeOf]);
	});

	it('shows one pass per band before a second of any band, keeping the order otherwise', () => {
		const type = catalog.passTypeById.get('all-access');
		if (!type) throw new Error('the sample catalog needs all-access passes');
		const picked = showcasePasses(type.passes, 4);
		const bands = picked.map((p) => p.band.id);
		const distinctBands = new Set(type.passes.filter((p) => !p.fakeOf).map((p) => p.band.id)).size;
		expect(new Set(bands).size).toBe(Math.min(4, distinctBands));
		const positions = picked.map((p) => type.passes.indexOf(p));
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});

	it('skips passes the caller cannot show and stops at the limit', () => {
		const withoutFirst = catalog.passes.slice(1);
		expect(showcasePasses(catalog.passes, 3, (p) => p !== catalog.passes[0])).toEqual(showcasePasses(withoutFirst, 3));
		expect(showcasePasses(catalog.passes, 0)).toEqual([]);
	});
});
