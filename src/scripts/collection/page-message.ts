/** The collection pages' one live region: a polite status, or an error that says what to do. */
import { element } from '../dom.ts';

export function say(region: HTMLElement, text: string, kind: 'ok' | 'error' = 'ok'): void {
	region.classList.toggle('is-error', kind === 'error');
	region.replaceChildren(...text.split('\n').map((line) => element('p', {}, line)));
}

export const NOT_SAVED = 'This browser did not save it (its storage is full or blocked for this site): it lasts only until you leave this page.';
