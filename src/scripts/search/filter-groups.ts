/**
 * The search page's filter groups, made from Pagefind's counts: every facet of FACETS that has
 * values, in its order, each value a checkbox with how many results choosing it gives.
 */
import { FACETS, type FilterKey, compareValues } from '../../lib/search/search-facets.ts';
import type { SearchState } from '../../lib/search/search-state.ts';
import { element } from '../dom.ts';
import type { FilterCounts } from './pagefind-api.ts';

/** Values shown per filter group before "Show all". */
const VISIBLE_VALUES = 8;

/** One filter value: its checkbox, its label and how many results choosing it gives. */
export function filterItem(key: FilterKey, value: string, id: string, count: number, checked: boolean): HTMLLIElement {
	const box = element('input', { type: 'checkbox', id, name: key, value });
	box.checked = checked;
	const item = element('li', {}, box, element('label', { for: id }, value, element('span', { class: 'count' }, ` (${count})`)));
	markEmpty(item, box, count);
	return item;
}

/** A value no result has is shown greyed (it stays, so the list does not jump about). */
export function markEmpty(item: HTMLElement, box: HTMLInputElement, count: number): void {
	const empty = count === 0 && !box.checked;
	item.classList.toggle('empty', empty);
	if (empty) box.setAttribute('aria-disabled', 'true');
	else box.removeAttribute('aria-disabled');
}

export function renderFilters(box: HTMLElement, all: FilterCounts, counts: FilterCounts, current: SearchState, order: Partial<Record<FilterKey, readonly string[]>>): void {
	const openGroups = new Set([...box.querySelectorAll('details[open]')].map((d) => d.getAttribute('data-key')));
	box.replaceChildren();
	for (const facet of FACETS) {
		const { key, label } = facet;
		const totals = all[key] ?? {};
		// Groups with a natural order keep it; the rest list their most common values first.
		const values = Object.keys(totals).sort(compareValues(facet, order[key], totals));
		if (values.length === 0) continue;
		const selected = current.filters[key] ?? [];
		const fieldset = element('fieldset', { class: 'filter-group' }, element('legend', {}, label));
		const list = element('ul', {});
		const hidden: number[] = [];
		const item = (i: number, checked: boolean) => filterItem(key, values[i] ?? '', `filter-${key}-${i}`, counts[key]?.[values[i] ?? ''] ?? 0, checked);
		values.forEach((value, i) => {
			const checked = selected.includes(value);
			if (i < VISIBLE_VALUES || checked) list.append(item(i, checked));
			else hidden.push(i);
		});
		fieldset.append(list);
		if (hidden.length > 0) {
			// At 10,000 passes the tour group alone has 2,000+ values: they are made when asked for.
			const extra = element('ul', {});
			const more = element('details', { 'data-key': key }, element('summary', {}, `Show all ${values.length}`), extra);
			const fill = () => {
				if (extra.childElementCount === 0) extra.append(...hidden.map((i) => item(i, false)));
			};
			more.addEventListener('toggle', () => {
				if (more.open) fill();
			});
			if (openGroups.has(key)) {
				fill();
				more.setAttribute('open', '');
			}
			fieldset.append(more);
		}
		box.append(fieldset);
	}
}
