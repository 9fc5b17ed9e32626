/**
 * The "I own this" / "I want this" buttons on a pass page, and "Own" / "Want" on pass cards: two
 * toggles (aria-pressed), at most one pressed; pressing the pressed one again takes the pass out
 * of the collection. A status line (pass pages) says where the pass stands; both follow changes
 * made in other tabs.
 */
import type { Collection, CollectionStatus } from '../../lib/collection/model.ts';
import { loadCollection, statusOf, subscribe, updateCollection, withStatus } from './store.ts';

const STATUS_TEXT: Record<CollectionStatus | 'none', string> = {
	owned: 'In your collection (owned).',
	wanted: 'On your wantlist.',
	none: 'Not in your collection.',
};

/** Wires one box; returns how to show a collection in it. */
function enhance(box: HTMLElement, initial: Collection): ((collection: Collection) => void) | undefined {
	const id = box.dataset['passId'];
	const line = box.querySelector('[data-collection-status]');
	if (!id) return undefined;
	const buttons = [...box.querySelectorAll<HTMLButtonElement>('button[data-status]')];
	const show = (status: CollectionStatus | undefined, saved = true) => {
		for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset['status'] === status));
		if (line) line.textContent = STATUS_TEXT[status ?? 'none'] + (saved ? '' : ' Not saved: this browser does not keep data for this site.');
	};
	show(statusOf(initial, id));
	box.hidden = false;
	for (const button of buttons) {
		button.addEventListener('click', () => {
			const next = button.getAttribute('aria-pressed') === 'true' ? null : (button.dataset['status'] as CollectionStatus);
			const { collection, saved } = updateCollection((current) => withStatus(current, id, next));
			show(statusOf(collection, id), saved);
		});
	}
	return (collection) => show(statusOf(collection, id));
}

/** Every box matching `selector`: the collection is read once, and other tabs' changes reach them all. */
export function enhanceCollectionButtons(selector = '[data-collection-buttons]'): void {
	enhanceCollectionBoxes([...document.querySelectorAll<HTMLElement>(selector)]);
}

/**
 * Boxes made by a script (search results): wired like the page's own. Returns how to stop
 * following other tabs, for when the boxes are replaced.
 */
export function enhanceCollectionBoxes(boxes: readonly HTMLElement[]): () => void {
	if (boxes.length === 0) return () => {};
	const initial = loadCollection();
	const views = boxes.flatMap((box) => enhance(box, initial) ?? []);
	return subscribe((collection) => {
		for (const view of views) view(collection);
	});
}
