/** Art models and checks shared by the artwork tests. */
import sharp from 'sharp';
import type { ArtModel } from '../../scripts/generate-art.ts';

/** sharp encodes in its own threads; on a machine busy with other builds 5 s is not enough. */
export const SHARP_TIMEOUT = 30_000;

export const ALL_FEATURES = [
	'hologram',
	'raised-print',
	'foil',
	'serial-number',
	'uv-ink',
	'colour-shift-ink',
	'perforation',
	'barcode',
	'rfid',
	'printer-backing',
	'photo-id',
	'signature',
	'hole-punch',
];
export const FORMATS = ['laminate', 'satin-sticky', 'cloth-sticky', 'paper-sticky', 'paper', 'card', 'plastic-card', 'wristband'];

export function model(overrides: Partial<ArtModel> = {}): ArtModel {
	return {
		slug: 'test-band-test-tour-all-access',
		band: 'Test Band',
		tour: 'Test Tour',
		passType: 'All access',
		date: '18 OCT 1993',
		year: 1993,
		place: null,
		format: 'laminate',
		printer: 'Test Printing Co.',
		features: [],
		aspect: null,
		...overrides,
	};
}

export async function renderable(svg: string): Promise<{ width: number; height: number }> {
	const { info } = await sharp(Buffer.from(svg)).png().toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height };
}
