/**
 * The filter groups a list of passes offers — on a band, tour or type page and on `/passes/` —
 * worked out at build time from FACETS, so those pages show their filters (with counts) before
 * any script runs, and a reader without JavaScript can still send them to the search page.
 */
import type { Entry, PassDataWithoutPhotos } from '../catalog/catalog-entry.ts';
import type { PassRecord } from '../catalog/catalog-model.ts';
import { type Facet, type FilterKey, PASS_FACETS, compareValues } from './search-facets.ts';

export interface FilterOption {
	value: string;
	/** Passes of the list with this value. */
	count: number;
}

export interface FilterGroup {
	key: FilterKey;
	label: string;
	combine: Facet['combine'];
	/** The first `limit` values, in the facet's listing order. */
	options: FilterOption[];
	/** How many values were left out for length (they are all on the search page). */
	more: number;
}

export interface FilterOptionsSettings {
	/** Value orders from `facetValueOrders`. */
	orders: Partial<Record<FilterKey, readonly string[]>>;
	/** Facets the page itself stands for (the band on a band page): not offered again. */
	context?: Partial<Record<FilterKey, readonly string[]>>;
	/** Values per group at most (a catalog of 10,000 passes has thousands of tours). */
	limit?: number;
}

/**
 * Groups with at least two values among `passes` (one value would filter nothing), in FACETS
 * order, values in each facet's order with the most common first where it lists so.
 */
export function filterOptions<P extends Entry<PassDataWithoutPhotos>>(passes: readonly PassRecord<P>[], settings: FilterOptionsSettings): FilterGroup[] {
	const { orders, context = {}, limit = 12 } = settings;
	const groups: FilterGroup[] = [];
	for (const facet of PASS_FACETS) {
		if (context[facet.key]?.length) continue;
		const counts: Record<string, number> = {};
		for (const pass of passes) for (const value of facet.values(pass)) counts[value] = (counts[value] ?? 0) + 1;
		const values = Object.keys(counts).sort(compareValues(facet, orders[facet.key], counts));
		if (values.length < 2) continue;
		groups.push({
			key: facet.key,
			label: facet.label,
			combine: facet.combine,
			options: values.slice(0, limit).map((value) => ({ value, count: counts[value] ?? 0 })),
			more: Math.max(0, values.length - limit),
		});
	}
	return groups;
}

const remembered = new WeakMap<readonly object[], WeakMap<object, Map<string, FilterGroup[]>>>();

/**
 * `filterOptions`, worked out once per list, value orders and context: every page of a paged list
 * shows the same groups (`/passes/` has three orders of 400 pages each at 10,000 passes).
 */
export function rememberedFilterOptions<P extends Entry<PassDataWithoutPhotos>>(passes: readonly PassRecord<P>[], settings: FilterOptionsSettings): FilterGroup[] {
	const byOrders = remembered.get(passes) ?? new WeakMap<object, Map<string, FilterGroup[]>>();
	remembered.set(passes, byOrders);
	const byContext = byOrders.get(settings.orders) ?? new Map<string, FilterGroup[]>();
	byOrders.set(settings.orders, byContext);
	const key = JSON.stringify([settings.context ?? {}, settings.limit ?? null]);
	const groups = byContext.get(key) ?? filterOptions(passes, settings);
	byContext.set(key, groups);
	return groups;
}
