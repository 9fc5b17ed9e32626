// @ts-check
/**
 * The bare Astro baseline of the benchmark (`npm run bench`): the same entries as the catalog's
 * passes, as plain `.md` files with the same bodies, one page each, no images, no catalog logic.
 * Built with the repository's own Astro: `astro build --root scripts/bench/bare-site`.
 * BARE_CONTENT_DIR (absolute) is the folder of entries; BARE_CACHE_DIR keeps its cache apart.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
	cacheDir: process.env.BARE_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
});
