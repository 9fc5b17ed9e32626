/** Derived facts: dates a pass stands for, decade, is-signed, band status then and now, related passes. */
import { describe, expect, it } from 'vitest';
import { browseValues } from '../../src/lib/search/browse-facets.ts';
import { buildCatalog, relatedPasses } from '../../src/lib/catalog/catalog-model.ts';
import { passFilterValues, searchUrl } from '../../src/lib/search/search-facets.ts';
import type { Entry, PassDataWithoutPhotos } from '../../src/lib/catalog/catalog-entry.ts';
import type { BandData } from '../../src/schemas/band.ts';
import type { PassTypeData } from '../../src/schemas/pass-type.ts';
import type { PrinterData } from '../../src/schemas/printer.ts';
import type { TourData } from '../../src/schemas/tour.ts';

const bandData = (name: string, activity: BandData['activity']): BandData => ({
	name, aliases: [], country: 'UK', formed: 1977, activity, links: {}, sources: [],
});
const bands: Entry<BandData>[] = [
	{ id: 'police', data: bandData('The Police', [{ from: '1977', to: '1986', ended: 'split' }, { from: '2007-02', to: '2008-08', ended: 'split' }]) },
	{ id: 'stones', data: { ...bandData('The Rolling Stones', [{ from: '1962' }]), aliases: ['Stones'] } },
];
const tours: Entry<TourData>[] = [
	{ id: 'reunion', data: { band: 'police', name: 'Reunion Tour', start: '2007-05-28', end: '2008-08-07', legs: [], sets: [], sources: [] } },
	{ id: 'synchronicity', data: { band: 'police', name: 'Synchronicity Tour', start: '1983-07', end: '1984-03', legs: [], sets: [], sources: [] } },
];
const passTypes: Entry<PassTypeData>[] = [
	{ id: 'crew', data: { name: 'Crew', aliases: [], summary: 'For the crew of the tour.', grants: 'x', issuedTo: 'x', rarity: 'common', order: 2 } },
	{ id: 'all-access', data: { name: 'All access', aliases: [], summary: 'Everywhere for the tour people.', grants: 'x', issuedTo: 'x', rarity: 'rare', order: 1 } },
];
const printers: Entry<PrinterData>[] = [{ id: 'otto', data: { name: 'OTTO', country: 'US', marks: [], sources: [] } }];

function pass(id: string, patch: Partial<PassDataWithoutPhotos>): Entry<PassDataWithoutPhotos> {
	return {
		id,
		data: {
			title: id, band: 'police', type: 'crew', format: 'laminate', securityFeatures: [], signatures: [], tells: [],
			condition: { grade: 'good', flaws: [] }, sources: [], contributors: ['x'], added: '2026-01-01', example: true,
			...patch,
		},
	};
}

const passes = [
	pass('dated', { tour: 'reunion', validFrom: '2007-06-01', validTo: '2007-06-02', added: '2026-03-01' }),
	pass('tour-dated', { tour: 'synchronicity', type: 'all-access', printer: 'otto', added: '2026-05-01' }),
	pass('signed', { tour: 'reunion', validFrom: '2008', added: '2026-02-01', signatures: [{ signer: 'Sting', medium: 'marker', occasion: 'afterwards', authenticated: false }] }),
	pass('one-off', { band: 'stones', year: 1969, added: '2026-04-01' }),
];

const catalog = buildCatalog({ passes, bands, tours, passTypes, printers, today: '2026-11-27' });
const get = (id: string) => {
	const p = catalog.passById.get(id);
	if (!p) throw new Error(id);
	return p;
};

