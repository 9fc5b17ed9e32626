/**
 * The geometry of a zoomable photo, without the DOM: where the photo sits in its stage at a scale,
 * how a zoom keeps the point under the finger still, how far a pan may go, and a size-free view
 * that two stages showing different photos can share (the compare view's synchronised zoom).
 *
 * `scale` is CSS pixels per photo pixel: 1 shows the photo's real pixels.
 */

export interface Size {
	readonly width: number;
	readonly height: number;
}

/** The photo's top-left corner in stage pixels, and its scale. */
export interface View {
	readonly scale: number;
	readonly x: number;
	readonly y: number;
}

/**
 * A view two stages can share: how much larger than fitted the photo is drawn, and which point
 * of the photo (as fractions of its width and height) is at the stage's centre.
 */
export interface SharedView {
	readonly magnification: number;
	readonly cx: number;
	readonly cy: number;
}

/** How far zoom goes beyond fitted or real pixels, whichever is larger. */
const MAX_ZOOM_OVER = 4;

/** The scale at which the whole photo fits the stage, never enlarged past its real pixels. */
export function fitScale(photo: Size, stage: Size): number {
	if (photo.width <= 0 || photo.height <= 0 || stage.width <= 0 || stage.height <= 0) return 1;
	return Math.min(1, stage.width / photo.width, stage.height / photo.height);
}

/** The smallest and largest scale: fitted, and four times real pixels or fitted (small photos). */
export function scaleLimits(photo: Size, stage: Size): { min: number; max: number } {
	const min = fitScale(photo, stage);
	return { min, max: Math.max(1, min) * MAX_ZOOM_OVER };
}

/**
 * The scale "Zoom" goes to: the photo's real pixels (1 photo pixel = 1 CSS pixel), or twice the
 * fitted size when the photo already fits at its real size.
 */
export function detailScale(photo: Size, stage: Size): number {
	const fit = fitScale(photo, stage);
	return fit < 1 ? 1 : 2 * fit;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * A view moved back inside the rules: the scale within its limits, a photo smaller than the stage
 * centred, a larger one never pulled past its edges.
 */
export function clampView(view: View, photo: Size, stage: Size): View {
	const { min, max } = scaleLimits(photo, stage);
	const scale = clamp(view.scale, min, max);
	const axis = (at: number, length: number, room: number) => {
		const drawn = length * scale;
		return drawn <= room ? (room - drawn) / 2 : clamp(at, room - drawn, 0);
	};
	return { scale, x: axis(view.x, photo.width, stage.width), y: axis(view.y, photo.height, stage.height) };
}

/** The whole photo, centred. */
export function fitView(photo: Size, stage: Size): View {
	return clampView({ scale: fitScale(photo, stage), x: 0, y: 0 }, photo, stage);
}

/** Zoom to `scale`, keeping the photo point under `at` (stage pixels; default its centre) where it is. */
export function zoomView(view: View, scale: number, photo: Size, stage: Size, at?: { x: number; y: number }): View {
	const point = at ?? { x: stage.width / 2, y: stage.height / 2 };
	const { min, max } = scaleLimits(photo, stage);
	const next = clamp(scale, min, max);
	const ratio = next / view.scale;
	return clampView({ scale: next, x: point.x - (point.x - view.x) * ratio, y: point.y - (point.y - view.y) * ratio }, photo, stage);
}

export function panView(view: View, dx: number, dy: number, photo: Size, stage: Size): View {
	return clampView({ scale: view.scale, x: view.x + dx, y: view.y + dy }, photo, stage);
}

/** True when the photo is drawn larger than fitted. */
export function isZoomed(view: View, photo: Size, stage: Size): boolean {
	return view.scale > fitScale(photo, stage) * 1.001;
}

export function toShared(view: View, photo: Size, stage: Size): SharedView {
	return {
		magnification: view.scale / fitScale(photo, stage),
		cx: (stage.width / 2 - view.x) / (photo.width * view.scale),
		cy: (stage.height / 2 - view.y) / (photo.height * view.scale),
	};
}

export function fromShared(shared: SharedView, photo: Size, stage: Size): View {
	const scale = shared.magnification * fitScale(photo, stage);
	return clampView({ scale, x: stage.width / 2 - shared.cx * photo.width * scale, y: stage.height / 2 - shared.cy * photo.height * scale }, photo, stage);
}
