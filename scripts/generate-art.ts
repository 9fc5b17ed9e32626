/**
 * Draws original illustrative artwork of every pass — `front.jpg` and `back.jpg` next to
 * `content/passes/<slug>/index.mdx` — from the pass's data. The artwork is made up (palette, layout
 * and pattern come from a hash of the slug) and says "ILLUSTRATION" in a corner; it stands in until
 * someone photographs the real pass.
 *
 *   node scripts/generate-art.ts [--content DIR] [--only slug1,slug2] [--force] [--write-alt]
 *
 * Idempotent: a pass whose two images are newer than its index.mdx (and the band, tour, type and
 * printer files it uses) is skipped unless --force. An existing image is only ever replaced when the
 * pass is `example: true` — for any other pass it may be a contributor's photo of the real thing.
 *
 * --write-alt also rewrites, in the index.mdx of every `example: true` pass, the `alt:` of the photos
 * whose src is ./front.jpg or ./back.jpg to a description of what the drawing shows (describeFront /
 * describeBack). Only those alt lines change; every other byte of the file is kept. Passes that are
 * not examples are never touched.
 */
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import sharp from 'sharp';
import { describeBack, describeFront } from './lib/describe-art.ts';
import { canvasFor, renderBackSvg, renderFrontSvg, shapeOf, type ArtModel } from './lib/pass-art.ts';

export { ALT_MAX, describeBack, describeFront } from './lib/describe-art.ts';
export {
	backFacts,
	canvasFor,
	designFor,
	frontFacts,
	renderBackSvg,
	renderFrontSvg,
	serialFor,
	shapeOf,
	typeLettering,
} from './lib/pass-art.ts';
export type { ArtModel, BackFacts, Design, FrontFacts } from './lib/pass-art.ts';
export { hashSlug } from './lib/art-random.ts';
export { escapeXml } from './lib/art-text.ts';

export const JPEG_QUALITY = 82;

/** A content file that exists but cannot be read as data. */
export class ContentError extends Error {
	readonly file: string;
	constructor(file: string, message: string) {
		super(`${display(file)}: ${message}`);
		this.name = 'ContentError';
		this.file = file;
	}
}

function display(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative === '' || relative.startsWith('..') ? file : relative;
}

function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
}

function isMissing(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

type Data = Record<string, unknown>;

async function readText(file: string): Promise<string | null> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		if (isMissing(error)) return null;
		throw error;
	}
}

/** The frontmatter of an .mdx file; null if the file does not exist. Throws ContentError if it cannot be parsed. */
export async function readFrontmatter(file: string): Promise<Data | null> {
	const text = await readText(file);
	if (text === null) return null;
	let parsed;
	try {
		parsed = parseFrontmatter(text);
	} catch (error) {
		throw new ContentError(file, `cannot parse the frontmatter — ${errorMessage(error)}`);
	}
	if (parsed.rawFrontmatter.trim() === '') {
		throw new ContentError(file, 'has no frontmatter — it must start with a block between two "---" lines');
	}
	const data: unknown = parsed.frontmatter;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new ContentError(file, 'the frontmatter is not a list of "key: value" fields');
	}
	return data as Data;
}

async function readJson(file: string): Promise<Data | null> {
	const text = await readText(file);
	if (text === null) return null;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new ContentError(file, `is not valid JSON — ${errorMessage(error)}`);
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new ContentError(file, 'must contain a JSON object');
	}
	return data as Data;
}

function str(value: unknown): string | null {
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return null;
}

/** YAML reads 1993-10-18 as a Date and 1993 as a number; both mean the text the author wrote. */
function dateValue(value: unknown): string | null {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	return str(value);
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] as const;

interface Parts {
	readonly year: number;
	readonly month: string | null;
	readonly day: number | null;
}

function dateParts(text: string): Parts | null {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
	if (!match) return null;
	const month = match[2] === undefined ? null : (MONTHS[Number(match[2]) - 1] ?? null);
	return { year: Number(match[1]), month, day: match[3] === undefined ? null : Number(match[3]) };
}

