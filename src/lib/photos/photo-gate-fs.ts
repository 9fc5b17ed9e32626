/**
 * What a photo must pass before the build decodes it: the one place the build asks whether a
 * contributed file may be turned into published images. It reads the header only; whatever the
 * decoder finds later (a truncated file) is reported by the encoder in the same words.
 * The bytes must first be a committed photo as `npm run validate` defines it (committedPhotoProblems:
 * a canonical still JPEG, PNG or WebP with nothing but pixels), so the encoder only ever sees files
 * that `npm run photos` could have written.
 */
import { readFile, stat } from 'node:fs/promises';
import sharp, { type Metadata } from 'sharp';
import { MAX_BYTES, MAX_INPUT_PIXELS, committedPhotoProblems, formatBytes } from '../photo-checks.ts';

/** Formats the build decodes (sharp's names): the canonical ones. */
const DECODED = new Set(['jpeg', 'png', 'webp']);

/** Why `file` must not be decoded, one sentence each; empty when it may. */
export async function photoProblemsBeforeDecoding(file: string): Promise<string[]> {
	const { size } = await stat(file);
	if (size > MAX_BYTES) return [`is ${formatBytes(size)}, more than the ${formatBytes(MAX_BYTES)} allowed — run npm run photos on it`];
	// What `npm run validate` asks of a committed photo: canonical bytes, a strict decode, one frame,
	// pixel and size limits. Paid once per photo: a photo already in the cache is not decoded again.
	const committed = await committedPhotoProblems(await readFile(file), file);
	if (committed.length > 0) return committed.map((p) => p.detail);
	let metadata: Metadata;
	try {
		// The limit is lifted for the header only, to report a bomb's real size without decoding it.
		metadata = await sharp(file, { limitInputPixels: false }).metadata();
	} catch (error) {
		return [`cannot be read as an image (${firstLine(error)}) — export the photo again as JPEG and run npm run photos`];
	}
	if (!DECODED.has(metadata.format)) return [`is ${metadata.format}, not a JPEG, PNG or WebP photo — run npm run photos on it`];
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
