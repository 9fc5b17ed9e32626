/**
 * The derived model of the catalog, computed once per build from the validated collections:
 * every fact a page shows that is not written in a content file (band status, decade, is-signed,
 * display dates, related passes, counts) is derived here and nowhere else.
 */
import type { BandData } from '../../schemas/band.ts';
import { type BandStatus, STICKY_FORMATS } from '../../schemas/enums.ts';
import type { PassTypeData } from '../../schemas/pass-type.ts';
import type { PrinterData } from '../../schemas/printer.ts';
import type { TourData } from '../../schemas/tour.ts';
import { activeYearsLabel, bandStatusAt } from './band-status.ts';
import type { Entry, PassDataWithoutPhotos } from './catalog-entry.ts';
import { normaliseName } from '../text/normalise-name.ts';
import {
	type FuzzyDate,
	decadeOf,
	formatFuzzyRange,
	fuzzyDate,
	startOf,
} from '../dates/fuzzy-date.ts';

export interface PassRecord<P extends Entry<PassDataWithoutPhotos>> {
	id: string;
	entry: P;
	title: string;
	band: BandRecord<P>;
	tour: TourRecord<P> | undefined;
	type: PassTypeRecord<P>;
	printer: PrinterRecord<P> | undefined;
	/** The days the pass stands for: its own dates, else its tour's, else its year. */
	from: FuzzyDate;
	to: FuzzyDate | undefined;
	/** Sort key: first day of `from`. */
	sortDate: string;
	year: number;
	decade: number;
	displayDate: string;
	/** One sentence for link previews and feeds: "All access pass, Nirvana, In Utero Tour, 1993." */
	summary: string;
	/** True when the dates are the tour's, not printed on the pass. */
	datedByTour: boolean;
	isSigned: boolean;
	/** Made as a sticky (satin, cloth or paper, `STICKY_FORMATS`), whatever its access type. */
	isSticky: boolean;
	/** The band's status when the pass was used, and today. */
	bandStatusThen: BandStatus;
	/** The genuine pass this one varies or fakes, and the passes that vary or fake this one. */
	variantOf: PassRecord<P> | undefined;
	variants: PassRecord<P>[];
	fakeOf: PassRecord<P> | undefined;
	fakes: PassRecord<P>[];
	/** The design of its tour's pass set this pass is (a fake names the design it imitates). */
	design: TourDesignRecord<P> | undefined;
	url: string;
}

export interface TourDesignRecord<P extends Entry<PassDataWithoutPhotos>> {
	id: string;
	name: string;
	leg: string | undefined;
	date: FuzzyDate | undefined;
	/** The name of the set the design belongs to. */
	set: string;
	/** Passes of this design in the catalog (known fakes excluded). */
	passes: PassRecord<P>[];
}

export interface BandRecord<P extends Entry<PassDataWithoutPhotos>> {
	id: string;
	entry: Entry<BandData>;
	name: string;
	statusToday: BandStatus;
	yearsLabel: string;
	/** Every name to search by: name and aliases, normalised. */
	searchNames: string[];
	tours: TourRecord<P>[];
	passes: PassRecord<P>[];
	url: string;
}

export interface TourRecord<P extends Entry<PassDataWithoutPhotos>> {
	id: string;
	entry: Entry<TourData>;
	name: string;
	band: BandRecord<P>;
	start: FuzzyDate;
	end: FuzzyDate;
	displayDates: string;
	passes: PassRecord<P>[];
	/** The tour's sets of designs, each design with the catalog's passes of it. */
	sets: { name: string; description: string | undefined; example: boolean; designs: TourDesignRecord<P>[] }[];
	url: string;
}

export interface PassTypeRecord<P extends Entry<PassDataWithoutPhotos>> {
	id: string;
	entry: Entry<PassTypeData>;
	name: string;
	passes: PassRecord<P>[];
	url: string;
}

export interface PrinterRecord<P extends Entry<PassDataWithoutPhotos>> {
	id: string;
	entry: Entry<PrinterData>;
	name: string;
	passes: PassRecord<P>[];
	url: string;
}

