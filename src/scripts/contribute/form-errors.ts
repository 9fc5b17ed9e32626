/**
 * Showing the form's problems: next to a control once it has been left (or after a submit), with
 * `aria-invalid` and the message joined to the control's description; and, on submit, a summary
 * at the top that links to each control. A control with no problem left is cleared at once.
 */
import type { FormProblem } from '../../lib/contribute/contribute-check.ts';
import { byId, element } from '../dom.ts';

const ERROR_CLASS = 'field-error';

export function problemText(p: FormProblem): string {
	return `${p.label}: ${p.words}`;
}

/** Where a control's message goes: its field wrapper (a checkbox group's is the group). */
function wrapperOf(control: HTMLElement): HTMLElement | null {
	return control.closest<HTMLElement>('.check-group, .photo-field, .field');
}

/** The controls a message describes: every box of a checkbox group, else the control itself. */
function describedControls(control: HTMLElement): HTMLElement[] {
	const group = control.closest('.check-group');
	return group ? [...group.querySelectorAll<HTMLElement>('input')] : [control];
}

export function showFieldProblems(form: HTMLFormElement, problems: readonly FormProblem[], visible: (controlId: string) => boolean): void {
	for (const node of form.querySelectorAll(`.${ERROR_CLASS}`)) node.remove();
	for (const node of form.querySelectorAll<HTMLElement>('[aria-invalid]')) {
		node.removeAttribute('aria-invalid');
		const kept = (node.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '' && !id.endsWith('-error'));
		if (kept.length > 0) node.setAttribute('aria-describedby', kept.join(' '));
		else node.removeAttribute('aria-describedby');
	}
	const byControl = new Map<string, FormProblem[]>();
	for (const p of problems) {
		if (p.controlId === undefined || !visible(p.controlId)) continue;
		byControl.set(p.controlId, [...(byControl.get(p.controlId) ?? []), p]);
	}
	for (const [id, list] of byControl) {
		const control = document.getElementById(id);
		const wrapper = control && wrapperOf(control);
		if (!control || !wrapper) continue;
		const errorId = `${id}-error`;
		const message = element('span', { class: ERROR_CLASS, id: errorId }, ...list.flatMap((p, i) => (i === 0 ? [problemText(p)] : [element('br'), problemText(p)])));
		// The message sits just above the control, after its label and hint, as readers meet it.
		const anchor = wrapper.querySelector('input, select, textarea, .drop-zone, .checks');
		if (anchor && anchor.parentElement === wrapper) anchor.before(message);
		else wrapper.append(message);
		for (const described of describedControls(control)) {
			described.setAttribute('aria-invalid', 'true');
			const ids = (described.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x !== '');
			described.setAttribute('aria-describedby', [...ids, errorId].join(' '));
		}
	}
}

/** Focuses a control and brings it into view, as the summary's links do. */
export function focusControl(id: string): void {
	const control = document.getElementById(id);
	if (!control) return;
	control.focus({ preventScroll: true });
	(control.closest('.field, .check-group, .photo-field') ?? control).scrollIntoView({ block: 'center' });
}

export function showSummary(problems: readonly FormProblem[]): void {
	const box = byId<HTMLDivElement>('error-summary');
	const list = byId<HTMLUListElement>('error-summary-list');
	byId('error-summary-title').textContent = problems.length === 1 ? 'One answer needs a change' : `${problems.length} answers need a change`;
	list.replaceChildren(
		...problems.map((p) => {
			if (p.controlId === undefined) return element('li', {}, problemText(p));
			const controlId = p.controlId;
			const link = element('a', { href: `#${controlId}` }, problemText(p));
			link.addEventListener('click', (event) => {
				event.preventDefault();
				focusControl(controlId);
			});
			return element('li', {}, link);
		}),
	);
	box.hidden = problems.length === 0;
}

export function hideSummary(): void {
	byId('error-summary').hidden = true;
}
