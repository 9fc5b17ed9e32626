/**
 * The catalog as open data: one flat record per pass, band and tour, with stable, documented
 * columns (ids are slugs). The same records feed /data/*.json and /data/*.csv, and the
 * collection page reads passes.json.
 */
import type { Entry, PassDataWithoutPhotos } from './catalog-entry.ts';
import type { BandRecord, PassRecord, TourRecord } from './catalog-model.ts';
import type { CsvValue } from '../text/csv.ts';

/** Column → what it holds. The order is the CSV's column order; never reorder or rename. */
export const PASS_COLUMNS = {
	id: 'The pass slug; its page is /passes/<id>/',
	title: 'Title of the pass',
	url: 'Path of its page on the site',
	band: 'Band slug',
	band_name: 'Band name',
	tour: 'Tour slug (empty for one-off shows)',
	tour_name: 'Tour name',
	leg: 'Tour leg',
	type: 'Pass type slug',
	type_name: 'Pass type name',
	valid_from: 'First valid date (YYYY, YYYY-MM or YYYY-MM-DD), or the tour start when the pass carries no date',
	valid_to: 'Last valid date, if any',
	year: 'Year of use',
	decade: 'Decade of use, e.g. 1990',
	venue: 'Venue',
	city: 'City',
	format: 'Format key (laminate, satin-sticky, …)',
	printer: 'Printer slug',
	security_features: 'Security feature keys; separated by ";" in CSV',
	signed: 'true when signed',
	signers: 'Who signed; separated by ";" in CSV',
	condition: 'Condition grade key',
	band_status_today: 'active, reunited, hiatus or defunct, today',
	band_status_then: 'The band’s status on the pass’s first date',
	added: 'Date the entry was added (YYYY-MM-DD)',
	example: 'true for illustrative entries',
	image: 'Path of a small thumbnail of the front (empty when there is none)',
	fake_of: 'For a known fake or unofficial reprint: the slug of the genuine pass (empty when genuine)',
	fakes: 'Number of known fakes or reprints of this pass in the catalog',
} as const;
export type PassColumn = keyof typeof PASS_COLUMNS;
export type PassRow = Record<PassColumn, string | number | boolean | string[] | null>;

export const BAND_COLUMNS = {
	id: 'Band slug; its page is /bands/<id>/',
	name: 'Name',
	aliases: 'Other names; separated by ";" in CSV',
	country: 'Country',
	formed: 'Year formed',
	status_today: 'active, reunited, hiatus or defunct',
	active_years: 'Years active, e.g. "1977–1986, 2007–2008"',
	passes: 'Number of passes in the catalog',
	url: 'Path of its page',
} as const;

export const TOUR_COLUMNS = {
	id: 'Tour slug; its page is /tours/<id>/',
	name: 'Name',
	band: 'Band slug',
	start: 'First show (fuzzy date)',
	end: 'Last show (fuzzy date)',
	passes: 'Number of passes in the catalog',
	setlistfm: 'setlist.fm page, if known',
	url: 'Path of its page',
} as const;

export function passRow<P extends Entry<PassDataWithoutPhotos>>(pass: PassRecord<P>, image: string | null): PassRow {
	const d = pass.entry.data;
	return {
		id: pass.id,
		title: pass.title,
		url: pass.url,
		band: pass.band.id,
		band_name: pass.band.name,
		tour: pass.tour?.id ?? null,
		tour_name: pass.tour?.name ?? null,
		leg: d.leg ?? null,
		type: pass.type.id,
		type_name: pass.type.name,
		valid_from: pass.from.text,
		valid_to: pass.to?.text ?? null,
		year: pass.year,
		decade: pass.decade,
		venue: d.venue ?? null,
		city: d.city ?? null,
		format: d.format,
		printer: pass.printer?.id ?? null,
		security_features: [...d.securityFeatures],
		signed: pass.isSigned,
		signers: d.signatures.map((s) => s.signer),
		condition: d.condition.grade,
		band_status_today: pass.band.statusToday,
		band_status_then: pass.bandStatusThen,
		added: d.added,
		example: d.example,
		image,
		fake_of: pass.fakeOf?.id ?? null,
		fakes: pass.fakes.length,
	};
}

export function bandRow<P extends Entry<PassDataWithoutPhotos>>(band: BandRecord<P>): Record<keyof typeof BAND_COLUMNS, string | number | string[]> {
	return {
		id: band.id,
		name: band.name,
		aliases: [...band.entry.data.aliases],
		country: band.entry.data.country,
		formed: band.entry.data.formed,
		status_today: band.statusToday,
		active_years: band.yearsLabel,
		passes: band.passes.length,
		url: band.url,
	};
}

export function tourRow<P extends Entry<PassDataWithoutPhotos>>(tour: TourRecord<P>): Record<keyof typeof TOUR_COLUMNS, string | number | null> {
	return {
		id: tour.id,
		name: tour.name,
		band: tour.band.id,
		start: tour.start.text,
		end: tour.end.text,
		passes: tour.passes.length,
		setlistfm: tour.entry.data.setlistFm ?? null,
		url: tour.url,
	};
}

/** A row ready for CSV: lists joined with ";". */
export function csvRow(row: Record<string, string | number | boolean | string[] | null>): Record<string, CsvValue> {
	return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Array.isArray(v) ? v.join(';') : v]));
}
