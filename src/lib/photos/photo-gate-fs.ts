/**
 * What a photo must pass before the build decodes it: the one place the build asks whether a
 * contributed file may be turned into published images. It reads the header only; whatever the
 * decoder finds later (a truncated file) is reported by the encoder in the same words.
 * Stricter checks of the bytes (photo-checks-fs.ts) belong here, so the build and `npm run validate`
 * cannot disagree about a photo. (Today the build applies the committed-photo check of validate
 * to every listed photo in src/data/catalog.ts; this gate only keeps the decoder safe.)
 */
import sharp, { type Metadata } from 'sharp';
import { MAX_INPUT_PIXELS } from './photo-limits.ts';

/** Formats the build decodes (sharp's names; AVIF is `heif` with AV1 compression). */
const DECODED = new Set(['jpeg', 'png', 'webp', 'heif']);

/** Why `file` must not be decoded, one sentence each; empty when it may. */
export async function photoProblemsBeforeDecoding(file: string): Promise<string[]> {
	let metadata: Metadata;
	try {
		// The limit is lifted for the header only, to report a bomb's real size without decoding it.
		metadata = await sharp(file, { limitInputPixels: false }).metadata();
	} catch (error) {
		return [`cannot be read as an image (${firstLine(error)}) — export the photo again as JPEG and run npm run photos`];
	}
	if (!DECODED.has(metadata.format) || (metadata.format === 'heif' && metadata.compression !== 'av1'))
		return [`is ${metadata.format}, not a JPEG, PNG, WebP or AVIF photo — run npm run photos on it`];
	const pixels = metadata.width * metadata.height;
	if (pixels > MAX_INPUT_PIXELS)
		return [
			`claims ${metadata.width}×${metadata.height} px, more than the ${MAX_INPUT_PIXELS / 1e6}-megapixel limit — not decoded (a possible decompression bomb); run npm run photos on it`,
		];
	return [];
}

export function firstLine(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return (text.split('\n')[0] ?? text).trim();
}
