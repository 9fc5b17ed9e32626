/**
 * Photo intake: prepares contributors' photos before they are committed.
 *
 *   node scripts/photos.ts <file-or-folder>...        (npm run photos -- <file-or-folder>...)
 *
 * Folders are searched recursively for image files (by extension; dot-folders and node_modules are
 * skipped). Each photo is checked with src/lib/photos/photo-checks-fs.ts and then:
 *
 * - already fine: it has no problem (JPEG, PNG or WebP holding nothing but the image — the structural
 *   allowlist of src/lib/photos/photo-canonical.ts —, one frame, within the size limits) — the file is not
 *   touched, byte for byte. So running the intake twice changes nothing the second time.
 * - refused: it has a problem no tool can fix — not an image, truncated or damaged, a decompression
 *   bomb (more than MAX_INPUT_PIXELS, never decoded), too small, an SVG/PDF — or the result would
 *   still break a rule. The file is not touched; the line says why and what to do. Exit code 1.
 * - processed: turned upright by its EXIF orientation, every piece of metadata dropped (EXIF with GPS,
 *   XMP, IPTC, PNG text, comments, data after the image's end; an animation keeps its first frame;
 *   sharp writes none of it unless asked, and the result is checked), scaled down to
 *   MAX_EDGE px on its longest side (never enlarged), and re-encoded; written to a temporary file in
 *   the same folder, checked again, then renamed over the original.
 * - converted: as processed, but the result has another format, so it is written next to the
 *   original under a new name (x.png → x.jpg) and the original is kept: the contributor deletes it
 *   and changes `src:` in index.mdx. An existing file is never overwritten. AVIF, GIF, TIFF and HEIC
 *   are always converted: the repository holds JPEG, PNG and WebP only.
 *
 * Output format: photos without transparency become JPEG (mozjpeg, quality 85, stepping down to 75
 * and 65 only if needed to stay under MAX_BYTES). Photos with transparent pixels keep it: a WebP
 * stays WebP, anything else becomes PNG (or WebP if the PNG would exceed MAX_BYTES). A JPEG keeps
 * its name, including `.jpeg` or `.JPG`.
 */
import { randomUUID } from 'node:crypto';
import { chmod, link, lstat, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { errorMessage } from '../src/lib/text/error-message.ts';
import {
	FAIL_ON,
	IMAGE_EXTENSIONS,
	MAX_BYTES,
	MAX_EDGE,
	MAX_INPUT_PIXELS,
	MAX_READ_BYTES,
	displayPath,
	formatBytes,
	inspectPhoto,
	inspectPhotoBuffer,
	type PhotoProblem,
	type PhotoReport,
} from '../src/lib/photos/photo-checks-fs.ts';

export const JPEG_QUALITY = 85;
/** Qualities tried in turn (JPEG and WebP) until the file fits MAX_BYTES. */
const QUALITY_STEPS = [JPEG_QUALITY, 75, 65] as const;

export type PhotoStatus = 'processed' | 'converted' | 'already-fine' | 'refused';

export interface PhotoResult {
	/** The input file, as given. */
	readonly file: string;
	readonly status: PhotoStatus;
	/** The file written (the input itself when processed in place); null when nothing was written. */
	readonly output: string | null;
	/** The line printed for this file. */
	readonly line: string;
	/** What the checks found in the input. */
	readonly problems: readonly PhotoProblem[];
	readonly warnings: readonly string[];
}

type OutputFormat = 'jpeg' | 'png' | 'webp';

interface Encoding {
	readonly format: OutputFormat;
	readonly quality: number | null;
}

const EXTENSIONS: Record<OutputFormat, readonly string[]> = {
	jpeg: ['.jpg', '.jpeg'],
	png: ['.png'],
	webp: ['.webp'],
};

const LABEL: Record<OutputFormat, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP' };

const STATUS_WIDTH = 'already fine'.length + 2;

function statusLine(status: PhotoStatus, text: string): string {
	const word = status === 'already-fine' ? 'already fine' : status;
	return `${word.padEnd(STATUS_WIDTH)}${text}`;
}


function errorCode(error: unknown): string | null {
	return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

/** The encodings to try, best first, for a photo of this format and transparency. */
function encodingsFor(inputFormat: string | null, opaque: boolean): Encoding[] {
	const lossy = (format: OutputFormat): Encoding[] => QUALITY_STEPS.map((quality) => ({ format, quality }));
	if (opaque) return lossy('jpeg');
	if (inputFormat === 'webp') return lossy('webp');
	return [{ format: 'png', quality: null }, ...lossy('webp')];
}

async function encode(input: Buffer, encoding: Encoding): Promise<{ data: Buffer; width: number; height: number }> {
	// sharp's output carries no metadata unless keepMetadata/withMetadata/keepExif… is called: none is.
	let pipeline = sharp(input, { failOn: FAIL_ON, limitInputPixels: MAX_INPUT_PIXELS })
		.autoOrient()
		.resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true });
	const quality = encoding.quality ?? JPEG_QUALITY;
	if (encoding.format === 'jpeg') pipeline = pipeline.jpeg({ quality, mozjpeg: true });
	else if (encoding.format === 'webp') pipeline = pipeline.webp({ quality, alphaQuality: 100, effort: 6 });
	else pipeline = pipeline.png({ compressionLevel: 9, adaptiveFiltering: true });
	const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
	return { data, width: info.width, height: info.height };
}