describe('buildCatalog', () => {
	it('dates a pass by its own dates, else by its tour, else by its year', () => {
		expect(get('dated').displayDate).toBe('1–2 June 2007');
		expect(get('dated').datedByTour).toBe(false);
		expect(get('tour-dated').displayDate).toBe('July 1983 – March 1984');
		expect(get('tour-dated').datedByTour).toBe(true);
		expect(get('one-off').displayDate).toBe('1969');
		expect(get('one-off').datedByTour).toBe(false);
	});

	it('derives year and decade from the start of that span', () => {
		expect([get('tour-dated').year, get('tour-dated').decade]).toEqual([1983, 1980]);
		expect(get('one-off').decade).toBe(1960);
	});

	it('knows a pass is signed only when it has signatures', () => {
		expect(get('signed').isSigned).toBe(true);
		expect(get('dated').isSigned).toBe(false);
	});

	it("gives the band's status then and today", () => {
		expect(get('tour-dated').bandStatusThen).toBe('active');
		expect(get('dated').bandStatusThen).toBe('reunited');
		expect(get('dated').band.statusToday).toBe('defunct');
		expect(get('one-off').band.statusToday).toBe('active');
	});

	it('sorts passes oldest first and recent additions newest first', () => {
		expect(catalog.passes.map((p) => p.id)).toEqual(['one-off', 'tour-dated', 'dated', 'signed']);
		expect(catalog.recentlyAdded.map((p) => p.id)).toEqual(['tour-dated', 'one-off', 'dated', 'signed']);
	});

	it('links every record both ways and orders types by their `order`', () => {
		const police = catalog.bandById.get('police');
		expect(police?.passes.map((p) => p.id)).toEqual(['tour-dated', 'dated', 'signed']);
		expect(police?.tours.map((t) => t.id)).toEqual(['synchronicity', 'reunion']);
		expect(catalog.tourById.get('reunion')?.passes.map((p) => p.id)).toEqual(['dated', 'signed']);
		expect(catalog.printerById.get('otto')?.passes.map((p) => p.id)).toEqual(['tour-dated']);
		expect(catalog.passTypes.map((t) => t.id)).toEqual(['all-access', 'crew']);
		expect(catalog.bandById.get('stones')?.searchNames).toEqual(['rollingstones', 'stones']);
	});
});

describe('relatedPasses', () => {
	it('lists the same tour first, then the rest of the band, never the pass itself', () => {
		const related = relatedPasses(get('dated'));
		expect(related.sameTour.map((p) => p.id)).toEqual(['signed']);
		expect(related.sameBand.map((p) => p.id)).toEqual(['tour-dated']);
	});
});

describe('search facets and browse pages', () => {
	it('gives each pass its filter values as the index stores them', () => {
		expect(passFilterValues(get('signed'))).toEqual({
			type: ['Crew'], band: ['The Police'], status: ['Defunct'], decade: ['2000s'], year: ['2008'],
			tour: ['Reunion Tour'], signed: ['Yes'], feature: [], format: ['Laminate'], printer: [], condition: ['Good'],
		});
		expect(passFilterValues(get('one-off')).tour).toEqual([]);
	});

	it('groups passes into browse pages that agree with the filter values', () => {
		const browse = browseValues(catalog);
		const byKey = new Map([...browse.entries()].map(([facet, values]) => [facet.key, values]));
		expect(byKey.get('decade')?.map((v) => [v.value, v.url, v.passes.length])).toEqual([
			['1960s', '/browse/decade/1960s/', 1], ['1980s', '/browse/decade/1980s/', 1], ['2000s', '/browse/decade/2000s/', 2],
		]);
		expect(byKey.get('status')?.map((v) => [v.value, v.title])).toEqual([
			['Defunct', 'Passes of defunct bands'], ['Active', 'Passes of active bands'],
		]);
		expect(byKey.get('signed')?.map((v) => [v.url, v.passes.map((p) => p.id)])).toEqual([['/browse/signed/yes/', ['signed']]]);
	});

	it('builds search links with the same filters', () => {
		expect(searchUrl({ decade: ['1990s'], feature: ['Hologram', 'Foil stamping'] }, 'gnr')).toBe(
			'/search/?q=gnr&decade=1990s&feature=Hologram&feature=Foil+stamping',
		);
		expect(searchUrl({})).toBe('/search/');
	});
});
