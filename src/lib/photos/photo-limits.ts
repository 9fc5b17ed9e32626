/**
 * What a committed photo may be — sizes, formats, decoder strictness — and the shape of a photo's
 * report. Pure data, so the build's photo gate and the intake read the same limits without
 * loading the intake's checks.
 */
import { CANONICAL_FORMATS, type PhotoProblem } from './photo-canonical.ts';

/** Longest side of a committed photo, in pixels. The intake scales larger photos down to this. */
export const MAX_EDGE = 3000;
/** Shortest side a photo may have, in pixels: anything smaller is too small to show a pass. */
export const MIN_EDGE = 300;
/**
 * Largest image (width × height) that is decoded at all: anything bigger is refused before decoding,
 * as a possible decompression bomb. The build's photo step uses the same limit (src/lib/photos/), so a
 * photo these checks accept never fails the build.
 */
export const MAX_INPUT_PIXELS = 50_000_000;
/** Largest committed photo file, in bytes (8 MB). */
export const MAX_BYTES = 8 * 1024 * 1024;
/** Largest file that is read at all, in bytes (256 MB); bigger files are refused without reading them. */
export const MAX_READ_BYTES = 256 * 1024 * 1024;
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
