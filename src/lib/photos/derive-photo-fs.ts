/**
 * Turns one photo into the derivatives of the recipe, at most once ever: decoded once into pixels
 * (rotated by its EXIF orientation), every derivative encoded from those pixels, each written
 * atomically into the shared cache, then a manifest. A photo whose manifest is whole costs two
 * small reads and a few `stat`s; a changed recipe row re-encodes that row only.
 *
 * Memory does not grow with the catalog: at most `concurrency` photos are decoded at a time, and
 * nothing is kept once a photo's files are written (≈ 20–25 MB of pixels for a 3000 px photo).
 */
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { FAIL_ON, MAX_INPUT_PIXELS } from './photo-limits.ts';
import { decodeSlot } from './decode-slot-fs.ts';
import { firstLine, photoProblemsBeforeDecoding } from './photo-gate-fs.ts';
import { type DerivativeSpec, FORMAT_SETTINGS, PHOTO_RECIPE, type PhotoFacts, derivativesOf, recipeKey } from './photo-recipe.ts';
import { PhotoCache, type PhotoManifest, withPhotoFile } from './photo-store-fs.ts';

/** A photo the build will not publish, with the reasons (one sentence each, without the file name). */
export class RejectedPhoto extends Error {
	readonly reasons: readonly string[];
	constructor(reasons: readonly string[]) {
		super(reasons.join('; '));
		this.name = 'RejectedPhoto';
		this.reasons = reasons;
	}
}

export interface DeriveOptions {
	cache: PhotoCache;
	recipe?: readonly DerivativeSpec[];
	/** Called for every derivative actually encoded (tests count them; the loader logs them). */
	onEncode?: (path: string) => void;
}

/** Lightbox size: every smaller derivative is resized from it rather than from the full photo. */
const INTERMEDIATE_WIDTH = 1600;

/**
 * The facts of the photo in `file` (whose bytes hash to `hash`), with every derivative of the
 * recipe in the cache. Throws {@link RejectedPhoto} when the photo cannot or must not be decoded.
 */
export async function ensurePhotoDerivatives(file: string, hash: string, options: DeriveOptions): Promise<PhotoFacts> {
	const { cache, recipe = PHOTO_RECIPE } = options;
	const key = recipeKey(recipe);
	const known = await cache.readManifest(hash, key);
	if (known) return { hash, width: known.width, height: known.height };
	// Two passes showing the same photo wait for one decoding.
	const job = `${cache.dir}\0${hash}\0${key}`;
	let pending = inFlight.get(job);
	if (!pending) {
		pending = decodeSlot(async () => {
			// Another build sharing the cache may have finished it while this one waited.
			const done = await cache.readManifest(hash, key);
			if (done) return { hash, width: done.width, height: done.height };
			return withPhotoFile(file, (local) => derive(local, hash, key, recipe, options));
		}).finally(() => inFlight.delete(job));
		inFlight.set(job, pending);
	}
	return pending;
}

const inFlight = new Map<string, Promise<PhotoFacts>>();

type Pixels = { data: Buffer; info: OutputInfo };

async function derive(file: string, hash: string, key: string, recipe: readonly DerivativeSpec[], options: DeriveOptions): Promise<PhotoFacts> {
	const { cache, onEncode } = options;
	const problems = await photoProblemsBeforeDecoding(file);
	if (problems.length > 0) throw new RejectedPhoto(problems);

	let full: Pixels;
	try {
		full = await sharp(file, { failOn: FAIL_ON, limitInputPixels: MAX_INPUT_PIXELS })
			.autoOrient()
			.toColourspace('srgb')
			.raw()
			.toBuffer({ resolveWithObject: true });
	} catch (error) {
		throw new RejectedPhoto([`is truncated or damaged (${firstLine(error)}) — copy or export the photo again from the original`]);
	}
	const facts: PhotoFacts = { hash, width: full.info.width, height: full.info.height };
	let intermediate: Pixels | undefined;
	const smaller = async (): Promise<Pixels> => {
		if (full.info.width <= INTERMEDIATE_WIDTH) return full;
		const made =
			intermediate ??
			(await fromPixels(full)
				.resize(INTERMEDIATE_WIDTH, Math.round((full.info.height * INTERMEDIATE_WIDTH) / full.info.width), { fit: 'fill' })
				.raw()
				.toBuffer({ resolveWithObject: true }));
		intermediate = made;
		return made;
	};

	const files: Record<string, number> = {};
	for (const derivative of derivativesOf(facts, recipe)) {
		const existing = await cache.sizeOf(derivative.path);
		if (existing !== undefined && (await decodesAs(cache.file(derivative.path), derivative.width, derivative.height))) {
			// Made by this very row for these bytes (the name says so), e.g. before a change to another
			// row. Written atomically, but checked anyway: it is about to be vouched for by a manifest.
			files[derivative.path] = existing;
			continue;
		}
		// Never resized up from the intermediate: anything wider is made from the full photo.
		const source = derivative.width > INTERMEDIATE_WIDTH ? full : await smaller();
		files[derivative.path] = await cache.writeDerivative(derivative.path, (tmp) =>
			encode(source, derivative.spec, derivative.width, derivative.height).toFile(tmp),
		);
		onEncode?.(derivative.path);
	}
	const manifest: PhotoManifest = { ...facts, recipe: key, files };
	await cache.writeManifest(manifest);
	return facts;
}

/** Whether `file` decodes completely, without a warning, to `width` × `height`. */
async function decodesAs(file: string, width: number, height: number): Promise<boolean> {
	try {
		const { info } = await sharp(file, { failOn: 'warning' }).raw().toBuffer({ resolveWithObject: true });
		return info.width === width && info.height === height;
	} catch {
		return false;
	}
}

function fromPixels({ data, info }: Pixels): Sharp {
	return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
}

function encode(source: Pixels, spec: DerivativeSpec, width: number, height: number): Sharp {
	let image = fromPixels(source);
	if (width !== source.info.width || height !== source.info.height) image = image.resize(width, height, { fit: 'fill' });
	switch (spec.format) {
		case 'avif':
			return image.avif({ quality: spec.quality, effort: spec.effort, ...FORMAT_SETTINGS.avif });
		case 'webp':
			return image.webp({ quality: spec.quality, effort: spec.effort });
		case 'jpeg':
			// JPEG has no transparency: a PNG's transparent parts become white, as on the page.
			return image.flatten({ background: '#ffffff' }).jpeg({ quality: spec.quality });
	}
}
