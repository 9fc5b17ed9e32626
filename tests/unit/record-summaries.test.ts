/** The sentence a search result shows for a band, tour or printer: its facts in words, counts that match the catalog. */
import { describe, expect, it } from 'vitest';
import { bandSummary, printerSummary, tourSummary } from '../../src/lib/catalog/record-summaries.ts';
import { BAND_STATUSES } from '../../src/schemas/enums.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const catalog = catalogFromFiles();
// The labels of the facts lists on these pages: a summary that contains one is the list run together.
const FACT_LABELS = /\b(Today:|Formed \d|Dates \d|Country [A-Z]|Passes from this tour|Sources)/;
const countIn = (summary: string, noun: RegExp) => {
	const match = new RegExp(`\\b(No|no|\\d+) ${noun.source}`).exec(summary);
	return match?.[1] === undefined ? undefined : /^\d+$/.test(match[1]) ? Number(match[1]) : 0;
};

describe('record summaries', () => {
	it('say where every band is from, when it was together, its status and its passes and tours', () => {
		for (const band of catalog.bands) {
			const summary = bandSummary(band);
			expect(summary).toContain(band.entry.data.country);
			expect(summary).toContain(band.yearsLabel);
			expect(summary).toContain(`${BAND_STATUSES[band.statusToday].toLowerCase()} today`);
			expect(countIn(summary, /pass(es)?\b/)).toBe(band.passes.length);
			if (band.tours.length > 0) expect(countIn(summary, /tours?\b/)).toBe(band.tours.length);
			for (const alias of band.entry.data.aliases) expect(summary).toContain(alias);
			expect(summary).not.toMatch(FACT_LABELS);
		}
	});

	it('say whose every tour is, when, and how many passes and designs the catalog has', () => {
		for (const tour of catalog.tours) {
			const summary = tourSummary(tour);
			expect(summary.startsWith(`${tour.band.name}, ${tour.displayDates}`)).toBe(true);
			expect(countIn(summary, /pass(es)?\b/)).toBe(tour.passes.length);
			const designs = tour.sets.reduce((n, set) => n + set.designs.length, 0);
			expect(countIn(summary, /designs?\b/)).toBe(tour.sets.length > 0 ? designs : undefined);
			expect(summary).not.toMatch(FACT_LABELS);
		}
	});

	it('say where every printer worked, its marks and its passes', () => {
		for (const printer of catalog.printers) {
			const summary = printerSummary(printer);
			expect(summary).toContain(printer.entry.data.country);
			expect(countIn(summary, /pass(es)?\b/)).toBe(printer.passes.length);
			if (printer.entry.data.marks.length > 0) expect(countIn(summary, /identifying marks?\b/)).toBe(printer.entry.data.marks.length);
			expect(summary).not.toMatch(FACT_LABELS);
		}
	});

	it('count in words a reader expects: none, one, many', () => {
		const band = catalog.bands[0];
		if (!band) throw new Error('the sample catalog needs a band');
		expect(bandSummary({ ...band, passes: [], tours: [] })).toMatch(/No passes in the catalog\./);
		expect(bandSummary({ ...band, passes: [1], tours: [1] })).toMatch(/1 pass from 1 tour in the catalog\./);
		expect(bandSummary({ ...band, passes: [1, 2], tours: [1, 2] })).toMatch(/2 passes from 2 tours in the catalog\./);
	});
});
