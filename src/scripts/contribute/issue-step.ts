/**
 * The last step of the /contribute/ form: the prepared photos to download (named for the pass and
 * their side), the link that opens the prefilled issue, what to choose in the issue because GitHub
 * cannot prefill it, and the answers too long for a link, to copy and paste.
 */
import type { IssueLink } from '../../lib/contribute/issue-link.ts';
import { slugify } from '../../lib/text/slugify.ts';
import type { PhotoSide } from '../../schemas/enums.ts';
import { byId, element } from '../dom.ts';
import type { PreparedPhoto } from './photo-prepare.ts';

let objectUrls: string[] = [];

/** "phoenix-opening-night-all-access-laminate-front.jpg": says which pass and which side. */
export function downloadName(title: string, side: PhotoSide, extension: string): string {
	return `${slugify(title).slice(0, 60).replace(/-+$/, '') || 'pass'}-${side}.${extension}`;
}

export function showIssueStep(section: HTMLElement, link: IssueLink, photos: readonly { side: PhotoSide; photo: PreparedPhoto }[], title: string): void {
	for (const url of objectUrls) URL.revokeObjectURL(url);
	objectUrls = photos.map((p) => URL.createObjectURL(p.photo.blob));
	byId('photo-downloads').replaceChildren(
		...photos.map((p, i) => {
			const name = downloadName(title, p.side, p.photo.extension);
			return element('li', {}, element('a', { href: objectUrls[i] ?? '', download: name, 'data-side': p.side }, `Download ${name}`), ` — for the box “Photo: ${p.side}”`);
		}),
	);
	const anchor = byId<HTMLAnchorElement>('issue-link');
	anchor.href = link.url;
	byId('issue-link-note').textContent = ` (opens GitHub in a new tab)`;

	const choices = byId('issue-choices');
	byId('issue-choice-list').replaceChildren(
		...link.choices.map((c) => element('li', { 'data-field': c.id, 'data-options': JSON.stringify(c.options) }, c.options.length === 1 && c.id !== 'consent' && c.id !== 'securityFeatures' && c.id !== 'condition-flaws' ? `${c.label}: choose “${c.options[0]}”` : `${c.label}: tick ${c.options.map((o) => `“${o}”`).join(', ')}`)),
	);
	choices.hidden = link.choices.length === 0;

	const paste = byId('issue-paste');
	byId('issue-paste-list').replaceChildren(
		...link.paste.map((p) => {
			const id = `paste-${p.id}`;
			const box = element('textarea', { id, rows: '6', readonly: '', spellcheck: 'false' });
			box.value = p.text;
			const copy = element('button', { type: 'button' }, `Copy “${p.label}”`);
			const status = element('span', { role: 'status' });
			copy.addEventListener('click', () => {
				navigator.clipboard.writeText(p.text).then(
					() => (status.textContent = ' Copied.'),
					() => {
						box.select();
						status.textContent = ' Selected: press Ctrl+C (⌘C) to copy.';
					},
				);
			});
			return element('div', { class: 'field' }, element('label', { for: id }, `“${p.label}”`), box, element('span', {}, copy, status));
		}),
	);
	paste.hidden = link.paste.length === 0;
	section.hidden = false;
	byId('issue-step-title').focus();
}
