/** The export rows, built once per build for the /data/ endpoints and the collection page. */
import { bandRow, passRow, tourRow } from '../lib/catalog-export.ts';
import { mapWithConcurrency } from '../lib/map-with-concurrency.ts';
import { catalog } from './catalog.ts';
import { searchThumbnail } from './thumbnails.ts';

export const passRows = await mapWithConcurrency(catalog.passes, 8, async (pass) => {
	const thumb = await searchThumbnail(pass);
	return passRow(pass, thumb?.src ?? null);
});
export const bandRows = catalog.bands.map(bandRow);
export const tourRows = catalog.tours.map(tourRow);
