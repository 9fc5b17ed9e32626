/**
 * The choices that make one pass look different from another, all drawn from a hash of its slug.
 */
import { hashSlug, pick, randomFor } from '../art-random.ts';
import { type EmblemName, type LayoutName, type Palette, type PatternName } from './model.ts';
import { PALETTES } from './palettes.ts';

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

export function paletteOf(design: Design): Palette {
	return PALETTES.find((p) => p.name === design.palette) ?? PALETTES[0];
}

/** The printed serial number of a pass, e.g. "No 00421". */
export function serialFor(slug: string): string {
	return `No ${String((hashSlug(`${slug}#serial`) % 99999) + 1).padStart(5, '0')}`;
}

export function barcodeDigitsFor(slug: string): string {
	const random = randomFor(slug, 'barcode-digits');
	let digits = '';
	for (let i = 0; i < 12; i++) digits += String(Math.floor(random() * 10));
	return digits;
}
