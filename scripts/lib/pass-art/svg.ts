/**
 * SVG primitives and typography: numbers, boxes, text fitted into a box, defs, the backdrop,
 * the "ILLUSTRATION" label and the plastic of a laminate.
 */
import { escapeXml, fitLines, type FontFace } from '../art-text.ts';
import { BACKDROP, type Box, FONT, type Geometry } from './geometry.ts';

/** A number for SVG: one decimal, no "-0". */
export function n(value: number): string {
	const rounded = Math.round(value * 10) / 10;
	return String(rounded === 0 ? 0 : rounded);
}

export function rect(box: Box, radius: number, attrs: string): string {
	return `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" rx="${n(radius)}" ${attrs}/>`;
}

export function inset(box: Box, dx: number, dy = dx): Box {
	return { x: box.x + dx, y: box.y + dy, w: box.w - 2 * dx, h: box.h - 2 * dy };
}

export type Anchor = 'start' | 'middle' | 'end';

export interface TextStyle {
	readonly face: FontFace;
	readonly fill: string;
	readonly anchor?: Anchor;
	/** Letter spacing in ems. */
	readonly spacing?: number;
	readonly extra?: string;
}

export function textEl(content: string, x: number, y: number, size: number, style: TextStyle): string {
	const weight = style.face === 'regular' ? '' : ' font-weight="bold"';
	const stretch = style.face === 'condensed' ? ' font-stretch="condensed"' : '';
	const anchor = style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
	const spacing = style.spacing ? ` letter-spacing="${n(style.spacing * size)}"` : '';
	const extra = style.extra ? ` ${style.extra}` : '';
	return (
		`<text x="${n(x)}" y="${n(y)}" font-family="${FONT}" font-size="${n(size)}"${weight}${stretch}` +
		` fill="${style.fill}"${anchor}${spacing}${extra}>${escapeXml(content)}</text>`
	);
}

const CAP_HEIGHT = 0.73;

interface BlockOptions {
	readonly maxLines?: number;
	readonly maxSize?: number;
	readonly lineHeight?: number;
	/** How much larger text on n+1 lines must be to be preferred to n lines (default 1.08). */
	readonly linePenalty?: number;
	/** Draw an embossed (raised print) edge around the text. */
	readonly emboss?: boolean;
}

/** Text fitted into a box: as large as fits, broken over lines if that makes it larger, centred vertically. */
export function textBlock(text: string, box: Box, style: TextStyle, options: BlockOptions = {}): string {
	if (text.trim() === '' || box.w <= 0 || box.h <= 0) return '';
	const lineHeight = options.lineHeight ?? 1.0;
	const fitOptions: { maxLines: number; lineHeight: number; spacingEm: number; maxSize?: number; linePenalty?: number } = {
		maxLines: options.maxLines ?? 2,
		lineHeight,
		spacingEm: style.spacing ?? 0,
	};
	if (options.linePenalty !== undefined) fitOptions.linePenalty = options.linePenalty;
	if (options.maxSize !== undefined) fitOptions.maxSize = options.maxSize;
	const { lines, size } = fitLines(text, box.w, box.h, style.face, fitOptions);
	const blockHeight = size * (CAP_HEIGHT + (lines.length - 1) * lineHeight);
	const top = box.y + (box.h - blockHeight) / 2 + CAP_HEIGHT * size;
	const anchor = style.anchor ?? 'start';
	const x = anchor === 'start' ? box.x : anchor === 'middle' ? box.x + box.w / 2 : box.x + box.w;
	const out: string[] = [];
	lines.forEach((line, i) => {
		const y = top + i * lineHeight * size;
		if (options.emboss) {
			const d = Math.max(1, size * 0.03);
			out.push(textEl(line, x - d, y - d, size, { ...style, fill: '#ffffff', extra: 'fill-opacity="0.45"' }));
			out.push(textEl(line, x + d, y + d, size, { ...style, fill: '#000000', extra: 'fill-opacity="0.4"' }));
		}
		out.push(textEl(line, x, y, size, style));
	});
	return out.join('');
}

/** Collects <defs> entries and hands out ids. */
export class Defs {
	readonly items = new Set<string>();
	add(svg: string): void {
		this.items.add(svg);
	}
	toString(): string {
		return this.items.size > 0 ? `<defs>${[...this.items].join('')}</defs>` : '';
	}
}

export function svgDocument(width: number, height: number, defs: Defs, body: string[]): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		`${defs.toString()}${body.join('')}</svg>\n`
	);
}

export function backdrop(geometry: Geometry, defs: Defs): string {
	defs.add(
		'<radialGradient id="backdrop" cx="50%" cy="40%" r="75%">' +
			`<stop offset="0" stop-color="#f3f0ea"/><stop offset="1" stop-color="${BACKDROP}"/></radialGradient>`,
	);
	defs.add(
		'<filter id="shadow" x="-20%" y="-60%" width="140%" height="220%"><feGaussianBlur stdDeviation="7"/></filter>',
	);
	const { body, bodyRadius } = geometry;
	return (
		`<rect width="${geometry.width}" height="${geometry.height}" fill="url(#backdrop)"/>` +
		rect({ ...body, y: body.y + 7 }, bodyRadius, 'fill="#000000" fill-opacity="0.28" filter="url(#shadow)"')
	);
}

export function illustrationLabel(geometry: Geometry): string {
	return textEl('ILLUSTRATION', geometry.width - 10, geometry.height - 9, 10, {
		face: 'bold',
		fill: '#8d877d',
		anchor: 'end',
		spacing: 0.18,
	});
}

/** The clear plastic of a laminate (or the gloss of a plastic card), drawn over the print. */
export function gloss(box: Box, radius: number, defs: Defs, strength: number): string {
	defs.add(
		'<linearGradient id="gloss" x1="0" y1="0" x2="1" y2="1">' +
			'<stop offset="0" stop-color="#ffffff" stop-opacity="0"/>' +
			'<stop offset="0.3" stop-color="#ffffff" stop-opacity="0"/>' +
			`<stop offset="0.38" stop-color="#ffffff" stop-opacity="${strength}"/>` +
			`<stop offset="0.47" stop-color="#ffffff" stop-opacity="${n(strength * 0.25)}"/>` +
			'<stop offset="0.6" stop-color="#ffffff" stop-opacity="0"/>' +
			`<stop offset="0.8" stop-color="#ffffff" stop-opacity="${n(strength * 0.4)}"/>` +
			'<stop offset="1" stop-color="#ffffff" stop-opacity="0"/></linearGradient>',
	);
	return rect(box, radius, 'fill="url(#gloss)"');
}

export function lanyardSlot(slot: Box): string {
	const r = slot.h / 2;
	return (
		rect(slot, r, `fill="${BACKDROP}" stroke="#000000" stroke-opacity="0.28" stroke-width="1.5"`) +
		rect(inset(slot, 2), r - 2, 'fill="none" stroke="#ffffff" stroke-opacity="0.5" stroke-width="1"')
	);
}

export function laminatePouch(geometry: Geometry): string {
	return rect(
		geometry.body,
		geometry.bodyRadius,
		'fill="#f7f9fb" fill-opacity="0.55" stroke="#5a6470" stroke-opacity="0.28" stroke-width="1.5"',
	);
}
