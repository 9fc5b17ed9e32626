/**
 * The build's page cache keys (`src/lib/lists/page-cache-keys-fs.ts`), made from the catalog every page
 * reads and the photos as pages show them. Routes return them from `getStaticPaths()`.
 */
import { PageCacheKeys } from '../lib/lists/page-cache-keys-fs.ts';
import { catalog } from './catalog.ts';
import { photosOf } from './photos.ts';

export const pageCacheKeys = new PageCacheKeys({ today: catalog.today, photosOf });
