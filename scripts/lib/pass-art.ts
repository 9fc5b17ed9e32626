/**
 * Original illustrative artwork of a pass, drawn as SVG: the front (band, tour, pass type in block
 * letters, date, security features) and the back (sticky backing or small print).
 *
 * Everything is pure and deterministic: the design (palette, layout, background pattern…) is drawn
 * from a hash of the pass slug, so the same pass always gives the same SVG.
 * The artwork is made up — it is not a copy of any real pass — and says "ILLUSTRATION" in a corner.
 */
import { escapeXml, fitLines, textWidth, wrapText, type FontFace } from './art-text.ts';
import { between, hashSlug, pick, randomFor, type Random } from './art-random.ts';

/** What the artwork needs to know about a pass, with every name already resolved. */
export interface ArtModel {
	readonly slug: string;
	readonly band: string;
	/** Tour name; null for one-off shows. */
	readonly tour: string | null;
	/** Pass type name, e.g. "All access". */
	readonly passType: string;
	/** Date as printed, e.g. "18 OCT 1993", "1993" or "1992–93"; null when unknown. */
	readonly date: string | null;
	readonly year: number | null;
	/** Venue and city, e.g. "Wembley Stadium, London"; null when unknown. */
	readonly place: string | null;
	/** A key of PASS_FORMATS ("laminate", "satin-sticky"…). */
	readonly format: string;
	/** Printer name; null when unknown. */
	readonly printer: string | null;
	/** Keys of SECURITY_FEATURES. */
	readonly features: readonly string[];
	/** Width ÷ height of the real pass, when its dimensions are known. */
	readonly aspect: number | null;
}

export type ArtShape = 'laminate' | 'sticky' | 'card' | 'wristband';
export type LayoutName = 'header' | 'stripe' | 'bigtype';
export type PatternName = 'stripes' | 'starburst' | 'checks' | 'waves' | 'dots' | 'halftone' | 'rings' | 'chevrons' | 'tartan';
export type EmblemName = 'badge' | 'year' | 'star' | 'none';

/** Plain colour words for a palette's colours, for the alt text. */
export interface ColourWords {
	readonly bg: string;
	readonly ink: string;
	readonly accent: string;
	readonly accentInk: string;
}

interface Palette {
	readonly name: string;
	/** The colour scheme in plain words, e.g. "red, white and black". */
	readonly label: string;
	readonly words: ColourWords;
	readonly bg: string;
	/** Background pattern, close to bg. */
	readonly pat: string;
	/** Second pattern colour, used sparingly. */
	readonly pat2: string;
	readonly ink: string;
	readonly accent: string;
	readonly accentInk: string;
	readonly dark: boolean;
}

const PALETTES: readonly [Palette, ...Palette[]] = [
	{
		name: 'hazard', label: 'yellow and black', words: { bg: 'yellow', ink: 'black', accent: 'black', accentInk: 'yellow' },
		bg: '#f5c400', pat: '#e6b500', pat2: '#111111', ink: '#111111', accent: '#111111', accentInk: '#f5c400', dark: false,
	},
	{
		name: 'redline', label: 'red, white and black', words: { bg: 'red', ink: 'white', accent: 'black', accentInk: 'white' },
		bg: '#c8102e', pat: '#b30d28', pat2: '#ffffff', ink: '#ffffff', accent: '#111111', accentInk: '#ffffff', dark: true,
	},
	{
		name: 'cobalt', label: 'blue, white and yellow', words: { bg: 'blue', ink: 'white', accent: 'yellow', accentInk: 'navy' },
		bg: '#1f4cc9', pat: '#1a42b0', pat2: '#ffd400', ink: '#ffffff', accent: '#ffd400', accentInk: '#0d1b45', dark: true,
	},
	{
		name: 'neon', label: 'black, white and hot pink', words: { bg: 'black', ink: 'white', accent: 'hot pink', accentInk: 'black' },
		bg: '#151515', pat: '#242424', pat2: '#ff2e88', ink: '#ffffff', accent: '#ff2e88', accentInk: '#151515', dark: true,
	},
	{
		name: 'teal', label: 'teal, cream and coral', words: { bg: 'teal', ink: 'cream', accent: 'coral', accentInk: 'white' },
		bg: '#14998e', pat: '#118a80', pat2: '#fff4dc', ink: '#fff8e7', accent: '#f25c54', accentInk: '#ffffff', dark: true,
	},
	{
		name: 'sunset', label: 'orange, deep purple and yellow', words: { bg: 'orange', ink: 'deep purple', accent: 'deep purple', accentInk: 'yellow' },
		bg: '#ff7a1a', pat: '#f26c0c', pat2: '#ffd23f', ink: '#2b0a3d', accent: '#2b0a3d', accentInk: '#ffd23f', dark: false,
	},
	{
		name: 'acid', label: 'lime green and dark green', words: { bg: 'lime green', ink: 'dark green', accent: 'dark green', accentInk: 'lime green' },
		bg: '#b6e32b', pat: '#a6d21f', pat2: '#10240f', ink: '#10240f', accent: '#10240f', accentInk: '#b6e32b', dark: false,
	},
	{
		name: 'cream', label: 'cream, dark red and navy', words: { bg: 'cream', ink: 'dark red', accent: 'navy', accentInk: 'cream' },
		bg: '#f1e4c6', pat: '#e7d6ae', pat2: '#c0392b', ink: '#7a1f1f', accent: '#1f4a6e', accentInk: '#f1e4c6', dark: false,
	},
	{
		name: 'chrome', label: 'silver grey, black and red', words: { bg: 'silver grey', ink: 'black', accent: 'red', accentInk: 'white' },
		bg: '#cfd4da', pat: '#c0c6cd', pat2: '#8a939e', ink: '#111111', accent: '#b3001b', accentInk: '#ffffff', dark: false,
	},
	{
		name: 'royal', label: 'purple and gold', words: { bg: 'purple', ink: 'gold', accent: 'gold', accentInk: 'purple' },
		bg: '#4b1d7a', pat: '#42186c', pat2: '#ffd36b', ink: '#ffd36b', accent: '#ffd36b', accentInk: '#4b1d7a', dark: true,
	},
	{
		name: 'forest', label: 'green and white', words: { bg: 'green', ink: 'white', accent: 'white', accentInk: 'green' },
		bg: '#0b6e3a', pat: '#0a6133', pat2: '#e9f5db', ink: '#ffffff', accent: '#ffffff', accentInk: '#0b6e3a', dark: true,
	},
	{
		name: 'sky', label: 'sky blue, navy and red', words: { bg: 'sky blue', ink: 'navy', accent: 'red', accentInk: 'white' },
		bg: '#8fd3f4', pat: '#7fc8ee', pat2: '#ffffff', ink: '#0d2a4a', accent: '#e63946', accentInk: '#ffffff', dark: false,
	},
	{
		name: 'bubblegum', label: 'pink and deep purple', words: { bg: 'pink', ink: 'deep purple', accent: 'deep purple', accentInk: 'pink' },
		bg: '#ff9ecb', pat: '#fb8dbf', pat2: '#ffffff', ink: '#2a1144', accent: '#2a1144', accentInk: '#ff9ecb', dark: false,
	},
	{
		name: 'midnight', label: 'navy, white and bright blue', words: { bg: 'navy', ink: 'white', accent: 'bright blue', accentInk: 'navy' },
		bg: '#0e1a40', pat: '#14234f', pat2: '#3fa9f5', ink: '#f2f2f2', accent: '#3fa9f5', accentInk: '#0e1a40', dark: true,
	},
];

const LAYOUTS: readonly [LayoutName, ...LayoutName[]] = ['header', 'stripe', 'bigtype'];
const PATTERNS: readonly [PatternName, ...PatternName[]] = [
	'stripes', 'starburst', 'checks', 'waves', 'dots', 'halftone', 'rings', 'chevrons', 'tartan',
];
const EMBLEMS: readonly [EmblemName, ...EmblemName[]] = ['badge', 'year', 'star', 'none'];

/** The choices that make one pass look different from another, all drawn from its slug. */
export interface Design {
	readonly palette: string;
	readonly layout: LayoutName;
	readonly pattern: PatternName;
	readonly emblem: EmblemName;
	readonly hologram: 'oval' | 'square';
	readonly foil: 'gold' | 'silver';
	/** Band name centred (true) or ranged left. */
	readonly centred: boolean;
	/** Side stripe on the right instead of the left. */
	readonly flip: boolean;
}

export function designFor(slug: string): Design {
	const random = randomFor(slug, 'design');
	return {
		palette: pick(random, PALETTES).name,
		layout: pick(random, LAYOUTS),
		pattern: pick(random, PATTERNS),
		emblem: pick(random, EMBLEMS),
		hologram: random() < 0.5 ? 'oval' : 'square',
		foil: random() < 0.6 ? 'gold' : 'silver',
		centred: random() < 0.5,
		flip: random() < 0.35,
	};
}

