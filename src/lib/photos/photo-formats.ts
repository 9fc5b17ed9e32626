/**
 * What kind of image a file is, and how messages name it: from its first bytes (to tell "not an
 * image" from "a damaged image"), from sharp's header, and from its extension. Pure code.
 */
import type { Metadata } from 'sharp';
import { ALLOWED_FORMATS, type AllowedFormat, CONVERTIBLE_FORMATS } from './photo-limits.ts';

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

export function formatName(metadata: Metadata): string {
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

export function label(format: string): string {
	return FORMAT_LABEL[format] ?? format.toUpperCase();
}

const AN = new Set(['avif', 'svg']);

/** "a JPEG", "an AVIF", "an SVG drawing". */
export function withArticle(format: string): string {
	return `${AN.has(format) ? 'an' : 'a'} ${label(format)}`;
}

export function firstLine(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return (text.split('\n')[0] ?? text).trim();
}

export function isAllowed(format: string): format is AllowedFormat {
	return (ALLOWED_FORMATS as readonly string[]).includes(format);
}

export function isConvertible(format: string): boolean {
	return (CONVERTIBLE_FORMATS as readonly string[]).includes(format);
}

export function extensionMatches(file: string, format: string): boolean {
	// The extension as node:path's extname reads it, without Node: browser code shares this module.
	const base = file.slice(file.lastIndexOf('/') + 1);
	const dot = base.lastIndexOf('.');
	const ext = dot > 0 ? base.slice(dot).toLowerCase() : '';
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

