/** The export rows, built once per build for the /data/ endpoints and the collection page. */
import { BAND_COLUMNS, PASS_COLUMNS, TOUR_COLUMNS, bandRow, passRow, tourRow } from '../lib/catalog/catalog-export.ts';
import { catalog } from './catalog.ts';
import { searchThumbnail } from './thumbnails.ts';

const passRows = catalog.passes.map((pass) => passRow(pass, searchThumbnail(pass)?.src ?? null));

/** The downloadable tables: `/data/<file>.json` and `/data/<file>.csv`, documented on /data/. */
export const EXPORT_TABLES = [
	{ name: 'Passes', file: 'passes', columns: PASS_COLUMNS, rows: passRows },
	{ name: 'Bands', file: 'bands', columns: BAND_COLUMNS, rows: catalog.bands.map(bandRow) },
	{ name: 'Tours', file: 'tours', columns: TOUR_COLUMNS, rows: catalog.tours.map(tourRow) },
] as const;
