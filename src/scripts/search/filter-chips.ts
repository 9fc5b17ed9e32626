/** The filters in use as chips above the results (FilterBar.astro). */
import { element } from '../dom.ts';

/** The chips of the filters in use; each removes its filter, "Clear all" removes them all. */
export function renderChips(list: HTMLElement, filters: readonly { key: string; label: string; value: string }[]): void {
	list.replaceChildren(
		...filters.map(({ key, label, value }) =>
			element(
				'li',
				{},
				element(
					'button',
					{ type: 'button', class: 'chip', 'data-remove-key': key, 'data-remove-value': value, 'aria-label': `Remove filter: ${label}: ${value}` },
					value,
					element('span', { 'aria-hidden': 'true' }, ' ×'),
				),
			),
		),
	);
	if (filters.length > 1) list.append(element('li', {}, element('button', { type: 'button', class: 'chip chip-clear', 'data-remove-all': '' }, 'Clear all')));
	list.hidden = filters.length === 0;
}