function paletteOf(design: Design): Palette {
	return PALETTES.find((p) => p.name === design.palette) ?? PALETTES[0];
}

/** The printed serial number of a pass, e.g. "No 00421". */
export function serialFor(slug: string): string {
	return `No ${String((hashSlug(`${slug}#serial`) % 99999) + 1).padStart(5, '0')}`;
}

function barcodeDigitsFor(slug: string): string {
	const random = randomFor(slug, 'barcode-digits');
	let digits = '';
	for (let i = 0; i < 12; i++) digits += String(Math.floor(random() * 10));
	return digits;
}

// ——— What the artwork shows ———

/** A security feature drawn in the row at the bottom of the front, left to right. */
export type FeatureMark =
	| { readonly kind: 'photo-id' }
	| { readonly kind: 'rfid' }
	| { readonly kind: 'hologram'; readonly shape: 'oval' | 'square' }
	| { readonly kind: 'barcode'; readonly digits: string }
	| { readonly kind: 'serial'; readonly text: string };

/** Where the pass-type lettering sits. */
export type LetteringPlacement = 'banner' | 'stripe-left' | 'stripe-right' | 'large' | 'end-panel';

/**
 * What the front shows, noted while it is drawn (so it cannot drift from the drawing): the alt text
 * is written from this. Texts are as printed, in capitals where the artwork uses capitals.
 */
export interface FrontFacts {
	readonly shape: ArtShape;
	readonly format: string;
	/** The colour scheme in plain words, e.g. "red, white and black". */
	readonly scheme: string;
	readonly colours: ColourWords;
	/** The background pattern in words, e.g. "faint diagonal stripes". */
	readonly pattern: string;
	readonly layout: LayoutName | 'strip';
	readonly band: string;
	/** The band name has an embossed (raised print) edge. */
	readonly bandRaised: boolean;
	/** The line under the band name: the tour, or the venue of a one-off show. */
	readonly tourLine: string | null;
	/** The smaller venue line under the tour name. */
	readonly placeLine: string | null;
	/** A foil band behind the tour line (or a thin foil strip when there is no tour line). */
	readonly foil: 'gold' | 'silver' | null;
	readonly lettering: string;
	readonly letteringPlacement: LetteringPlacement;
	/** The lettering is printed in colour-shift ink (a green–purple–pink gradient). */
	readonly colourShift: boolean;
	readonly date: string | null;
	readonly emblem: { readonly kind: 'badge' | 'year' | 'star'; readonly text: string | null } | null;
	readonly features: readonly FeatureMark[];
	/** A marker signature, and the colour of the marker. */
	readonly signature: 'white' | 'black' | null;
	readonly perforation: boolean;
	readonly holePunch: boolean;
}

