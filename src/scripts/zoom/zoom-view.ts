/**
 * One zoomable photo in a stage element: fitted at first, zoomed by buttons, keys, the wheel, a
 * double click or a pinch, panned by dragging or keys. The `<img>` is created here, when there is
 * a photo to show (an empty `<img>` in the page would be invalid HTML). The photo is drawn from its
 * lightbox-sized file until the first zoom, then from the full-size re-encoded file, fetched then
 * and swapped in once decoded, so zoom shows the photo's real pixels.
 */
import { type SharedView, type Size, type View, clampView, detailScale, fitScale, fitView, fromShared, isZoomed, panView, toShared, zoomView } from './zoom-math.ts';

export interface ZoomPhoto {
	/** The lightbox-sized file, drawn while fitted. */
	large: string;
	/** The full-size re-encoded file, fetched on the first zoom. */
	full: string;
	/** The photo's own size (the full-size file's). */
	width: number;
	height: number;
	alt: string;
}

export interface ZoomOptions {
	/** Called after the reader zoomed or panned (not after {@link ZoomView.setShared}). */
	onChange?: (view: ZoomView) => void;
	/** A horizontal swipe on a fitted photo: -1 towards the next, 1 towards the previous. */
	onSwipe?: (direction: -1 | 1) => void;
	/** The wheel zooms always (a lightbox) or only with Ctrl, as trackpad pinches send it (a page). */
	wheel: 'always' | 'ctrl';
}

const KEY_PAN = 80;
const KEY_ZOOM = 1.5;
const SWIPE = 50;

export class ZoomView {
	readonly stage: HTMLElement;
	readonly image: HTMLImageElement;
	#photo: ZoomPhoto | undefined;
	#view: View = { scale: 1, x: 0, y: 0 };
	#options: ZoomOptions;
	#pointers = new Map<number, { x: number; y: number }>();
	#gesture: { view: View; points: { x: number; y: number }[] } | undefined;

