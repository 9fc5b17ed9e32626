/**
 * The facet table: every facet's values, how they combine and are listed, and the browse pages
 * and stats tables made from it, checked against the sample catalog.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browseValues } from '../../src/lib/search/browse-facets.ts';
import { tally } from '../../src/lib/search/catalog-stats.ts';
import {
	BROWSE_FACETS,
	FACETS,
	PASS_FACETS,
	STATS_FACETS,
	compareValues,
	facetValueOrders,
	passFilterValues,
} from '../../src/lib/search/search-facets.ts';
import { parseSearchState, toPagefindFilters } from '../../src/lib/search/search-state.ts';
import { projectRoot } from '../helpers/astro-build.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';
import { importGraph } from '../helpers/import-cycles.ts';

const catalog = catalogFromFiles();
const orders = facetValueOrders(catalog);

describe('the facet table', () => {
	it('has one row per key, none taken by the search page’s own parameters', () => {
		const keys = FACETS.map((f) => f.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const key of keys) expect(['q', 'sort', 'exact']).not.toContain(key);
		expect(new Set(BROWSE_FACETS.map((f) => f.browse.segment)).size).toBe(BROWSE_FACETS.length);
	});

	it('gives every pass its values for every facet that has them, in the table’s order', () => {
		for (const pass of catalog.passes) {
			const values = passFilterValues(pass);
			expect(Object.keys(values)).toEqual(PASS_FACETS.map((f) => f.key));
			expect(values.band).toEqual([pass.band.name]);
			expect(values.feature).toHaveLength(pass.entry.data.securityFeatures.length);
			for (const list of Object.values(values)) for (const v of list) expect(v.trim()).toBe(v);
		}
	});

	it('combines the values of one group as the table says: any for single values, all for several', () => {
		const state = parseSearchState('?type=Crew&type=Guest&feature=Hologram&feature=Barcode');
		expect(toPagefindFilters(state)).toEqual({ type: { any: ['Crew', 'Guest'] }, feature: { all: ['Barcode', 'Hologram'] } });
		// Only a facet whose passes can have several values may narrow with each one chosen.
		for (const facet of PASS_FACETS) {
			const most = Math.max(...catalog.passes.map((p) => facet.values(p).length));
			if (facet.combine === 'any') expect(most, facet.key).toBeLessThanOrEqual(1);
		}
	});

	it('lists values in their declared order, then most frequent first only where the facet says so', () => {
		const counts = { Rare: 1, Common: 5, Middling: 3 };
		const values = Object.keys(counts);
		expect([...values].sort(compareValues({ listing: 'common' }, undefined, counts))).toEqual(['Common', 'Middling', 'Rare']);
		expect([...values].sort(compareValues({ listing: 'natural' }, undefined, counts))).toEqual(['Common', 'Middling', 'Rare'].sort());
		expect([...values].sort(compareValues({ listing: 'common' }, ['Rare'], counts))).toEqual(['Rare', 'Common', 'Middling']);
		expect(['1990s', '2000s', '1960s'].sort(compareValues({ listing: 'natural' }, undefined))).toEqual(['1960s', '1990s', '2000s']);
		expect(orders.type).toEqual(catalog.passTypes.map((t) => t.name));
		expect(orders.status).toEqual(['Defunct', 'On hiatus', 'Reunited', 'Active']);
	});

	it('makes a browse page for every value a browse facet has, with exactly the passes that have it', () => {
		const browse = browseValues(catalog);
		expect([...browse.keys()]).toEqual(BROWSE_FACETS);
		for (const [facet, values] of browse) {
			const expected = new Set(catalog.passes.flatMap((p) => facet.values(p)).filter((v) => !('include' in facet.browse) || facet.browse.include(v)));
			expect(values.map((v) => v.value).sort()).toEqual([...expected].sort());
			for (const v of values) {
				expect(v.url).toBe(`/browse/${facet.browse.segment}/${v.slug}/`);
				expect(v.passes).toEqual(catalog.passes.filter((p) => facet.values(p).includes(v.value)));
			}
		}
	});

	it('counts every stats facet over all passes, as the facet lists its values', () => {
		expect(STATS_FACETS.length).toBeGreaterThan(0);
		for (const facet of STATS_FACETS) {
			const rows = tally(catalog.passes, facet, orders[facet.key]);
			expect(rows.reduce((n, r) => n + r.count, 0)).toBe(catalog.passes.reduce((n, p) => n + facet.values(p).length, 0));
			const labels = rows.map((r) => r.label);
			expect(labels).toEqual([...labels].sort(compareValues(facet, orders[facet.key], Object.fromEntries(rows.map((r) => [r.label, r.count])))));
			if (facet.listing === 'common') expect(rows.map((r) => r.count)).toEqual(rows.map((r) => r.count).sort((a, b) => b - a));
		}
	});
});

describe('what the search page’s script imports', () => {
	it('reaches neither Node, nor the catalog, nor Astro’s content layer, nor zod', () => {
		const src = join(projectRoot, 'src');
		const graph = importGraph(src, { types: false });
		const seen = new Set<string>();
		const walk = (file: string) => {
			if (seen.has(file)) return;
			seen.add(file);
			for (const next of graph.get(file) ?? []) walk(next);
		};
		walk('scripts/search/search-page.ts');
		expect(seen).toContain('lib/search/search-facets.ts');
		for (const file of seen) {
			expect(file).not.toMatch(/^data\/|-fs\.ts$/);
			const text = readFileSync(join(src, file), 'utf-8');
			// zod is shared with the submission form's script: importing it puts its ≈ 25 kB chunk here.
			expect(text, file).not.toMatch(/^import (?!type )[^;]*from '(node:[^']*|astro:content|astro\/zod|zod)'/m);
		}
	});
});
