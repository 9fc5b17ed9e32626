/**
 * The filter panel (FilterSheet.astro): beside the results on wide screens; on phones a sheet
 * over the results, opened by the "Filters" button, with a "Show N results" button that says
 * how many results the boxes ticked so far give. The panel is a <dialog>: as a sheet it is
 * modal (focus stays in it, Escape closes it, focus returns to the button).
 */
/** Where the panel stops being a sidebar; the same width as filters.css. */
export const SHEET_MEDIA = '(max-width: 55.99rem)';

export interface FilterSheet {
	/** True when the filters can be seen: beside the results, or the sheet open. */
	visible: () => boolean;
	/** The "Show …" button's text and the "Filters (n)" button's count. */
	update: (done: string, selected: number) => void;
	close: () => void;
}

export function wireFilterSheet(panel: HTMLDialogElement, onShown: () => void): FilterSheet {
	const narrow = window.matchMedia(SHEET_MEDIA);
	const openButton = document.querySelector<HTMLButtonElement>(`[data-filter-open][aria-controls="${panel.id}"]`);
	const openCount = openButton?.querySelector('[data-filter-count]');
	const done = panel.querySelector<HTMLButtonElement>('[data-filter-done]');
	const close = () => {
		if (panel.open) panel.close();
	};
	openButton?.addEventListener('click', () => {
		if (!panel.open) panel.showModal();
		onShown();
	});
	panel.querySelector('[data-filter-close]')?.addEventListener('click', close);
	// A click on the backdrop lands on the dialog itself.
	panel.addEventListener('click', (event) => {
		if (event.target === panel) close();
	});
	done?.addEventListener('click', (event) => {
		event.preventDefault();
		close();
	});
	narrow.addEventListener('change', () => {
		close();
		if (!narrow.matches) onShown();
	});
	return {
		visible: () => !narrow.matches || panel.open,
		update: (text, selected) => {
			if (done) done.textContent = text;
			if (openCount) openCount.textContent = selected > 0 ? `(${selected})` : '';
		},
		close,
	};
}
