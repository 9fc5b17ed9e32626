/**
 * Which tours the timeline draws. Every tour as a bar grows the page with the catalog (2,000+ tours
 * at 10,000 passes), so each decade keeps the tours collectors have most passes from: the chart
 * still shows when touring happened, at a size that no longer depends on the catalog's.
 */
import type { Entry, PassDataWithoutPhotos } from '../catalog/catalog-entry.ts';
import type { TourRecord } from '../catalog/catalog-model.ts';
import { decadeOf, startOf } from '../dates/fuzzy-date.ts';

/** Bars per decade (by the year a tour started). */
export const CHART_TOURS_PER_DECADE = 12;

/** The tours to draw, oldest first: at most `perDecade` per decade, those with the most passes. */
export function toursForChart<P extends Entry<PassDataWithoutPhotos>>(tours: readonly TourRecord<P>[], perDecade = CHART_TOURS_PER_DECADE): TourRecord<P>[] {
	const byStart = (a: TourRecord<P>, b: TourRecord<P>) => startOf(a.start).localeCompare(startOf(b.start)) || a.name.localeCompare(b.name, 'en');
	return [...Map.groupBy(tours, (t) => decadeOf(t.start.year)).values()]
		.flatMap((decade) => [...decade].sort((a, b) => b.passes.length - a.passes.length || byStart(a, b)).slice(0, perDecade))
		.sort(byStart);
}
