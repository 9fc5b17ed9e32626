/**
 * Is a photo file exactly what `npm run photos` writes — an image and nothing else? A structural
 * allowlist per format, read from the bytes alone: every part of the file must be one the encoder
 * writes for a plain still image, and nothing may follow the image's end. Anything not named here
 * (EXIF/XMP/ICC segments, comments, text chunks, animation, data after the end) is refused, so a
 * committed photo cannot smuggle data the decoder would skip.
 *
 * Browser-safe: no node:fs, no sharp. The decode part (truncation, frames, pixels) is Node-only, in
 * `photo-checks-fs.ts` (`committedPhotoProblems`).
 *
 * What each format may hold (what sharp 0.35 writes through `npm run photos`):
 * - JPEG: SOI, DQT, SOF0/SOF1/SOF2, DHT, DRI, SOS + entropy-coded data (RSTn inside it), EOI — and
 *   not one byte after EOI. sharp writes no JFIF APP0, so no APPn segment is allowed at all.
 * - PNG: IHDR, PLTE, tRNS, pHYs (libvips always writes its 9-byte pixel density), IDAT…, IEND — in
 *   that order, every CRC right, nothing after IEND.
 * - WebP: the RIFF size equals the file size; one VP8 or VP8L chunk, or VP8X (alpha flag only) +
 *   ALPH + VP8 (lossy with transparency). No EXIF, XMP, ICCP or ANIM.
 * - AVIF, GIF, TIFF, HEIC: not committed; `npm run photos` converts them.
 */

export type PhotoProblemCode =
	| 'not-an-image'
	| 'corrupt'
	| 'too-many-pixels'
	| 'too-small'
	| 'too-large-file'
	| 'has-gps'
	| 'has-metadata'
	| 'unsupported-format'
	| 'too-large-edge'
	| 'animated'
	| 'not-canonical';

export interface PhotoProblem {
	readonly code: PhotoProblemCode;
	/** One line: the file, what is wrong, and how to fix it ("<file>: <detail>"). */
	readonly message: string;
	/** The message without the file name in front, for callers that show the location themselves. */
	readonly detail: string;
	/** Whether `npm run photos` fixes it (strip, rotate, scale down, re-encode, convert). */
	readonly fixable: boolean;
}

/** Formats a photo may be committed in; each has its allowlist below. */
export const CANONICAL_FORMATS = ['jpeg', 'png', 'webp'] as const;
export type CanonicalFormat = (typeof CANONICAL_FORMATS)[number];

/** The format a file's first bytes claim, when it is one that may be committed. */
export function canonicalFormatOf(bytes: Uint8Array): CanonicalFormat | null {
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
	if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'png';
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
	return null;
}

const FIX = 'run `npm run photos` on it to re-encode it';

/**
 * Everything in the file that `npm run photos` would not have written. Empty for a canonical file.
 * `file` only prefixes the messages.
 */
export function canonicalPhotoProblems(bytes: Uint8Array, file = ''): PhotoProblem[] {
	const format = canonicalFormatOf(bytes);
	const details =
		format === 'jpeg' ? jpegProblems(bytes) : format === 'png' ? pngProblems(bytes) : format === 'webp' ? webpProblems(bytes) : [NOT_ALLOWED];
	return details.map((detail) => ({
		code: detail === NOT_ALLOWED ? 'unsupported-format' : 'not-canonical',
		message: file === '' ? detail : `${file}: ${detail}`,
		detail,
		fixable: true,
	}));
}

const NOT_ALLOWED = `is not a JPEG, PNG or WebP file — ${FIX}`;

function ascii(bytes: Uint8Array, at: number, length: number): string {
	return at + length <= bytes.length ? String.fromCharCode(...bytes.subarray(at, at + length)) : '';
}

function u16be(bytes: Uint8Array, at: number): number {
	return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
}

