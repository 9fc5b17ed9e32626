// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { PASS_VIEW_HASH } from './src/components/pass-view.ts';
import { COMPARE_RESERVE_HASH } from './src/components/compare-reserve.ts';
import { SEARCH_SHORTCUT_HASH } from './src/components/search-shortcut.ts';
import { cacheDirFor } from './src/content-dir.ts';
import { remarkTeamMdxRules } from './src/lib/team-mdx/remark-team-mdx-rules.ts';
import { sitemapFromBuild } from './src/integrations/sitemap-fs.ts';
import { photos } from './src/integrations/photos.ts';

const cacheDir = cacheDirFor(process.env.CONTENT_DIR);

export default defineConfig({
	// The deployment's address (set by the Pages workflow). Feeds, the sitemap and link previews need
	// absolute URLs; a local build points them at the address `npm start` serves.
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	cacheDir,
	// Pages whose cacheKey and code are the last build's are copied from Astro's cache instead of
	// rendered: pass and tour pages, 12,000 of 17,000 at 10,000 passes. Keys: src/lib/lists/page-cache-keys.ts;
	// tests/site/incremental-build.test.ts compares such builds with clean ones. `astro build --force`
	// renders every page.
	experimental: { incrementalBuild: true },
	trailingSlash: 'always',
	build: {
		// Rendering one page at a time left the main thread idle a third of the time, waiting on
		// file writes: at 10,000 passes, 4 pages at once rendered in 23 s instead of 41 s
		// (docs/performance.md). Pages share nothing mutable, so the order does not matter.
		concurrency: 4,
	},
	// The search index is built after `astro build` exits: scripts/index-search.ts (npm run build).
	// Team pages (guides, pass types) are MDX compiled by @mdx-js/mdx — the grammar `validate` checks
	// them with (src/lib/team-mdx/) — and the same rules run on the compiler's own tree before any
	// JavaScript is generated. (Astro's default MDX processor, satteri, has another grammar and runs
	// no remark plugins.) Pass stories are not MDX at all: src/lib/story/.
	// The sitemap is written from the pages the build wrote (src/integrations/sitemap-fs.ts).
	// Photos never go through Astro's image pipeline or the bundler: the photo loader makes their
	// derivatives in .cache/photos/, and photos() links them into dist/photos/ (src/lib/photos/).
	integrations: [
		mdx({ processor: unified({ remarkPlugins: [[remarkTeamMdxRules, { root: fileURLToPath(new URL('./', import.meta.url)) }]] }) }),
		sitemapFromBuild(),
		photos(),
	],
	// No code highlighting: pass stories are prose, and Shiki's inline styles would need 'unsafe-inline'.
	markdown: { syntaxHighlight: false },
	security: {
		// Every page carries a Content-Security-Policy <meta> with hashes of its own scripts and
		// styles: no inline code from anywhere else runs. Pagefind compiles WebAssembly.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Astro does not hash inline scripts itself: the header's "/" shortcut, the grid/list choice
			// and the compare view's reserved box, which must apply before the first paint.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [SEARCH_SHORTCUT_HASH, PASS_VIEW_HASH, COMPARE_RESERVE_HASH] },
		},
	},
	vite: {
		build: {
			// Scripts go in files of their own, cached once for every pass page, never inlined.
			assetsInlineLimit: 0,
			rollupOptions: {
				onwarn(warning, warn) {
					// Known upstream noise for every MDX page (withastro/astro#18087); harmless.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
