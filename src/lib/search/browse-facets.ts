/**
 * Static browse pages: the passes sharing one value of a facet that has `browse` options in
 * FACETS (search-facets.ts), so every facet of the search page can also be reached without
 * JavaScript. Values come from the facet's own `values`, so a browse page and the search filter
 * always agree.
 */
import type { Entry, PassDataWithoutPhotos } from '../catalog/catalog-entry.ts';
import type { PassRecord } from '../catalog/catalog-model.ts';
import { BROWSE_FACETS, type BrowseFacet, type Facet, type OrderSource, compareValues, facetValueOrders } from './search-facets.ts';
import { slugify } from '../text/slugify.ts';

export type { BrowseFacet };

export interface BrowseValue<P extends Entry<PassDataWithoutPhotos>> {
	facet: BrowseFacet;
	value: string;
	slug: string;
	url: string;
	title: string;
	/** The link's text in the browse navigation. */
	linkText: string;
	passes: PassRecord<P>[];
}

/**
 * Every browse page with its passes (in the catalog's order), grouped by facet; values in the
 * facet's `valueOrder`, then by label.
 */
export function browseValues<P extends Entry<PassDataWithoutPhotos>>(
	catalog: OrderSource & { passes: readonly PassRecord<P>[] },
): Map<BrowseFacet, BrowseValue<P>[]> {
	const { passes } = catalog;
	const orderOf = facetValueOrders(catalog);
	const result = new Map<BrowseFacet, BrowseValue<P>[]>();
	for (const facet of BROWSE_FACETS) {
		const options: NonNullable<Facet['browse']> = facet.browse;
		const groups = new Map<string, PassRecord<P>[]>();
		for (const pass of passes) {
			for (const value of facet.values(pass)) {
				if (options.include && !options.include(value)) continue;
				const group = groups.get(value);
				if (group) group.push(pass);
				else groups.set(value, [pass]);
			}
		}
		// No counts: a browse list keeps one order whatever the catalog holds.
		const values = [...groups.keys()].sort(compareValues(facet, orderOf[facet.key]));
		result.set(
			facet,
			values.map((value) => {
				const slug = slugify(value);
				return {
					facet,
					value,
					slug,
					url: `/browse/${options.segment}/${slug}/`,
					title: options.title(value),
					linkText: options.linkText?.(value) ?? value,
					passes: groups.get(value) ?? [],
				};
			}),
		);
	}
	return result;
}