/** Where a result of this format goes: the input itself if its extension fits, else a new name. */
export function outputPathFor(file: string, format: OutputFormat): string {
	const ext = path.extname(file);
	if (EXTENSIONS[format].includes(ext.toLowerCase())) return file;
	const preferred = EXTENSIONS[format][0] ?? `.${format}`;
	return path.join(path.dirname(file), `${path.basename(file, ext)}${preferred}`);
}

function withoutFile(message: string, shown: string): string {
	return message.startsWith(`${shown}: `) ? message.slice(shown.length + 2) : message;
}

function describeChanges(report: PhotoReport, result: { width: number; height: number; bytes: number; format: OutputFormat }): string {
	const { info } = report;
	const changes: string[] = [];
	if (info.orientation !== null && info.orientation !== 1) changes.push(`turned upright (EXIF orientation ${info.orientation})`);
	if (info.width !== null && info.height !== null && Math.max(info.width, info.height) > MAX_EDGE) {
		const rotated = info.orientation !== null && info.orientation >= 5;
		const [w, h] = rotated ? [info.height, info.width] : [info.width, info.height];
		changes.push(`scaled ${w}×${h} → ${result.width}×${result.height} px`);
	}
	if (info.metadata.length > 0) {
		changes.push(`${info.metadata.join(', ').toUpperCase()} metadata removed${info.hasGps ? ' (with GPS location)' : ''}`);
	}
	const inputLabel = info.format === null ? '?' : info.format.toUpperCase();
	if (info.format !== result.format) changes.push(`${inputLabel} → ${LABEL[result.format]}`);
	changes.push(`${formatBytes(info.bytes)} → ${formatBytes(result.bytes)}`);
	return changes.join(', ');
}

async function exists(file: string): Promise<boolean> {
	try {
		await lstat(file);
		return true;
	} catch (error) {
		if (errorCode(error) === 'ENOENT') return false;
		throw error;
	}
}