export interface CatalogInput<P extends Entry<PassDataWithoutPhotos>> {
	passes: readonly P[];
	bands: readonly Entry<BandData>[];
	tours: readonly Entry<TourData>[];
	passTypes: readonly Entry<PassTypeData>[];
	printers: readonly Entry<PrinterData>[];
	/** "YYYY-MM-DD" — the date "today" means, fixed per build. */
	today: string;
}

export interface Catalog<P extends Entry<PassDataWithoutPhotos>> {
	today: string;
	/** Oldest first, then by title. */
	passes: PassRecord<P>[];
	/** Newest additions first. */
	recentlyAdded: PassRecord<P>[];
	bands: BandRecord<P>[];
	tours: TourRecord<P>[];
	passTypes: PassTypeRecord<P>[];
	printers: PrinterRecord<P>[];
	passById: Map<string, PassRecord<P>>;
	bandById: Map<string, BandRecord<P>>;
	tourById: Map<string, TourRecord<P>>;
	passTypeById: Map<string, PassTypeRecord<P>>;
	printerById: Map<string, PrinterRecord<P>>;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'en');

function must<T>(value: T | undefined, what: string): T {
	// `findCatalogProblems` runs first, so a missing reference here is a bug, not bad content.
	if (value === undefined) throw new Error(`catalog model: ${what} is missing — run findCatalogProblems first`);
	return value;
}