function formatParts(p: Parts): string {
	return [p.day, p.month, p.year].filter((x) => x !== null).join(' ');
}

/** A fuzzy date or span as printed on a pass: "18 OCT 1993", "18–20 OCT 1993", "OCT 1993", "1993–1994". */
export function formatDateSpan(from: string, to: string | null = null): string {
	const a = dateParts(from);
	if (a === null) return from.toUpperCase();
	if (to === null || to === from) return formatParts(a);
	const b = dateParts(to);
	if (b === null) return `${formatParts(a)} – ${to.toUpperCase()}`;
	if (a.day !== null && b.day !== null && a.year === b.year) {
		if (a.month === b.month) return `${a.day}–${b.day} ${b.month} ${b.year}`;
		return `${a.day} ${a.month} – ${formatParts(b)}`;
	}
	if (a.month === null && b.month === null) return `${a.year}–${b.year}`;
	return `${formatParts(a)} – ${formatParts(b)}`;
}

function slugText(slug: string): string {
	return slug.replace(/-/g, ' ');
}

export interface LoadedPass {
	readonly model: ArtModel;
	readonly example: boolean;
	/** Files the artwork was drawn from (index.mdx and the referenced files that exist). */
	readonly sources: readonly string[];
}

/** Reads a pass and the names it refers to. Throws ContentError when a file cannot be parsed. */
export async function loadPass(contentDir: string, slug: string): Promise<LoadedPass> {
	const indexFile = path.join(contentDir, 'passes', slug, 'index.mdx');
	const fm = await readFrontmatter(indexFile);
	if (fm === null) throw new ContentError(indexFile, 'does not exist');
	const sources = [indexFile];

	async function nameFrom(file: string, read: (f: string) => Promise<Data | null>, slugValue: string): Promise<string> {
		const data = await read(file);
		if (data === null) return slugText(slugValue);
		sources.push(file);
		return str(data['name']) ?? slugText(slugValue);
	}

	const bandSlug = str(fm['band']);
	const band = bandSlug
		? await nameFrom(path.join(contentDir, 'bands', `${bandSlug}.json`), readJson, bandSlug)
		: (str(fm['title']) ?? slugText(slug));
	const typeSlug = str(fm['type']);
	const passType = typeSlug
		? await nameFrom(path.join(contentDir, 'pass-types', `${typeSlug}.mdx`), readFrontmatter, typeSlug)
		: 'Pass';
	const printerSlug = str(fm['printer']);
	const printer = printerSlug
		? await nameFrom(path.join(contentDir, 'printers', `${printerSlug}.json`), readJson, printerSlug)
		: null;

	let tour: string | null = null;
	let tourStart: string | null = null;
	let tourEnd: string | null = null;
	const tourSlug = str(fm['tour']);
	if (tourSlug) {
		const file = path.join(contentDir, 'tours', `${tourSlug}.json`);
		const data = await readJson(file);
		if (data === null) {
			tour = slugText(tourSlug);
		} else {
			sources.push(file);
			tour = str(data['name']) ?? slugText(tourSlug);
			tourStart = dateValue(data['start']);
			tourEnd = dateValue(data['end']);
		}
	}

	const validFrom = dateValue(fm['validFrom']);
	const validTo = dateValue(fm['validTo']);
	const yearField = typeof fm['year'] === 'number' && Number.isInteger(fm['year']) ? fm['year'] : null;
	const yearOf = (text: string | null) => (text !== null ? (dateParts(text)?.year ?? null) : null);
	let date: string | null = null;
	if (validFrom !== null) date = formatDateSpan(validFrom, validTo);
	else if (yearField !== null) date = String(yearField);
	else if (tourStart !== null) {
		const start = yearOf(tourStart);
		const end = yearOf(tourEnd);
		date = start === null ? tourStart : end !== null && end !== start ? `${start}–${String(end).slice(-2)}` : String(start);
	}
	const year = yearOf(validFrom) ?? yearField ?? yearOf(tourStart);

	const place = [str(fm['venue']), str(fm['city'])].filter((s) => s !== null).join(', ');
	const dims = fm['dimensions'];
	let aspect: number | null = null;
	if (typeof dims === 'object' && dims !== null) {
		const { widthMm, heightMm } = dims as Data;
		if (typeof widthMm === 'number' && typeof heightMm === 'number' && widthMm > 0 && heightMm > 0) {
			aspect = widthMm / heightMm;
		}
	}
	const features = Array.isArray(fm['securityFeatures'])
		? fm['securityFeatures'].filter((f): f is string => typeof f === 'string')
		: [];

	const model: ArtModel = {
		// A known fake copies the genuine pass's design (and serial); what it leaves out of its own
		// securityFeatures and printer is what gives it away in the drawing.
		slug: str(fm['fakeOf']) ?? slug,
		band,
		tour,
		passType,
		date,
		year,
		place: place === '' ? null : place,
		format: str(fm['format']) ?? 'laminate',
		printer,
		features,
		aspect,
	};
	return { model, example: fm['example'] === true, sources };
}

