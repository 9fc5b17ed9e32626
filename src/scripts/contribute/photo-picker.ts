/**
 * The photo part of the /contribute/ form: files dropped on the zone or picked with the button are
 * prepared one by one (`photo-prepare.ts`) and listed with a preview, what was done to them, a
 * side (front, back, detail) and their description, which is required. A file that cannot be used
 * stays in the list with the reason, until it is removed.
 */
import { PHOTO_SIDES, type PhotoSide } from '../../schemas/enums.ts';
import { photoAltId } from '../../lib/contribute/contribute-fields.ts';
import { type ControlMoves, movesAfterRemoval } from './control-moves.ts';
import type { EntryPhoto } from '../../lib/contribute/contribute-entry.ts';
import { element } from '../dom.ts';
import type { PreparedPhoto } from './photo-prepare.ts';

export interface PickedPhoto {
	readonly name: string;
	side: PhotoSide;
	alt: string;
	/** Undefined while it is being prepared. */
	result?: { ok: true; photo: PreparedPhoto } | { ok: false; reason: string };
}

export interface PhotoPicker {
	/** The usable photos, in order: their sides and descriptions for the entry. */
	entryPhotos(): EntryPhoto[];
	prepared(): { side: PhotoSide; photo: PreparedPhoto }[];
	/** Files that cannot be used, each with the reason, for the problem list. */
	refusals(): { name: string; reason: string }[];
	/** Resolves once every photo added so far is prepared. */
	settled(): Promise<void>;
}

export function photoPicker(input: HTMLInputElement, zone: HTMLElement, list: HTMLOListElement, changed: (moves: ControlMoves) => void): PhotoPicker {
	const photos: PickedPhoto[] = [];
	let work: Promise<void> = Promise.resolve();
	const usable = () => photos.filter((p) => p.result?.ok === true);

	const nextSide = (): PhotoSide => {
		const taken = new Set(usable().map((p) => p.side));
		return taken.has('front') ? (taken.has('back') ? 'detail' : 'back') : 'front';
	};

	function render(): void {
		let index = 0;
		list.replaceChildren(
			...photos.map((photo) => {
				const remove = element('button', { type: 'button', class: 'secondary' }, `Remove ${photo.name}`);
				remove.addEventListener('click', () => {
					// The description boxes are numbered among usable photos: those after this one move up.
					const place = usable().indexOf(photo);
					const moves = place === -1 ? [] : movesAfterRemoval(usable().length, place, (i) => [photoAltId(i), `${photoAltId(i)}-side`]);
					photos.splice(photos.indexOf(photo), 1);
					render();
					changed(moves);
					input.focus();
				});
				if (photo.result === undefined) return element('li', { class: 'photo-item' }, element('span', {}, ''), element('div', { class: 'photo-controls' }, element('span', { class: 'photo-meta' }, `${photo.name}: preparing…`)));
				if (!photo.result.ok) {
					return element('li', { class: 'photo-item' }, element('span', {}, ''), element('div', { class: 'photo-controls' }, element('span', { class: 'photo-refused' }, `${photo.name} ${photo.result.reason}.`), remove));
				}
				const altId = photoAltId(index++);
				const sideId = `${altId}-side`;
				const label = element('label', { for: altId }, `${PHOTO_SIDES[photo.side]} photo: what it shows `, element('span', { class: 'req' }, '(required)'));
				const alt = element('input', { id: altId, type: 'text', autocomplete: 'off', 'aria-describedby': `${altId}-hint` });
				alt.value = photo.alt;
				alt.addEventListener('input', () => {
					photo.alt = alt.value;
					changed([]);
				});
				const side = element('select', { id: sideId }, ...Object.entries(PHOTO_SIDES).map(([value, text]) => element('option', { value }, text)));
				side.value = photo.side;
				side.addEventListener('change', () => {
					photo.side = side.value as PhotoSide;
					label.firstChild?.replaceWith(`${PHOTO_SIDES[photo.side]} photo: what it shows `);
					changed([]);
				});
				return element(
					'li',
					{ class: 'photo-item' },
					photo.result.photo.preview,
					element(
						'div',
						{ class: 'photo-controls' },
						element('span', { class: 'photo-meta' }, `${photo.name} → ${photo.result.photo.note}`),
						element('p', { class: 'field' }, element('label', { for: sideId }, 'It shows the'), side),
						element('p', { class: 'field' }, label, element('span', { class: 'hint', id: `${altId}-hint` }, 'A sentence for people who cannot see it: colours, words, pictures on the pass.'), alt),
						remove,
					),
				);
			}),
		);
	}

	function add(files: Iterable<File>): void {
		for (const file of files) {
			const photo: PickedPhoto = { name: file.name, side: 'front', alt: '' };
			photos.push(photo);
			// One at a time: a phone's memory holds one decoded photo, not ten.
			work = work.then(async () => {
				// The photo code is fetched with the first photo: most visits never need it.
				const result = await import('./photo-prepare.ts').then(({ preparePhoto }) => preparePhoto(file)).catch((error: unknown) => ({ ok: false as const, reason: `could not be prepared (${String(error)})` }));
				// The side is chosen before the photo counts as usable, so it does not take its own place.
				if (result.ok) photo.side = nextSide();
				photo.result = result;
				render();
				changed([]);
			});
		}
		render();
		changed([]);
	}

	input.addEventListener('change', () => {
		add(input.files ?? []);
		input.value = '';
	});
	zone.addEventListener('dragover', (event) => {
		event.preventDefault();
		zone.classList.add('is-over');
	});
	zone.addEventListener('dragleave', () => zone.classList.remove('is-over'));
	zone.addEventListener('drop', (event) => {
		event.preventDefault();
		zone.classList.remove('is-over');
		add(event.dataTransfer?.files ?? []);
	});

	return {
		entryPhotos: () => usable().map((p) => ({ side: p.side, alt: p.alt })),
		prepared: () => usable().flatMap((p) => (p.result?.ok ? [{ side: p.side, photo: p.result.photo }] : [])),
		refusals: () => photos.flatMap((p) => (p.result !== undefined && !p.result.ok ? [{ name: p.name, reason: p.result.reason }] : [])),
		settled: () => work,
	};
}