function u32be(bytes: Uint8Array, at: number): number {
	return (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0;
}

function u32le(bytes: Uint8Array, at: number): number {
	return ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0;
}

function after(count: number, what: string): string {
	return `has ${count.toLocaleString('en')} byte${count === 1 ? '' : 's'} of data after the end of the ${what}, which no viewer shows — ${FIX}`;
}

// ——— JPEG ———

const JPEG_MARKER_NAMES: Record<number, string> = {
	0xc0: 'SOF0 (frame header)',
	0xc1: 'SOF1 (frame header)',
	0xc2: 'SOF2 (frame header)',
	0xc4: 'DHT (Huffman table)',
	0xda: 'SOS (scan header)',
	0xdb: 'DQT (quantisation table)',
	0xdd: 'DRI (restart interval)',
	0xc3: 'SOF3 (lossless)',
	0xc5: 'SOF5',
	0xc6: 'SOF6',
	0xc7: 'SOF7',
	0xc8: 'JPG',
	0xc9: 'SOF9 (arithmetic)',
	0xca: 'SOF10 (arithmetic)',
	0xcb: 'SOF11',
	0xcc: 'DAC',
	0xcd: 'SOF13',
	0xce: 'SOF14',
	0xcf: 'SOF15',
	0xdc: 'DNL',
	0xde: 'DHP',
	0xdf: 'EXP',
	0xe0: 'APP0 (JFIF)',
	0xe1: 'APP1 (EXIF or XMP metadata)',
	0xe2: 'APP2 (ICC profile or FlashPix)',
	0xed: 'APP13 (IPTC metadata)',
	0xee: 'APP14 (Adobe)',
	0xfe: 'COM (a comment)',
};

function markerName(marker: number): string {
	const known = JPEG_MARKER_NAMES[marker];
	if (known !== undefined) return known;
	if (marker >= 0xe0 && marker <= 0xef) return `APP${marker - 0xe0}`;
	return `0x${marker.toString(16).toUpperCase()}`;
}

function jpegProblems(bytes: Uint8Array): string[] {
	const problems: string[] = [];
	let at = 2; // after SOI
	let frame = false;
	let scans = 0;
	while (at < bytes.length) {
		if (bytes[at] !== 0xff) return [...problems, `has stray bytes between JPEG segments (at byte ${at}) — ${FIX}`];
		const marker = bytes[at + 1] ?? -1;
		if (marker === 0xd9) {
			const trailing = bytes.length - (at + 2);
			if (scans === 0) problems.push(`has no image data (no scan before its end) — ${FIX}`);
			if (trailing > 0) problems.push(after(trailing, 'JPEG image (EOI)'));
			return problems;
		}
		if (at + 4 > bytes.length) break;
		const length = u16be(bytes, at + 2);
		const end = at + 2 + length;
		if (length < 2 || end > bytes.length) break;
		const body = bytes.subarray(at + 4, end);
		const ok =
			marker === 0xdb ? dqtFits(body) :
			marker === 0xc4 ? dhtFits(body) :
			marker === 0xdd ? body.length === 2 :
			marker === 0xc0 || marker === 0xc1 || marker === 0xc2 ? !frame && sofFits(body) :
			marker === 0xda ? frame && sosFits(body) :
			null;
		if (ok === null) return [...problems, `holds a ${markerName(marker)} segment, which a plain photo does not need — ${FIX}`];
		if (!ok) return [...problems, `has a malformed ${markerName(marker)} segment (at byte ${at}) — ${FIX}`];
		if (marker >= 0xc0 && marker <= 0xc2) frame = true;
		at = end;
		if (marker === 0xda) {
			scans++;
			at = endOfEntropyData(bytes, at);
		}
	}
	return [...problems, `is cut short: it ends before its end-of-image marker — copy or export the photo again`];
}

/** DQT: whole tables of 64 one- or two-byte values, exactly filling the segment. */
function dqtFits(body: Uint8Array): boolean {
	let at = 0;
	while (at < body.length) {
		const precision = (body[at] ?? 0) >> 4;
		const table = (body[at] ?? 0) & 0x0f;
		if (precision > 1 || table > 3) return false;
		at += 1 + 64 * (precision + 1);
	}
	return at === body.length && body.length > 0;
}

/** DHT: whole Huffman tables (class/id, 16 counts, the symbols), exactly filling the segment. */
function dhtFits(body: Uint8Array): boolean {
	let at = 0;
	while (at < body.length) {
		const kind = (body[at] ?? 0) >> 4;
		const table = (body[at] ?? 0) & 0x0f;
		if (kind > 1 || table > 3 || at + 17 > body.length) return false;
		let symbols = 0;
		for (let i = 1; i <= 16; i++) symbols += body[at + i] ?? 0;
		if (symbols > 256) return false;
		at += 17 + symbols;
	}
	return at === body.length && body.length > 0;
}

/** SOF: 8-bit samples, a known size (no DNL), grey or three components. */
function sofFits(body: Uint8Array): boolean {
	const components = body[5] ?? 0;
	return body[0] === 8 && u16be(body, 1) > 0 && u16be(body, 3) > 0 && (components === 1 || components === 3) && body.length === 6 + 3 * components;
}

function sosFits(body: Uint8Array): boolean {
	const components = body[0] ?? 0;
	return components >= 1 && components <= 3 && body.length === 4 + 2 * components;
}

/** The offset of the next marker after entropy-coded data (FF00 is a stuffed byte, FFD0–FFD7 a restart). */
function endOfEntropyData(bytes: Uint8Array, from: number): number {
	let at = from;
	while (at + 1 < bytes.length) {
		if (bytes[at] === 0xff) {
			const next = bytes[at + 1] ?? 0;
			if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) return at;
			at += 2;
		} else at++;
	}
	return bytes.length;
}

