/** What the generator makes (bands, tours, passes, pool photos) and the weights it draws them with. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCatalogFiles } from '../../../src/lib/content-files/read-catalog-fs.ts';
import { CONDITION_FLAWS, SIGNATURE_MEDIA, STICKY_FORMATS } from '../../../src/schemas/enums.ts';

export interface BandSpec {
	slug: string;
	name: string;
	aliases: string[];
	country: string;
	origin: string;
	formed: number;
	activity: { from: string; to?: string; ended?: 'split' | 'hiatus'; note?: string }[];
	/** Active stretches as [first day, last day], for dating tours and passes. */
	spans: [string, string][];
	members: { name: string; role: string }[];
}

export interface TourSpec {
	slug: string;
	band: BandSpec;
	name: string;
	start: string;
	end: string;
	legs: { name: string; start: string; end: string }[];
	weight: number;
}

export interface PassSpec {
	slug: string;
	frontmatter: Record<string, unknown>;
	body: string;
	front: number;
	back: number;
}

export interface PoolPhoto {
	file: string;
	alt: string;
}

export interface GeneratedCatalog {
	dir: string;
	bands: BandSpec[];
	tours: TourSpec[];
	passes: PassSpec[];
	pool: { fronts: PoolPhoto[]; backs: PoolPhoto[] };
	seed: number;
}

/** The real catalog, whose pass types, printers and guides every generated catalog copies. */
export const REAL_CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url)).replace(/\/$/, '');

export const PASS_TYPES: readonly (readonly [string, number])[] = [
	['all-access', 15], ['crew', 10], ['working', 10], ['local-crew', 7], ['limited-access', 12],
	['after-show', 16], ['guest', 17], ['photo-press', 8], ['production', 5],
];
let typeNames: Readonly<Record<string, string>> | undefined;

/**
 * The pass types' names, read from the real catalog's pass-types/ (copied into every generated
 * catalog) by the site's typed reader; every weighted type must be one of them.
 */
export function passTypeNames(): Readonly<Record<string, string>> {
	if (typeNames) return typeNames;
	const files = readCatalogFiles(REAL_CONTENT, path.dirname(REAL_CONTENT));
	const names = Object.fromEntries(files.passTypes.map((t) => [t.id, t.data.name]));
	const unknown = PASS_TYPES.map(([id]) => id).filter((id) => !(id in names));
	if (unknown.length > 0) throw new Error(`bench: no pass type ${unknown.join(', ')} in ${REAL_CONTENT}/pass-types/`);
	typeNames = names;
	return names;
}
export const FORMATS: readonly (readonly [string, number])[] = [
	['laminate', 28], ['satin-sticky', 25], ['cloth-sticky', 8], ['paper-sticky', 7], ['paper', 8], ['card', 10], ['plastic-card', 10], ['wristband', 4],
];
export const FORMAT_WORDS: Record<string, string> = {
	laminate: 'laminate', 'satin-sticky': 'satin sticky', 'cloth-sticky': 'cloth sticky', 'paper-sticky': 'paper sticky', paper: 'paper pass', card: 'card', 'plastic-card': 'plastic card', wristband: 'wristband',
};
export const DIMENSIONS: Record<string, readonly [number, number]> = {
	laminate: [76, 102], 'satin-sticky': [90, 70], 'cloth-sticky': [100, 75], 'paper-sticky': [85, 60], paper: [100, 60], card: [86, 54], 'plastic-card': [86, 54], wristband: [250, 25],
};
export const FEATURES: readonly (readonly [string, number])[] = [
	['hologram', 20], ['raised-print', 6], ['foil', 10], ['serial-number', 18], ['uv-ink', 5], ['colour-shift-ink', 3], ['perforation', 6],
	['barcode', 8], ['rfid', 3], ['printer-backing', 10], ['photo-id', 4], ['hole-punch', 4],
];
export const GRADES: readonly (readonly [string, number])[] = [['mint', 8], ['near-mint', 20], ['excellent', 25], ['very-good', 20], ['good', 15], ['fair', 8], ['poor', 4]];
export const FLAWS = Object.keys(CONDITION_FLAWS);
export const MEDIA = Object.keys(SIGNATURE_MEDIA);
export const STICKY: ReadonlySet<string> = new Set(STICKY_FORMATS);
