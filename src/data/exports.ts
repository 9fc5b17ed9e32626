/** The export rows, built once per build for the /data/ endpoints and the collection page. */
import { getImage } from 'astro:assets';
import { bandRow, passRow, tourRow } from '../lib/catalog-export.ts';
import { mapWithConcurrency } from '../lib/map-with-concurrency.ts';
import { catalog } from './catalog.ts';

export const passRows = await mapWithConcurrency(catalog.passes, 8, async (pass) => {
	const photo = pass.entry.data.photos[0];
	const thumb = photo ? (await getImage({ src: photo.src, width: 240, format: 'webp' })).src : null;
	return passRow(pass, thumb);
});
export const bandRows = catalog.bands.map(bandRow);
export const tourRows = catalog.tours.map(tourRow);
