/**
 * Grid or list: how lists of passes are shown, chosen with the toggle above a list
 * (PassGrid.astro) and remembered in localStorage. Inlined in the page's <head> so the remembered
 * view applies before the first paint (no jump from grid to list); kept as text so the page can
 * declare its hash in the Content-Security-Policy. Without JavaScript the toggle stays hidden and
 * the grid shows.
 */
import { createHash } from 'node:crypto';

/** The localStorage key holding "grid" or "list". */
export const PASS_VIEW_KEY = 'pass-view';

export const PASS_VIEW_SCRIPT = `(() => {
	const root = document.documentElement;
	let view = 'grid';
	try { if (localStorage.getItem('${PASS_VIEW_KEY}') === 'list') view = 'list'; } catch {}
	root.dataset.passView = view;
	const sync = () => {
		for (const b of document.querySelectorAll('[data-pass-view-choice]')) b.setAttribute('aria-pressed', String(b.dataset.passViewChoice === root.dataset.passView));
	};
	document.addEventListener('DOMContentLoaded', sync);
	document.addEventListener('click', (e) => {
		const b = e.target instanceof Element && e.target.closest('[data-pass-view-choice]');
		if (!b) return;
		root.dataset.passView = b.dataset.passViewChoice === 'list' ? 'list' : 'grid';
		try { localStorage.setItem('${PASS_VIEW_KEY}', root.dataset.passView); } catch {}
		sync();
	});
})();`;

export const PASS_VIEW_HASH = `sha256-${createHash('sha256').update(PASS_VIEW_SCRIPT).digest('base64')}` as const;
