/**
 * Lightbox for pass photos: opens from a photo link (click or Enter), moves with arrow keys and
 * swipes, closes with Escape and gives focus back to the link of the photo that was open last.
 * Zoom (the button, Z, +, −, 0, the wheel, a double click or a pinch) shows the full-size photo's
 * real pixels, fetched on the first zoom, panned with a drag, a finger or the arrow keys
 * (`src/scripts/zoom/`). The native <dialog> keeps focus inside while open.
 */
import { ZoomView, type ZoomPhoto } from '../zoom/zoom-view.ts';

interface Photo extends ZoomPhoto {
	caption: string;
}

function photoOf(link: HTMLAnchorElement): Photo {
	const d = link.dataset;
	return {
		large: d['large'] ?? link.href,
		full: d['full'] ?? link.href,
		width: Number(d['width']),
		height: Number(d['height']),
		alt: d['alt'] ?? '',
		caption: d['caption'] ?? '',
	};
}

function enhance(gallery: HTMLElement): void {
	// In photo order: the link's data-index, not its place in the page, says which photo it opens.
	const links = [...gallery.querySelectorAll<HTMLAnchorElement>('a.gallery-link')].sort((a, b) => Number(a.dataset['index']) - Number(b.dataset['index']));
	const dialog = gallery.querySelector<HTMLDialogElement>('[data-lightbox]');
	const stage = gallery.querySelector<HTMLElement>('[data-stage]');
	const caption = gallery.querySelector<HTMLElement>('[data-lightbox-caption]');
	const zoomButton = gallery.querySelector<HTMLButtonElement>('[data-zoom]');
	const level = gallery.querySelector<HTMLOutputElement>('[data-zoom-level]');
	if (!dialog || !stage || !caption || !zoomButton || !level || links.length === 0) return;
	const photos = links.map(photoOf);
	const many = photos.length > 1;
	for (const selector of ['[data-prev]', '[data-next]']) {
		const button = gallery.querySelector<HTMLElement>(selector);
		if (button) button.hidden = !many;
	}

	let index = 0;
	const zoom = new ZoomView(stage, {
		wheel: 'always',
		onChange: () => showZoom(),
		onSwipe: (direction) => {
			if (many) show(index - direction);
		},
	});

	const showZoom = () => {
		zoomButton.setAttribute('aria-pressed', String(zoom.zoomed));
		zoomButton.textContent = zoom.zoomed ? 'Fit' : 'Zoom';
		// Percent of the photo's real pixels: 100 % is one photo pixel per CSS pixel.
		level.value = `${Math.round(zoom.view.scale * 100)} %`;
	};

	const show = (next: number) => {
		index = (next + photos.length) % photos.length;
		const photo = photos[index];
		if (!photo) return;
		zoom.show(photo);
		showZoom();
		caption.textContent = many ? `${photo.caption} — photo ${index + 1} of ${photos.length}` : photo.caption;
	};

	const open = (at: number) => {
		dialog.showModal();
		// Shown after opening, so the photo is fitted to the stage's real size.
		show(at);
		zoomButton.focus();
	};

	// The browser gives focus back to the link that opened the lightbox, and only later fires
	// `close`; closing through here moves focus to the photo shown last in the same task, so no
	// one hears the wrong photo announced in between. `close` still covers other ways out.
	const close = () => {
		if (dialog.open) dialog.close();
		links[index]?.focus();
	};
	dialog.addEventListener('close', () => {
		zoom.fit();
		if (document.activeElement !== links[index] && !dialog.contains(document.activeElement)) links[index]?.focus();
	});

	links.forEach((link, i) =>
		link.addEventListener('click', (event) => {
			if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
			event.preventDefault();
			open(i);
		}),
	);
	gallery.querySelector('[data-prev]')?.addEventListener('click', () => show(index - 1));
	gallery.querySelector('[data-next]')?.addEventListener('click', () => show(index + 1));
	gallery.querySelector('[data-close]')?.addEventListener('click', close);
	gallery.querySelector('[data-zoom-in]')?.addEventListener('click', () => zoom.zoomBy(1.5));
	gallery.querySelector('[data-zoom-out]')?.addEventListener('click', () => zoom.zoomBy(1 / 1.5));
	zoomButton.addEventListener('click', () => zoom.toggleDetail());
	// A click on the backdrop (outside the stage and bar) closes, as people expect of overlays.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) close();
	});

	dialog.addEventListener('keydown', (event) => {
		const target = event.target as HTMLElement;
		if (event.key === 'Tab') {
			// Keep Tab inside the lightbox: from the last button back to the first, and the reverse.
			const buttons = [...dialog.querySelectorAll<HTMLButtonElement>('button:not([hidden])')];
			const edge = event.shiftKey ? buttons[0] : buttons.at(-1);
			if (target === edge || !dialog.contains(target)) {
				event.preventDefault();
				(event.shiftKey ? buttons.at(-1) : buttons[0])?.focus();
			}
			return;
		}
		if (event.key === 'Escape') {
			// Handled here rather than by the dialog's own cancel, so focus returns in this task.
			event.preventDefault();
			close();
			return;
		}
		if (target.tagName === 'BUTTON' && (event.key === 'Enter' || event.key === ' ')) return;
		if (zoom.handleKey(event)) {
			// handled: zoom, fit or pan
		} else if (event.key === 'ArrowLeft' && many) {
			show(index - 1);
		} else if (event.key === 'ArrowRight' && many) {
			show(index + 1);
		} else if (event.key === 'z' || event.key === 'Z') {
			zoom.toggleDetail();
		} else {
			return;
		}
		event.preventDefault();
	});
}

export function enhanceGalleries(): void {
	for (const gallery of document.querySelectorAll<HTMLElement>('[data-gallery]')) enhance(gallery);
}
