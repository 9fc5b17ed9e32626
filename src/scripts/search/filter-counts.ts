/** How many results each filter value would give, asked of Pagefind's counting instance. */
import { FACETS } from '../../lib/search/search-facets.ts';
import { type PagefindFilters, type SearchState, toPagefindFilters } from '../../lib/search/search-state.ts';
import type { FilterCounts, PagefindInstance } from './pagefind-api.ts';

/**
 * Counts per filter value. A group's own selection is left out of its counts ("any of" groups),
 * so ticking Guest still shows how many All access passes there are. `extra` filters (the page's
 * context) always apply.
 */
export async function countsFor(pagefind: PagefindInstance, term: string | null, current: SearchState, main: FilterCounts, extra: PagefindFilters = {}): Promise<FilterCounts> {
	const counts: FilterCounts = { ...main };
	await Promise.all(
		FACETS.map(async ({ key, combine }) => {
			// An all-of group narrows with each value it has: its counts are those of the results shown.
			if (combine === 'all' || !current.filters[key]?.length) return;
			const without = await pagefind.search(term, { filters: { ...toPagefindFilters(current, key), ...extra } });
			counts[key] = without.filters[key] ?? {};
		}),
	);
	return counts;
}