/** What the back shows, noted while it is drawn. */
export interface BackFacts {
	readonly shape: ArtShape;
	readonly format: string;
	/** A sticky's peel-off backing, the plain back of a pass, or the inside of a wristband. */
	readonly kind: 'backing' | 'plain' | 'wristband';
	/** Backing: the printer's name as repeated diagonally across it. */
	readonly repeated: string | null;
	/** Backing: "PEEL HERE" marks with arrows either side of the split. */
	readonly peelHere: boolean;
	/** Plain back: the strip across the top, its colour and its text. */
	readonly strip: { readonly colour: string; readonly text: string } | null;
	readonly magneticStripe: boolean;
	/** An "AUTHORISED SIGNATURE" label over a hatched signature panel. */
	readonly signaturePanel: boolean;
	/** A paragraph of conditions of use. */
	readonly smallPrint: boolean;
	/** Write-in lines, e.g. ["NAME", "COMPANY", "AREAS"]. */
	readonly writeOn: readonly string[];
	/** The serial number as printed: "No 01234", or "No ______" with a blank for the number. */
	readonly serial: string | null;
	/** "Printed by …" */
	readonly printedBy: string | null;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The pass-type lettering: the type's name in capitals, without a parenthetical ("Sticky (satin)" → "STICKY"). */
export function typeLettering(passType: string): string {
	const bare = passType.replace(/\s*\([^()]*\)/g, '').replace(/\s+/g, ' ').trim();
	return (bare === '' ? passType.trim() : bare).toUpperCase();
}

// ——— Geometry ———

interface Box {
	readonly x: number;
	readonly y: number;
	readonly w: number;
	readonly h: number;
}

/** Everything is drawn on a pale backdrop, like a catalogue photo, with this margin around the pass. */
const MARGIN = 28;
const LONG_SIDE = 800;
const BACKDROP = '#e8e4dd';
const FONT = 'DejaVu Sans, sans-serif';

export function shapeOf(format: string): ArtShape {
	if (format === 'laminate') return 'laminate';
	if (format === 'card' || format === 'plastic-card') return 'card';
	if (format === 'wristband') return 'wristband';
	return 'sticky'; // satin, cloth and paper stickies, and plain paper passes
}

/** True for passes with a peel-off backing. */
function hasBacking(format: string): boolean {
	return format.endsWith('-sticky');
}

function clamp(value: number, min: number, max: number): number {
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

interface Geometry {
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

function geometryFor(model: ArtModel): Geometry {
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

// ——— SVG helpers ———

/** A number for SVG: one decimal, no "-0". */
function n(value: number): string {
	const rounded = Math.round(value * 10) / 10;
	return String(rounded === 0 ? 0 : rounded);
}

function rect(box: Box, radius: number, attrs: string): string {
	return `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" rx="${n(radius)}" ${attrs}/>`;
}

function inset(box: Box, dx: number, dy = dx): Box {
	return { x: box.x + dx, y: box.y + dy, w: box.w - 2 * dx, h: box.h - 2 * dy };
}

type Anchor = 'start' | 'middle' | 'end';

interface TextStyle {
	readonly face: FontFace;
	readonly fill: string;
	readonly anchor?: Anchor;
	/** Letter spacing in ems. */
	readonly spacing?: number;
	readonly extra?: string;
}

function textEl(content: string, x: number, y: number, size: number, style: TextStyle): string {
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
function textBlock(text: string, box: Box, style: TextStyle, options: BlockOptions = {}): string {
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
class Defs {
	readonly items = new Set<string>();
	add(svg: string): void {
		this.items.add(svg);
	}
	toString(): string {
		return this.items.size > 0 ? `<defs>${[...this.items].join('')}</defs>` : '';
	}
}

function svgDocument(width: number, height: number, defs: Defs, body: string[]): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		`${defs.toString()}${body.join('')}</svg>\n`
	);
}

function backdrop(geometry: Geometry, defs: Defs): string {
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

function illustrationLabel(geometry: Geometry): string {
	return textEl('ILLUSTRATION', geometry.width - 10, geometry.height - 9, 10, {
		face: 'bold',
		fill: '#8d877d',
		anchor: 'end',
		spacing: 0.18,
	});
}

/** The clear plastic of a laminate (or the gloss of a plastic card), drawn over the print. */
function gloss(box: Box, radius: number, defs: Defs, strength: number): string {
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

function lanyardSlot(slot: Box): string {
	const r = slot.h / 2;
	return (
		rect(slot, r, `fill="${BACKDROP}" stroke="#000000" stroke-opacity="0.28" stroke-width="1.5"`) +
		rect(inset(slot, 2), r - 2, 'fill="none" stroke="#ffffff" stroke-opacity="0.5" stroke-width="1"')
	);
}

function laminatePouch(geometry: Geometry): string {
	return rect(
		geometry.body,
		geometry.bodyRadius,
		'fill="#f7f9fb" fill-opacity="0.55" stroke="#5a6470" stroke-opacity="0.28" stroke-width="1.5"',
	);
}

// ——— Background patterns ———

/** The background pattern, and what it looks like in words (it is a shade of the background colour, so faint). */
function drawPattern(name: PatternName, area: Box, pal: Palette, random: Random, defs: Defs): { svg: string; words: string } {
	const cover = `x="${n(area.x)}" y="${n(area.y)}" width="${n(area.w)}" height="${n(area.h)}"`;
	const diagonal = Math.hypot(area.w, area.h);
	switch (name) {
		case 'stripes': {
			const size = between(random, 26, 46);
			const angle = pick(random, [35, 45, 60, -45, -30, 90]);
			defs.add(
				`<pattern id="pat" patternUnits="userSpaceOnUse" width="${n(size)}" height="${n(size)}" patternTransform="rotate(${angle})">` +
					`<rect width="${n(size * 0.5)}" height="${n(size)}" fill="${pal.pat}"/>` +
					`<rect x="${n(size * 0.72)}" width="${n(size * 0.06)}" height="${n(size)}" fill="${pal.pat2}" fill-opacity="0.18"/></pattern>`,
			);
			return { svg: `<rect ${cover} fill="url(#pat)"/>`, words: angle === 90 ? 'faint horizontal stripes' : 'faint diagonal stripes' };
		}
		case 'starburst': {
			const cx = area.x + area.w * between(random, 0.15, 0.85);
			const cy = area.y + area.h * pick(random, [0.35, 0.5, 0.65, 1]);
			const rays = 2 * Math.round(between(random, 9, 16));
			const turn = random();
			const paths: string[] = [];
			for (let i = 0; i < rays; i += 2) {
				const a1 = ((i + turn) / rays) * 2 * Math.PI;
				const a2 = ((i + 1 + turn) / rays) * 2 * Math.PI;
				paths.push(
					`M${n(cx)} ${n(cy)}L${n(cx + diagonal * Math.cos(a1))} ${n(cy + diagonal * Math.sin(a1))}` +
						`L${n(cx + diagonal * Math.cos(a2))} ${n(cy + diagonal * Math.sin(a2))}Z`,
				);
			}
			return {
				svg:
					`<path d="${paths.join('')}" fill="${pal.pat}"/>` +
					`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(diagonal * 0.09)}" fill="${pal.pat2}" fill-opacity="0.14"/>`,
				words: 'a faint starburst of rays',
			};
		}
		case 'checks': {
			const size = between(random, 34, 60);
			const angle = random() < 0.5 ? 0 : 45;
			const half = n(size / 2);
			defs.add(
				`<pattern id="pat" patternUnits="userSpaceOnUse" width="${n(size)}" height="${n(size)}" patternTransform="rotate(${angle})">` +
					`<rect width="${half}" height="${half}" fill="${pal.pat}"/><rect x="${half}" y="${half}" width="${half}" height="${half}" fill="${pal.pat}"/></pattern>`,
			);
			return { svg: `<rect ${cover} fill="url(#pat)"/>`, words: angle === 0 ? 'a faint checkerboard' : 'a faint diamond checkerboard' };
		}
		case 'waves': {
			const amplitude = between(random, 7, 15);
			const wave = between(random, 70, 120);
			const gap = between(random, 26, 40);
			const rows: string[] = [];
			for (let y = area.y - gap; y < area.y + area.h + gap; y += gap) {
				let d = `M${n(area.x - wave)} ${n(y)}q${n(wave / 4)} ${n(-amplitude * 2)} ${n(wave / 2)} 0`;
				for (let x = area.x - wave / 2; x < area.x + area.w + wave; x += wave / 2) d += `t${n(wave / 2)} 0`;
				rows.push(d);
			}
			return { svg: `<path d="${rows.join('')}" fill="none" stroke="${pal.pat}" stroke-width="${n(gap * 0.42)}"/>`, words: 'faint wavy lines' };
		}
		case 'dots': {
			const size = between(random, 22, 36);
			const r = n(size * 0.2);
			defs.add(
				`<pattern id="pat" patternUnits="userSpaceOnUse" width="${n(size)}" height="${n(size)}">` +
					`<circle cx="${n(size / 4)}" cy="${n(size / 4)}" r="${r}" fill="${pal.pat}"/>` +
					`<circle cx="${n((size * 3) / 4)}" cy="${n((size * 3) / 4)}" r="${r}" fill="${pal.pat}"/></pattern>`,
			);
			return { svg: `<rect ${cover} fill="url(#pat)"/>`, words: 'faint polka dots' };
		}
		case 'halftone': {
			const step = between(random, 15, 20);
			const angle = random() * 2 * Math.PI;
			const ux = Math.cos(angle);
			const uy = Math.sin(angle);
			const circles: string[] = [];
			const cx = area.x + area.w / 2;
			const cy = area.y + area.h / 2;
			for (let y = area.y + step / 2; y < area.y + area.h + step; y += step) {
				for (let x = area.x + step / 2; x < area.x + area.w + step; x += step) {
					const t = 0.5 + ((x - cx) * ux + (y - cy) * uy) / diagonal;
					const r = step * 0.5 * clamp(t * 1.2 - 0.1, 0, 1);
					if (r > 0.6) circles.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}"/>`);
				}
			}
			return { svg: `<g fill="${pal.pat}">${circles.join('')}</g>`, words: 'faint halftone dots' };
		}
		case 'rings': {
			const cx = area.x + area.w * pick(random, [0, 0.5, 1]);
			const cy = area.y + area.h * pick(random, [0.3, 0.6, 1]);
			const gap = between(random, 22, 36);
			const circles: string[] = [];
			for (let r = gap; r < diagonal * 1.1; r += gap) circles.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}"/>`);
			return { svg: `<g fill="none" stroke="${pal.pat}" stroke-width="${n(gap * 0.45)}">${circles.join('')}</g>`, words: 'faint concentric rings' };
		}
		case 'chevrons': {
			const wave = between(random, 40, 70);
			const gap = between(random, 28, 44);
			const amplitude = wave * 0.35;
			const rows: string[] = [];
			for (let y = area.y - gap; y < area.y + area.h + gap; y += gap) {
				let d = `M${n(area.x - wave)} ${n(y)}`;
				for (let i = 0; area.x - wave + i * (wave / 2) < area.x + area.w + wave; i++) {
					d += `l${n(wave / 2)} ${n(i % 2 === 0 ? -amplitude : amplitude)}`;
				}
				rows.push(d);
			}
			return {
				svg: `<path d="${rows.join('')}" fill="none" stroke="${pal.pat}" stroke-width="${n(gap * 0.38)}" stroke-linejoin="miter"/>`,
				words: 'faint zigzag lines',
			};
		}
		case 'tartan': {
			const size = between(random, 90, 130);
			const band = size * 0.28;
			const line = size * 0.04;
			defs.add(
				`<pattern id="pat" patternUnits="userSpaceOnUse" width="${n(size)}" height="${n(size)}">` +
					`<rect width="${n(size)}" height="${n(band)}" fill="${pal.pat}"/>` +
					`<rect width="${n(band)}" height="${n(size)}" fill="${pal.pat}" fill-opacity="0.8"/>` +
					`<rect y="${n(size * 0.62)}" width="${n(size)}" height="${n(line)}" fill="${pal.pat2}" fill-opacity="0.2"/>` +
					`<rect x="${n(size * 0.62)}" width="${n(line)}" height="${n(size)}" fill="${pal.pat2}" fill-opacity="0.2"/></pattern>`,
			);
			return { svg: `<rect ${cover} fill="url(#pat)"/>`, words: 'a faint plaid' };
		}
	}
}

// ——— Security features ———

function hologram(box: Box, shape: 'oval' | 'square', defs: Defs): string {
	defs.add(
		'<linearGradient id="holo" x1="0" y1="0" x2="1" y2="1">' +
			'<stop offset="0" stop-color="#ff9bd2"/><stop offset="0.2" stop-color="#ffe785"/>' +
			'<stop offset="0.4" stop-color="#9dffb0"/><stop offset="0.6" stop-color="#7fd8ff"/>' +
			'<stop offset="0.8" stop-color="#c6a0ff"/><stop offset="1" stop-color="#ff9bd2"/></linearGradient>' +
			'<linearGradient id="holo2" x1="1" y1="0" x2="0" y2="0.7">' +
			'<stop offset="0" stop-color="#7fd8ff" stop-opacity="0.7"/><stop offset="0.5" stop-color="#ffffff" stop-opacity="0"/>' +
			'<stop offset="1" stop-color="#ffb3e0" stop-opacity="0.7"/></linearGradient>' +
			'<radialGradient id="holo-shine" cx="35%" cy="30%" r="60%">' +
			'<stop offset="0" stop-color="#ffffff" stop-opacity="0.85"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>',
	);
	const cx = box.x + box.w / 2;
	const cy = box.y + box.h / 2;
	const outline =
		shape === 'oval'
			? `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(box.w / 2)}" ry="${n(box.h / 2)}"`
			: `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" rx="${n(box.h * 0.08)}"`;
	defs.add(`<clipPath id="holo-clip">${outline}/></clipPath>`);
	const rings: string[] = [];
	for (let r = 3; r < Math.max(box.w, box.h); r += 4) rings.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${r}"/>`);
	const star = starPath(cx, cy, Math.min(box.w, box.h) * 0.3, Math.min(box.w, box.h) * 0.13, 5, -Math.PI / 2);
	return (
		`<g class="hologram">` +
		`${outline} fill="url(#holo)"/>` +
		`<g clip-path="url(#holo-clip)"><rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" fill="url(#holo2)"/>` +
		`<g fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="1">${rings.join('')}</g>` +
		`<path d="${star}" fill="#ffffff" fill-opacity="0.5" stroke="#8f8aa8" stroke-opacity="0.5"/>` +
		`<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" fill="url(#holo-shine)"/></g>` +
		`${outline} fill="none" stroke="#c9ccd3" stroke-width="2"/>` +
		`</g>`
	);
}

function starPath(cx: number, cy: number, outer: number, inner: number, points: number, start: number): string {
	let d = '';
	for (let i = 0; i < points * 2; i++) {
		const r = i % 2 === 0 ? outer : inner;
		const a = start + (i * Math.PI) / points;
		d += `${i === 0 ? 'M' : 'L'}${n(cx + r * Math.cos(a))} ${n(cy + r * Math.sin(a))}`;
	}
	return `${d}Z`;
}

function foilGradient(kind: 'gold' | 'silver', defs: Defs): void {
	const stops =
		kind === 'gold'
			? ['#7a5a14', '#e9cf7a', '#fff6c8', '#b88a2c', '#f3de92', '#8c6a1e']
			: ['#80878e', '#e3e7eb', '#ffffff', '#a3aab1', '#eef1f4', '#767d84'];
	defs.add(
		'<linearGradient id="foil" x1="0" y1="0" x2="1" y2="0.35">' +
			stops.map((c, i) => `<stop offset="${n(i / (stops.length - 1))}" stop-color="${c}"/>`).join('') +
			'</linearGradient>',
	);
}

function foilBand(box: Box, kind: 'gold' | 'silver', defs: Defs): string {
	foilGradient(kind, defs);
	const edge = kind === 'gold' ? '#6b4e10' : '#6d747b';
	return (
		`<g class="foil">${rect(box, 0, 'fill="url(#foil)"')}` +
		`<path d="M${n(box.x)} ${n(box.y + 1)}h${n(box.w)}M${n(box.x)} ${n(box.y + box.h - 1)}h${n(box.w)}" stroke="${edge}" stroke-opacity="0.6" stroke-width="2"/></g>`
	);
}

function barcode(box: Box, slug: string): string {
	const random = randomFor(slug, 'barcode');
	const pad = box.h * 0.1;
	const bars: string[] = [];
	const units: number[] = [1, 1, 1]; // start guard
	while (units.reduce((a, b) => a + b, 0) < 90) units.push(1 + Math.floor(random() * 3));
	units.push(1, 1, 1);
	if (units.length % 2 === 0) units.push(1);
	const total = units.reduce((a, b) => a + b, 0);
	const unit = (box.w - 2 * pad) / total;
	const barHeight = box.h * 0.68;
	let x = box.x + pad;
	units.forEach((u, i) => {
		if (i % 2 === 0) bars.push(`M${n(x + (u * unit) / 2)} ${n(box.y + pad)}v${n(barHeight - pad)}`);
		x += u * unit;
	});
	// Bars are strokes so each keeps its own width: group them by width.
	const byWidth = new Map<string, string[]>();
	units.forEach((u, i) => {
		if (i % 2 !== 0) return;
		const key = n(u * unit);
		const list = byWidth.get(key) ?? [];
		list.push(bars[i / 2] ?? '');
		byWidth.set(key, list);
	});
	const paths = [...byWidth.entries()]
		.map(([width, ds]) => `<path d="${ds.join('')}" stroke="#111111" stroke-width="${width}"/>`)
		.join('');
	const digits = barcodeDigitsFor(slug);
	return (
		`<g class="barcode">${rect(box, 3, 'fill="#ffffff"')}${paths}` +
		textEl(digits, box.x + box.w / 2, box.y + box.h - pad * 0.9, box.h * 0.15, {
			face: 'regular',
			fill: '#111111',
			anchor: 'middle',
			spacing: 0.12,
		}) +
		'</g>'
	);
}

/** Font size of the serial number as a share of its label's height. */
const SERIAL_FONT = 0.52;

function serialLabel(box: Box, slug: string): string {
	return (
		`<g class="serial">${rect(box, 3, 'fill="#ffffff" stroke="#000000" stroke-opacity="0.25"')}` +
		textEl(serialFor(slug), box.x + box.w / 2, box.y + box.h / 2 + box.h * SERIAL_FONT * 0.36, box.h * SERIAL_FONT, {
			face: 'bold',
			fill: '#c1121f',
			anchor: 'middle',
			spacing: 0.04,
		}) +
		'</g>'
	);
}

function photoId(box: Box): string {
	const cx = box.x + box.w / 2;
	return (
		`<g class="photo-id">${rect(box, 2, 'fill="#dfe3e6" stroke="#ffffff" stroke-width="3"')}` +
		`<circle cx="${n(cx)}" cy="${n(box.y + box.h * 0.4)}" r="${n(box.w * 0.22)}" fill="#9aa4ad"/>` +
		`<path d="M${n(box.x + box.w * 0.12)} ${n(box.y + box.h)}q0 ${n(-box.h * 0.3)} ${n(box.w * 0.38)} ${n(-box.h * 0.3)}` +
		`q${n(box.w * 0.38)} 0 ${n(box.w * 0.38)} ${n(box.h * 0.3)}Z" fill="#9aa4ad"/></g>`
	);
}

function rfidChip(box: Box, defs: Defs): string {
	foilGradient('gold', defs);
	const chip = inset(box, box.w * 0.12, box.h * 0.2);
	const lines: string[] = [];
	for (let i = 1; i < 3; i++) lines.push(`M${n(chip.x)} ${n(chip.y + (chip.h * i) / 3)}h${n(chip.w)}`);
	lines.push(`M${n(chip.x + chip.w / 2)} ${n(chip.y)}v${n(chip.h)}`);
	return (
		`<g class="rfid">${rect(chip, chip.h * 0.18, 'fill="url(#foil)" stroke="#6b4e10" stroke-opacity="0.6"')}` +
		`<path d="${lines.join('')}" stroke="#6b4e10" stroke-opacity="0.6" stroke-width="1.2"/></g>`
	);
}

/** A made-up autograph in marker: a tall capital, a run of small letters, an underline flourish. */
function signature(box: Box, slug: string, pal: Palette): string {
	const random = randomFor(slug, 'signature');
	const { w, h } = box;
	const x0 = box.x + w * between(random, 0.08, 0.2);
	const base = box.y + h * 0.62;
	const cap = h * between(random, 0.45, 0.62);
	let d = `M${n(x0)} ${n(base)}c${n(w * 0.02)} ${n(-cap * 0.6)} ${n(w * 0.1)} ${n(-cap * 1.1)} ${n(w * 0.07)} ${n(-cap)}`;
	d += `s${n(-w * 0.1)} ${n(cap * 0.75)} ${n(-w * 0.02)} ${n(cap * 0.95)}`;
	d += `c${n(w * 0.02)} ${n(h * 0.03)} ${n(w * 0.04)} ${n(-h * 0.15)} ${n(w * 0.06)} ${n(-h * 0.1)}`;
	const letters = 5 + Math.floor(random() * 5);
	const step = (w * between(random, 0.45, 0.6)) / letters;
	for (let i = 0; i < letters; i++) {
		const roll = random();
		if (roll < 0.18) {
			// an ascender loop, like an l or a b
			const tall = h * between(random, 0.35, 0.5);
			d += `c${n(step * 0.6)} ${n(-tall * 0.5)} ${n(step * 0.5)} ${n(-tall * 1.2)} ${n(step * 0.1)} ${n(-tall)}`;
			d += `s${n(step * 0.1)} ${n(tall * 0.9)} ${n(step * 0.6)} ${n(tall * 1.05)}`;
		} else if (roll < 0.3) {
			// a descender, like a g or a y
			const deep = h * between(random, 0.2, 0.3);
			d += `c${n(step * 0.5)} ${n(deep * 0.4)} ${n(step * 0.1)} ${n(deep * 1.4)} ${n(step * 0.3)} ${n(deep)}`;
			d += `s${n(step * 0.6)} ${n(-deep * 1.3)} ${n(step * 0.5)} ${n(-deep * 1.1)}`;
		} else {
			const hump = h * between(random, 0.1, 0.24);
			d += `q${n(step * 0.5)} ${n(-hump * 2)} ${n(step)} ${n(between(random, -0.04, 0.04) * h)}`;
		}
	}
	// The flourish: out to the right, then back under the name.
	d += `c${n(w * 0.08)} ${n(h * 0.02)} ${n(w * 0.06)} ${n(h * 0.28)} ${n(-w * 0.08)} ${n(h * 0.25)}`;
	d += `s${n(-w * 0.45)} ${n(-h * 0.02)} ${n(-w * 0.55)} ${n(h * 0.06)}`;
	const ink = pal.dark ? '#f0f0f0' : '#1b1b1b';
	return `<path class="signature" d="${d}" fill="none" stroke="${ink}" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round" stroke-opacity="0.9"/>`;
}

interface FooterItem {
	readonly aspect: number;
	readonly draw: (box: Box) => string;
	readonly mark: FeatureMark;
}

/** The small features that sit in a row at the bottom of the pass. */
function footerItems(model: ArtModel, design: Design, defs: Defs): FooterItem[] {
	const has = (f: string) => model.features.includes(f);
	const items: FooterItem[] = [];
	if (has('photo-id')) items.push({ aspect: 0.78, draw: (b) => photoId(b), mark: { kind: 'photo-id' } });
	if (has('rfid')) items.push({ aspect: 1.2, draw: (b) => rfidChip(b, defs), mark: { kind: 'rfid' } });
	if (has('hologram')) {
		items.push({
			aspect: design.hologram === 'oval' ? 1.45 : 1,
			draw: (b) => hologram(b, design.hologram, defs),
			mark: { kind: 'hologram', shape: design.hologram },
		});
	}
	if (has('barcode')) {
		items.push({ aspect: 2.2, draw: (b) => barcode(b, model.slug), mark: { kind: 'barcode', digits: barcodeDigitsFor(model.slug) } });
	}
	if (has('serial-number')) {
		// The label is half as tall as the row, with the number in it and a little room either side.
		const aspect = 0.5 * (textWidth(serialFor(model.slug), SERIAL_FONT, 'bold', 0.04 * SERIAL_FONT) + 0.6);
		items.push({
			aspect,
			draw: (b) => serialLabel({ ...b, y: b.y + b.h * 0.25, h: b.h * 0.5 }, model.slug),
			mark: { kind: 'serial', text: serialFor(model.slug) },
		});
	}
	return items;
}

// ——— Front ———

interface FrontContext {
	readonly model: ArtModel;
	readonly design: Design;
	readonly pal: Palette;
	readonly defs: Defs;
	readonly area: Box;
	readonly portrait: boolean;
	readonly pad: number;
	/** What has been drawn so far. */
	readonly notes: Mutable<FrontFacts> & { features: FeatureMark[] };
}

function typeText(model: ArtModel): string {
	return typeLettering(model.passType);
}

function typeStyle(ctx: FrontContext, fill: string, anchor: Anchor = 'middle'): TextStyle {
	if (ctx.model.features.includes('colour-shift-ink')) {
		ctx.defs.add(
			'<linearGradient id="shift" x1="0" y1="0" x2="1" y2="1">' +
				'<stop offset="0" stop-color="#13a67d"/><stop offset="0.5" stop-color="#5b3fc4"/><stop offset="1" stop-color="#d63b7c"/></linearGradient>',
		);
		ctx.notes.colourShift = true;
		return { face: 'condensed', fill: 'url(#shift)', anchor, spacing: 0.03 };
	}
	return { face: 'condensed', fill, anchor, spacing: 0.03 };
}

/** The band name, as large as fits. */
function bandLine(ctx: FrontContext, box: Box, anchor: Anchor, fill: string, maxLines: number): string {
	ctx.notes.band = ctx.model.band.toUpperCase();
	ctx.notes.bandRaised = ctx.model.features.includes('raised-print');
	return textBlock(ctx.model.band.toUpperCase(), box, { face: 'bold', fill, anchor, spacing: 0.01 }, {
		maxLines,
		lineHeight: 1.02,
		emboss: ctx.model.features.includes('raised-print'),
	});
}

/** Height of the venue line under the tour line, as a share of the tour line's. */
const PLACE_LINE = 0.62;

/** Bottom of the tour line, and of the venue line under it when there is one. */
function tourLinesBottom(ctx: FrontContext, tour: Box): number {
	return ctx.model.tour !== null && ctx.model.place !== null ? tour.y + tour.h * (1.3 + PLACE_LINE) : tour.y + tour.h;
}

/**
 * The tour name (or the venue of a one-off show), on a foil band when the pass has foil,
 * and the venue under the tour name when both are known.
 */
function tourLine(ctx: FrontContext, tour: Box, anchor: Anchor): string {
	const { model, pal, design, defs } = ctx;
	const out: string[] = [];
	if (model.tour !== null && model.place !== null) {
		const placeBox = { ...tour, y: tour.y + tour.h * 1.3, h: tour.h * PLACE_LINE };
		ctx.notes.placeLine = model.place.toUpperCase();
		out.push(textBlock(model.place.toUpperCase(), placeBox, { face: 'bold', fill: pal.ink, anchor, spacing: 0.05 }, { maxLines: 1 }));
	}
	const text = model.tour ?? model.place ?? '';
	const band = { x: tour.x - ctx.pad, w: tour.w + 2 * ctx.pad };
	if (model.features.includes('foil')) ctx.notes.foil = design.foil;
	if (text !== '') {
		let fill = pal.ink;
		if (model.features.includes('foil')) {
			out.push(foilBand({ ...band, y: tour.y - tour.h * 0.22, h: tour.h * 1.44 }, design.foil, defs));
			fill = '#241c0a';
		}
		ctx.notes.tourLine = text.toUpperCase();
		out.push(textBlock(text.toUpperCase(), tour, { face: 'bold', fill, anchor, spacing: 0.06 }, { maxLines: 2, lineHeight: 1.15 }));
	} else if (model.features.includes('foil')) {
		out.push(foilBand({ ...band, y: tour.y + tour.h * 0.3, h: tour.h * 0.4 }, design.foil, defs));
	}
	return out.join('');
}

/** The features in a row, right-aligned in `box` and using at most `room` px of its width. */
function featureRow(items: readonly FooterItem[], box: Box, room: number): { svg: string; left: number } {
	const gap = box.h * 0.12;
	const gaps = gap * Math.max(0, items.length - 1);
	const aspects = items.reduce((sum, item) => sum + item.aspect, 0);
	const itemHeight = Math.min(box.h, (room - gaps) / Math.max(aspects, 0.01));
	const out: string[] = [];
	let x = box.x + box.w;
	for (const item of [...items].reverse()) {
		const w = item.aspect * itemHeight;
		x -= w;
		out.push(item.draw({ x, y: box.y + (box.h - itemHeight) / 2, w, h: itemHeight }));
		x -= gap;
	}
	return { svg: out.join(''), left: x };
}

/** The bottom of the pass: the date on the left, the row of features on the right. */
function footer(ctx: FrontContext, box: Box): string {
	const { model, pal, defs, design } = ctx;
	const items = footerItems(model, design, defs);
	const row = featureRow(items, box, box.w * (model.date !== null ? 0.6 : 1));
	ctx.notes.features = items.map((item) => item.mark);
	const out: string[] = [row.svg];
	const textWidthAvailable = items.length > 0 ? row.left - box.x : box.w;
	const anchor: Anchor = items.length === 0 && design.centred ? 'middle' : 'start';
	const textBox = { x: box.x, y: box.y, w: textWidthAvailable, h: box.h };
	if (model.date !== null) {
		ctx.notes.date = model.date;
		out.push(
			textBlock(model.date, inset(textBox, 0, box.h * 0.15), { face: 'bold', fill: pal.ink, anchor }, {
				maxLines: 2,
				maxSize: box.h * 0.55,
				linePenalty: 1.5,
			}),
		);
	}
	return out.join('');
}

function emblem(ctx: FrontContext, box: Box): string {
	const { design, pal, model } = ctx;
	if (box.h < ctx.area.h * 0.13 || box.w < ctx.area.w * 0.2 || model.features.includes('signature')) return '';
	const yy = model.year !== null ? `’${String(model.year % 100).padStart(2, '0')}` : '★';
	switch (design.emblem) {
		case 'badge': {
			ctx.notes.emblem = { kind: 'badge', text: model.year !== null ? yy : null };
			const r = Math.min(box.w, box.h) * 0.46;
			const cx = design.centred ? box.x + box.w / 2 : box.x + box.w - r * 1.05;
			const cy = box.y + box.h / 2;
			const star = starPath(cx, cy, r, r * 0.86, 18, 0);
			return (
				`<path d="${star}" fill="${pal.accent}" stroke="${pal.ink}" stroke-opacity="0.25" stroke-width="2"/>` +
				`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 0.74)}" fill="none" stroke="${pal.accentInk}" stroke-width="2" stroke-dasharray="4 4"/>` +
				textBlock(yy, { x: cx - r * 0.6, y: cy - r * 0.45, w: r * 1.2, h: r * 0.9 }, { face: 'bold', fill: pal.accentInk, anchor: 'middle' }, {
					maxLines: 1,
				})
			);
		}
		case 'year':
			if (model.year === null) return '';
			ctx.notes.emblem = { kind: 'year', text: String(model.year) };
			return textBlock(String(model.year), inset(box, box.w * 0.04, box.h * 0.08), {
				face: 'bold',
				fill: 'none',
				anchor: 'middle',
				spacing: 0.02,
				extra: `stroke="${pal.ink}" stroke-width="2.5" stroke-opacity="0.55"`,
			}, { maxLines: 1 });
		case 'star': {
			ctx.notes.emblem = { kind: 'star', text: null };
			const r = Math.min(box.w, box.h) * 0.48;
			return `<path d="${starPath(box.x + box.w / 2, box.y + box.h / 2, r, r * 0.42, 5, -Math.PI / 2)}" fill="${pal.ink}" fill-opacity="0.2"/>`;
		}
		case 'none':
			return '';
	}
}

function layoutHeader(ctx: FrontContext): { svg: string; free: Box } {
	const { area, pad, pal, portrait, design } = ctx;
	const inner = inset(area, pad);
	const anchor: Anchor = design.centred ? 'middle' : 'start';
	const band = { ...inner, y: area.y + pad, h: area.h * (portrait ? 0.2 : 0.21) };
	const tour = { ...inner, y: band.y + band.h + area.h * 0.035, h: area.h * 0.065 };
	const bannerY = area.y + area.h * (portrait ? 0.56 : 0.52);
	const banner = { x: area.x, y: bannerY, w: area.w, h: area.h * (portrait ? 0.19 : 0.22) };
	const foot = { x: inner.x, y: banner.y + banner.h + area.h * 0.035, w: inner.w, h: 0 };
	const footBox = { ...foot, h: area.y + area.h - pad - foot.y };
	const freeTop = tourLinesBottom(ctx, tour) + area.h * 0.04;
	const free = { x: inner.x, y: freeTop, w: inner.w, h: banner.y - area.h * 0.02 - freeTop };
	const svg = [
		bandLine(ctx, band, anchor, pal.ink, 3),
		tourLine(ctx, tour, anchor),
		emblem(ctx, free),
		rect(banner, 0, `fill="${pal.accent}"`),
		`<path d="M${n(area.x)} ${n(banner.y - 5)}h${n(area.w)}M${n(area.x)} ${n(banner.y + banner.h + 5)}h${n(area.w)}" stroke="${pal.accent}" stroke-width="2"/>`,
		textBlock(typeText(ctx.model), inset(banner, pad, banner.h * 0.12), typeStyle(ctx, pal.accentInk), { maxLines: 2, lineHeight: 0.95 }),
		footer(ctx, footBox),
	].join('');
	return { svg, free };
}

function layoutStripe(ctx: FrontContext): { svg: string; free: Box } {
	const { area, pad, pal, portrait, design } = ctx;
	const sw = area.w * (portrait ? 0.2 : 0.16);
	const stripe = { x: design.flip ? area.x + area.w - sw : area.x, y: area.y, w: sw, h: area.h };
	const content = { x: design.flip ? area.x : area.x + sw, y: area.y, w: area.w - sw, h: area.h };
	const inner = inset(content, pad);
	const band = { ...inner, y: area.y + pad, h: area.h * (portrait ? 0.22 : 0.24) };
	const tour = { ...inner, y: band.y + band.h + area.h * 0.035, h: area.h * 0.065 };
	const footH = area.h * (portrait ? 0.15 : 0.19);
	const footBox = { ...inner, y: area.y + area.h - pad - footH, h: footH };
	const freeTop = tourLinesBottom(ctx, tour) + area.h * 0.04;
	const free = { ...inner, y: freeTop, h: footBox.y - area.h * 0.03 - freeTop };
	const length = area.h - 2 * pad;
	const thickness = sw * 0.74;
	const cx = stripe.x + sw / 2;
	const cy = area.y + area.h / 2;
	const rotate = design.flip ? 90 : -90;
	const typeSvg = textBlock(
		typeText(ctx.model),
		{ x: -length / 2, y: -thickness / 2, w: length, h: thickness },
		typeStyle(ctx, pal.accentInk),
		{ maxLines: 2, lineHeight: 0.95 },
	);
	const edgeX = design.flip ? stripe.x - 6 : stripe.x + sw + 6;
	const svg = [
		rect(stripe, 0, `fill="${pal.accent}"`),
		`<path d="M${n(edgeX)} ${n(area.y)}v${n(area.h)}" stroke="${pal.accent}" stroke-width="3"/>`,
		`<g transform="translate(${n(cx)} ${n(cy)}) rotate(${rotate})">${typeSvg}</g>`,
		bandLine(ctx, band, 'start', pal.ink, 3),
		tourLine(ctx, tour, 'start'),
		emblem(ctx, free),
		footer(ctx, footBox),
	].join('');
	return { svg, free };
}

function layoutBigType(ctx: FrontContext): { svg: string; free: Box } {
	const { area, pad, pal, portrait, design } = ctx;
	const inner = inset(area, pad);
	const anchor: Anchor = design.centred ? 'middle' : 'start';
	const top = { x: area.x, y: area.y, w: area.w, h: area.h * (portrait ? 0.18 : 0.2) };
	const bandBox = inset({ ...inner, y: top.y, h: top.h }, 0, top.h * 0.16);
	const placeRoom = ctx.model.tour !== null && ctx.model.place !== null ? area.h * 0.05 : 0;
	const typeBox = { ...inner, y: top.y + top.h + area.h * 0.04, h: area.h * (portrait ? 0.34 : 0.3) - placeRoom };
	const tour = { ...inner, y: typeBox.y + typeBox.h + area.h * 0.05, h: area.h * 0.065 };
	const footTop = tourLinesBottom(ctx, tour) + area.h * 0.05;
	const footBox = { ...inner, y: footTop, h: area.y + area.h - pad - footTop };
	const shadowOffset = Math.max(2, area.h * 0.006);
	const typeStr = typeText(ctx.model);
	const style = typeStyle(ctx, pal.accent, anchor);
	const svg = [
		rect(top, 0, `fill="${pal.ink}"`),
		bandLine(ctx, bandBox, anchor, pal.bg, 2),
		pal.accent !== pal.ink
			? textBlock(typeStr, { ...typeBox, x: typeBox.x + shadowOffset, y: typeBox.y + shadowOffset }, { ...style, fill: pal.ink, extra: 'fill-opacity="0.35"' }, { maxLines: 3, lineHeight: 0.92 })
			: '',
		textBlock(typeStr, typeBox, style, { maxLines: 3, lineHeight: 0.92 }),
		tourLine(ctx, tour, anchor),
		footer(ctx, footBox),
	].join('');
	return { svg, free: typeBox };
}

/** Extra marks drawn over the finished print: hole punch, perforation, signature. */
function overlays(ctx: FrontContext, free: Box): string {
	const { model, area, pal } = ctx;
	const out: string[] = [];
	ctx.notes.signature = model.features.includes('signature') ? (pal.dark ? 'white' : 'black') : null;
	ctx.notes.perforation = model.features.includes('perforation');
	ctx.notes.holePunch = model.features.includes('hole-punch');
	if (model.features.includes('signature')) out.push(signature(free, model.slug, pal));
	if (model.features.includes('perforation')) {
		const y = area.y + ctx.pad * 0.5;
		out.push(
			`<path class="perforation" d="M${n(area.x)} ${n(y)}h${n(area.w)}" stroke="${BACKDROP}" stroke-width="3.2" stroke-dasharray="3.2 5" stroke-linecap="round"/>`,
		);
	}
	if (model.features.includes('hole-punch')) {
		const r = Math.min(area.w, area.h) * 0.028;
		const cx = area.x + area.w - r * 2.6;
		const cy = area.y + r * 2.6;
		out.push(
			`<circle class="hole-punch" cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${BACKDROP}" stroke="#000000" stroke-opacity="0.3" stroke-width="1.5"/>`,
		);
	}
	return out.join('');
}

/** Surface of the material: satin sheen, cloth weave, plastic gloss. */
function material(model: ArtModel, geometry: Geometry, defs: Defs): string {
	const { body, bodyRadius } = geometry;
	switch (model.format) {
		case 'satin-sticky':
			defs.add(
				'<linearGradient id="satin" x1="0" y1="0" x2="1" y2="0.6">' +
					'<stop offset="0" stop-color="#ffffff" stop-opacity="0"/><stop offset="0.42" stop-color="#ffffff" stop-opacity="0.2"/>' +
					'<stop offset="0.55" stop-color="#ffffff" stop-opacity="0.02"/><stop offset="0.7" stop-color="#000000" stop-opacity="0.06"/>' +
					'<stop offset="1" stop-color="#ffffff" stop-opacity="0.12"/></linearGradient>' +
					'<pattern id="weave" patternUnits="userSpaceOnUse" width="3" height="3"><rect width="3" height="1" fill="#ffffff" fill-opacity="0.07"/></pattern>',
			);
			return rect(body, bodyRadius, 'fill="url(#weave)"') + rect(body, bodyRadius, 'fill="url(#satin)"');
		case 'cloth-sticky':
			defs.add(
				'<pattern id="weave" patternUnits="userSpaceOnUse" width="4" height="4">' +
					'<rect width="4" height="1.2" fill="#ffffff" fill-opacity="0.1"/><rect width="1.2" height="4" fill="#000000" fill-opacity="0.08"/></pattern>',
			);
			return (
				rect(body, bodyRadius, 'fill="url(#weave)"') +
				rect(inset(body, 1), bodyRadius, 'fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="2" stroke-dasharray="1 3"')
			);
		case 'plastic-card':
			return gloss(body, bodyRadius, defs, 0.3);
		case 'laminate':
			return gloss(body, bodyRadius, defs, 0.34);
		default:
			return '';
	}
}

export function renderFrontSvg(model: ArtModel): string {
	return drawFront(model).svg;
}

/** What the front of the artwork shows; see describeFront() for it in words. */
export function frontFacts(model: ArtModel): FrontFacts {
	return drawFront(model).facts;
}

function drawFront(model: ArtModel): { svg: string; facts: FrontFacts } {
	const design = designFor(model.slug);
	const pal = paletteOf(design);
	const geometry = geometryFor(model);
	const defs = new Defs();
	const area = geometry.print;
	const portrait = area.h > area.w * 1.05;
	const layoutName = geometry.shape === 'wristband' ? 'strip' : design.layout;
	const notes: FrontContext['notes'] = {
		shape: geometry.shape,
		format: model.format,
		scheme: pal.label,
		colours: pal.words,
		pattern: '',
		layout: layoutName,
		band: '',
		bandRaised: false,
		tourLine: null,
		placeLine: null,
		foil: null,
		lettering: typeText(model),
		letteringPlacement:
			layoutName === 'strip' ? 'end-panel' : layoutName === 'header' ? 'banner' : layoutName === 'bigtype' ? 'large' : design.flip ? 'stripe-right' : 'stripe-left',
		colourShift: false,
		date: null,
		emblem: null,
		features: [],
		signature: null,
		perforation: false,
		holePunch: false,
	};
	const ctx: FrontContext = { model, design, pal, defs, area, portrait, pad: Math.min(area.w, area.h) * 0.06, notes };
	defs.add(`<clipPath id="print">${rect(area, geometry.printRadius, '')}</clipPath>`);

	const out: string[] = [backdrop(geometry, defs)];
	if (geometry.shape === 'laminate') out.push(laminatePouch(geometry));
	if (geometry.shape === 'wristband') out.push(wristbandTab(geometry));

	const layout =
		geometry.shape === 'wristband'
			? layoutStrip(ctx)
			: design.layout === 'header'
				? layoutHeader(ctx)
				: design.layout === 'stripe'
					? layoutStripe(ctx)
					: layoutBigType(ctx);
	const pattern = drawPattern(design.pattern, area, pal, randomFor(model.slug, 'pattern'), defs);
	notes.pattern = pattern.words;
	out.push(
		'<g clip-path="url(#print)">',
		rect(area, 0, `fill="${pal.bg}"`),
		pattern.svg,
		layout.svg,
		overlays(ctx, layout.free),
		'</g>',
	);
	out.push(material(model, geometry, defs));
	if (geometry.slot) out.push(lanyardSlot(geometry.slot));
	out.push(illustrationLabel(geometry));
	return { svg: svgDocument(geometry.width, geometry.height, defs, out), facts: { ...notes, features: [...notes.features] } };
}

/** A wristband: a long strip with the type, band and date side by side. */
function layoutStrip(ctx: FrontContext): { svg: string; free: Box } {
	const { area, pad, pal } = ctx;
	const typeW = area.w * 0.28;
	const typeBox = { x: area.x, y: area.y, w: typeW, h: area.h };
	const typeInner = inset(typeBox, area.h * 0.16, area.h * 0.18);
	const items = footerItems(ctx.model, ctx.design, ctx.defs);
	const itemsW = items.length > 0 ? area.w * 0.22 : 0;
	const mid = { x: area.x + typeW + pad, y: area.y + pad * 0.6, w: area.w - typeW - itemsW - 2 * pad, h: area.h - pad * 1.2 };
	const featureBox = { x: area.x + area.w - itemsW, y: area.y + pad, w: itemsW - pad, h: area.h - 2 * pad };
	const subline = [ctx.model.tour, ctx.model.date].filter((s): s is string => s !== null).join(' · ');
	ctx.notes.band = ctx.model.band.toUpperCase();
	ctx.notes.tourLine = ctx.model.tour?.toUpperCase() ?? null;
	ctx.notes.date = ctx.model.date;
	ctx.notes.features = items.map((item) => item.mark);
	const svg = [
		rect(typeBox, 0, `fill="${pal.accent}"`),
		textBlock(typeText(ctx.model), typeInner, typeStyle(ctx, pal.accentInk), { maxLines: 2, lineHeight: 0.95 }),
		textBlock(ctx.model.band.toUpperCase(), { ...mid, h: mid.h * 0.58 }, { face: 'bold', fill: pal.ink }, { maxLines: 1 }),
		textBlock(subline.toUpperCase(), { ...mid, y: mid.y + mid.h * 0.66, h: mid.h * 0.3 }, { face: 'bold', fill: pal.ink, spacing: 0.04 }, { maxLines: 1 }),
		featureRow(items, featureBox, featureBox.w).svg,
	].join('');
	return { svg, free: mid };
}

function wristbandTab(geometry: Geometry): string {
	const { body, print, bodyRadius } = geometry;
	const tab = { x: print.x + print.w - bodyRadius, y: body.y, w: body.w - print.w + bodyRadius, h: body.h };
	const slits: string[] = [];
	for (let i = 1; i <= 3; i++) {
		const x = print.x + print.w + ((tab.w - bodyRadius) * i) / 4.2;
		slits.push(`M${n(x)} ${n(body.y + body.h * 0.3)}v${n(body.h * 0.4)}`);
	}
	return (
		rect(tab, bodyRadius, 'fill="#fbfbf8" stroke="#000000" stroke-opacity="0.12"') +
		`<path d="${slits.join('')}" stroke="#9a9a9a" stroke-width="1.5"/>`
	);
}

// ——— Back ———

const SMALL_PRINT =
	'This pass is the property of the tour production and may be withdrawn at any time without refund or explanation. ' +
	'It admits only the person it was issued to and may not be sold, lent or passed on. Keep it on show while you are ' +
	'in restricted areas. Altered, copied or damaged passes will be confiscated. Entry is at the holder’s own risk and ' +
	'the holder may appear in filming or photography of the event. Lost passes are not replaced.';

const WRISTBAND_PRINT =
	'Not transferable. Valid only while fastened to the wrist of the person it was issued to: a band that has been ' +
	'taken off, cut or tampered with is void. No re-entry without it.';

export function renderBackSvg(model: ArtModel): string {
	return drawBack(model).svg;
}

/** What the back of the artwork shows; see describeBack() for it in words. */
export function backFacts(model: ArtModel): BackFacts {
	return drawBack(model).facts;
}

type BackNotes = Mutable<BackFacts> & { writeOn: string[] };

function drawBack(model: ArtModel): { svg: string; facts: BackFacts } {
	const design = designFor(model.slug);
	const pal = paletteOf(design);
	const geometry = geometryFor(model);
	const defs = new Defs();
	const notes: BackNotes = {
		shape: geometry.shape,
		format: model.format,
		kind: hasBacking(model.format) ? 'backing' : geometry.shape === 'wristband' ? 'wristband' : 'plain',
		repeated: null,
		peelHere: false,
		strip: null,
		magneticStripe: false,
		signaturePanel: false,
		smallPrint: false,
		writeOn: [],
		serial: null,
		printedBy: null,
	};
	const out: string[] = [backdrop(geometry, defs)];
	if (hasBacking(model.format)) {
		out.push(stickyBacking(model, geometry, defs, notes));
	} else {
		out.push(plainBack(model, geometry, pal, defs, notes));
	}
	out.push(illustrationLabel(geometry));
	return { svg: svgDocument(geometry.width, geometry.height, defs, out), facts: { ...notes, writeOn: [...notes.writeOn] } };
}

/** The peel-off backing of a sticky: printer's name repeated diagonally, or plain with "peel here" marks. */
function stickyBacking(model: ArtModel, geometry: Geometry, defs: Defs, notes: BackNotes): string {
	const { body, bodyRadius } = geometry;
	defs.add(
		'<linearGradient id="liner" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fbfaf6"/>' +
			'<stop offset="0.55" stop-color="#f1eee6"/><stop offset="1" stop-color="#e9e5db"/></linearGradient>',
	);
	defs.add(`<clipPath id="liner-clip">${rect(body, bodyRadius, '')}</clipPath>`);
	const out: string[] = [rect(body, bodyRadius, 'fill="url(#liner)" stroke="#000000" stroke-opacity="0.1"')];
	out.push('<g clip-path="url(#liner-clip)">');
	const cx = body.x + body.w / 2;
	const cy = body.y + body.h / 2;
	if (model.printer !== null) {
		const size = Math.max(13, Math.min(body.w, body.h) * 0.036);
		const unit = `${model.printer.toUpperCase()}   ·   `;
		const diagonal = Math.hypot(body.w, body.h);
		const repeat = Math.ceil((diagonal * 1.3) / Math.max(1, textWidth(unit, size, 'bold', size * 0.08))) + 1;
		const line = unit.repeat(repeat);
		const rows: string[] = [];
		const gap = size * 2.9;
		let i = 0;
		for (let y = -diagonal / 2; y <= diagonal / 2 + gap; y += gap, i++) {
			const shift = (i % 2) * textWidth(unit, size, 'bold', size * 0.08) * 0.5;
			rows.push(textEl(line, -diagonal * 0.65 - shift, y, size, { face: 'bold', fill: '#8fa3b8', spacing: 0.08, extra: 'xml:space="preserve"' }));
		}
		notes.repeated = model.printer.toUpperCase();
		out.push(`<g class="printer-backing" transform="translate(${n(cx)} ${n(cy)}) rotate(-30)" fill-opacity="0.7">${rows.join('')}</g>`);
	}
	// The split in the liner that makes it easy to peel.
	const random = randomFor(model.slug, 'liner');
	const slitY = body.y + body.h * between(random, 0.58, 0.7);
	const slant = body.h * between(random, -0.08, 0.08);
	const slit = `M${n(body.x - 2)} ${n(slitY)}C${n(body.x + body.w * 0.35)} ${n(slitY + slant)} ${n(body.x + body.w * 0.65)} ${n(slitY - slant)} ${n(body.x + body.w + 2)} ${n(slitY)}`;
	out.push(
		`<path d="${slit}" fill="none" stroke="#b9b3a5" stroke-width="1.6"/>`,
		`<path d="${slit}" transform="translate(0 2)" fill="none" stroke="#ffffff" stroke-width="1.2" stroke-opacity="0.9"/>`,
	);
	if (model.printer === null) {
		notes.peelHere = true;
		const size = Math.max(12, Math.min(body.w, body.h) * 0.03);
		const arrow = (x: number, y: number, up: boolean) =>
			`<path d="M${n(x)} ${n(y)}l${n(size * 0.45)} ${n(up ? size * 0.6 : -size * 0.6)}h${n(-size * 0.9)}Z" fill="#8d877d"/>`;
		for (const fx of [0.18, 0.82]) {
			const x = body.x + body.w * fx;
			out.push(
				arrow(x, slitY - size * 1.4, false),
				textEl('PEEL HERE', x, slitY - size * 2.3, size, { face: 'bold', fill: '#8d877d', anchor: 'middle', spacing: 0.15 }),
				arrow(x, slitY + size * 1.4, true),
				textEl('PEEL HERE', x, slitY + size * 3.2, size, { face: 'bold', fill: '#8d877d', anchor: 'middle', spacing: 0.15 }),
			);
		}
	}
	out.push('</g>');
	return out.join('');
}

/** The back of a laminate, card, paper pass or wristband: plain, with small print and the serial number. */
function plainBack(model: ArtModel, geometry: Geometry, pal: Palette, defs: Defs, notes: BackNotes): string {
	const { body, bodyRadius, print, printRadius, shape } = geometry;
	const out: string[] = [];
	if (shape === 'laminate') out.push(laminatePouch(geometry));
	if (shape === 'wristband') out.push(wristbandTab(geometry));
	const area = print;
	const short = Math.min(area.w, area.h);
	const pad = short * 0.07;
	const ink = '#2d2d2d';
	defs.add(`<clipPath id="print">${rect(area, printRadius, '')}</clipPath>`);
	out.push('<g clip-path="url(#print)">', rect(area, 0, 'fill="#f8f6f1"'));
	let y = area.y;
	if (shape === 'wristband') {
		const lines = wrapText(WRISTBAND_PRINT, area.w - 2 * pad, 11, 'regular').slice(0, 3);
		lines.forEach((line, i) => out.push(textEl(line, area.x + pad, area.y + pad + 11 + i * 15, 11, { face: 'regular', fill: ink })));
		notes.smallPrint = lines.length > 0;
		notes.serial = serialOrBlank(model);
		out.push(textEl(serialOrBlank(model), area.x + area.w - pad, area.y + area.h - pad, 16, { face: 'bold', fill: '#c1121f', anchor: 'end' }));
		out.push('</g>');
		return out.join('');
	}
	// A strip in the pass's colour with the band and tour ties the back to the front.
	const barH = area.h * (area.h > area.w ? 0.1 : 0.14);
	const stripText = [model.band, model.tour].filter((s): s is string => s !== null).join(' — ').toUpperCase();
	notes.strip = { colour: pal.words.bg, text: stripText };
	out.push(rect({ ...area, h: barH }, 0, `fill="${pal.bg}"`));
	out.push(
		textBlock(
			stripText,
			inset({ ...area, h: barH }, pad, barH * 0.22),
			{ face: 'bold', fill: pal.ink, spacing: 0.03 },
			{ maxLines: 1, maxSize: barH * 0.5 },
		),
	);
	y += barH + pad * 0.8;
	if (model.format === 'plastic-card') {
		notes.magneticStripe = true;
		out.push(rect({ x: area.x, y, w: area.w, h: area.h * 0.16 }, 0, 'fill="#2a2a2a"'));
		y += area.h * 0.16 + pad * 0.7;
	}
	if (shape === 'card') {
		defs.add(
			'<pattern id="sig" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="3" height="8" fill="#dcd3c0"/></pattern>',
		);
		const label = Math.max(9, short * 0.035);
		notes.signaturePanel = true;
		out.push(textEl('AUTHORISED SIGNATURE', area.x + pad, y + label, label, { face: 'regular', fill: ink, spacing: 0.1 }));
		y += label * 1.5;
		const panel = { x: area.x + pad, y, w: area.w * 0.62, h: area.h * 0.14 };
		out.push(rect(panel, 0, 'fill="#f3ecdc"'), rect(panel, 0, 'fill="url(#sig)"'));
		y += panel.h + pad * 0.6;
	}
	// Small print, as large as it can be in the room left.
	const bottomReserve = area.h * (shape === 'card' ? 0.14 : 0.22);
	const room = { x: area.x + pad, y, w: area.w - 2 * pad, h: area.y + area.h - bottomReserve - y };
	let size = Math.min(18, short * 0.045);
	let lines = wrapText(SMALL_PRINT, room.w, size, 'regular');
	while (size > 8 && lines.length * size * 1.35 > room.h) {
		size -= 0.5;
		lines = wrapText(SMALL_PRINT, room.w, size, 'regular');
	}
	lines.forEach((line, i) => out.push(textEl(line, room.x, room.y + size + i * size * 1.35, size, { face: 'regular', fill: ink })));
	notes.smallPrint = lines.length > 0;
	const afterText = room.y + lines.length * size * 1.35 + pad * 0.6;
	if (shape === 'laminate' || model.format === 'paper') {
		// Write-on lines for the holder's name and the areas.
		const label = Math.max(11, short * 0.032);
		['NAME', 'COMPANY', 'AREAS'].forEach((word, i) => {
			const ly = afterText + label * 1.2 + i * label * 2.2;
			if (ly > area.y + area.h - bottomReserve * 0.55) return;
			notes.writeOn.push(word);
			out.push(
				textEl(word, area.x + pad, ly, label, { face: 'bold', fill: ink, spacing: 0.08 }),
				`<path d="M${n(area.x + pad + textWidth(word, label, 'bold', label * 0.08) + 10)} ${n(ly)}H${n(area.x + area.w - pad)}" stroke="${ink}" stroke-width="1" stroke-opacity="0.6"/>`,
			);
		});
	}
	const foot = area.y + area.h - pad;
	const serialSize = Math.max(14, short * 0.05);
	const serial = serialOrBlank(model);
	notes.serial = serial;
	out.push(textEl(serial, area.x + area.w - pad, foot, serialSize, { face: 'bold', fill: '#c1121f', anchor: 'end', spacing: 0.04 }));
	if (model.printer !== null) {
		const room = area.w - 2 * pad - textWidth(serial, serialSize, 'bold', serialSize * 0.04) - pad;
		const size = Math.max(10, short * 0.028);
		if (room > 0) notes.printedBy = `Printed by ${model.printer}`;
		out.push(
			textBlock(`Printed by ${model.printer}`, { x: area.x + pad, y: foot - size * 0.73, w: room, h: size * 0.73 }, { face: 'regular', fill: '#6b6b6b' }, {
				maxLines: 1,
			}),
		);
	}
	out.push('</g>');
	if (shape === 'laminate') out.push(gloss(body, bodyRadius, defs, 0.3));
	if (model.format === 'plastic-card') out.push(gloss(body, bodyRadius, defs, 0.25));
	if (geometry.slot) out.push(lanyardSlot(geometry.slot));
	return out.join('');
}

function serialOrBlank(model: ArtModel): string {
	return model.features.includes('serial-number') ? serialFor(model.slug) : 'No ______';
}
