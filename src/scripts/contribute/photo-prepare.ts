/**
 * A contributor's photo made ready in the browser, the way `npm run photos` makes it ready: the
 * file must be a still image in a format we read (sniffed from its bytes, not its name), within the
 * byte and pixel caps (the pixel count is read from the header, before anything is decoded); it
 * is decoded (turned upright by its EXIF orientation), scaled to the long-edge cap, and encoded
 * again from the pixels alone — JPEG, or WebP when it has transparency — so no EXIF, GPS, comment
 * or trailing byte of the original survives. The result must pass the repository's own structural
 * check (`photo-canonical.ts`) before it is offered. Nothing here sends anything anywhere.
 */
import { canonicalPhotoProblems } from '../../lib/photos/photo-canonical.ts';
import { formatBytes } from '../../lib/text/format-bytes.ts';
import { imageHeader } from '../../lib/photos/image-header.ts';
import { MAX_BYTES, MAX_EDGE, MAX_INPUT_PIXELS, MAX_READ_BYTES, MIN_EDGE } from '../../lib/photos/photo-limits.ts';

export interface PreparedPhoto {
	readonly blob: Blob;
	readonly extension: 'jpg' | 'webp';
	readonly width: number;
	readonly height: number;
	/** A small drawing of the result, shown as the preview (a canvas needs no URL). */
	readonly preview: HTMLCanvasElement;
	/** What was done, in words: "scaled down from 4032 × 3024, metadata removed". */
	readonly note: string;
}

export type PhotoResult = { ok: true; photo: PreparedPhoto } | { ok: false; reason: string };

const QUALITIES = [0.9, 0.82, 0.72];
const PREVIEW_EDGE = 240;

function canvas(width: number, height: number): HTMLCanvasElement {
	const node = document.createElement('canvas');
	node.width = width;
	node.height = height;
	return node;
}

function toBlob(node: HTMLCanvasElement, type: string, quality: number): Promise<Blob | null> {
	return new Promise((resolve) => node.toBlob(resolve, type, quality));
}

/** Whether the image still moves: more than one frame (GIF, APNG, animated WebP or AVIF). */
async function isAnimated(bytes: ArrayBuffer, mime: string): Promise<boolean> {
	const Decoder = (globalThis as { ImageDecoder?: new (init: { data: ArrayBuffer; type: string }) => { tracks: { ready: Promise<void>; selectedTrack: { animated: boolean; frameCount: number } | null }; close(): void } }).ImageDecoder;
	if (Decoder === undefined) return false;
	const decoder = new Decoder({ data: bytes, type: mime });
	try {
		await decoder.tracks.ready;
		const track = decoder.tracks.selectedTrack;
		return track !== null && (track.animated || track.frameCount > 1);
	} finally {
		decoder.close();
	}
}

/**
 * The browser's JPEG encoder adds application segments of its own (JFIF density, an sRGB ICC
 * profile). The catalog's canonical JPEG has none, so every APPn and comment segment before the
 * image data is cut out; the table, frame and scan segments are kept byte for byte.
 */
