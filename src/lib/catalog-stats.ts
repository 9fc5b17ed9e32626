/** Counts for the stats page: passes by type, decade, band status, format, feature; signed share. */
import type { Entry, PassFacts } from './catalog-problems.ts';
import type { PassRecord } from './catalog-model.ts';
import { passFilterValues, type PassFilterKey } from './search-facets.ts';

export interface Tally {
	label: string;
	count: number;
	share: number;
}

/** Count of passes per value of one facet, largest first unless `order` is given. */
export function tally<P extends Entry<PassFacts>>(passes: readonly PassRecord<P>[], key: PassFilterKey, order?: readonly string[]): Tally[] {
	const counts = new Map<string, number>();
	for (const pass of passes) for (const value of passFilterValues(pass)[key]) counts.set(value, (counts.get(value) ?? 0) + 1);
	const rank = (label: string) => (order?.includes(label) ? order.indexOf(label) : Number.MAX_SAFE_INTEGER);
	return [...counts.entries()]
		.map(([label, count]) => ({ label, count, share: passes.length ? count / passes.length : 0 }))
		.sort((a, b) => (order ? rank(a.label) - rank(b.label) : 0) || b.count - a.count || a.label.localeCompare(b.label, 'en', { numeric: true }));
}

/** Passes per year, every year from the first to the last (empty years included). */
export function passesByYear<P extends Entry<PassFacts>>(passes: readonly PassRecord<P>[]): { year: number; passes: PassRecord<P>[] }[] {
	if (passes.length === 0) return [];
	const years = passes.map((p) => p.year);
	const first = Math.min(...years);
	const last = Math.max(...years);
	return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, passes: passes.filter((p) => p.year === first + i) }));
}
