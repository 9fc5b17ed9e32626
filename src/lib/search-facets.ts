/**
 * The facets of a pass — what the search page filters by and the static browse pages group by —
 * defined once. The pass page writes these values into the Pagefind index, the browse pages
 * count them, and the search page labels its filter groups with them, so all three agree.
 */
import type { Entry, PassFacts } from './catalog-problems.ts';
import type { PassRecord } from './catalog-model.ts';
import { decadeLabel } from './fuzzy-date.ts';
import {
	BAND_STATUSES,
	CONDITION_GRADES,
	PASS_FORMATS,
	SECURITY_FEATURES,
} from '../schemas/enums.ts';

/** Filter groups in the order the search page shows them. `key` is the URL parameter too. */
export const FILTER_GROUPS = [
	{ key: 'kind', label: 'Result type' },
	{ key: 'type', label: 'Pass type' },
	{ key: 'band', label: 'Band' },
	{ key: 'status', label: 'Band status today' },
	{ key: 'decade', label: 'Decade' },
	{ key: 'year', label: 'Year' },
	{ key: 'tour', label: 'Tour' },
	{ key: 'signed', label: 'Signed' },
	{ key: 'feature', label: 'Security feature' },
	{ key: 'format', label: 'Format' },
	{ key: 'printer', label: 'Printer' },
	{ key: 'condition', label: 'Condition' },
] as const;
export type FilterKey = (typeof FILTER_GROUPS)[number]['key'];

/**
 * Groups where a pass has several values (a pass with a hologram *and* foil): selecting two
 * values narrows to passes with both. In every other group the values exclude each other, so
 * selecting two widens to either.
 */
export const ALL_OF_GROUPS: ReadonlySet<FilterKey> = new Set(['feature']);

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

export const YES = 'Yes';
export const NO = 'No';

/** Filters a pass page carries; `kind` is set by the layout on every indexed page. */
export type PassFilterKey = Exclude<FilterKey, 'kind'>;

/** Every filter value of one pass, as the index stores it (human labels). */
export function passFilterValues<P extends Entry<PassFacts>>(pass: PassRecord<P>): Record<PassFilterKey, string[]> {
	const data = pass.entry.data;
	return {
		type: [pass.type.name],
		band: [pass.band.name],
		status: [BAND_STATUSES[pass.band.statusToday]],
		decade: [decadeLabel(pass.decade)],
		year: [String(pass.year)],
		tour: pass.tour ? [pass.tour.name] : [],
		signed: [pass.isSigned ? YES : NO],
		feature: data.securityFeatures.map((f) => SECURITY_FEATURES[f]),
		format: [PASS_FORMATS[data.format]],
		printer: pass.printer ? [pass.printer.name] : [],
		condition: [CONDITION_GRADES[data.condition.grade]],
	};
}

/** Sort values of one pass. Dates are ISO text, which Pagefind orders correctly as strings. */
export function passSortValues<P extends Entry<PassFacts>>(pass: PassRecord<P>): Record<'date' | 'added', string> {
	return { date: pass.sortDate, added: pass.entry.data.added };
}

/** Link to the search page with filters preset: `/search/?decade=1990s`. */
export function searchUrl(filters: Partial<Record<FilterKey, string[]>>, query = ''): string {
	const params = new URLSearchParams();
	if (query) params.set('q', query);
	for (const { key } of FILTER_GROUPS) for (const value of filters[key] ?? []) params.append(key, value);
	const text = params.toString();
	return text ? `/search/?${text}` : '/search/';
}
