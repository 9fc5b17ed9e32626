/**
 * Page cache keys on the sample catalog: a change reaches the key of every page that shows the
 * changed record and no other. (The site test `incremental-build.test.ts` checks the built pages.)
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BandData } from '../../src/schemas/band.ts';
import { buildCatalog } from '../../src/lib/catalog/catalog-model.ts';
import { PageCacheKeys, recordText } from '../../src/lib/lists/page-cache-keys-fs.ts';
import { shownPhoto } from '../../src/lib/photos/shown-photo.ts';
import { readCatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';
import { projectRoot } from '../helpers/astro-build.ts';

const files = readCatalogFiles(join(projectRoot, 'content'), projectRoot);
const TODAY = '2026-12-05';

/** The catalog and its keys, with `change` applied to the files first; photo sizes from their names. */
function keysOf(change: (f: typeof files) => typeof files = (f) => f, photoHash = (src: string, passId: string) => `${passId}/${src}`, guides = 'guides as listed') {
	const changed = change(files);
	const catalog = buildCatalog({ ...changed, today: TODAY });
	const photos = new Map(changed.passes.map((p) => [p.id, p.data.photos]));
	const keys = new PageCacheKeys({
		today: catalog.today,
		photosOf: (pass) => (photos.get(pass.id) ?? []).map((photo) => shownPhoto(photo, { hash: createHash('sha256').update(photoHash(photo.src, pass.id)).digest('hex'), width: 1600, height: 1000 })),
		everything: () => ({ passes: catalog.passes, records: [...catalog.bands, ...catalog.tours, ...catalog.passTypes, ...catalog.printers], other: guides }),
	});
	return {
		catalog,
		passPages: new Map(catalog.passes.map((p) => [p.id, keys.passPage(p)])),
		tourPages: new Map(catalog.tours.map((t) => [t.id, keys.tourPage(t)])),
		compareData: new Map(catalog.passes.map((p) => [p.id, keys.compareData(p)])),
		listPage: keys.catalogPage('passes/[...list]'),
	};
}

const none = () => ({ passes: [], records: [], other: '' });

const changedKeys = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((id) => a.get(id) !== b.get(id)).sort();
const renameBand = (id: string, name: string) => (f: typeof files) => ({
	...f,
	bands: f.bands.map((b) => (b.id === id ? { ...b, data: { ...b.data, name } satisfies BandData } : b)),
});

describe('PageCacheKeys', () => {
	const before = keysOf();

	it('gives the same keys for the same catalog, and a key per page', () => {
		const again = keysOf();
		expect(changedKeys(before.passPages, again.passPages)).toEqual([]);
		expect(new Set(before.passPages.values()).size).toBe(before.passPages.size);
	});

	it('writes a record with the records it points to as URLs and without its members', () => {
		const band = before.catalog.bandById.get('nirvana');
		if (!band) throw new Error('no nirvana in the sample');
		const text = recordText(band);
		expect(text).toContain('"name":"Nirvana"');
		expect(text).not.toContain('/passes/');
		const pass = band.passes[0];
		if (!pass) throw new Error('nirvana has no pass');
		expect(recordText(pass)).toContain('"band":"→/bands/nirvana/"');
	});

	it('a band renamed changes the key of every page that shows it and of no other page', () => {
		const after = keysOf(renameBand('nirvana', 'Nirvana UK'));
		const ofBand = before.catalog.passes.filter((p) => p.band.id === 'nirvana').map((p) => p.id).sort();
		expect(ofBand.length).toBeGreaterThan(2);
		expect(changedKeys(before.passPages, after.passPages)).toEqual(ofBand);
		expect(changedKeys(before.tourPages, after.tourPages)).toEqual(before.catalog.tours.filter((t) => t.band.id === 'nirvana').map((t) => t.id).sort());
	});

	it('a photo replaced changes the pages that show it: its own, and those that list its pass', () => {
		const pass = 'u2-360-2009-barcelona-crew-plastic-card';
		const after = keysOf(undefined, (src, passId) => (passId === pass && src === './front.jpg' ? 'other bytes' : `${passId}/${src}`));
		const shows = before.catalog.passes.filter((p) => p.id === pass || p.band.id === 'u2').map((p) => p.id);
		const changed = changedKeys(before.passPages, after.passPages);
		expect(changed).toContain(pass);
		for (const id of changed) expect(shows).toContain(id);
	});

	it('a day later is another key: band statuses and ages are as of the build day', () => {
		const catalog = buildCatalog({ ...files, today: '2026-12-06' });
		const keys = new PageCacheKeys({ today: catalog.today, photosOf: () => [], everything: none });
		const pass = catalog.passes[0];
		if (!pass) throw new Error('empty sample');
		const sameDay = new PageCacheKeys({ today: TODAY, photosOf: () => [], everything: none });
		expect(keys.passPage(pass)).not.toBe(sameDay.passPage(pass));
		expect(keys.catalogPage('passes/[...list]')).not.toBe(sameDay.catalogPage('passes/[...list]'));
	});

	it('keys a page on the whole catalog: the same catalog, the same key; any change to it, another', () => {
		expect(keysOf().listPage).toBe(before.listPage);
		const tour = before.catalog.tours.find((t) => t.passes.length === 0) ?? before.catalog.tours[0];
		if (!tour) throw new Error('no tour in the sample');
		const changes: [string, ReturnType<typeof keysOf>][] = [
			['a band renamed', keysOf(renameBand('nirvana', 'Nirvana UK'))],
			['a photo replaced', keysOf(undefined, (src, passId) => (passId === before.catalog.passes[0]?.id && src === './front.jpg' ? 'other bytes' : `${passId}/${src}`))],
			['a pass removed', keysOf((f) => ({ ...f, passes: f.passes.slice(1) }))],
			['a tour renamed', keysOf((f) => ({ ...f, tours: f.tours.map((t) => (t.id === tour.id ? { ...t, data: { ...t.data, name: `${t.data.name} II` } } : t)) }))],
			['a guide retitled', keysOf(undefined, undefined, 'guides as listed, one retitled')],
		];
		for (const [change, after] of changes) expect(after.listPage, change).not.toBe(before.listPage);
	});

	it('keys compare data on the pass and the passes it names: a fake retitled changes its genuine pass’s', () => {
		const fake = before.catalog.passes.find((p) => p.fakeOf !== undefined);
		if (!fake?.fakeOf) throw new Error('no fake in the sample');
		const after = keysOf((f) => ({ ...f, passes: f.passes.map((p) => (p.id === fake.id ? { ...p, data: { ...p.data, title: `${p.data.title} (retitled)` } } : p)) }));
		const changed = changedKeys(before.compareData, after.compareData);
		expect(changed).toContain(fake.id);
		expect(changed).toContain(fake.fakeOf.id);
		expect(changed.length).toBeLessThan(before.compareData.size / 4);
	});
});
