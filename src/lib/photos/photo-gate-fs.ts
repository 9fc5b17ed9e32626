/**
 * What a photo must pass before the build decodes it into published images: the one place the
 * build and `npm run validate` ask whether a contributed file may be published.
 *
 * - {@link photoVerdict}: the committed-photo checks (`photo-checks-fs.ts`: structural allowlist,
 *   strict decode, frames, pixel and size caps) run once per distinct bytes, ever. The verdict —
 *   accepted, or the problems — is kept in the photo cache under the photo's sha256 and the checks'
 *   version (`photo-checks-version-fs.ts`), so an unchanged photo is never decoded again to be
 *   checked, and any change to the checks re-checks every photo once.
 * - {@link photoProblemsBeforeDecoding}: the header checks the encoder repeats right before it
 *   decodes (format, pixel limit), so it stays safe whoever calls it.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import sharp, { type Metadata } from 'sharp';
import { committedPhotoProblems, inspectPhoto, photosCommand } from './photo-checks-fs.ts';
import { MAX_INPUT_PIXELS, MAX_READ_BYTES } from './photo-limits.ts';
import { decodeSlot } from './decode-slot-fs.ts';
import { currentPhotoChecksVersion } from './photo-checks-version-fs.ts';
import type { PhotoCache, PhotoVerdict, VerdictProblem } from './photo-store-fs.ts';

/** Stands for the intake command in a cached problem: a verdict is about bytes, not about a file name. */
const FIX = '{fix}';

export interface VerdictOptions {
	cache: PhotoCache;
	/** The checks' version; tests pass another to show that a new version re-checks. */
	checks?: string;
	/** Called each time the checks actually run (read and decode the photo): tests count them, the loader logs them. */
	onCheck?: ((hash: string) => void) | undefined;
}

/**
 * The problems the committed-photo checks find in `file`, whose bytes hash to `hash` (empty: it may
 * be published), each in words that name no file but the intake command for this one. Read from
 * the cache when these bytes were checked before under these checks; otherwise the file is read,
 * its hash confirmed, checked and the verdict stored atomically.
 */
export async function photoVerdict(file: string, hash: string, options: VerdictOptions): Promise<VerdictProblem[]> {
	const { cache, checks = currentPhotoChecksVersion() } = options;
	const fix = (problems: readonly VerdictProblem[]) => problems.map((p) => ({ ...p, detail: p.detail.replaceAll(FIX, photosCommand(file)) }));
	const known = await cache.readVerdict(hash, checks);
	if (known) return fix(known.problems);
	// Two passes showing the same photo wait for one check.
	const job = `${cache.dir}\0${hash}\0${checks}`;
	let pending = inFlight.get(job);
	if (!pending) {
		pending = decodeSlot(async () => (await cache.readVerdict(hash, checks)) ?? check(file, hash, checks, options)).finally(() => inFlight.delete(job));
		inFlight.set(job, pending);
	}
	return fix((await pending).problems);
}

const inFlight = new Map<string, Promise<PhotoVerdict>>();

async function check(file: string, hash: string, checks: string, { cache, onCheck }: VerdictOptions): Promise<PhotoVerdict> {
	onCheck?.(hash);
	const { size } = await stat(file);
	// Too large to read: refused from its size alone, never read or decoded.
	const bytes = size > MAX_READ_BYTES ? undefined : await readFile(file);
	if (bytes && createHash('sha256').update(bytes).digest('hex') !== hash) {
		// Changed between hashing and reading: no verdict is stored for bytes nobody hashed.
		return { hash, checks, problems: [{ code: 'changed', detail: 'changed while the build was reading it — build again', fixable: false }] };
	}
	const found = bytes ? await committedPhotoProblems(bytes, file) : [...(await inspectPhoto(file)).problems];
	const command = photosCommand(file);
	const verdict: PhotoVerdict = { hash, checks, problems: found.map(({ code, detail, fixable }) => ({ code, detail: detail.replaceAll(command, FIX), fixable })) };
	await cache.writeVerdict(verdict);
	return verdict;
}

/** Formats the build decodes (sharp's names; AVIF is `heif` with AV1 compression). */
const DECODED = new Set(['jpeg', 'png', 'webp', 'heif']);

/** Why `file` must not be decoded, one sentence each; empty when it may. */
export async function photoProblemsBeforeDecoding(file: string): Promise<string[]> {
	let metadata: Metadata;
	try {
		// The limit is lifted for the header only, to report a bomb's real size without decoding it.
		metadata = await sharp(file, { limitInputPixels: false }).metadata();
	} catch (error) {
		return [`cannot be read as an image (${firstLine(error)}) — export the photo again as JPEG and run npm run photos`];
	}
	if (!DECODED.has(metadata.format) || (metadata.format === 'heif' && metadata.compression !== 'av1'))
		return [`is ${metadata.format}, not a JPEG, PNG, WebP or AVIF photo — run npm run photos on it`];
	const pixels = metadata.width * metadata.height;
	if (pixels > MAX_INPUT_PIXELS)
		return [
			`claims ${metadata.width}×${metadata.height} px, more than the ${MAX_INPUT_PIXELS / 1e6}-megapixel limit — not decoded (a possible decompression bomb); run npm run photos on it`,
		];
	return [];
}

export function firstLine(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return (text.split('\n')[0] ?? text).trim();
}
