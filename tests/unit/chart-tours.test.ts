/** The timeline draws at most a fixed number of tours per decade: those with the most passes. */
import { describe, expect, it } from 'vitest';
import { toursForChart } from '../../src/lib/lists/chart-tours.ts';
import type { TourRecord } from '../../src/lib/catalog/catalog-model.ts';
import type { Entry, PassDataWithoutPhotos } from '../../src/lib/catalog/catalog-entry.ts';
import { fuzzyDate } from '../../src/lib/dates/fuzzy-date.ts';

type Tour = TourRecord<Entry<PassDataWithoutPhotos>>;
const tour = (name: string, start: string, passes: number) =>
	({ name, start: fuzzyDate(start), end: fuzzyDate(start), passes: Array.from({ length: passes }) }) as unknown as Tour;

describe('tours for the chart', () => {
	it('keeps the tours with the most passes in each decade, oldest first', () => {
		const tours = [tour('A', '1981', 1), tour('B', '1983', 5), tour('C', '1985', 3), tour('D', '1992', 0), tour('E', '1990-05', 0)];
		expect(toursForChart(tours, 2).map((t) => t.name)).toEqual(['B', 'C', 'E', 'D']);
	});

	it('keeps every tour when each decade has few', () => {
		const tours = [tour('A', '1981', 1), tour('B', '1995', 0)];
		expect(toursForChart(tours, 2)).toEqual(tours);
	});
});
