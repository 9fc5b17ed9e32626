/**
 * The compare view (`/compare/?p=a,b:back`): reads the address (src/lib/compare/compare-url.ts), fetches
 * each pass's compare data (`/passes/<slug>/compare.json`), and shows the photos side by side.
 * Zooming or moving one photo moves the others to the same place (unless "together" is off);
 * a toggle shows one photo at a time, for phones and for flicking between two. Without an address,
 * or without JavaScript, the page's own list of suggested comparisons is what the reader gets.
 */
import { type ComparePass, compareDataUrl } from '../../lib/compare/compare-data.ts';
import { type CompareItem, compareUrl, parseCompareParam, photoIndexForSide, sideForPhotoIndex } from '../../lib/compare/compare-url.ts';
import { element } from '../dom.ts';
import type { ZoomView } from '../zoom/zoom-view.ts';
import { type Panel, createPanel, showPhoto } from './compare-panel.ts';

const app = document.querySelector<HTMLElement>('[data-compare-app]');
if (app) void start(app);

async function fetchPass(slug: string): Promise<ComparePass | string> {
	try {
		const response = await fetch(compareDataUrl(slug));
		if (response.status === 404) return `No pass “${slug}” in this catalog.`;
		if (!response.ok) return `“${slug}” could not be loaded (HTTP ${response.status}).`;
		const data = (await response.json()) as ComparePass;
		return Array.isArray(data.photos) && data.photos.length > 0 ? data : `“${slug}” has no photos to compare.`;
	} catch {
		return `“${slug}” could not be loaded: check the connection and reload.`;
	}
}

async function start(root: HTMLElement): Promise<void> {
	const { items, problems } = parseCompareParam(new URLSearchParams(location.search).get('p'));
	if (items.length === 0 && problems.length === 0) {
		root.hidden = true;
		delete root.dataset['pending'];
		return;
	}
	const loaded = await Promise.all(items.map((item) => fetchPass(item.slug)));
	const panels: Panel[] = [];
	const shownItems: CompareItem[] = [];
	const level = element('p', { class: 'compare-level', 'aria-live': 'polite', 'data-level': '' }, 'Fitted');
	const together = element('input', { type: 'checkbox', 'data-sync': '' });
	together.checked = true;
	let announce: number | undefined;

	const follow = (leader: ZoomView) => {
		const shared = leader.shared();
		if (together.checked && shared) for (const panel of panels) if (panel.zoom !== leader) panel.zoom.setShared(shared);
		window.clearTimeout(announce);
		announce = window.setTimeout(() => {
			level.textContent = leader.zoomed ? `Zoom ${leader.magnification.toFixed(1)}× fitted (${Math.round(leader.view.scale * 100)} % of the photo's pixels)` : 'Fitted';
		}, 250);
	};

	loaded.forEach((pass, i) => {
		const item = items[i];
		if (!item) return;
		if (typeof pass === 'string') {
			problems.push(pass);
			return;
		}
		let index = photoIndexForSide(item.side, pass.photos);
		if (index === undefined) {
			problems.push(`${pass.title} has no ${typeof item.side === 'number' ? `photo ${item.side}` : `${item.side} photo`}: showing its first.`);
			index = 0;
		}
		const panel = createPanel(pass, panels.length + 1, index, follow);
		const at = shownItems.length;
		shownItems.push(item);
		panel.select.addEventListener('change', () => {
			const next = Number(panel.select.value);
			showPhoto(panel, next);
			shownItems[at] = { slug: pass.id, side: sideForPhotoIndex(next, pass.photos) };
			history.replaceState(null, '', compareUrl(shownItems));
			const other = panels.find((p) => p !== panel)?.zoom.shared();
			if (together.checked && other) panel.zoom.setShared(other);
		});
		panels.push(panel);
	});

	root.replaceChildren();
	delete root.dataset['pending'];
	if (problems.length > 0) {
		root.append(element('div', { class: 'notice compare-problems', role: 'alert' }, element('strong', {}, 'Some of this comparison could not be shown'), element('ul', {}, ...problems.map((p) => element('li', {}, p)))));
	}
	root.hidden = false;
	if (panels.length === 0) return;
	document.title = `Compare: ${panels.map((p) => p.pass.title).join(' / ')} · ${document.title.split(' · ').at(-1) ?? ''}`;

	const zoomAll = (action: (zoom: ZoomView) => void) => {
		const visible = panels.filter((p) => !p.root.hidden);
		const [first] = visible;
		if (!first) return;
		if (together.checked) {
			action(first.zoom);
		} else {
			for (const panel of visible) action(panel.zoom);
		}
	};
	const button = (label: string, text: string, onClick: () => void) => {
		const b = element('button', { type: 'button', 'aria-label': label }, text);
		b.addEventListener('click', onClick);
		return b;
	};
	const toolbar = element(
		'div',
		{ class: 'compare-toolbar' },
		element(
			'div',
			{ role: 'group', 'aria-label': 'Zoom', class: 'compare-zoom' },
			button('Zoom out', '−', () => zoomAll((z) => z.zoomBy(1 / 1.5))),
			button('Fit the whole photo', 'Fit', () => zoomAll((z) => z.fit())),
			button('Zoom in', '+', () => zoomAll((z) => z.zoomBy(1.5))),
			button('1:1, real pixels: one photo pixel per screen pixel', '1:1', () => zoomAll((z) => z.zoomTo(1))),
		),
		element('label', { class: 'compare-together' }, together, ' Zoom and move together'),
	);
	if (panels.length > 1) toolbar.append(showToggle(panels));
	const grid = element('div', { class: 'compare-panels', 'data-count': String(panels.length) }, ...panels.map((p) => p.root));
	root.append(toolbar, level, grid);
	// Shown once in the page, so each stage is fitted to its real size.
	for (const panel of panels) showPhoto(panel, panel.photoIndex);
}

/** "All", or one panel at a time: the others are hidden and follow the zoom when shown again. */
function showToggle(panels: Panel[]): HTMLElement {
	const group = element('div', { role: 'group', 'aria-label': 'Show', class: 'compare-show' });
	const choices = [undefined, ...panels];
	const buttons = choices.map((only, i) => {
		const b = element('button', { type: 'button', 'aria-pressed': String(i === 0) }, only ? `${i}. ${only.shortName}` : 'All');
		b.addEventListener('click', () => {
			const leader = panels.find((p) => !p.root.hidden && p.zoom.zoomed)?.zoom.shared();
			for (const panel of panels) panel.root.hidden = only !== undefined && panel !== only;
			buttons.forEach((other, j) => other.setAttribute('aria-pressed', String(j === i)));
			group.closest('[data-compare-app]')?.querySelector('.compare-panels')?.setAttribute('data-count', String(only ? 1 : panels.length));
			if (leader) for (const panel of panels) if (!panel.root.hidden) panel.zoom.setShared(leader);
		});
		return b;
	});
	group.append(element('span', { class: 'compare-show-label' }, 'Show:'), ...buttons);
	return group;
}
