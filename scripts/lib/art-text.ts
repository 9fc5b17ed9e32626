/**
 * Text helpers for the generated pass artwork: XML escaping, and text measuring good enough to
 * fit a band name into a box. librsvg (sharp's SVG renderer) ignores `textLength`, so fitting has
 * to be done before the SVG is written, from the fonts' advance widths.
 */

/** Escapes text for use in SVG element content and attribute values; drops characters XML forbids. */
export function escapeXml(text: string): string {
	return text
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

export type FontFace = 'regular' | 'bold' | 'condensed';

/**
 * Advance widths of printable ASCII (U+0020–U+007E) in hundredths of an em, read from
 * DejaVuSans.ttf, DejaVuSans-Bold.ttf and DejaVuSansCondensed-Bold.ttf.
 */
const WIDTHS: Readonly<Record<FontFace, readonly number[]>> = {
	regular: [
		32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34,
		84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99,
		69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52,
		39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
	],
	bold: [
		35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40,
		84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77,
		110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49,
		60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
	],
	condensed: [
		31, 41, 47, 75, 63, 90, 78, 28, 41, 41, 47, 75, 34, 37, 34, 33, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 36, 36,
		75, 75, 75, 52, 90, 70, 69, 66, 75, 61, 61, 74, 75, 33, 33, 70, 57, 90, 75, 76, 66, 76, 69, 65, 61, 73, 70, 99,
		69, 65, 65, 41, 33, 41, 75, 45, 45, 61, 64, 53, 64, 61, 39, 64, 64, 31, 31, 60, 31, 94, 64, 62, 64, 64, 44, 54,
		43, 64, 59, 83, 58, 59, 52, 64, 33, 64, 75,
	],
};

/** Width of one character in ems; accented letters measure as their base letter. */
function charWidth(char: string, face: FontFace): number {
	const table = WIDTHS[face];
	let code = char.codePointAt(0) ?? 32;
	if (code > 126) {
		const base = char.normalize('NFD').codePointAt(0) ?? 0;
		code = base >= 32 && base <= 126 ? base : 0;
	}
	if (code === 0) return face === 'regular' ? 0.64 : 0.72; // unknown: about a digit
	return (table[code - 32] ?? 64) / 100;
}

/** Width in px of `text` at `size` px, including letter spacing (px between characters). */
export function textWidth(text: string, size: number, face: FontFace, letterSpacing = 0): number {
	let em = 0;
	let count = 0;
	for (const char of text) {
		em += charWidth(char, face);
		count++;
	}
	return em * size + letterSpacing * Math.max(0, count - 1);
}

export interface FittedLines {
	readonly lines: readonly string[];
	readonly size: number;
}

/**
 * Breaks `text` into 1…maxLines lines and picks the break that allows the largest font inside
 * `width` × `height` (lines are `lineHeight` × size apart). Never breaks inside a word.
 */
export function fitLines(
	text: string,
	width: number,
	height: number,
	face: FontFace,
	options: { maxLines?: number; lineHeight?: number; spacingEm?: number; maxSize?: number; linePenalty?: number } = {},
): FittedLines {
	const { maxLines = 2, lineHeight = 1.05, spacingEm = 0, maxSize = Infinity, linePenalty = 1.08 } = options;
	const words = text.split(/\s+/).filter((w) => w.length > 0);
	let best: FittedLines = { lines: [text], size: 0 };
	let bestScore = 0;
	let bestWidest = Infinity;
	for (let n = 1; n <= Math.min(maxLines, Math.max(1, words.length)); n++) {
		for (const lines of splits(words, n)) {
			const widest = Math.max(...lines.map((line) => textWidth(line, 1, face, spacingEm)));
			const size = Math.min(width / widest, height / (1 + (n - 1) * lineHeight), maxSize);
			// Larger text wins, each extra line costing `linePenalty`; at the same size and line count
			// (when the height limits it), the more balanced break wins.
			const score = size / linePenalty ** (n - 1);
			if (score > bestScore + 0.01 || (score > bestScore - 0.01 && n === best.lines.length && widest < bestWidest)) {
				best = { lines, size };
				bestScore = score;
				bestWidest = widest;
			}
		}
	}
	return best;
}

/** Every way of cutting `words` into exactly `n` non-empty lines (few words, so few ways). */
function splits(words: readonly string[], n: number): string[][] {
	if (n === 1) return [[words.join(' ')]];
	const out: string[][] = [];
	for (let i = 1; i <= words.length - n + 1; i++) {
		const head = words.slice(0, i).join(' ');
		for (const rest of splits(words.slice(i), n - 1)) out.push([head, ...rest]);
	}
	return out;
}

/** Greedy word wrap to `width` px at `size` px; for paragraphs of small print. */
export function wrapText(text: string, width: number, size: number, face: FontFace): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (line !== '' && textWidth(candidate, size, face) > width) {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}