function withoutApplicationSegments(bytes: Uint8Array): Uint8Array {
	if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return bytes;
	const kept: Uint8Array[] = [bytes.subarray(0, 2)];
	let i = 2;
	while (i + 4 <= bytes.length && bytes[i] === 0xff) {
		const marker = bytes[i + 1] ?? 0;
		if (marker === 0xda) break;
		const end = i + 2 + (((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0));
		if (!((marker >= 0xe0 && marker <= 0xef) || marker === 0xfe)) kept.push(bytes.subarray(i, end));
		i = end;
	}
	kept.push(bytes.subarray(i));
	const out = new Uint8Array(kept.reduce((n, part) => n + part.length, 0));
	let at = 0;
	for (const part of kept) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

function hasTransparency(context: CanvasRenderingContext2D, width: number, height: number): boolean {
	const { data } = context.getImageData(0, 0, width, height);
	for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) return true;
	return false;
}

export async function preparePhoto(file: File): Promise<PhotoResult> {
	if (file.size === 0) return { ok: false, reason: 'is empty' };
	if (file.size > MAX_READ_BYTES) return { ok: false, reason: `is ${formatBytes(file.size)}, more than the ${formatBytes(MAX_READ_BYTES)} a photo may be — export it as a JPEG first` };
	const bytes = await file.arrayBuffer();
	const header = imageHeader(new Uint8Array(bytes));
	if (header === undefined) return { ok: false, reason: 'is not a photo this form can read — use a JPEG, PNG, WebP or AVIF file' };
	if (header.format === 'heic') return { ok: false, reason: 'is a HEIC photo, which browsers cannot read — export it as a JPEG (on an iPhone: Settings → Camera → Formats → Most Compatible)' };
	if (header.width !== undefined && header.height !== undefined && header.width * header.height > MAX_INPUT_PIXELS) {
		return { ok: false, reason: `claims ${header.width} × ${header.height} pixels, more than the ${MAX_INPUT_PIXELS / 1e6}-megapixel limit — export a smaller copy` };
	}
	if (await isAnimated(bytes, header.mime).catch(() => false)) return { ok: false, reason: 'moves (it has several frames) — a photo is one still image' };

	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(new Blob([bytes], { type: header.mime }), { imageOrientation: 'from-image' });
	} catch {
		return { ok: false, reason: 'cannot be decoded: the file is damaged or not really an image' };
	}
	try {
		const { width: sourceWidth, height: sourceHeight } = bitmap;
		if (sourceWidth * sourceHeight > MAX_INPUT_PIXELS) return { ok: false, reason: `is ${sourceWidth} × ${sourceHeight} pixels, more than the ${MAX_INPUT_PIXELS / 1e6}-megapixel limit — export a smaller copy` };
		if (Math.min(sourceWidth, sourceHeight) < MIN_EDGE) return { ok: false, reason: `is ${sourceWidth} × ${sourceHeight} pixels, too small to show a pass — at least ${MIN_EDGE} pixels on each side` };
		const scale = Math.min(1, MAX_EDGE / Math.max(sourceWidth, sourceHeight));
		const width = Math.round(sourceWidth * scale);
		const height = Math.round(sourceHeight * scale);
		const full = canvas(width, height);
		const context = full.getContext('2d', { willReadFrequently: true });
		if (context === null) return { ok: false, reason: 'could not be prepared: this browser refused to draw it' };
		context.imageSmoothingQuality = 'high';
		context.drawImage(bitmap, 0, 0, width, height);
		const transparent = header.format !== 'jpeg' && hasTransparency(context, width, height);
		const type = transparent ? 'image/webp' : 'image/jpeg';

		let blob: Blob | null = null;
		for (const quality of QUALITIES) {
			blob = await toBlob(full, type, quality);
			if (blob !== null && blob.size <= MAX_BYTES) break;
		}
		if (blob === null) return { ok: false, reason: 'could not be prepared: this browser could not encode it' };
		if (blob.size > MAX_BYTES) return { ok: false, reason: `stays ${formatBytes(blob.size)} after re-encoding, more than the ${formatBytes(MAX_BYTES)} allowed` };
		const encoded = withoutApplicationSegments(new Uint8Array(await blob.arrayBuffer()));
		blob = new Blob([encoded as Uint8Array<ArrayBuffer>], { type });
		const problems = canonicalPhotoProblems(encoded);
		if (problems.length > 0) return { ok: false, reason: `could not be prepared cleanly (${problems.map((p) => p.detail).join('; ')})` };

		const previewScale = Math.min(1, PREVIEW_EDGE / Math.max(width, height));
		const preview = canvas(Math.round(width * previewScale), Math.round(height * previewScale));
		preview.getContext('2d')?.drawImage(full, 0, 0, preview.width, preview.height);
		full.width = 0;
		const done = [scale < 1 ? `scaled down from ${sourceWidth} × ${sourceHeight}` : undefined, 're-encoded from its pixels, all metadata removed'].filter(Boolean);
		return { ok: true, photo: { blob, extension: transparent ? 'webp' : 'jpg', width, height, preview, note: `${width} × ${height} ${transparent ? 'WebP' : 'JPEG'}, ${formatBytes(blob.size)}: ${done.join(', ')}` } };
	} finally {
		bitmap.close();
	}
}
