/** Counts for the stats page: passes per value of each facet with `stats` in FACETS; passes per year. */
import type { Entry, PassDataWithoutPhotos } from '../catalog/catalog-entry.ts';
import type { PassRecord } from '../catalog/catalog-model.ts';
import { type Facet, type PassFilterKey, compareValues } from './search-facets.ts';

export interface Tally {
	label: string;
	count: number;
	share: number;
}

/** Count of passes per value of one facet, listed as the facet lists them (`compareValues`). */
export function tally<P extends Entry<PassDataWithoutPhotos>>(
	passes: readonly PassRecord<P>[],
	facet: Pick<Facet, 'listing'> & { key: PassFilterKey; values: (pass: PassRecord<P>) => string[] },
	order?: readonly string[],
): Tally[] {
	const counts = new Map<string, number>();
	for (const pass of passes) for (const value of facet.values(pass)) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts.keys()]
		.sort(compareValues(facet, order, Object.fromEntries(counts)))
		.map((label) => {
			const count = counts.get(label) ?? 0;
			return { label, count, share: passes.length ? count / passes.length : 0 };
		});
}

/** Passes per year, every year from the first to the last (empty years included). */
export function passesByYear<P extends Entry<PassDataWithoutPhotos>>(passes: readonly PassRecord<P>[]): { year: number; passes: PassRecord<P>[] }[] {
	if (passes.length === 0) return [];
	const years = passes.map((p) => p.year);
	const first = Math.min(...years);
	const last = Math.max(...years);
	return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, passes: passes.filter((p) => p.year === first + i) }));
}
