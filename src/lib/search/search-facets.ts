/**
 * The facets of a pass — what the search page filters by, the static browse pages group by and
 * the stats page counts — declared once, in FACETS. The pass page writes each facet's values into
 * the Pagefind index, the search page shows the groups in this order, the browse pages and the
 * stats tables are made from the rows that ask for them. A new facet is one row here.
 *
 * The search page's script imports this module: keep it free of Node and of the catalog itself
 * (types only), so the browser gets the table and a few label maps, nothing more.
 */
import type { Entry, PassDataWithoutPhotos } from '../catalog/catalog-entry.ts';
import type { PassRecord } from '../catalog/catalog-model.ts';
import { decadeLabel } from '../dates/fuzzy-date.ts';
import {
	BAND_STATUSES,
	CONDITION_GRADES,
	PASS_FORMATS,
	SECURITY_FEATURES,
} from '../../schemas/enums.ts';

export const YES = 'Yes';
export const NO = 'No';

/** Band statuses in the order every list of them shows: from gone to going. */
export const STATUS_ORDER: readonly string[] = [BAND_STATUSES.defunct, BAND_STATUSES.hiatus, BAND_STATUSES.reunited, BAND_STATUSES.active];

/** What kind of page a search result is. */
export const RESULT_KINDS = {
	pass: 'Pass',
	band: 'Band',
	tour: 'Tour',
	passType: 'Pass type',
	printer: 'Printer',
} as const;

type AnyPass = PassRecord<Entry<PassDataWithoutPhotos>>;

/** What a value order may depend on: pass types are content, listed in their guides' order. */
export interface OrderSource {
	passTypes: readonly { name: string }[];
}

export interface Facet {
	/** URL parameter of the search page and Pagefind filter name. */
	key: string;
	/** Name of the group on the search page, the browse pages and the stats page. */
	label: string;
	/**
	 * How two chosen values combine: `any` when a pass has one value (Guest or All access widens),
	 * `all` when it can have several (hologram and foil narrows to passes with both).
	 */
	combine: 'any' | 'all';
	/**
	 * How values are listed: `natural` in `valueOrder`, then by label (decades, years); `common`
	 * most frequent first where counts are shown (search, stats), by label elsewhere.
	 */
	listing: 'natural' | 'common';
	/** Values to list first, in this order (labels). */
	valueOrder?: (source: OrderSource) => readonly string[];
	/** The values of one pass, as the index stores them (labels). Absent for `kind`, which the layout writes on every indexed page. */
	values?: (pass: AnyPass) => string[];
	/** A static page per value at `/browse/<segment>/<value>/`, for readers without JavaScript. */
	browse?: {
		segment: string;
		/** The page's title. */
		title: (value: string) => string;
		/** Values to make pages for; others are left out (e.g. "No" for signed). */
		include?: (value: string) => boolean;
		/** The link's text in the browse navigation, when not the value itself. */
		linkText?: (value: string) => string;
	};
	/** A table of counts on `/stats/`. */
	stats?: { caption: string };
}

/** Filter groups in the order the search page shows them; browse pages and stats follow it too. */
export const FACETS = [
	{ key: 'kind', label: 'Result type', combine: 'any', listing: 'natural', valueOrder: () => Object.values(RESULT_KINDS) },
	{
		key: 'type',
		label: 'Pass type',
		combine: 'any',
		listing: 'natural',
		valueOrder: (source) => source.passTypes.map((t) => t.name),
		values: (pass) => [pass.type.name],
		browse: { segment: 'type', title: (v) => `${v} passes` },
		stats: { caption: 'Passes by type' },
	},
	{ key: 'band', label: 'Band', combine: 'any', listing: 'common', values: (pass) => [pass.band.name] },
	{
		key: 'status',
		label: 'Band status today',
		combine: 'any',
		listing: 'natural',
		valueOrder: () => STATUS_ORDER,
		values: (pass) => [BAND_STATUSES[pass.band.statusToday]],
		browse: { segment: 'status', title: (v) => `Passes of ${v.toLowerCase()} bands` },
		stats: { caption: 'Passes by the band’s status today' },
	},
	{
		key: 'decade',
		label: 'Decade',
		combine: 'any',
		listing: 'natural',
		values: (pass) => [decadeLabel(pass.decade)],
		browse: { segment: 'decade', title: (v) => `Passes of the ${v}` },
		stats: { caption: 'Passes by decade' },
	},
	{ key: 'year', label: 'Year', combine: 'any', listing: 'natural', values: (pass) => [String(pass.year)] },
	{ key: 'tour', label: 'Tour', combine: 'any', listing: 'common', values: (pass) => (pass.tour ? [pass.tour.name] : []) },
	{
		key: 'signed',
		label: 'Signed',
		combine: 'any',
		listing: 'natural',
		values: (pass) => [pass.isSigned ? YES : NO],
		browse: { segment: 'signed', title: () => 'Signed passes', include: (v) => v === YES, linkText: () => 'Signed' },
	},
	{
		key: 'feature',
		label: 'Security feature',
		combine: 'all',
		listing: 'common',
		values: (pass) => pass.entry.data.securityFeatures.map((f) => SECURITY_FEATURES[f]),
		browse: { segment: 'feature', title: (v) => `Passes with: ${v.toLowerCase()}` },
		stats: { caption: 'Security features (a pass may have several)' },
	},
	{
		// How a pass was made, orthogonal to its type (the access it gave): a satin sticky may be a
		// guest or a crew pass. Listed in PASS_FORMATS order, so the three stickies sit together.
		key: 'format',
		label: 'Format',
		combine: 'any',
		listing: 'natural',
		valueOrder: () => Object.values(PASS_FORMATS),
		values: (pass) => [PASS_FORMATS[pass.entry.data.format]],
		browse: { segment: 'format', title: (v) => `${v} passes` },
		stats: { caption: 'Passes by format' },
	},
	{ key: 'printer', label: 'Printer', combine: 'any', listing: 'common', values: (pass) => (pass.printer ? [pass.printer.name] : []) },
	{
		key: 'condition',
		label: 'Condition',
		combine: 'any',
		listing: 'natural',
		valueOrder: () => Object.values(CONDITION_GRADES),
		values: (pass) => [CONDITION_GRADES[pass.entry.data.condition.grade]],
	},
] as const satisfies readonly Facet[];

