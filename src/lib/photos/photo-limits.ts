/**
 * The limits and formats a committed photo is held to, declared once: the intake
 * (`npm run photos`) fixes a photo to fit them, `photo-checks-fs.ts` refuses one that does not, and the
 * build's photo step decodes nothing beyond them. Pure data.
 */
import { CANONICAL_FORMATS } from './photo-canonical.ts';

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
