/**
 * --write-alt: the alt text of the drawn photos (./front.jpg, ./back.jpg) of example passes,
 * rewritten in their index.mdx to describe the drawing. Only those alt lines change; every other
 * byte of the file is kept, and the edit is read back to prove it.
 */
import { yamlScalar } from '../../src/lib/content-files/pass-to-mdx.ts';
import { splitFrontmatter } from '../../src/lib/content-files/split-frontmatter.ts';
import { describeBack, describeFront } from '../lib/describe-art.ts';
import type { ArtModel } from '../lib/pass-art.ts';
import { ART_FILES, type ArtSide } from './art-catalog.ts';

function sideOfSrc(src: string): ArtSide | null {
	const bare = src.replace(/^\.\//, '');
	for (const side of ['front', 'back'] as const) if (bare === ART_FILES[side]) return side;
	return null;
}

/** The value of a one-line YAML scalar, unquoted, and where it ends (before any comment); null if it is not one. */
function scalarOnLine(rest: string): { value: string; end: number } | null {
	const start = rest.length - rest.trimStart().length;
	const first = rest[start];
	if (first === '"') {
		for (let i = start + 1; i < rest.length; i++) {
			if (rest[i] === '\\') i++;
			else if (rest[i] === '"') {
				try {
					return { value: JSON.parse(rest.slice(start, i + 1)) as string, end: i + 1 };
				} catch {
					return null;
				}
			}
		}
		return null;
	}
	if (first === "'") {
		for (let i = start + 1; i < rest.length; i++) {
			if (rest[i] !== "'") continue;
			if (rest[i + 1] === "'") {
				i++;
				continue;
			}
			return { value: rest.slice(start + 1, i).replace(/''/g, "'"), end: i + 1 };
		}
		return null;
	}
	if (first === undefined || first === '|' || first === '>' || first === '#') return null;
	const comment = rest.search(/\s#/);
	const end = comment === -1 ? rest.trimEnd().length : rest.slice(0, comment).trimEnd().length;
	return { value: rest.slice(start, end), end };
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isBlank = (line: string): boolean => line.trim() === '' || line.trim().startsWith('#');

/**
 * Sets the `alt:` of the photos whose `src` is ./front.jpg or ./back.jpg in the text of an index.mdx,
 * editing only those lines (an alt spread over several lines becomes one line); every other byte is
 * kept. Returns the new text and the sides whose alt changed; throws if the photos list is written
 * in a way it cannot edit safely (then nothing should be written).
 */
export function rewritePhotoAlts(text: string, alts: Partial<Record<ArtSide, string>>): { text: string; changed: ArtSide[] } {
	// Lines with their line endings, so that joining them gives back the text byte for byte.
	const lines = text.split(/(?<=\n)/);
	const body = (i: number): string => (lines[i] ?? '').replace(/\r?\n$/, '');
	const eol = (i: number): string => (lines[i] ?? '').slice(body(i).length);
	let open = 0;
	while (open < lines.length && body(open).replace(/^\uFEFF/, '').trim() === '') open++;
	if (body(open).replace(/^\uFEFF/, '').trimEnd() !== '---') throw new Error('has no frontmatter');
	let close = open + 1;
	while (close < lines.length && !body(close).startsWith('---')) close++;
	if (close >= lines.length) throw new Error('the frontmatter has no closing "---"');

	let photos = -1;
	for (let i = open + 1; i < close; i++) {
		if (!/^photos\s*:/.test(body(i))) continue;
		if (!/^photos\s*:\s*(#.*)?$/.test(body(i))) throw new Error('photos: is not a block list ("- src: …" lines)');
		photos = i;
	}
	if (photos === -1) return { text, changed: [] };
	let listEnd = photos + 1;
	while (listEnd < close && (isBlank(body(listEnd)) || indentOf(body(listEnd)) > 0 || body(listEnd).startsWith('-'))) listEnd++;

	// The items of the list: each starts with "- " at the list's indent.
	const items: { start: number; end: number; keyIndent: number }[] = [];
	let dashIndent = -1;
	for (let i = photos + 1; i < listEnd; i++) {
		const line = body(i);
		if (isBlank(line)) continue;
		const dash = /^(\s*)-(\s+)\S/.exec(line);
		if (dashIndent === -1) {
			if (!dash) throw new Error('photos: is not a block list ("- src: …" lines)');
			dashIndent = dash[1]?.length ?? 0;
		}
		if (dash && (dash[1]?.length ?? 0) === dashIndent) {
			const last = items[items.length - 1];
			if (last) last.end = i;
			items.push({ start: i, end: listEnd, keyIndent: dashIndent + 1 + (dash[2]?.length ?? 0) });
		} else if (indentOf(line) <= dashIndent) {
			throw new Error('photos: has a line that is not part of a list item');
		}
	}

	const replaced = new Map<number, string>(); // line index → new line (without the line ending)
	const dropped = new Set<number>();
	const changed: ArtSide[] = [];
	for (const item of items) {
		// The item's keys: "key: value" at keyIndent (on the dash line, after "- ").
		const keys = new Map<string, number>();
		for (let i = item.start; i < item.end; i++) {
			const line = body(i);
			if (isBlank(line)) continue;
			const at = i === item.start ? item.keyIndent : indentOf(line);
			if (at !== item.keyIndent) continue;
			const key = /^([A-Za-z_][\w-]*)\s*:(?:\s|$)/.exec(line.slice(item.keyIndent));
			if (key?.[1] !== undefined) keys.set(key[1], i);
		}
		const srcLine = keys.get('src');
		if (srcLine === undefined) continue;
		const srcRest = body(srcLine).slice(item.keyIndent).replace(/^src\s*:/, '');
		const src = scalarOnLine(srcRest);
		const side = src ? sideOfSrc(src.value) : null;
		if (side === null) continue;
		const alt = alts[side];
		if (alt === undefined) continue;
		const altLine = keys.get('alt');
		if (altLine === undefined) throw new Error(`photos: the ${ART_FILES[side]} photo has no alt line to rewrite`);
		const line = body(altLine);
		const keyEnd = line.indexOf(':', item.keyIndent) + 1;
		const rest = line.slice(keyEnd);
		// The value runs on over more-indented lines (a block scalar or a long plain scalar).
		let next = altLine + 1;
		while (next < item.end && (body(next).trim() === '' || indentOf(body(next)) > item.keyIndent)) next++;
		while (next - 1 > altLine && body(next - 1).trim() === '') next--;
		const oneLine = next === altLine + 1 ? scalarOnLine(rest) : null;
		if (oneLine !== null && oneLine.value === alt) continue;
		const tail = oneLine !== null ? rest.slice(oneLine.end) : '';
		replaced.set(altLine, `${line.slice(0, keyEnd)} ${yamlScalar(alt)}${tail}`);
		for (let i = altLine + 1; i < next; i++) dropped.add(i);
		changed.push(side);
	}
	if (changed.length === 0) return { text, changed };
	const out = lines.map((original, i) => {
		if (dropped.has(i)) return '';
		const line = replaced.get(i);
		return line === undefined ? original : line + eol(i);
	});
	return { text: out.join(''), changed };
}

/** Checks that `after` differs from `before` only in the alt texts set; throws if not. */
export function checkAltEdit(before: string, after: string, alts: Partial<Record<ArtSide, string>>): void {
	const read = (text: string): { frontmatter: Record<string, unknown>; body: string } => {
		const split = splitFrontmatter(text);
		if ('error' in split) throw new Error(`cannot read the file back: ${split.error}`);
		return split;
	};
	const expected = read(before);
	const photos = expected.frontmatter['photos'];
	if (Array.isArray(photos)) {
		for (const photo of photos as unknown[]) {
			if (typeof photo !== 'object' || photo === null) continue;
			const record = photo as Record<string, unknown>;
			const side = typeof record['src'] === 'string' ? sideOfSrc(record['src']) : null;
			const alt = side !== null ? alts[side] : undefined;
			if (alt !== undefined) record['alt'] = alt;
		}
	}
	const actual = read(after);
	if (JSON.stringify(actual.frontmatter) !== JSON.stringify(expected.frontmatter)) {
		throw new Error('rewriting the alt lines would change other data — edit them by hand');
	}
	// The reader blanks the frontmatter out of the body to keep its line numbers: compare what follows.
	if (actual.body.trimStart() !== expected.body.trimStart()) throw new Error('rewriting the alt lines would change the body');
}

/** The alt texts of the artwork drawn for a pass. */
export function altTextsFor(model: ArtModel): Record<ArtSide, string> {
	return { front: describeFront(model), back: describeBack(model) };
}