	constructor(stage: HTMLElement, options: ZoomOptions) {
		this.stage = stage;
		this.#options = options;
		this.image = document.createElement('img');
		this.image.className = 'zoom-image';
		this.image.draggable = false;
		this.image.decoding = 'async';
		stage.classList.add('zoom-stage');
		this.#listen();
		new ResizeObserver(() => this.#refit()).observe(stage);
	}

	get photo(): ZoomPhoto | undefined {
		return this.#photo;
	}

	get view(): View {
		return this.#view;
	}

	get zoomed(): boolean {
		return this.#photo !== undefined && isZoomed(this.#view, this.#photo, this.#stageSize());
	}

	/** The scale relative to fitted: 1 when fitted. */
	get magnification(): number {
		return this.#photo ? this.#view.scale / fitScale(this.#photo, this.#stageSize()) : 1;
	}

	show(photo: ZoomPhoto): void {
		this.#photo = photo;
		this.image.alt = photo.alt;
		this.image.width = photo.width;
		this.image.height = photo.height;
		this.image.style.width = `${photo.width}px`;
		this.image.style.height = `${photo.height}px`;
		this.image.src = photo.large;
		this.stage.dataset['resolution'] = 'large';
		if (!this.image.isConnected) this.stage.append(this.image);
		this.#set(fitView(photo, this.#stageSize()));
	}

	fit(): void {
		if (this.#photo) this.#userSet(fitView(this.#photo, this.#stageSize()));
	}

	/** Real pixels (or twice fitted for a photo that fits at its real size); again: fitted. */
	toggleDetail(at?: { x: number; y: number }): void {
		if (!this.#photo) return;
		if (this.zoomed) this.fit();
		else this.zoomTo(detailScale(this.#photo, this.#stageSize()), at);
	}

	zoomTo(scale: number, at?: { x: number; y: number }): void {
		if (this.#photo) this.#userSet(zoomView(this.#view, scale, this.#photo, this.#stageSize(), at));
	}

	zoomBy(factor: number, at?: { x: number; y: number }): void {
		this.zoomTo(this.#view.scale * factor, at);
	}

	pan(dx: number, dy: number): void {
		if (this.#photo) this.#userSet(panView(this.#view, dx, dy, this.#photo, this.#stageSize()));
	}

	/** The size-free view another stage can follow. */
	shared(): SharedView | undefined {
		return this.#photo ? toShared(this.#view, this.#photo, this.#stageSize()) : undefined;
	}

	/** Follows another stage's view, without calling `onChange`. */
	setShared(shared: SharedView): void {
		if (this.#photo) this.#set(fromShared(shared, this.#photo, this.#stageSize()));
	}

	/**
	 * The keys every zoomable photo answers: + and − zoom, 0 fits, arrows pan a zoomed photo.
	 * Returns false for a key it leaves to its owner (an arrow on a fitted photo changes photo in
	 * the lightbox).
	 */
	handleKey(event: KeyboardEvent): boolean {
		if (event.altKey || event.ctrlKey || event.metaKey) return false;
		const moves: Record<string, [number, number]> = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
		const move = moves[event.key];
		if (event.key === '+' || event.key === '=') this.zoomBy(KEY_ZOOM);
		else if (event.key === '-' || event.key === '_') this.zoomBy(1 / KEY_ZOOM);
		else if (event.key === '0') this.fit();
		else if (move && this.zoomed) this.pan(move[0] * KEY_PAN, move[1] * KEY_PAN);
		else return false;
		return true;
	}

	#stageSize(): Size {
		return { width: this.stage.clientWidth, height: this.stage.clientHeight };
	}

	#refit(): void {
		if (!this.#photo) return;
		const stage = this.#stageSize();
		this.#set(this.zoomed ? clampView(this.#view, this.#photo, stage) : fitView(this.#photo, stage));
	}

	#userSet(view: View): void {
		this.#set(view);
		this.#options.onChange?.(this);
	}

	#set(view: View): void {
		this.#view = view;
		this.image.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
		const zoomed = this.zoomed;
		this.stage.classList.toggle('zoomed', zoomed);
		if (zoomed) this.#loadFull();
	}

	#loadFull(): void {
		const photo = this.#photo;
		if (!photo || this.stage.dataset['resolution'] !== 'large') return;
		this.stage.dataset['resolution'] = 'loading';
		this.stage.setAttribute('aria-busy', 'true');
		const loader = new Image();
		loader.src = photo.full;
		const done = () => {
			this.stage.removeAttribute('aria-busy');
			if (this.#photo !== photo) return;
			this.image.src = photo.full;
			this.stage.dataset['resolution'] = 'full';
		};
		loader.decode().then(done, () => {
			// Not decodable ahead (or not fetched): keep the large file, and try again on the next zoom.
			this.stage.removeAttribute('aria-busy');
			if (this.#photo === photo) this.stage.dataset['resolution'] = 'large';
		});
	}

	#point(event: { clientX: number; clientY: number }): { x: number; y: number } {
		const box = this.stage.getBoundingClientRect();
		return { x: event.clientX - box.left, y: event.clientY - box.top };
	}

	#listen(): void {
		const { stage } = this;
		stage.addEventListener('dblclick', (event) => this.toggleDetail(this.#point(event)));
		stage.addEventListener(
			'wheel',
			(event) => {
				if (!this.#photo || (this.#options.wheel === 'ctrl' && !event.ctrlKey)) return;
				event.preventDefault();
				this.zoomBy(Math.exp(-event.deltaY * (event.ctrlKey ? 0.01 : 0.002)), this.#point(event));
			},
			{ passive: false },
		);
		stage.addEventListener('pointerdown', (event) => {
			this.#pointers.set(event.pointerId, this.#point(event));
			// Keeps a drag going outside the stage; a pointer the browser no longer knows cannot be captured.
			try {
				stage.setPointerCapture(event.pointerId);
			} catch {
				/* the gesture still works inside the stage */
			}
			this.#gesture = { view: this.#view, points: [...this.#pointers.values()] };
		});
		stage.addEventListener('pointermove', (event) => {
			if (!this.#pointers.has(event.pointerId) || !this.#gesture || !this.#photo) return;
			this.#pointers.set(event.pointerId, this.#point(event));
			const now = [...this.#pointers.values()];
			const then = this.#gesture.points;
			const [a, b] = now;
			const [a0, b0] = then;
			if (a && b && a0 && b0 && then.length === 2) {
				// Pinch: scale by how far the fingers spread, about the point between them, and follow it.
				const spread = Math.hypot(a.x - b.x, a.y - b.y) / Math.max(1, Math.hypot(a0.x - b0.x, a0.y - b0.y));
				const mid0 = { x: (a0.x + b0.x) / 2, y: (a0.y + b0.y) / 2 };
				const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
				const stageSize = this.#stageSize();
				const zoomed = zoomView(this.#gesture.view, this.#gesture.view.scale * spread, this.#photo, stageSize, mid0);
				this.#userSet(panView(zoomed, mid.x - mid0.x, mid.y - mid0.y, this.#photo, stageSize));
			} else if (a && a0 && then.length === 1 && isZoomed(this.#gesture.view, this.#photo, this.#stageSize())) {
				this.#userSet(panView(this.#gesture.view, a.x - a0.x, a.y - a0.y, this.#photo, this.#stageSize()));
			}
		});
		const end = (event: PointerEvent) => {
			const start = this.#gesture?.points;
			const at = this.#pointers.get(event.pointerId);
			const [first] = start ?? [];
			if (event.type === 'pointerup' && start?.length === 1 && first && at && !this.zoomed && this.#options.onSwipe) {
				const dx = this.#point(event).x - first.x;
				if (Math.abs(dx) > SWIPE && Math.abs(dx) > Math.abs(this.#point(event).y - first.y)) this.#options.onSwipe(dx < 0 ? -1 : 1);
			}
			this.#pointers.delete(event.pointerId);
			// A finger lifted from a pinch: the other carries on as a drag from where it is.
			this.#gesture = this.#pointers.size > 0 ? { view: this.#view, points: [...this.#pointers.values()] } : undefined;
		};
		stage.addEventListener('pointerup', end);
		stage.addEventListener('pointercancel', end);
	}
}
