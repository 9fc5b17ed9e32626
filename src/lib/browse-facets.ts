/**
 * Static browse pages: passes grouped by type, decade, band status, security feature and
 * signed, so every facet of the search page is also reachable without JavaScript.
 * Values come from `passFilterValues`, so a browse page and the search filter always agree.
 */
import type { Entry, PassFacts } from './catalog-problems.ts';
import type { PassRecord } from './catalog-model.ts';
import { type FilterKey, type PassFilterKey, STATUS_ORDER, YES, passFilterValues } from './search-facets.ts';
import { slugify } from './slugify.ts';

export interface BrowseFacet {
	key: PassFilterKey;
	/** Path segment: /browse/<segment>/<value>/ */
	segment: string;
	label: string;
	title: (value: string) => string;
	/** Values to list; others are left out (e.g. "No" for signed). */
	include?: (value: string) => boolean;
	/** Values in this order; otherwise by label. */
	order?: readonly string[];
}

export const BROWSE_FACETS: readonly BrowseFacet[] = [
	{ key: 'type', segment: 'type', label: 'Pass type', title: (v) => `${v} passes` },
	{ key: 'decade', segment: 'decade', label: 'Decade', title: (v) => `Passes of the ${v}` },
	{
		key: 'status',
		segment: 'status',
		label: 'Band status today',
		title: (v) => `Passes of ${v.toLowerCase()} bands`,
		order: STATUS_ORDER,
	},
	{ key: 'feature', segment: 'feature', label: 'Security feature', title: (v) => `Passes with: ${v.toLowerCase()}` },
	{ key: 'signed', segment: 'signed', label: 'Signed', title: () => 'Signed passes', include: (v) => v === YES },
];

export interface BrowseValue<P extends Entry<PassFacts>> {
	facet: BrowseFacet;
	value: string;
	slug: string;
	url: string;
	title: string;
	passes: PassRecord<P>[];
}

/** Every browse page with its passes (in the catalog's order), grouped by facet. */
export function browseValues<P extends Entry<PassFacts>>(
	passes: readonly PassRecord<P>[],
	orderOf: Partial<Record<FilterKey, readonly string[]>> = {},
): Map<BrowseFacet, BrowseValue<P>[]> {
	const result = new Map<BrowseFacet, BrowseValue<P>[]>();
	for (const facet of BROWSE_FACETS) {
		const groups = new Map<string, PassRecord<P>[]>();
		for (const pass of passes) {
			for (const value of passFilterValues(pass)[facet.key]) {
				if (facet.include && !facet.include(value)) continue;
				const group = groups.get(value);
				if (group) group.push(pass);
				else groups.set(value, [pass]);
			}
		}
		const order = facet.order ?? orderOf[facet.key];
		const rank = (v: string) => (order?.includes(v) ? order.indexOf(v) : Number.MAX_SAFE_INTEGER);
		const values = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
		result.set(
			facet,
			values.map((value) => {
				const slug = slugify(value);
				return {
					facet,
					value,
					slug,
					url: `/browse/${facet.segment}/${slug}/`,
					title: facet.title(value),
					passes: groups.get(value) ?? [],
				};
			}),
		);
	}
	return result;
}