/** Renders an SVG to the JPEG bytes written next to the pass. */
export async function renderJpeg(svg: string): Promise<Buffer> {
	return sharp(Buffer.from(svg))
		.flatten({ background: '#ffffff' })
		.jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
		.toBuffer();
}

// ——— Alt text ———

/** The photos whose alt text --write-alt rewrites, by their `src`. */
export const ART_FILES = { front: 'front.jpg', back: 'back.jpg' } as const;
export type ArtSide = keyof typeof ART_FILES;

/** A YAML double-quoted scalar (JSON's escapes are all valid YAML). */
export function yamlQuote(text: string): string {
	return JSON.stringify(text);
}

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
		replaced.set(altLine, `${line.slice(0, keyEnd)} ${yamlQuote(alt)}${tail}`);
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
function checkAltEdit(before: string, after: string, alts: Partial<Record<ArtSide, string>>): void {
	const parse = (text: string): Data => {
		const data: unknown = parseFrontmatter(text).frontmatter;
		return typeof data === 'object' && data !== null ? (data as Data) : {};
	};
	const expected = parse(before);
	const photos = expected['photos'];
	if (Array.isArray(photos)) {
		for (const photo of photos as unknown[]) {
			if (typeof photo !== 'object' || photo === null) continue;
			const record = photo as Data;
			const side = typeof record['src'] === 'string' ? sideOfSrc(record['src']) : null;
			const alt = side !== null ? alts[side] : undefined;
			if (alt !== undefined) record['alt'] = alt;
		}
	}
	const actual = parse(after);
	if (JSON.stringify(actual) !== JSON.stringify(expected)) {
		throw new Error('rewriting the alt lines would change other data — edit them by hand');
	}
	const bodyOf = (text: string) => parseFrontmatter(text).content;
	if (bodyOf(after) !== bodyOf(before)) throw new Error('rewriting the alt lines would change the body');
}

/** The alt texts of the artwork drawn for a pass. */
export function altTextsFor(model: ArtModel): Record<ArtSide, string> {
	return { front: describeFront(model), back: describeBack(model) };
}

async function mtimeOf(file: string): Promise<number | null> {
	try {
		return (await stat(file)).mtimeMs;
	} catch (error) {
		if (isMissing(error)) return null;
		throw error;
	}
}

async function writeAtomically(file: string, bytes: Buffer): Promise<void> {
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		await writeFile(temporary, bytes);
		await rename(temporary, file);
	} catch (error) {
		await unlink(temporary).catch(() => undefined);
		throw error;
	}
}

export interface GenerateOptions {
	/** The content folder (with passes/, bands/, tours/, pass-types/, printers/). */
	readonly contentDir: string;
	/** Only these pass slugs. */
	readonly only?: readonly string[];
	/** Redraw even when the images are newer than the data (existing images of non-example passes are still kept). */
	readonly force?: boolean;
	/** Rewrite the alt text of the front.jpg/back.jpg photos of example passes to describe the drawings. */
	readonly writeAlt?: boolean;
	readonly log?: (line: string) => void;
}

