/**
 * The compare page's placeholder: when the address names passes, the view's box is shown and held at
 * a screen's height while its script fetches the passes, so the explanation and suggestions below
 * start out of sight instead of being pushed down once the photos arrive (Lighthouse measured a
 * layout shift of 0.7). Inlined right after the box, so it runs before the first paint; kept as
 * text so astro.config.mjs can declare its hash in the Content-Security-Policy. The module script
 * (src/scripts/compare/compare-page.ts) removes `data-pending` when it has filled or given up on the box.
 */
import { createHash } from 'node:crypto';

export const COMPARE_RESERVE_SCRIPT = `(() => {
	const app = document.querySelector('[data-compare-app]');
	if (app && new URLSearchParams(location.search).get('p')) { app.hidden = false; app.dataset.pending = ''; }
})();`;

export const COMPARE_RESERVE_HASH = `sha256-${createHash('sha256').update(COMPARE_RESERVE_SCRIPT).digest('base64')}` as const;