// ——— PNG ———

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** Chunks allowed before the image data, each at most once, in this order. */
const PNG_HEADER_CHUNKS = ['IHDR', 'PLTE', 'tRNS', 'pHYs'] as const;

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** Colour type → the bit depths PNG allows for it. */
const PNG_DEPTHS: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

function pngProblems(bytes: Uint8Array): string[] {
	let at = 8;
	let lastHeader = -1; // index in PNG_HEADER_CHUNKS of the last header chunk seen
	let sawData = false; // IDATs must follow one another: any chunk after the first one is out of place
	while (at + 12 <= bytes.length) {
		const length = u32be(bytes, at);
		const type = ascii(bytes, at + 4, 4);
		const end = at + 12 + length;
		if (end > bytes.length) break;
		if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== u32be(bytes, at + 8 + length))
			return [`has a damaged ${JSON.stringify(type)} chunk (wrong checksum) — copy or export the photo again`];
		if (type === 'IEND') {
			if (!sawData || length !== 0) break;
			return end < bytes.length ? [after(bytes.length - end, 'PNG image (IEND)')] : [];
		}
		if (type === 'IDAT') {
			if (lastHeader === -1) return [`has image data before its IHDR header — ${FIX}`];
			sawData = true;
		} else {
			const index = (PNG_HEADER_CHUNKS as readonly string[]).indexOf(type);
			if (index === -1) return [`holds a ${JSON.stringify(type)} chunk, which a plain photo does not need — ${FIX}`];
			if (sawData || (at === 8) !== (index === 0) || index <= lastHeader) return [`has its ${type} chunk out of place — ${FIX}`];
			if (!pngChunkFits(type, bytes.subarray(at + 8, at + 8 + length))) return [`has a malformed ${type} chunk — ${FIX}`];
			lastHeader = index;
		}
		at = end;
	}
	return ['is cut short: it ends before its IEND chunk — copy or export the photo again'];
}

function pngChunkFits(type: string, data: Uint8Array): boolean {
	if (type === 'IHDR') {
		const depth = data[8] ?? 0;
		const colour = data[9] ?? -1;
		return data.length === 13 && u32be(data, 0) > 0 && u32be(data, 4) > 0 && (PNG_DEPTHS[colour] ?? []).includes(depth) && data[10] === 0 && data[11] === 0 && (data[12] === 0 || data[12] === 1);
	}
	if (type === 'PLTE') return data.length > 0 && data.length <= 768 && data.length % 3 === 0;
	if (type === 'tRNS') return data.length > 0 && data.length <= 256;
	return data.length === 9 && (data[8] === 0 || data[8] === 1); // pHYs
}

// ——— WebP ———

const VP8X_ALPHA = 0x10;

function webpProblems(bytes: Uint8Array): string[] {
	const declared = u32le(bytes, 4) + 8;
	if (declared !== bytes.length) {
		return declared < bytes.length ? [after(bytes.length - declared, 'WebP image (its RIFF size)')] : ['is cut short: it is smaller than its RIFF header says — copy or export the photo again'];
	}
	const chunks: { type: string; data: Uint8Array }[] = [];
	let at = 12;
	while (at + 8 <= bytes.length) {
		const size = u32le(bytes, at + 4);
		const end = at + 8 + size + (size & 1);
		if (end > bytes.length) return ['is cut short: a chunk runs past the end of the file — copy or export the photo again'];
		if (size & 1 && bytes[end - 1] !== 0) return [`has data hidden in a chunk's padding byte — ${FIX}`];
		chunks.push({ type: ascii(bytes, at, 4), data: bytes.subarray(at + 8, at + 8 + size) });
		at = end;
	}
	if (at !== bytes.length) return [`has stray bytes after its last chunk — ${FIX}`];
	const types = chunks.map((c) => c.type).join(',');
	if (types === 'VP8 ' || types === 'VP8L') return [];
	const header = chunks[0];
	if (types === 'VP8X,ALPH,VP8 ' && header !== undefined) {
		const flags = header.data[0] ?? 0;
		const reserved = header.data.subarray(1, 4).some((b) => b !== 0);
		if (header.data.length === 10 && flags === VP8X_ALPHA && !reserved) return [];
		return [`declares extras in its VP8X header (flags ${flags.toString(2).padStart(8, '0')}: metadata, a colour profile or animation) — ${FIX}`];
	}
	const extra = chunks.find((c) => !['VP8 ', 'VP8L', 'VP8X', 'ALPH'].includes(c.type));
	if (extra !== undefined) return [`holds a ${JSON.stringify(extra.type.trim())} chunk, which a plain photo does not need — ${FIX}`];
	return [`has an unusual chunk layout (${types}) — ${FIX}`];
}
