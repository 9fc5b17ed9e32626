/**
 * The size limits of a contributed photo: `npm run photos`, `npm run validate`, the build's photo
 * step and the web form's photo preparation all read them here. Browser-safe (numbers only).
 */

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
