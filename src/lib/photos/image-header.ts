/**
 * What an image file is, from its first bytes: the format (never the file name or the type the
 * browser guesses) and, where the header states it, the size in pixels — so a decompression bomb
 * is refused before anything is decoded. Browser-safe; the web form's photo step uses it.
 */

export type HeaderFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'heic';

export interface ImageHeader {
	readonly format: HeaderFormat;
	readonly mime: string;
	/** Pixels, as the header states them (undefined where it is not read: AVIF, HEIC). */
	readonly width?: number | undefined;
	readonly height?: number | undefined;
}

const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));
const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, i: number) => (((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0;

/** JPEG: the first start-of-frame segment holds the size (markers C0–CF but C4, C8, CC). */
function jpegSize(b: Uint8Array): { width?: number; height?: number } {
	let i = 2;
	while (i + 9 < b.length) {
		if (b[i] !== 0xff) return {};
		const marker = b[i + 1] ?? 0;
		if (marker === 0xff) {
			i++;
			continue;
		}
		if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
		if (marker === 0xd9 || marker === 0xda) return {};
		i += 2 + u16be(b, i + 2);
	}
	return {};
}

function webpSize(b: Uint8Array): { width?: number; height?: number } {
	const chunk = ascii(b, 12, 4);
	if (chunk === 'VP8 ') return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
	if (chunk === 'VP8L') {
		const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = b.subarray(21, 25);
		return { width: 1 + (((b1 & 0x3f) << 8) | b0), height: 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6)) };
	}
	if (chunk === 'VP8X') return { width: 1 + u24le(b, 24), height: 1 + u24le(b, 27) };
	return {};
}

/** The format and stated size of an image, or undefined for anything this allowlist does not name. */
export function imageHeader(b: Uint8Array): ImageHeader | undefined {
	if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { format: 'jpeg', mime: 'image/jpeg', ...jpegSize(b) };
	if (ascii(b, 0, 8) === '\x89PNG\r\n\x1a\n' && ascii(b, 12, 4) === 'IHDR') return { format: 'png', mime: 'image/png', width: u32be(b, 16), height: u32be(b, 20) };
	if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return { format: 'webp', mime: 'image/webp', ...webpSize(b) };
	if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return { format: 'gif', mime: 'image/gif', width: u16le(b, 6), height: u16le(b, 8) };
	if (ascii(b, 4, 4) === 'ftyp') {
		const boxEnd = Math.min(b.length, u32be(b, 0));
		const brands: string[] = [];
		for (let i = 8; i + 4 <= boxEnd; i += 4) if (i !== 12) brands.push(ascii(b, i, 4));
		if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return { format: 'avif', mime: 'image/avif' };
		if (brands.some((brand) => ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand))) return { format: 'heic', mime: 'image/heic' };
	}
	return undefined;
}
