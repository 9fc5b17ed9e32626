/**
 * The filter groups a band, tour or type page and /passes/ offer, worked out at build time, and
 * the search state's chips: checked against the sample catalog and the facet table.
 */
import { describe, expect, it } from 'vitest';
import { filterOptions, rememberedFilterOptions } from '../../src/lib/search/filter-options.ts';
import { FACETS, PASS_FACETS, facetValueOrders, passFilterValues } from '../../src/lib/search/search-facets.ts';
import { buildTagOf, pagefindEntryUrl } from '../../src/lib/search/search-index-files.ts';
import { activeFilters, filterCount, parseSearchState } from '../../src/lib/search/search-state.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const catalog = catalogFromFiles();
const orders = facetValueOrders(catalog);

describe('rememberedFilterOptions', () => {
	it('gives every page of one list the groups filterOptions gives, worked out once', () => {
		const first = rememberedFilterOptions(catalog.passes, { orders });
		expect(first).toEqual(filterOptions(catalog.passes, { orders }));
		expect(rememberedFilterOptions(catalog.passes, { orders })).toBe(first);
		const nirvana = catalog.passes.filter((p) => p.band.name === 'Nirvana');
		const narrowed = rememberedFilterOptions(catalog.passes, { orders, context: { band: ['Nirvana'] } });
		expect(narrowed).not.toBe(first);
		expect(narrowed.some((g) => g.key === 'band')).toBe(false);
		expect(rememberedFilterOptions(nirvana, { orders })).toEqual(filterOptions(nirvana, { orders }));
	});
});

describe('filterOptions', () => {
	it('counts every value of every offered facet exactly as the index stores it', () => {
		for (const band of catalog.bands) {
			const groups = filterOptions(band.passes, { orders, context: { band: [band.name] }, limit: 1000 });
			for (const group of groups) {
				const counted = new Map<string, number>();
				for (const pass of band.passes) for (const v of passFilterValues(pass)[group.key as keyof ReturnType<typeof passFilterValues>]) counted.set(v, (counted.get(v) ?? 0) + 1);
				expect(Object.fromEntries(group.options.map((o) => [o.value, o.count]))).toEqual(Object.fromEntries(counted));
				expect(group.more).toBe(0);
			}
		}
	});

	it('leaves out the page’s own facet and facets with a single value, and keeps FACETS order', () => {
		const nirvana = catalog.bands.find((b) => b.name === 'Nirvana');
		const groups = filterOptions(nirvana?.passes ?? [], { orders, context: { band: ['Nirvana'] } });
		const keys = groups.map((g) => g.key);
		expect(keys).not.toContain('band');
		expect(keys).not.toContain('status');
		expect(keys).toEqual(PASS_FACETS.map((f) => f.key).filter((k) => keys.includes(k)));
		for (const group of groups) expect(group.options.length).toBeGreaterThan(1);
	});

	it('cuts long groups and says how many values it left out', () => {
		const groups = filterOptions(catalog.passes, { orders, limit: 3 });
		const tours = groups.find((g) => g.key === 'tour');
		const all = new Set(catalog.passes.flatMap((p) => passFilterValues(p).tour));
		expect(tours?.options.length).toBe(3);
		expect(tours?.more).toBe(all.size - 3);
		// Most common first where the facet lists so.
		const counts = tours?.options.map((o) => o.count) ?? [];
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
	});

	it('lists pass types in the guides’ order', () => {
		const types = filterOptions(catalog.passes, { orders, limit: 100 }).find((g) => g.key === 'type');
		const order = orders.type ?? [];
		const values = types?.options.map((o) => o.value) ?? [];
		expect(values).toEqual([...values].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
	});
});

describe('chips', () => {
	it('lists the filters in use in FACETS order, with their facet’s name', () => {
		const state = parseSearchState('?decade=1990s&type=Guest&type=All+access&q=x');
		expect(activeFilters(state)).toEqual([
			{ key: 'type', label: 'Pass type', value: 'All access' },
			{ key: 'type', label: 'Pass type', value: 'Guest' },
			{ key: 'decade', label: 'Decade', value: '1990s' },
		]);
		expect(filterCount(state)).toBe(3);
		expect(FACETS.findIndex((f) => f.key === 'type')).toBeLessThan(FACETS.findIndex((f) => f.key === 'decade'));
	});
});

describe('the preloaded index entry', () => {
	it('carries the build tag Pagefind is then told to use', () => {
		expect(pagefindEntryUrl('mx9y')).toBe('/pagefind/pagefind-entry.json?ts=mx9y');
		expect(buildTagOf(`http://example.org${pagefindEntryUrl('mx9y')}`)).toBe('mx9y');
		expect(buildTagOf(undefined)).toBeUndefined();
		expect(buildTagOf('/pagefind/pagefind-entry.json')).toBeUndefined();
	});
});
