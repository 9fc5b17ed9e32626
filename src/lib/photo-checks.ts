/**
 * The checks every contributed photo must pass before it is committed. Shared by the photo intake
 * (`npm run photos`, scripts/photos.ts), which fixes what it can, and by the contributor-workflow
 * validator, which rejects in CI a photo that still needs the intake (GPS data, any metadata, too
 * large) or that no tool can fix (not an image, truncated, a decompression bomb, too small).
 *
 * Node only (reads files, uses sharp); no Astro. Every problem is one line that names the file and
 * says how to fix it.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { formatBytes } from './format-bytes.ts';
import { CANONICAL_FORMATS, type PhotoProblem, type PhotoProblemCode, canonicalPhotoProblems } from './photo-canonical.ts';

export type { PhotoProblem, PhotoProblemCode } from './photo-canonical.ts';
export { type ExifSummary, readExif, xmpHasGps } from './photo-exif.ts';
import { readExif, xmpHasGps } from './photo-exif.ts';

import { MAX_BYTES, MAX_EDGE, MAX_INPUT_PIXELS, MAX_READ_BYTES, MIN_EDGE } from './photo-limits.ts';

// The numbers live in a browser-safe module: the web form checks photos against the same caps.
export { MAX_BYTES, MAX_EDGE, MAX_INPUT_PIXELS, MAX_READ_BYTES, MIN_EDGE };
/**
 * Formats a committed photo may have: the ones `npm run photos` writes, each with a structural
 * allowlist in `photo-canonical.ts`. AVIF is not one: sharp's AVIF is a whole ISO-BMFF box tree,
 * too much structure to vouch for byte by byte, so the intake converts it like the others.
 */
export const ALLOWED_FORMATS = CANONICAL_FORMATS;
/** Formats the intake converts to an allowed one, when they can be decoded. */
export const CONVERTIBLE_FORMATS = ['avif', 'gif', 'tiff', 'heic'] as const;
/** File extensions of images, lowercase (for finding photos in a folder). */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff', '.heic', '.heif'] as const;
/** libvips' fail-on level when decoding for the intake: truncated files and decoder errors abort; mere warnings do not. */
export const FAIL_ON = 'error';
/**
 * The fail-on level for a photo that is to be committed as it is: the decoder may not even warn
 * (extraneous bytes between JPEG segments, extra compressed data after a PNG's image…).
 */
export const FAIL_ON_COMMITTED = 'warning';

export type AllowedFormat = (typeof ALLOWED_FORMATS)[number];

export type MetadataKind = 'exif' | 'xmp' | 'iptc' | 'comments';

export interface PhotoInfo {
	/** `jpeg`, `png`, `webp`, `avif`, `gif`, `tiff`, `heic`, `svg`…; null if the file is not an image. */
	readonly format: string | null;
	/** Stored width in pixels, before any EXIF orientation; null if unknown. */
	readonly width: number | null;
	/** Stored height in pixels, before any EXIF orientation; null if unknown. */
	readonly height: number | null;
	/** File size. */
	readonly bytes: number;
	readonly hasExif: boolean;
	/** GPS data in EXIF (a GPS IFD pointer, tag 0x8825) or in XMP. */
	readonly hasGps: boolean;
	/** EXIF orientation (1–8); null when there is none. */
	readonly orientation: number | null;
	/** Which kinds of metadata the file carries (an ICC colour profile is not counted). */
	readonly metadata: readonly MetadataKind[];
	/** Whether every pixel is fully opaque; null when the pixels were not decoded. */
	readonly opaque: boolean | null;
	/** Number of frames/pages (an animated GIF or WebP has several). */
	readonly pages: number;
}

export interface PhotoReport {
	/** Everything that stops the photo from being committed as it is; empty when it may be. */
	readonly problems: readonly PhotoProblem[];
	/** Worth knowing, never blocking. */
	readonly warnings: readonly string[];
	readonly info: PhotoInfo;
}

