/**
 * The copies of one owned pass on the collection page: a disclosure with a small form per copy
 * (grade, quantity, price and currency, date and place acquired, notes), "Add a copy" and
 * "Remove copy". Forms are read through `copyFromText`, the same check as a CSV import, and a
 * problem is shown at its field (aria-invalid + a described error), never saved half.
 */
import { COPY_FIELDS, type CopyField, type CopyResult, copyFromText, copyToText } from '../../lib/collection/copy-fields.ts';
import { CONDITION_GRADES } from '../../lib/collection/grades.ts';
import { type Copy, type OwnedItem, LIMITS, plural, sparesOf, quantityOf } from '../../lib/collection/model.ts';
import { element } from '../dom.ts';

const LABELS: Record<CopyField, string> = {
	quantity: 'Quantity',
	grade: 'Grade',
	price: 'Price paid',
	currency: 'Currency',
	acquired: 'Acquired on',
	where: 'Where acquired',
	notes: 'Notes on this copy',
};

const fieldId = (id: string, index: number, field: CopyField) => `copy-${id}-${index}-${field}`;

function input(id: string, index: number, field: CopyField, value: string): HTMLElement {
	const attrs = { id: fieldId(id, index, field), name: field };
	switch (field) {
		case 'grade':
			return element(
				'select',
				attrs,
				element('option', { value: '' }, 'Not graded'),
				...Object.entries(CONDITION_GRADES).map(([key, label]) => {
					const option = element('option', { value: key }, label);
					option.selected = key === value;
					return option;
				}),
			);
		case 'notes': {
			const area = element('textarea', { ...attrs, maxlength: String(LIMITS.noteChars), rows: '2' });
			area.value = value;
			return area;
		}
		default: {
			const types: Partial<Record<CopyField, Record<string, string>>> = {
				quantity: { type: 'number', min: '1', max: String(LIMITS.quantity), step: '1', inputmode: 'numeric' },
				price: { type: 'text', inputmode: 'decimal', placeholder: '25.00', autocomplete: 'off' },
				currency: { type: 'text', maxlength: '3', placeholder: 'EUR', autocomplete: 'off', autocapitalize: 'characters' },
				acquired: { type: 'date' },
				where: { type: 'text', maxlength: String(LIMITS.whereChars) },
			};
			const box = element('input', { ...attrs, ...(types[field] ?? {}) });
			box.value = value;
			return box;
		}
	}
}

function copyForm(id: string, title: string, copy: Copy, index: number, count: number): HTMLLIElement {
	const values = copyToText(copy);
	const n = index + 1;
	const grid = element(
		'div',
		{ class: 'copy-grid' },
		...COPY_FIELDS.map((field) =>
			element('p', { class: `field${field === 'notes' || field === 'where' ? ' wide' : ''}` }, element('label', { for: fieldId(id, index, field) }, LABELS[field]), input(id, index, field, values[field])),
		),
	);
	const error = element('p', { class: 'field-error', id: `copy-${id}-${index}-error`, hidden: '' });
	const actions = element(
		'div',
		{ class: 'actions' },
		element('button', { type: 'submit', 'data-focus-key': `save-${id}-${index}`, 'aria-label': `Save copy ${n} of ${title}` }, 'Save copy'),
	);
	if (count > 1) actions.append(element('button', { type: 'button', class: 'link-button', 'data-action': 'remove-copy', 'data-id': id, 'data-index': String(index), 'aria-label': `Remove copy ${n} of ${title}` }, 'Remove copy'));
	const form = element('form', { class: 'copy-form', 'data-id': id, 'data-index': String(index), novalidate: '' }, element('fieldset', {}, element('legend', {}, `Copy ${n}`), grid, error, actions));
	return element('li', {}, form);
}

/** "2 copies (1 for trade)" */
export function copiesLabel(item: OwnedItem): string {
	const spares = sparesOf(item);
	return `${plural(quantityOf(item), 'copy', 'copies')}${spares > 0 ? ` (${spares} for trade)` : ''}`;
}

export function copiesEditor(id: string, title: string, item: OwnedItem, open: boolean): HTMLDetailsElement {
	const details = element(
		'details',
		{ class: 'collection-copies', 'data-copies-for': id },
		element('summary', {}, `${copiesLabel(item)} — details`),
		element('ul', { class: 'copy-list' }, ...item.copies.map((copy, i) => copyForm(id, title, copy, i, item.copies.length))),
	);
	if (item.copies.length < LIMITS.copiesPerPass) {
		details.append(element('p', {}, element('button', { type: 'button', 'data-action': 'add-copy', 'data-id': id, 'data-focus-key': `add-${id}`, 'aria-label': `Add a copy of ${title}` }, 'Add a copy')));
	}
	details.open = open;
	return details;
}

/** Reads a copy form; on a problem marks the field and shows the message next to the form's buttons. */
export function readCopyForm(form: HTMLFormElement): CopyResult {
	const control = (field: CopyField) => form.elements.namedItem(field) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
	const result = copyFromText((field) => control(field)?.value ?? '');
	const error = form.querySelector<HTMLElement>('.field-error');
	for (const field of COPY_FIELDS) {
		control(field)?.removeAttribute('aria-invalid');
		control(field)?.removeAttribute('aria-describedby');
	}
	if (error) error.hidden = result.ok;
	if (!result.ok) {
		const bad = control(result.field);
		const text = `${LABELS[result.field]}: ${result.message}.`;
		if (error) error.textContent = text;
		if (bad) {
			bad.setAttribute('aria-invalid', 'true');
			if (error) bad.setAttribute('aria-describedby', error.id);
			bad.focus();
		}
	}
	return result;
}
