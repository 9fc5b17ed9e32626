/**
 * The shape and size of the drawn pass: canvas, body, printed area and lanyard slot, by format.
 */
import { pick, randomFor } from '../art-random.ts';
import { type ArtModel, type ArtShape } from './model.ts';
import { type PassFormat, STICKY_FORMATS } from '../../../src/schemas/enums.ts';

export interface Box {
	readonly x: number;
	readonly y: number;
	readonly w: number;
	readonly h: number;
}

/** Everything is drawn on a pale backdrop, like a catalogue photo, with this margin around the pass. */
const MARGIN = 28;
const LONG_SIDE = 800;
export const BACKDROP = '#e8e4dd';
export const FONT = 'DejaVu Sans, sans-serif';

export function shapeOf(format: string): ArtShape {
	if (format === 'laminate') return 'laminate';
	if (format === 'card' || format === 'plastic-card') return 'card';
	if (format === 'wristband') return 'wristband';
	return 'sticky'; // satin, cloth and paper stickies, and plain paper passes
}

/** True for passes with a peel-off backing. */
export function hasBacking(format: string): boolean {
	return STICKY_FORMATS.includes(format as PassFormat);
}

export function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

/** Width ÷ height of the drawn pass: the real one's when known (within reason), else typical for the format. */
function bodyAspect(model: ArtModel): number {
	const shape = shapeOf(model.format);
	const given = model.aspect !== null && Number.isFinite(model.aspect) && model.aspect > 0 ? model.aspect : null;
	switch (shape) {
		case 'laminate':
			if (given === null) return 0.75;
			return given < 1 ? clamp(given, 0.62, 0.85) : clamp(given, 1.25, 1.6);
		case 'card':
			if (given === null) return 1.586;
			return given < 1 ? clamp(given, 0.56, 0.72) : clamp(given, 1.4, 1.8);
		case 'wristband':
			return 6;
		case 'sticky':
			if (given !== null) return clamp(given, 0.72, 1.6);
			return pick(randomFor(model.slug, 'aspect'), [1.1, 1.25, 1.33, 1.4]);
	}
}

/** Size in px of the rendered image (the long side is always 800). */
export function canvasFor(model: ArtModel): { width: number; height: number } {
	const aspect = bodyAspect(model);
	const inner = LONG_SIDE - 2 * MARGIN;
	return aspect >= 1
		? { width: LONG_SIDE, height: Math.round(inner / aspect) + 2 * MARGIN }
		: { width: Math.round(inner * aspect) + 2 * MARGIN, height: LONG_SIDE };
}

export interface Geometry {
	readonly width: number;
	readonly height: number;
	readonly shape: ArtShape;
	/** The whole pass (for a laminate: the plastic pouch). */
	readonly body: Box;
	readonly bodyRadius: number;
	/** The printed area. */
	readonly print: Box;
	readonly printRadius: number;
	/** Lanyard slot of a laminate. */
	readonly slot: Box | null;
}

export function geometryFor(model: ArtModel): Geometry {
	const { width, height } = canvasFor(model);
	const shape = shapeOf(model.format);
	const body: Box = { x: MARGIN, y: MARGIN, w: width - 2 * MARGIN, h: height - 2 * MARGIN };
	const short = Math.min(body.w, body.h);
	switch (shape) {
		case 'laminate': {
			const side = short * 0.045;
			const top = body.h * (body.h > body.w ? 0.115 : 0.16);
			const print = { x: body.x + side, y: body.y + top, w: body.w - 2 * side, h: body.h - top - side };
			const slotW = body.w * (body.h > body.w ? 0.3 : 0.22);
			const slotH = Math.max(14, body.h * 0.032);
			const slot = { x: body.x + (body.w - slotW) / 2, y: body.y + (top - slotH) / 2, w: slotW, h: slotH };
			return { width, height, shape, body, bodyRadius: short * 0.05, print, printRadius: short * 0.02, slot };
		}
		case 'card':
			return { width, height, shape, body, bodyRadius: short * 0.06, print: body, printRadius: short * 0.06, slot: null };
		case 'wristband': {
			const print = { x: body.x, y: body.y, w: body.w * 0.86, h: body.h };
			return { width, height, shape, body, bodyRadius: short * 0.12, print, printRadius: short * 0.12, slot: null };
		}
		case 'sticky': {
			const radius = short * (model.format === 'paper' ? 0.02 : 0.06);
			return { width, height, shape, body, bodyRadius: radius, print: body, printRadius: radius, slot: null };
		}
	}
}