/** A path as people should see it: relative to the working folder when it is inside it. */
export function displayPath(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function problem(file: string, code: PhotoProblemCode, detail: string, fixable: boolean): PhotoProblem {
	return { code, message: `${displayPath(file)}: ${detail}`, detail, fixable };
}

/** The intake command for a file, ready to paste into a shell. */
export function photosCommand(file: string): string {
	const shown = displayPath(file);
	const quoted = /^[\w./@%+=:,-]+$/.test(shown) ? shown : `'${shown.replaceAll("'", "'\\''")}'`;
	return `npm run photos -- ${quoted}`;
}

export { formatBytes };

// ---------------------------------------------------------------------------------------------
// The checks.

/** Recognises image files by their first bytes, to tell "not an image" from "a damaged image". */
export function sniffImage(head: Uint8Array): string | null {
	const at = (offset: number, ...bytes: number[]): boolean => bytes.every((b, i) => head[offset + i] === b);
	const ascii = (offset: number, text: string): boolean => at(offset, ...Array.from(text, (c) => c.charCodeAt(0)));
	if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
	if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
	if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
	if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'gif';
	if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
	if (ascii(4, 'ftyp')) {
		const brand = String.fromCharCode(...head.subarray(8, 12));
		if (brand === 'avif' || brand === 'avis') return 'avif';
		if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'heic';
	}
	return null;
}

function formatName(metadata: Metadata): string {
	if (metadata.format === 'heif') return metadata.compression === 'av1' ? 'avif' : 'heic';
	return metadata.format;
}

const FORMAT_LABEL: Record<string, string> = {
	jpeg: 'JPEG',
	png: 'PNG',
	webp: 'WebP',
	avif: 'AVIF',
	gif: 'GIF',
	tiff: 'TIFF',
	heic: 'HEIC',
	svg: 'SVG drawing',
	pdf: 'PDF',
};

function label(format: string): string {
	return FORMAT_LABEL[format] ?? format.toUpperCase();
}

const AN = new Set(['avif', 'svg']);

/** "a JPEG", "an AVIF", "an SVG drawing". */
function withArticle(format: string): string {
	return `${AN.has(format) ? 'an' : 'a'} ${label(format)}`;
}

function firstLine(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return (text.split('\n')[0] ?? text).trim();
}

function isAllowed(format: string): format is AllowedFormat {
	return (ALLOWED_FORMATS as readonly string[]).includes(format);
}

function isConvertible(format: string): boolean {
	return (CONVERTIBLE_FORMATS as readonly string[]).includes(format);
}

function extensionMatches(file: string, format: string): boolean {
	const ext = path.extname(file).toLowerCase();
	const expected: Record<string, readonly string[]> = {
		jpeg: ['.jpg', '.jpeg'],
		png: ['.png'],
		webp: ['.webp'],
		avif: ['.avif'],
		gif: ['.gif'],
		tiff: ['.tif', '.tiff'],
		heic: ['.heic', '.heif'],
	};
	const list = expected[format];
	return list === undefined || list.includes(ext);
}

/**
 * Checks a photo file. Reads it once; decodes every pixel (to find truncated and damaged files)
 * unless its header already disqualifies it. Rejects only when the file cannot be read at all
 * (missing, a folder, no permission) — everything about its content is a problem in the report.
 */
export async function inspectPhoto(file: string): Promise<PhotoReport> {
	const { size } = await stat(file);
	if (size > MAX_READ_BYTES) {
		return {
			problems: [
				problem(
					file,
					'too-large-file',
					`is ${formatBytes(size)}, too large to even read (limit ${formatBytes(MAX_READ_BYTES)}) — export the photo as a JPEG of at most ${MAX_EDGE} px on its longest side`,
					false,
				),
			],
			warnings: [],
			info: emptyInfo(size),
		};
	}
	return inspectPhotoBuffer(await readFile(file), file);
}

function emptyInfo(bytes: number): PhotoInfo {
	return {
		format: null,
		width: null,
		height: null,
		bytes,
		hasExif: false,
		hasGps: false,
		orientation: null,
		metadata: [],
		opaque: null,
		pages: 1,
	};
}

/** Checks a photo held in memory; `file` is the name used in messages (and to compare the extension). */
export async function inspectPhotoBuffer(data: Uint8Array, file: string): Promise<PhotoReport> {
	const shown = displayPath(file);
	const fix = photosCommand(file);
	const bytes = data.byteLength;
	const problems: PhotoProblem[] = [];
	const warnings: string[] = [];
	const refuse = (code: PhotoProblemCode, detail: string): PhotoReport => ({
		problems: [problem(file, code, detail, false)],
		warnings,
		info: emptyInfo(bytes),
	});

	if (bytes === 0) return refuse('not-an-image', 'is empty (0 bytes) — copy the photo again');
	const sniffed = sniffImage(data.subarray(0, 16));
	const input = Buffer.from(data.buffer, data.byteOffset, data.byteLength);

	// The header only: sharp 0.35 applies limitInputPixels to metadata() too, so lift it here to
	// learn the real dimensions of a bomb without decoding anything.
	let metadata: Metadata;
	try {
		metadata = await sharp(input, { limitInputPixels: false }).metadata();
	} catch (error) {
		if (sniffed === null) {
			return refuse(
				'not-an-image',
				'is not an image (its content is not JPEG, PNG, WebP, AVIF or any format sharp reads) — export the photo as JPEG',
			);
		}
		return refuse(
			'corrupt',
			`is a damaged ${label(sniffed)} file whose header cannot be read (${firstLine(error)}) — copy or export the photo again from the original`,
		);
	}

	const format = formatName(metadata);
	const { width, height } = metadata;
	const orientedWidth = metadata.autoOrient.width;
	const orientedHeight = metadata.autoOrient.height;
	const metadataKinds: MetadataKind[] = [];
	let hasGps = false;
	let orientation: number | null = metadata.orientation ?? null;
	if (metadata.exif !== undefined) {
		metadataKinds.push('exif');
		const exif = readExif(metadata.exif);
		if (exif === null)
			warnings.push(`${shown}: its EXIF block cannot be read, so it was not checked for GPS data (it is stripped all the same)`);
		else {
			hasGps ||= exif.gps;
			orientation ??= exif.orientation;
		}
	}
	if (metadata.xmp !== undefined) {
		metadataKinds.push('xmp');
		hasGps ||= xmpHasGps(metadata.xmpAsString ?? metadata.xmp.toString('utf8'));
	}
	if (metadata.iptc !== undefined) metadataKinds.push('iptc');
	if (metadata.comments !== undefined && metadata.comments.length > 0) metadataKinds.push('comments');
	const pages = metadata.pages ?? 1;
	const info = (opaque: boolean | null): PhotoInfo => ({
		format,
		width,
		height,
		bytes,
		hasExif: metadata.exif !== undefined,
		hasGps,
		orientation,
		metadata: metadataKinds,
		opaque,
		pages,
	});

	const convertible = isConvertible(format);
	if (!isAllowed(format) && !convertible) {
		return {
			problems: [
				problem(
					file,
					'unsupported-format',
					`is ${withArticle(format)}, not a photo format — export the photo as JPEG (or PNG if it needs transparency)`,
					false,
				),
			],
			warnings,
			info: info(null),
		};
	}

	const pixels = width * height;
	if (pixels > MAX_INPUT_PIXELS) {
		return {
			problems: [
				problem(
					file,
					'too-many-pixels',
					`claims ${width}×${height} px (${Math.round(pixels / 1e6)} megapixels), more than the ${MAX_INPUT_PIXELS / 1e6}-megapixel limit — ` +
						`it is not decoded (a possible decompression bomb); scale it down in an image editor first`,
					false,
				),
			],
			warnings,
			info: info(null),
		};
	}

	// Decode every pixel: a truncated JPEG has a perfectly good header. Strictly first; a file the
	// decoder only warns about can still be re-encoded by the intake, so that is a fixable problem.
	let opaque: boolean;
	let decoderWarning: string | null = null;
	const decode = (failOn: 'error' | 'warning') => sharp(input, { failOn, limitInputPixels: MAX_INPUT_PIXELS }).stats();
	try {
		opaque = (await decode(FAIL_ON_COMMITTED)).isOpaque;
	} catch (strictError) {
		try {
			opaque = (await decode(FAIL_ON)).isOpaque;
			decoderWarning = firstLine(strictError);
		} catch (error) {
			const reason = firstLine(error);
			const message =
				format === 'heic'
					? `is a HEIC photo, which cannot be decoded here (${reason}) — export it as JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible)`
					: `is truncated or damaged (${reason}) — copy or export the photo again from the original`;
			return { problems: [problem(file, 'corrupt', message, false)], warnings, info: info(null) };
		}
	}

	if (Math.min(orientedWidth, orientedHeight) < MIN_EDGE) {
		problems.push(
			problem(
				file,
				'too-small',
				`is only ${orientedWidth}×${orientedHeight} px; a photo needs at least ${MIN_EDGE} px on each side — use a larger photo or scan`,
				false,
			),
		);
	}
	if (convertible) {
		problems.push(
			problem(
				file,
				'unsupported-format',
				`is ${withArticle(format)}; committed photos must be JPEG, PNG, WebP or AVIF — run ${fix} to convert it`,
				true,
			),
		);
	}
	if (hasGps) {
		problems.push(
			problem(
				file,
				'has-gps',
				`carries GPS location data (${metadataKinds.join(', ').toUpperCase()} metadata) — run ${fix} to strip it`,
				true,
			),
		);
	} else if (metadataKinds.length > 0) {
		problems.push(
			problem(
				file,
				'has-metadata',
				`carries ${metadataKinds.join(', ').toUpperCase()} metadata (camera, date, orientation…) — run ${fix} to strip it`,
				true,
			),
		);
	}
	if (Math.max(width, height) > MAX_EDGE) {
		problems.push(
			problem(
				file,
				'too-large-edge',
				`is ${orientedWidth}×${orientedHeight} px, more than ${MAX_EDGE} px on its longest side — run ${fix} to scale it down`,
				true,
			),
		);
	}
	if (bytes > MAX_BYTES) {
		problems.push(
			problem(
				file,
				'too-large-file',
				`is ${formatBytes(bytes)}, more than the ${formatBytes(MAX_BYTES)} allowed — run ${fix} to re-encode it`,
				true,
			),
		);
	}

	if (pages > 1) problems.push(problem(file, 'animated', `has ${pages} frames; a photo is one still image — run ${fix} to keep the first frame`, true));
	// Only once nothing else needs the intake: its metadata problems already name the same fix.
	if (problems.length === 0 && isAllowed(format)) {
		problems.push(...canonicalPhotoProblems(data).map((p) => problem(file, p.code, p.detail, p.fixable)));
		if (decoderWarning !== null)
			problems.push(problem(file, 'not-canonical', `makes the image decoder warn (${decoderWarning}) — run ${fix} to re-encode it`, true));
	}
	if (!extensionMatches(file, format))
		warnings.push(`${shown}: is ${withArticle(format)} file but its name ends in "${path.extname(file)}"`);
	return { problems, warnings, info: info(opaque) };
}

/**
 * Every reason a photo in the repository is not exactly what `npm run photos` writes: the structural
 * allowlist (`canonicalPhotoProblems`) plus a full decode — truncation, decoder warnings, frames,
 * the pixel limit, the size limits. Empty for a photo that may be committed and published.
 */
export async function committedPhotoProblems(bytes: Uint8Array, file: string): Promise<PhotoProblem[]> {
	return [...(await inspectPhotoBuffer(bytes, file)).problems];
}
