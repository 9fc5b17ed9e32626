/**
 * Lightbox for pass photos: opens from a thumbnail (click or Enter), moves with arrow keys and
 * swipes, closes with Escape and gives focus back to the thumbnail. "Zoom" shows the photo at
 * full resolution, panned with a mouse drag, a finger or the arrow keys, so a collector can
 * inspect a hologram or a signature. The native <dialog> keeps focus inside while open.
 */

interface Photo {
	large: string;
	full: string;
	width: number;
	height: number;
	alt: string;
	caption: string;
}

const PAN_STEP = 80;
const SWIPE = 50;

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
	const links = [...gallery.querySelectorAll<HTMLAnchorElement>('a.gallery-link')];
	const dialog = gallery.querySelector<HTMLDialogElement>('[data-lightbox]');
	const stage = gallery.querySelector<HTMLElement>('[data-stage]');
	const image = gallery.querySelector<HTMLImageElement>('[data-image]');
	const caption = gallery.querySelector<HTMLElement>('[data-lightbox-caption]');
	const zoomButton = gallery.querySelector<HTMLButtonElement>('[data-zoom]');
	if (!dialog || !stage || !image || !caption || !zoomButton || links.length === 0) return;
	const photos = links.map(photoOf);
	const many = photos.length > 1;
	for (const selector of ['[data-prev]', '[data-next]']) {
		const button = gallery.querySelector<HTMLElement>(selector);
		if (button) button.hidden = !many;
	}

	let index = 0;
	let zoomed = false;
	let opener: HTMLElement | null = null;
	let pan = { x: 0, y: 0 };
	let zoomedSize = { width: 0, height: 0 };

	const applyPan = () => {
		if (!zoomed) {
			image.style.transform = '';
			return;
		}
		// Pan no further than the photo's edges.
		const maxX = Math.max(0, (zoomedSize.width - stage.clientWidth) / 2);
		const maxY = Math.max(0, (zoomedSize.height - stage.clientHeight) / 2);
		pan = { x: Math.max(-maxX, Math.min(maxX, pan.x)), y: Math.max(-maxY, Math.min(maxY, pan.y)) };
		image.style.transform = `translate(${pan.x}px, ${pan.y}px)`;
	};

	const setZoom = (on: boolean) => {
		const photo = photos[index];
		if (!photo) return;
		// Zoom shows the full-resolution file at its own size, and at least twice the fitted size
		// (computed from the stage, so it does not depend on whether the image has loaded yet).
		const fitScale = Math.min(1, stage.clientWidth / photo.width, stage.clientHeight / photo.height);
		const fitted = { width: photo.width * fitScale };
		zoomed = on;
		pan = { x: 0, y: 0 };
		stage.classList.toggle('zoomed', on);
		zoomButton.setAttribute('aria-pressed', String(on));
		zoomButton.textContent = on ? 'Fit' : 'Zoom';
		image.src = on ? photo.full : photo.large;
		if (on) {
			const width = Math.max(photo.width, fitted.width * 2);
			zoomedSize = { width, height: (width * photo.height) / photo.width };
			image.style.width = `${zoomedSize.width}px`;
			image.style.height = `${zoomedSize.height}px`;
		} else {
			image.style.width = '';
			image.style.height = '';
		}
		applyPan();
	};

	const show = (next: number) => {
		index = (next + photos.length) % photos.length;
		const photo = photos[index];
		if (!photo) return;
		image.alt = photo.alt;
		setZoom(false);
		caption.textContent = many ? `${photo.caption} — photo ${index + 1} of ${photos.length}` : photo.caption;
	};

	const open = (at: number, from: HTMLElement) => {
		opener = from;
		show(at);
		dialog.showModal();
		zoomButton.focus();
	};

	dialog.addEventListener('close', () => {
		setZoom(false);
		opener?.focus();
	});

	links.forEach((link, i) =>
		link.addEventListener('click', (event) => {
			if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
			event.preventDefault();
			open(i, link);
		}),
	);
	gallery.querySelector('[data-prev]')?.addEventListener('click', () => show(index - 1));
	gallery.querySelector('[data-next]')?.addEventListener('click', () => show(index + 1));
	gallery.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
	zoomButton.addEventListener('click', () => setZoom(!zoomed));
	image.addEventListener('dblclick', () => setZoom(!zoomed));
	// A click on the backdrop (outside the stage and bar) closes, as people expect of overlays.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
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
		if (target.tagName === 'BUTTON' && (event.key === 'Enter' || event.key === ' ')) return;
		const moves: Record<string, [number, number]> = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
		const move = moves[event.key];
		if (move && zoomed) {
			pan = { x: pan.x + move[0] * PAN_STEP, y: pan.y + move[1] * PAN_STEP };
			applyPan();
		} else if (event.key === 'ArrowLeft' && many) {
			show(index - 1);
		} else if (event.key === 'ArrowRight' && many) {
			show(index + 1);
		} else if (event.key === 'z' || event.key === 'Z' || event.key === '+' || event.key === '-') {
			setZoom(event.key === '-' ? false : event.key === '+' ? true : !zoomed);
		} else {
			return;
		}
		event.preventDefault();
	});

	// One pointer: drag pans a zoomed photo; a horizontal swipe changes photo otherwise.
	let start: { x: number; y: number; pan: { x: number; y: number } } | undefined;
	stage.addEventListener('pointerdown', (event) => {
		start = { x: event.clientX, y: event.clientY, pan: { ...pan } };
		stage.setPointerCapture(event.pointerId);
	});
	stage.addEventListener('pointermove', (event) => {
		if (!start || !zoomed) return;
		pan = { x: start.pan.x + event.clientX - start.x, y: start.pan.y + event.clientY - start.y };
		applyPan();
	});
	stage.addEventListener('pointerup', (event) => {
		if (start && !zoomed && many) {
			const dx = event.clientX - start.x;
			if (Math.abs(dx) > SWIPE && Math.abs(dx) > Math.abs(event.clientY - start.y)) show(index + (dx < 0 ? 1 : -1));
		}
		start = undefined;
	});
	stage.addEventListener('pointercancel', () => {
		start = undefined;
	});
}

export function enhanceGalleries(): void {
	for (const gallery of document.querySelectorAll<HTMLElement>('[data-gallery]')) enhance(gallery);
}