function tempPathFor(target: string): string {
	return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomUUID().slice(0, 8)}.photos-tmp`);
}

/**
 * Checks one photo and, when it needs it and can be fixed, rewrites it (see the file comment);
 * `reencode` rewrites it even when it is already fine (photos from untrusted submissions).
 * Never throws for a bad photo: every outcome is a PhotoResult. Nothing is changed unless the new
 * file has been written completely and passes every check.
 */
export async function processPhoto(file: string, options: { reencode?: boolean } = {}): Promise<PhotoResult> {
	const shown = displayPath(file);
	const refused = (reasons: readonly string[], problems: readonly PhotoProblem[] = [], warnings: readonly string[] = []): PhotoResult => ({
		file,
		status: 'refused',
		output: null,
		line: statusLine('refused', `${shown}: ${reasons.map((reason) => withoutFile(reason, shown)).join('; ')}`),
		problems,
		warnings,
	});

	// Read the file once: what is checked is exactly what is processed.
	let input: Buffer;
	let report: PhotoReport;
	try {
		const { size } = await stat(file);
		if (size > MAX_READ_BYTES) {
			report = await inspectPhoto(file); // refuses it without reading it
			input = Buffer.alloc(0);
		} else {
			input = await readFile(file);
			report = await inspectPhotoBuffer(input, file);
		}
	} catch (error) {
		const code = errorCode(error);
		const reason =
			code === 'ENOENT'
				? 'no such file'
				: code === 'EISDIR'
					? 'is a folder'
					: code === 'EACCES'
						? 'cannot be read (permission denied)'
						: `cannot be read (${errorMessage(error)})`;
		return refused([reason]);
	}
	const { problems, warnings } = report;

	// A stranger's upload is re-encoded even when it looks fine: only decoded pixels are kept.
	if (problems.length === 0 && options.reencode !== true) {
		return { file, status: 'already-fine', output: null, line: statusLine('already-fine', shown), problems, warnings };
	}
	const blocking = problems.filter((problem) => !problem.fixable);
	if (blocking.length > 0)
		return refused(
			blocking.map((problem) => problem.message),
			problems,
			warnings,
		);

	// Encode, stepping quality down until it fits.
	let result: { data: Buffer; width: number; height: number } | null = null;
	let format: OutputFormat = 'jpeg';
	try {
		for (const encoding of encodingsFor(report.info.format, report.info.opaque !== false)) {
			const attempt = await encode(input, encoding);
			format = encoding.format;
			result = attempt;
			if (attempt.data.byteLength <= MAX_BYTES) break;
		}
	} catch (error) {
		return refused(
			[`could not be processed (${errorMessage(error)}) — copy or export the photo again from the original`],
			problems,
			warnings,
		);
	}
	if (result === null) return refused(['could not be processed'], problems, warnings);

	const target = outputPathFor(file, format);
	const targetShown = displayPath(target);
	// The result must pass every check itself — that is also what makes a second run leave it alone.
	const recheck = await inspectPhotoBuffer(result.data, target);
	if (recheck.problems.length > 0) {
		const reasons = recheck.problems.map((problem) =>
			problem.code === 'too-large-file'
				? `would still be ${formatBytes(result.data.byteLength)} after re-encoding, more than the ${formatBytes(MAX_BYTES)} allowed — crop it or scale it down`
				: problem.code === 'too-small'
					? `would be only ${result.width}×${result.height} px once scaled to ${MAX_EDGE} px on its longest side — crop it to a less elongated shape`
					: `after processing it would still fail: ${withoutFile(problem.message, targetShown)}`,
		);
		return refused(reasons, problems, warnings);
	}
	const changes = describeChanges(report, { width: result.width, height: result.height, bytes: result.data.byteLength, format });
	const instructions = `${path.basename(file)} is kept — delete it and change src: ./${path.basename(file)} to ./${path.basename(target)} in index.mdx`;

	if (target !== file) {
		if (await exists(target)) {
			let same = false;
			try {
				same = (await readFile(target)).equals(result.data);
			} catch {
				same = false;
			}
			if (same) {
				return {
					file,
					status: 'converted',
					output: target,
					line: statusLine('converted', `${shown} → ${targetShown} (already done earlier); ${instructions}`),
					problems,
					warnings,
				};
			}
			return refused(
				[
					`needs converting to ${LABEL[format]} as ${targetShown}, which already exists and is a different file — rename or remove one of them, then run again`,
				],
				problems,
				warnings,
			);
		}
	}

	const temp = tempPathFor(target);
	try {
		await writeFile(temp, result.data, { flag: 'wx' });
		if (target === file) {
			const { mode } = await stat(file);
			await chmod(temp, mode & 0o777);
			await rename(temp, file);
		} else {
			// link() never replaces an existing file, unlike rename().
			await link(temp, target);
			await unlink(temp);
		}
	} catch (error) {
		await unlink(temp).catch(() => undefined);
		if (errorCode(error) === 'EEXIST') {
			return refused(
				[`needs converting to ${LABEL[format]} as ${targetShown}, which already exists — rename or remove one of them, then run again`],
				problems,
				warnings,
			);
		}
		return refused([`could not be written (${errorMessage(error)}); the original is untouched`], problems, warnings);
	}

	if (target === file) {
		return { file, status: 'processed', output: file, line: statusLine('processed', `${shown}: ${changes}`), problems, warnings };
	}
	return {
		file,
		status: 'converted',
		output: target,
		line: statusLine('converted', `${shown} → ${targetShown}: ${changes}; ${instructions}`),
		problems,
		warnings,
	};
}

/** The image files under a folder, recursively, sorted; dot-entries, node_modules and symlinks are skipped. */
export async function findImages(dir: string): Promise<string[]> {
	const found: string[] = [];
	const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) found.push(...(await findImages(full)));
		else if (entry.isFile() && (IMAGE_EXTENSIONS as readonly string[]).includes(path.extname(entry.name).toLowerCase())) found.push(full);
	}
	return found;
}

const USAGE = 'usage: node scripts/photos.ts <file-or-folder>...   (npm run photos -- <file-or-folder>...)';

/** The CLI: returns the exit code (0 all fine, 1 some photo refused, 2 usage error). */
export async function main(argv: readonly string[]): Promise<number> {
	const args = argv.filter((arg) => arg !== '--');
	if (args.includes('--help') || args.includes('-h')) {
		console.log(USAGE);
		return 0;
	}
	const unknown = args.find((arg) => arg.startsWith('-'));
	if (unknown !== undefined) {
		console.error(`photos: unknown option "${unknown}"\n${USAGE}`);
		return 2;
	}
	if (args.length === 0) {
		console.error(`photos: name the photos or folders to prepare\n${USAGE}`);
		return 2;
	}

	const results: PhotoResult[] = [];
	const seen = new Set<string>();
	const files: string[] = [];
	for (const arg of args) {
		let isDirectory = false;
		try {
			isDirectory = (await stat(arg)).isDirectory();
		} catch {
			isDirectory = false; // processPhoto reports the missing file
		}
		const list = isDirectory ? await findImages(arg) : [arg];
		if (isDirectory && list.length === 0) console.log(`photos: no images in ${displayPath(arg)}`);
		for (const file of list) {
			const key = path.resolve(file);
			if (seen.has(key)) continue;
			seen.add(key);
			files.push(file);
		}
	}

	for (const file of files) {
		const result = await processPhoto(file);
		results.push(result);
		console.log(result.line);
		for (const warning of result.warnings) console.warn(`${' '.repeat(STATUS_WIDTH)}warning: ${warning}`);
	}

	const count = (status: PhotoStatus): number => results.filter((result) => result.status === status).length;
	const refusedCount = count('refused');
	console.log(
		`photos: ${results.length} file${results.length === 1 ? '' : 's'} — ${count('processed')} processed, ${count('converted')} converted, ` +
			`${count('already-fine')} already fine, ${refusedCount} refused`,
	);
	return refusedCount > 0 ? 1 : 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
	process.exitCode = await main(process.argv.slice(2));
}
