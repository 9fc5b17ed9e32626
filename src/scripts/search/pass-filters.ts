/**
 * The filters of a band, tour or type page and /passes/ (PassFilters.astro), up front: only the
 * sheet. Filtering itself (pass-filters-live.ts, Pagefind) is loaded when a box is first ticked,
 * or at once when the URL already has filters, so a page that is only read loads almost nothing.
 */
import { wireFilterSheet } from './filter-sheet.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-pass-filters]')) {
	const panel = form.querySelector<HTMLDialogElement>('dialog.filter-panel');
	if (!panel) continue;
	const sheet = wireFilterSheet(panel, () => {});
	const total = Number(form.dataset['total']);
	sheet.update(`Show ${total} pass${total === 1 ? '' : 'es'}`, 0);
	const offered = new Set([...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((b) => b.name));
	let started = false;
	const start = (from: 'url' | 'boxes') => {
		if (started) return;
		started = true;
		// Busy from the first tick, not from when the filtering code arrives: the list shown until
		// then is the unfiltered one, and assistive technology (and tests) should not read it as the answer.
		form.setAttribute('aria-busy', 'true');
		import('./pass-filters-live.ts')
			.then((live) => live.startPassFilters(form, sheet, from))
			.catch((error: unknown) => {
				form.removeAttribute('aria-busy');
				const status = form.querySelector('[data-filter-status]');
				if (status) status.textContent = 'Filtering is not available right now; the full list is shown.';
				console.error(error);
			});
	};
	form.addEventListener('change', () => start('boxes'));
	// With JavaScript the form never leaves the page: its button closes the sheet.
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		sheet.close();
	});
	if ([...new URLSearchParams(location.search).keys()].some((key) => offered.has(key))) start('url');
}