export interface GenerateSummary {
	readonly passes: number;
	/** Images written. */
	readonly written: string[];
	/** Passes skipped because their images are up to date. */
	readonly upToDate: string[];
	/** Existing images left alone because their pass is not an example. */
	readonly kept: string[];
	/** index.mdx files whose alt texts --write-alt rewrote. */
	readonly altWritten: string[];
	readonly errors: string[];
	/** Total size of the images written. */
	readonly bytes: number;
	readonly milliseconds: number;
}

/** Draws the artwork of every pass (or of `only`); the CLI is a thin wrapper around this. */
export async function generateArt(options: GenerateOptions): Promise<GenerateSummary> {
	const started = performance.now();
	const log = options.log ?? (() => undefined);
	const passesDir = path.join(options.contentDir, 'passes');
	const summary = {
		passes: 0,
		written: [] as string[],
		upToDate: [] as string[],
		kept: [] as string[],
		altWritten: [] as string[],
		errors: [] as string[],
		bytes: 0,
	};
	const done = (): GenerateSummary => ({ ...summary, milliseconds: performance.now() - started });

	let slugs: string[];
	try {
		slugs = (await readdir(passesDir, { withFileTypes: true }))
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name)
			.sort();
	} catch (error) {
		summary.errors.push(`${display(passesDir)}: cannot list the pass folders — ${errorMessage(error)}`);
		return done();
	}
	if (options.only !== undefined && options.only.length > 0) {
		for (const slug of options.only) {
			if (!slugs.includes(slug)) summary.errors.push(`--only: there is no pass folder ${display(path.join(passesDir, slug))}`);
		}
		slugs = slugs.filter((slug) => options.only?.includes(slug));
	}

	for (const slug of slugs) {
		const folder = path.join(passesDir, slug);
		const indexFile = path.join(folder, 'index.mdx');
		if ((await mtimeOf(indexFile)) === null) {
			log(`skipped ${display(folder)}: no index.mdx in it`);
			continue;
		}
		summary.passes++;
		let pass: LoadedPass;
		try {
			pass = await loadPass(options.contentDir, slug);
		} catch (error) {
			summary.errors.push(error instanceof ContentError ? error.message : `${display(indexFile)}: ${errorMessage(error)}`);
			continue;
		}
		// Alt text first, so that the images drawn below end up newer than the index.mdx it changes.
		if (options.writeAlt && pass.example) {
			try {
				const alts = altTextsFor(pass.model);
				const before = await readFile(indexFile, 'utf8');
				const { text: after, changed } = rewritePhotoAlts(before, alts);
				if (changed.length > 0) {
					checkAltEdit(before, after, alts);
					await writeAtomically(indexFile, Buffer.from(after, 'utf8'));
					summary.altWritten.push(indexFile);
					log(`alt ${display(indexFile)}: ${changed.map((side) => ART_FILES[side]).join(', ')}`);
				}
			} catch (error) {
				summary.errors.push(`${display(indexFile)}: could not rewrite the alt text — ${errorMessage(error)}`);
			}
		}
		const targets = [
			{ file: path.join(folder, ART_FILES.front), render: renderFrontSvg },
			{ file: path.join(folder, ART_FILES.back), render: renderBackSvg },
		];
		const mtimes = await Promise.all(targets.map((t) => mtimeOf(t.file)));
		const newestSource = Math.max(...(await Promise.all(pass.sources.map(mtimeOf))).map((m) => m ?? 0));
		if (!options.force && mtimes.every((m) => m !== null && m > newestSource)) {
			summary.upToDate.push(slug);
			continue;
		}
		const wrote: string[] = [];
		let bytes = 0;
		const jobs = targets.filter((target, i) => {
			if (mtimes[i] === null || pass.example) return true;
			summary.kept.push(target.file);
			log(
				`kept ${display(target.file)}: it already exists and the pass is not "example: true", ` +
					'so it may be a photo of the real pass — delete it to get a drawing',
			);
			return false;
		});
		// Both sides render at once; sharp works in its own threads.
		const results = await Promise.allSettled(jobs.map((target) => renderJpeg(target.render(pass.model))));
		for (const [i, target] of jobs.entries()) {
			const result = results[i];
			try {
				if (result === undefined) throw new Error('not rendered');
				if (result.status === 'rejected') throw result.reason;
				await writeAtomically(target.file, result.value);
				summary.written.push(target.file);
				wrote.push(path.basename(target.file));
				bytes += result.value.length;
			} catch (error) {
				summary.errors.push(`${display(target.file)}: could not draw it — ${errorMessage(error)}`);
			}
		}
		summary.bytes += bytes;
		if (wrote.length > 0) {
			const { width, height } = canvasFor(pass.model);
			log(
				`wrote ${display(folder)}/{${wrote.join(',')}} — ${pass.model.format} (${shapeOf(pass.model.format)}), ` +
					`${width}×${height}, ${formatBytes(bytes)}`,
			);
		}
	}
	return done();
}

