/**
 * The few lines every page carries for the header search box: "/" focuses it (unless the reader
 * is typing somewhere), or opens /search/ on phones, where the header shows a search link instead
 * of the box; focusing the box prefetches the search page and Pagefind. Kept as text so the page
 * can inline it and declare its hash in the Content-Security-Policy.
 */
import { createHash } from 'node:crypto';

export const SEARCH_SHORTCUT_SCRIPT = `addEventListener('keydown', (e) => {
	const t = e.target;
	if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
	const box = [...document.querySelectorAll('main [data-search-shortcut]'), ...document.querySelectorAll('[data-search-shortcut]')].find((el) => el.checkVisibility());
	e.preventDefault();
	if (box) { box.focus(); box.select(); } else location.assign('/search/');
});
document.getElementById('site-search')?.addEventListener('focus', () => {
	for (const href of ['/search/', '/pagefind/pagefind.js']) {
		const link = document.createElement('link');
		link.rel = 'prefetch';
		link.href = href;
		document.head.append(link);
	}
}, { once: true });`;

export const SEARCH_SHORTCUT_HASH = `sha256-${createHash('sha256').update(SEARCH_SHORTCUT_SCRIPT).digest('base64')}` as const;
