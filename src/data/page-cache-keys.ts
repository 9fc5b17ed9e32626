/**
 * The build's page cache keys (`src/lib/lists/page-cache-keys-fs.ts`), made from the catalog every page
 * reads and the photos as pages show them. Routes return them from `getStaticPaths()`.
 */
import { PageCacheKeys } from '../lib/lists/page-cache-keys-fs.ts';
import { catalog, sortedGuides } from './catalog.ts';
import { photosOf } from './photos.ts';

export const pageCacheKeys = new PageCacheKeys({
	today: catalog.today,
	photosOf,
	everything: () => ({
		passes: catalog.passes,
		records: [...catalog.bands, ...catalog.tours, ...catalog.passTypes, ...catalog.printers],
		// Guides' bodies are Astro's to track (it re-renders a page whose rendered entries changed); their titles and order are listed.
		other: JSON.stringify(sortedGuides.map((guide) => [guide.id, guide.data])),
	}),
});
