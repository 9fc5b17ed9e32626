/**
 * The "I own this" / "I want this" buttons on a pass page: two toggles (aria-pressed), at most one
 * pressed; pressing the pressed one again takes the pass out of the collection. A status line says
 * where the pass stands, and follows changes made in other tabs.
 */
import type { CollectionStatus } from '../../lib/collection/model.ts';
import { loadCollection, statusOf, subscribe, updateCollection, withStatus } from './store.ts';

const STATUS_TEXT: Record<CollectionStatus | 'none', string> = {
	owned: 'In your collection (owned).',
	wanted: 'On your wantlist.',
	none: 'Not in your collection.',
};

function enhance(box: HTMLElement): void {
	const id = box.dataset['passId'];
	const line = box.querySelector('[data-collection-status]');
	if (!id || !line) return;
	const buttons = [...box.querySelectorAll<HTMLButtonElement>('button[data-status]')];
	const show = (status: CollectionStatus | undefined, saved = true) => {
		for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset['status'] === status));
		line.textContent = STATUS_TEXT[status ?? 'none'] + (saved ? '' : ' Not saved: this browser does not keep data for this site.');
	};
	show(statusOf(loadCollection(), id));
	box.hidden = false;
	for (const button of buttons) {
		button.addEventListener('click', () => {
			const next = button.getAttribute('aria-pressed') === 'true' ? null : (button.dataset['status'] as CollectionStatus);
			const { collection, saved } = updateCollection((current) => withStatus(current, id, next));
			show(statusOf(collection, id), saved);
		});
	}
	subscribe((collection) => show(statusOf(collection, id)));
}

export function enhanceCollectionButtons(): void {
	for (const box of document.querySelectorAll<HTMLElement>('[data-collection-buttons]')) enhance(box);
}
