/**
 * One pass in the compare view: its title and what it is (genuine, a known fake with its tells, a
 * variant), a choice of its photos, and a zoomable stage a keyboard can reach.
 */
import type { ComparePass } from '../../lib/compare/compare-data.ts';
import { element } from '../dom.ts';
import { ZoomView } from '../zoom/zoom-view.ts';

export interface Panel {
	readonly pass: ComparePass;
	readonly root: HTMLElement;
	readonly zoom: ZoomView;
	readonly select: HTMLSelectElement;
	/** A short name for the "show one" buttons: "Genuine", "Fake", or the pass's title. */
	readonly shortName: string;
	photoIndex: number;
}

function roleOf(pass: ComparePass): { label: string; kind: string } | undefined {
	if (pass.fakeOf) return { label: 'Known fake or reprint', kind: 'fake' };
	if (pass.fakes.length > 0) return { label: 'Genuine', kind: 'genuine' };
	if (pass.variantOf) return { label: 'Variant', kind: 'variant' };
	return undefined;
}

/** The panel's text about what tells it apart: a fake's tells, a variant's note. */
function notes(pass: ComparePass): HTMLElement | undefined {
	if (pass.fakeOf) {
		return element(
			'div',
			{ class: 'compare-tells' },
			element('h3', {}, 'How to tell it from the genuine pass'),
			element('ul', {}, ...pass.tells.map((tell) => element('li', {}, tell))),
			element('p', {}, 'A copy of ', element('a', { href: pass.fakeOf.url }, pass.fakeOf.title), '.'),
		);
	}
	if (pass.fakes.length > 0) {
		return element('div', { class: 'compare-tells' }, element('p', {}, `Known fakes of this pass: ${pass.fakes.map((fake) => fake.title).join('; ')}. Their tells are listed beside them.`));
	}
	if (pass.variantOf) {
		return element(
			'div',
			{ class: 'compare-tells' },
			element('p', {}, 'A variant of ', element('a', { href: pass.variantOf.url }, pass.variantOf.title), pass.variantNote ? `: ${pass.variantNote}` : '.'),
		);
	}
	return undefined;
}

export function createPanel(pass: ComparePass, number: number, photoIndex: number, onChange: (zoom: ZoomView) => void): Panel {
	const titleId = `compare-title-${number}`;
	const role = roleOf(pass);
	const select = element('select', { 'data-side': '' });
	pass.photos.forEach((photo, i) => select.append(element('option', { value: String(i) }, `${photo.label} (photo ${i + 1})`)));
	select.value = String(photoIndex);
	const stage = element('div', { class: 'compare-stage', tabindex: '0', role: 'group', 'aria-describedby': 'compare-help', 'data-stage': '' });
	const head = element(
		'header',
		{ class: 'compare-panel-head' },
		element('p', { class: 'compare-role', 'data-kind': role?.kind ?? 'pass' }, `${number}. ${role?.label ?? 'Pass'}${pass.example ? ' · illustrative example' : ''}`),
		element('h2', { id: titleId }, element('a', { href: pass.url }, pass.title)),
		element('label', { class: 'compare-side' }, 'Photo ', select),
	);
	const root = element('section', { class: 'compare-panel', 'aria-labelledby': titleId, 'data-panel': String(number) }, head, stage);
	const extra = notes(pass);
	if (extra) root.append(extra);
	const zoom = new ZoomView(stage, { wheel: 'ctrl', onChange });
	const panel: Panel = { pass, root, zoom, select, shortName: role?.kind === 'fake' ? 'Fake' : role?.kind === 'genuine' ? 'Genuine' : pass.title, photoIndex };
	stage.addEventListener('keydown', (event) => {
		if (zoom.handleKey(event) || ((event.key === 'z' || event.key === 'Z') && (zoom.toggleDetail(), true))) event.preventDefault();
	});
	return panel;
}

/** Shows a photo of the panel's pass; its stage is named after it for screen readers. */
export function showPhoto(panel: Panel, index: number): void {
	const photo = panel.pass.photos[index];
	if (!photo) return;
	panel.photoIndex = index;
	panel.select.value = String(index);
	panel.zoom.stage.setAttribute('aria-label', `${photo.label} of ${panel.pass.title}, zoomable`);
	panel.zoom.show(photo);
}