/** Builds the model. Assumes `findCatalogProblems` found nothing: references all resolve. */
export function buildCatalog<P extends Entry<PassDataWithoutPhotos>>(input: CatalogInput<P>): Catalog<P> {
	const { today } = input;
	const bandById = new Map<string, BandRecord<P>>();
	for (const entry of input.bands) {
		bandById.set(entry.id, {
			id: entry.id,
			entry,
			name: entry.data.name,
			statusToday: bandStatusAt(entry.data.activity, today),
			yearsLabel: activeYearsLabel(entry.data.activity),
			searchNames: [...new Set([entry.data.name, ...entry.data.aliases].map(normaliseName))],
			tours: [],
			passes: [],
			url: `/bands/${entry.id}/`,
		});
	}
	const tourById = new Map<string, TourRecord<P>>();
	for (const entry of input.tours) {
		const band = must(bandById.get(entry.data.band), `band ${entry.data.band}`);
		const start = fuzzyDate(entry.data.start);
		const end = fuzzyDate(entry.data.end);
		const tour: TourRecord<P> = {
			id: entry.id,
			entry,
			name: entry.data.name,
			band,
			start,
			end,
			displayDates: formatFuzzyRange(start, end),
			passes: [],
			sets: entry.data.sets.map((set) => ({
				name: set.name,
				description: set.description,
				example: set.example,
				designs: set.designs.map((d) => ({
					id: d.id,
					name: d.name,
					leg: d.leg,
					date: d.date === undefined ? undefined : fuzzyDate(d.date),
					set: set.name,
					passes: [],
				})),
			})),
			url: `/tours/${entry.id}/`,
		};
		tourById.set(entry.id, tour);
		band.tours.push(tour);
	}
	const passTypeById = new Map<string, PassTypeRecord<P>>(
		input.passTypes.map((entry) => [
			entry.id,
			{ id: entry.id, entry, name: entry.data.name, passes: [], url: `/pass-types/${entry.id}/` },
		]),
	);
	const printerById = new Map<string, PrinterRecord<P>>(
		input.printers.map((entry) => [
			entry.id,
			{ id: entry.id, entry, name: entry.data.name, passes: [], url: `/printers/${entry.id}/` },
		]),
	);

	const passes: PassRecord<P>[] = input.passes.map((entry) => {
		const data = entry.data;
		const band = must(bandById.get(data.band), `band ${data.band}`);
		const tour = data.tour === undefined ? undefined : must(tourById.get(data.tour), `tour ${data.tour}`);
		const own = data.validFrom !== undefined;
		const from = own
			? fuzzyDate(data.validFrom as string)
			: tour && data.year === undefined
				? tour.start
				: fuzzyDate(String(must(data.year, `year of pass ${entry.id}`)));
		const to = own
			? data.validTo === undefined ? undefined : fuzzyDate(data.validTo)
			: tour && data.year === undefined ? tour.end : undefined;
		const type = must(passTypeById.get(data.type), `pass type ${data.type}`);
		const displayDate = formatFuzzyRange(from, to);
		const record: PassRecord<P> = {
			id: entry.id,
			entry,
			title: data.title,
			band,
			tour,
			type,
			printer: data.printer === undefined ? undefined : must(printerById.get(data.printer), `printer ${data.printer}`),
			from,
			to,
			sortDate: startOf(from),
			year: from.year,
			decade: decadeOf(from.year),
			displayDate,
			summary: `${type.name} pass, ${band.name}${tour ? `, ${tour.name}` : ''}, ${displayDate}.`,
			datedByTour: !own && data.year === undefined,
			isSigned: data.signatures.length > 0,
			isSticky: STICKY_FORMATS.includes(data.format),
			bandStatusThen: bandStatusAt(band.entry.data.activity, startOf(from)),
			variantOf: undefined,
			variants: [],
			fakeOf: undefined,
			fakes: [],
			design: undefined,
			url: `/passes/${entry.id}/`,
		};
		return record;
	});

	passes.sort((a, b) => a.sortDate.localeCompare(b.sortDate) || a.title.localeCompare(b.title, 'en'));
	const passById = new Map(passes.map((p) => [p.id, p]));
	for (const pass of passes) {
		pass.band.passes.push(pass);
		pass.tour?.passes.push(pass);
		pass.type.passes.push(pass);
		pass.printer?.passes.push(pass);
		const { variantOf, fakeOf, design } = pass.entry.data;
		if (variantOf !== undefined) {
			pass.variantOf = must(passById.get(variantOf), `pass ${variantOf}`);
			pass.variantOf.variants.push(pass);
		}
		if (fakeOf !== undefined) {
			pass.fakeOf = must(passById.get(fakeOf), `pass ${fakeOf}`);
			pass.fakeOf.fakes.push(pass);
		}
		if (design !== undefined) {
			pass.design = pass.tour?.sets.flatMap((set) => set.designs).find((d) => d.id === design);
			if (fakeOf === undefined) pass.design?.passes.push(pass);
		}
	}
	const bands = [...bandById.values()].sort(byName);
	for (const band of bands) band.tours.sort((a, b) => startOf(a.start).localeCompare(startOf(b.start)));

	return {
		today,
		passes,
		recentlyAdded: [...passes].sort((a, b) => addedOf(b).localeCompare(addedOf(a)) || a.title.localeCompare(b.title, 'en')),
		bands,
		tours: [...tourById.values()].sort((a, b) => startOf(a.start).localeCompare(startOf(b.start)) || byName(a, b)),
		passTypes: [...passTypeById.values()].sort((a, b) => a.entry.data.order - b.entry.data.order),
		printers: [...printerById.values()].sort(byName),
		passById,
		bandById,
		tourById,
		passTypeById,
		printerById,
	};
}

function addedOf(pass: PassRecord<Entry<PassDataWithoutPhotos>>): string {
	return pass.entry.data.added;
}

/** Other passes of the same tour, then of the same band, without repeats; at most `limit`. */
export function relatedPasses<P extends Entry<PassDataWithoutPhotos>>(pass: PassRecord<P>, limit = 6): {
	sameTour: PassRecord<P>[];
	sameBand: PassRecord<P>[];
} {
	const sameTour = (pass.tour?.passes ?? []).filter((p) => p !== pass).slice(0, limit);
	const shown = new Set([pass, ...sameTour]);
	const sameBand = pass.band.passes.filter((p) => !shown.has(p)).slice(0, limit);
	return { sameTour, sameBand };
}