function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const USAGE = 'usage: node scripts/generate-art.ts [--content DIR] [--only slug1,slug2] [--force] [--write-alt]';

export interface CliOptions {
	readonly contentDir: string;
	readonly only: readonly string[];
	readonly force: boolean;
	readonly writeAlt: boolean;
}

/** Parses the command line; returns an error message for anything it does not understand. */
export function parseArgs(argv: readonly string[]): CliOptions | { error: string } | 'help' {
	let contentDir = 'content';
	let only: string[] = [];
	let force = false;
	let writeAlt = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const value = (): string | null => {
			if (inline !== undefined) return inline;
			const next = argv[i + 1];
			if (next === undefined || next.startsWith('--')) return null;
			i++;
			return next;
		};
		if (flag === '--help' || flag === '-h') return 'help';
		if (flag === '--force') force = true;
		else if (flag === '--write-alt') writeAlt = true;
		else if (flag === '--content') {
			const dir = value();
			if (dir === null || dir === '') return { error: '--content needs a folder, e.g. --content content' };
			contentDir = dir;
		} else if (flag === '--only') {
			const list = value();
			if (list === null) return { error: '--only needs pass slugs, e.g. --only nirvana-in-utero-aaa,metallica-crew' };
			only = list.split(',').map((s) => s.trim()).filter((s) => s !== '');
		} else return { error: `unknown argument "${arg}"` };
	}
	return { contentDir, only, force, writeAlt };
}

/** The CLI: returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
	const args = parseArgs(argv);
	if (args === 'help') {
		console.log(USAGE);
		return 0;
	}
	if ('error' in args) {
		console.error(`generate-art: ${args.error}\n${USAGE}`);
		return 2;
	}
	const summary = await generateArt({
		contentDir: path.resolve(args.contentDir),
		only: args.only,
		force: args.force,
		writeAlt: args.writeAlt,
		log: (line) => console.log(line),
	});
	const images = summary.written.length;
	console.log(
		`generate-art: ${summary.passes} pass${summary.passes === 1 ? '' : 'es'} — ${images} image${images === 1 ? '' : 's'} written ` +
			`(${formatBytes(summary.bytes)}), ${summary.upToDate.length} up to date, ${summary.kept.length} existing image${summary.kept.length === 1 ? '' : 's'} kept, ` +
			(args.writeAlt ? `${summary.altWritten.length} alt text file${summary.altWritten.length === 1 ? '' : 's'} rewritten, ` : '') +
			`in ${(summary.milliseconds / 1000).toFixed(1)} s`,
	);
	if (summary.errors.length > 0) {
		for (const error of summary.errors) console.error(`generate-art: error: ${error}`);
		console.error(`generate-art: failed — ${summary.errors.length} error${summary.errors.length === 1 ? '' : 's'}`);
		return 1;
	}
	return 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
	process.exitCode = await main(process.argv.slice(2));
}