type FacetRow = (typeof FACETS)[number];
export type FilterKey = FacetRow['key'];
/** Facets a pass page carries (all but `kind`). */
export type PassFilterKey = Extract<FacetRow, { values: unknown }>['key'];
/** Facets with static browse pages. */
export type BrowseFacet = Extract<FacetRow, { browse: unknown }>;
/** Facets with a table on the stats page. */
export type StatsFacet = Extract<FacetRow, { stats: unknown }>;

const hasValues = (f: FacetRow): f is Extract<FacetRow, { values: unknown }> => 'values' in f;
export const PASS_FACETS = FACETS.filter(hasValues);
export const BROWSE_FACETS = FACETS.filter((f): f is BrowseFacet => 'browse' in f);
export const STATS_FACETS = FACETS.filter((f): f is StatsFacet => 'stats' in f);

/** Every filter value of one pass, as the index stores them (human labels), in FACETS order. */
export function passFilterValues<P extends Entry<PassDataWithoutPhotos>>(pass: PassRecord<P>): Record<PassFilterKey, string[]> {
	return Object.fromEntries(PASS_FACETS.map((f) => [f.key, f.values(pass)])) as Record<PassFilterKey, string[]>;
}

/** Each facet's `valueOrder`, worked out once (the search page receives it as data). */
export function facetValueOrders(source: OrderSource): Partial<Record<FilterKey, readonly string[]>> {
	return Object.fromEntries(FACETS.flatMap((f) => ('valueOrder' in f ? [[f.key, f.valueOrder(source)]] : [])));
}

/** "Tour 2" before "Tour 10"; one collator, not one per comparison. */
const NATURAL = new Intl.Collator('en', { numeric: true });

/**
 * How a facet's values are listed: `order` first, then, for a `common` facet with `counts`, the
 * most frequent, then by label (numbers by value).
 */
export function compareValues(facet: Pick<Facet, 'listing'>, order: readonly string[] | undefined, counts?: Readonly<Record<string, number>>) {
	// Ranks looked up, not searched: a 10,000-pass catalog sorts thousands of tour names this way.
	const ranks = new Map<string, number>();
	for (const [index, value] of (order ?? []).entries()) if (!ranks.has(value)) ranks.set(value, index);
	const rank = (v: string) => ranks.get(v) ?? Number.MAX_SAFE_INTEGER;
	const common = (a: string, b: string) => (facet.listing === 'common' && counts ? (counts[b] ?? 0) - (counts[a] ?? 0) : 0);
	return (a: string, b: string) => rank(a) - rank(b) || common(a, b) || NATURAL.compare(a, b);
}

/**
 * Sort keys written on pass pages; the search page offers them. Every key costs every searcher
 * a share of Pagefind's metadata (≈ 23 kB at 10,000 passes), so there are two: the year, and
 * when a pass was added (A–Z by title was dropped: titles start with the band, and band pages
 * list a band's passes).
 */
export const SORTS = {
	relevance: { label: 'Best match', key: undefined, direction: undefined },
	oldest: { label: 'Year, oldest first', key: 'date', direction: 'asc' },
	newest: { label: 'Year, newest first', key: 'date', direction: 'desc' },
	added: { label: 'Recently added', key: 'added', direction: 'desc' },
} as const;
export type SortName = keyof typeof SORTS;

/** Sort values of one pass. Dates are ISO text, which Pagefind orders correctly as strings. */
export function passSortValues<P extends Entry<PassDataWithoutPhotos>>(pass: PassRecord<P>): Record<'date' | 'added', string> {
	return { date: pass.sortDate, added: pass.entry.data.added };
}

/** Link to the search page with filters preset: `/search/?decade=1990s`. */
export function searchUrl(filters: Partial<Record<FilterKey, string[]>>, query = ''): string {
	const params = new URLSearchParams();
	if (query) params.set('q', query);
	for (const { key } of FACETS) for (const value of filters[key] ?? []) params.append(key, value);
	const text = params.toString();
	return text ? `/search/?${text}` : '/search/';
}
