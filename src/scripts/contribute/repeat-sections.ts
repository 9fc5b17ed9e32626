/**
 * "Add another signature" / "Add another source": a repeated section of the /contribute/ form
 * (`repeat` in `src/lib/contribute/contribute-fields.ts`) gets copies of its first fieldset, named
 * as `copyName` says (`signer-2`, `f-signer-2`), up to its `max`. Copies are numbered in page
 * order; removing one renumbers those after it, so names, labels and messages always agree.
 */
import { CONTRIBUTE_SECTIONS, type ContributeSection, controlId, copyName } from '../../lib/contribute/contribute-fields.ts';
import { element } from '../dom.ts';
import { type ControlMoves, movesAfterRemoval } from './control-moves.ts';

const RENAMED = ['id', 'name', 'for', 'aria-describedby'] as const;

/** Renames every id, name, label target and description of a copy from place `from` to `to`. */
function renumber(copy: HTMLElement, section: ContributeSection, from: number, to: number): void {
	const renames = section.fields.flatMap((row) => [
		[controlId(copyName(row.name, from)), controlId(copyName(row.name, to))],
		[copyName(row.name, from), copyName(row.name, to)],
	]);
	const rename = (token: string) => {
		for (const [before, after] of renames) if (before && after && (token === before || token.startsWith(`${before}-`))) return after + token.slice(before.length);
		return token;
	};
	for (const node of [copy, ...copy.querySelectorAll<HTMLElement>('*')]) {
		for (const attribute of RENAMED) {
			const value = node.getAttribute(attribute);
			if (value !== null) node.setAttribute(attribute, value.split(' ').map(rename).join(' '));
		}
	}
	copy.dataset['copy'] = String(to);
	const legend = copy.querySelector('legend');
	const noun = section.repeat?.noun ?? '';
	if (legend) legend.textContent = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${to + 1}`;
	const remove = copy.querySelector('[data-remove-copy]');
	if (remove) remove.textContent = `Remove ${noun} ${to + 1}`;
}

/** A new copy starts empty and unjudged, whatever its model held (a clone keeps typed values). */
function clear(copy: HTMLElement): void {
	for (const control of copy.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
		if (control instanceof HTMLSelectElement) control.selectedIndex = 0;
		else control.value = '';
		control.removeAttribute('aria-invalid');
		const kept = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '' && !id.endsWith('-error'));
		if (kept.length > 0) control.setAttribute('aria-describedby', kept.join(' '));
		else control.removeAttribute('aria-describedby');
	}
	for (const message of copy.querySelectorAll('.field-error')) message.remove();
}

function wire(box: HTMLElement, section: ContributeSection, onChange: (moves: ControlMoves) => void): void {
	const repeat = section.repeat;
	const first = box.querySelector<HTMLFieldSetElement>('fieldset[data-copy="0"]');
	const add = box.querySelector<HTMLButtonElement>('[data-add-copy]');
	if (!repeat || !first || !add) return;
	const pristine = first.cloneNode(true) as HTMLFieldSetElement;
	const copies = () => [...box.querySelectorAll<HTMLFieldSetElement>('fieldset[data-copy]')];
	const update = () => {
		add.hidden = copies().length >= repeat.max;
	};

	add.addEventListener('click', () => {
		const index = copies().length;
		const copy = pristine.cloneNode(true) as HTMLFieldSetElement;
		clear(copy);
		copy.append(element('p', {}, element('button', { type: 'button', class: 'link-button', 'data-remove-copy': '' }, '')));
		renumber(copy, section, 0, index);
		add.closest('p')?.before(copy);
		update();
		copy.querySelector<HTMLElement>('input, select')?.focus();
		onChange([]);
	});
	box.addEventListener('click', (event) => {
		const remove = (event.target as HTMLElement).closest('[data-remove-copy]');
		const copy = remove?.closest<HTMLFieldSetElement>('fieldset[data-copy]');
		if (!copy) return;
		const removed = Number(copy.dataset['copy']);
		const moves = movesAfterRemoval(copies().length, removed, (at) => section.fields.map((row) => controlId(copyName(row.name, at))));
		copy.remove();
		for (const later of copies()) {
			const at = Number(later.dataset['copy']);
			if (at > removed) renumber(later, section, at, at - 1);
		}
		update();
		// The keyboard stays in the section: on the copy that took its place, or the add button.
		(copies()[removed]?.querySelector<HTMLElement>('input, select') ?? add).focus();
		onChange(moves);
	});
	add.hidden = false;
	update();
}

/** Wires every repeated section of the form; `onChange` runs after a copy is added or removed, with the ids that moved. */
export function wireRepeatedSections(form: HTMLFormElement, onChange: (moves: ControlMoves) => void): void {
	for (const section of CONTRIBUTE_SECTIONS) {
		const box = section.repeat && form.querySelector<HTMLElement>(`[data-repeat="${section.repeat.path}"]`);
		if (box) wire(box, section, onChange);
	}
}
