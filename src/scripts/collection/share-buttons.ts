/**
 * "Link to my wantlist" / "Link to my duplicates": encodes the list into a link's fragment
 * (`share-codec.ts`), shows it in a read-only field and copies it when the browser allows.
 */
import { type Collection, sparesOf } from '../../lib/collection/model.ts';
import { type ShareKind, type SharedPass, encodeSharedList } from '../../lib/collection/share-codec.ts';
import { byId } from '../dom.ts';
import { say } from './page-message.ts';

export const SHARED_PAGE = '/collection/shared/';

export function sharedPasses(collection: Collection, kind: ShareKind): SharedPass[] {
	return Object.entries(collection.items).flatMap(([id, item]): SharedPass[] => {
		if (kind === 'wanted') return item.status === 'wanted' ? [{ id }] : [];
		const spares = sparesOf(item);
		return spares > 0 ? [{ id, spares }] : [];
	});
}

export function setUpShare(message: HTMLElement, current: () => Collection): (collection: Collection) => void {
	const output = byId<HTMLElement>('share-output');
	const field = byId<HTMLInputElement>('share-link');
	const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-share]')];
	for (const button of buttons) {
		button.addEventListener('click', async () => {
			const kind = button.dataset['share'] as ShareKind;
			const passes = sharedPasses(current(), kind);
			const what = kind === 'wanted' ? 'wantlist' : 'duplicates list';
			const link = new URL(`${SHARED_PAGE}#${await encodeSharedList({ kind, passes })}`, location.href).href;
			field.value = link;
			output.hidden = false;
			let copied = false;
			try {
				await navigator.clipboard.writeText(link);
				copied = true;
			} catch {
				// No clipboard permission (or an old browser): the link is in the field to copy by hand.
			}
			say(message, `Made a link to your ${what} (${passes.length} ${passes.length === 1 ? 'pass' : 'passes'}, ${link.length.toLocaleString('en')} characters)${copied ? ' and copied it.' : ': select it in the field above and copy it.'}`);
			field.focus();
			field.select();
		});
	}
	// Enabled only when there is something to share.
	return (collection) => {
		for (const button of buttons) button.disabled = sharedPasses(collection, button.dataset['share'] as ShareKind).length === 0;
	};
}
