/**
 * The records whose page ends in a list of their passes: a band, a tour, a pass type, a printer.
 * Page 1 of the list is the record's own page; pages 2… are built by one route,
 * `src/pages/[records]/[slug]/page/[page].astro`, from this table. A new kind of record with a
 * pass list is one row here.
 */
import { catalog, type Pass } from './catalog.ts';

export interface PassListOwner {
	id: string;
	/** The record's own page: page 1 of its list. */
	url: string;
	passes: readonly Pass[];
	/** The title of page 1, e.g. the printer's name. */
	title: string;
	/** Links above page 1 in the breadcrumb, e.g. Printers. */
	trail: { href: string; label: string }[];
}

export interface RecordPassList {
	/** The folder of the record pages: `/<folder>/<slug>/page/<n>/`. */
	folder: string;
	owners: PassListOwner[];
}

function row<R extends { id: string; url: string; passes: readonly Pass[] }>(
	folder: string,
	records: readonly R[],
	title: (record: R) => string,
	trail: (record: R) => PassListOwner['trail'],
): RecordPassList {
	return { folder, owners: records.map((r) => ({ id: r.id, url: r.url, passes: r.passes, title: title(r), trail: trail(r) })) };
}

export const RECORD_PASS_LISTS: readonly RecordPassList[] = [
	row('bands', catalog.bands, (band) => band.name, () => [{ href: '/bands/', label: 'Bands' }]),
	row('tours', catalog.tours, (tour) => tour.name, (tour) => [{ href: '/tours/', label: 'Tours' }, { href: tour.band.url, label: tour.band.name }]),
	row('pass-types', catalog.passTypes, (type) => `${type.name} passes`, () => [{ href: '/pass-types/', label: 'Pass types' }]),
	row('printers', catalog.printers, (printer) => printer.name, () => [{ href: '/printers/', label: 'Printers' }]),
];
