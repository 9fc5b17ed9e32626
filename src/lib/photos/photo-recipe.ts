/**
 * What the site makes of every photo, declared once as data: which derivatives (format, size,
 * encoder settings), what each is named and how large it comes out. The encoder
 * (`derive-photo-fs.ts`), the publishing step (`src/integrations/photos.ts`) and the pages
 * (`src/data/photos.ts`) all read this table, so a page can never point at a file that was made
 * with other settings.
 *
 * A derivative's name is the photo's content hash plus a hash of its own row: change a row and
 * only that derivative is encoded again; an unchanged photo with an unchanged row never is.
 * Pure code (no Node APIs): safe to import anywhere.
 */

export const PHOTO_FORMATS = {
	avif: { extension: 'avif', mime: 'image/avif' },
	webp: { extension: 'webp', mime: 'image/webp' },
	jpeg: { extension: 'jpg', mime: 'image/jpeg' },
} as const;

export type PhotoFormat = keyof typeof PHOTO_FORMATS;

/** What a derivative is for; the pages ask for a use and a format, never for a file name. */
export const PHOTO_USES = {
	w320: 'gallery, card, search and comparison thumbnails (320 px wide)',
	w640: 'gallery thumbnails on wide or dense screens (640 px wide)',
	w1200: "a pass page's lead photo on dense screens (1200 px wide; WebP only)",
	large: 'the lightbox (at most 1600 px wide)',
	full: 'zoom: the whole photo at its own size, re-encoded',
	og: 'link previews: fits 1200 × 630',
} as const;

export type PhotoUse = keyof typeof PHOTO_USES;

export interface DerivativeSpec {
	readonly use: PhotoUse;
	readonly format: PhotoFormat;
	/** Largest width, never enlarged; absent: the photo's own size (or `box`). */
	readonly maxWidth?: number;
	/** Fit inside this box, never enlarged (link previews). */
	readonly box?: readonly [width: number, height: number];
	/** Encoder quality, 1–100. */
	readonly quality: number;
	/** Encoder effort (AVIF 0–9, WebP 0–6); lower is faster. Chosen so a new photo costs ≤ 0.4 s (docs/performance.md). */
	readonly effort?: number;
}

/**
 * Settings every derivative of a format shares, part of each row's key like the row itself.
 * AVIF with half-resolution colour (4:2:0, as JPEG and WebP have): ≈ 40 % faster than sharp's
 * default 4:4:4 at 640 px, for a file ≈ 7 % smaller.
 */
export const FORMAT_SETTINGS = {
	avif: { chromaSubsampling: '4:2:0' },
	webp: {},
	jpeg: {},
} as const satisfies Record<PhotoFormat, object>;

/**
 * The recipe. AVIF only at thumbnail sizes, where it is cheap (≈ 40–80 ms of CPU at effort 2) and saves
 * most; the lead photo of a pass page (about half of a laptop's content width) needs more than 640 px
 * on dense screens, and gets a 1200 px WebP (≈ 0.1 s, where AVIF at 1200 px costs ≈ 0.27 s); the lightbox gets WebP at its fastest effort (the file is ≈ 2 % larger than at effort 1),
 * zoom and link previews a plain JPEG (fast to encode, shown by every
 * previewer). The full-size image is re-encoded like every other: the published site never carries
 * a contributor's original bytes.
 */
export const PHOTO_RECIPE: readonly DerivativeSpec[] = [
	{ use: 'w320', format: 'avif', maxWidth: 320, quality: 50, effort: 2 },
	{ use: 'w640', format: 'avif', maxWidth: 640, quality: 50, effort: 2 },
	{ use: 'w320', format: 'webp', maxWidth: 320, quality: 80, effort: 2 },
	{ use: 'w640', format: 'webp', maxWidth: 640, quality: 80, effort: 2 },
	{ use: 'w1200', format: 'webp', maxWidth: 1200, quality: 80, effort: 2 },
	{ use: 'large', format: 'webp', maxWidth: 1600, quality: 80, effort: 0 },
	{ use: 'full', format: 'jpeg', quality: 86 },
	{ use: 'og', format: 'jpeg', box: [1200, 630], quality: 80 },
];

/** What the pages need to know of a photo: no pixels, only its hash and its size (EXIF-rotated). */
export interface PhotoFacts {
	/** sha256 of the photo file's bytes, hex. */
	readonly hash: string;
	readonly width: number;
	readonly height: number;
}

export interface Derivative {
	readonly spec: DerivativeSpec;
	/** `<2 hex>/<name>`: the path inside the derivative cache and under {@link PHOTO_URL_BASE}. */
	readonly path: string;
	readonly width: number;
	readonly height: number;
}

/** Where derivatives are served from, in the built site and in `astro dev`. */
export const PHOTO_URL_BASE = '/photos/';

/** How much of the sha256 names a file: 96 bits, far beyond any chance of two photos colliding. */
const HASH_CHARS = 24;

/**
 * A derivative's path: `ab/ab12…ef.w640.3c9a1f0e.avif`. Only lowercase hex, dots and the use name,
 * so it can be checked by {@link DERIVATIVE_PATH} before it touches the file system.
 */
export const DERIVATIVE_PATH = /^[0-9a-f]{2}\/[0-9a-f]{24}\.(?:w320|w640|w1200|large|full|og)\.[0-9a-f]{8}\.(?:avif|webp|jpg)$/;

/** FNV-1a, 32 bits: enough to tell recipe rows apart, and the same in Node and the browser. */
function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/** A stable key for a recipe row: any change of a setting changes it. */
export function specKey(spec: DerivativeSpec): string {
	return fnv1a(JSON.stringify([spec.use, spec.format, spec.maxWidth ?? null, spec.box ?? null, spec.quality, spec.effort ?? null, FORMAT_SETTINGS[spec.format]]));
}

/** A key for a whole recipe, naming the manifest that records a photo's derivatives under it. */
export function recipeKey(recipe: readonly DerivativeSpec[] = PHOTO_RECIPE): string {
	return fnv1a(recipe.map(specKey).join(','));
}

/** The size a spec gives a photo of `width` × `height`: scaled down to fit, never up. */
export function derivativeSize(spec: DerivativeSpec, width: number, height: number): { width: number; height: number } {
	let scale = 1;
	if (spec.maxWidth !== undefined) scale = Math.min(scale, spec.maxWidth / width);
	if (spec.box !== undefined) scale = Math.min(scale, spec.box[0] / width, spec.box[1] / height);
	return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export function derivativePath(hash: string, spec: DerivativeSpec): string {
	if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`not a sha256 hash: ${hash}`);
	return `${hash.slice(0, 2)}/${hash.slice(0, HASH_CHARS)}.${spec.use}.${specKey(spec)}.${PHOTO_FORMATS[spec.format].extension}`;
}

/** Every derivative of a photo under a recipe, in recipe order. */
export function derivativesOf(photo: PhotoFacts, recipe: readonly DerivativeSpec[] = PHOTO_RECIPE): Derivative[] {
	return recipe.map((spec) => ({ spec, path: derivativePath(photo.hash, spec), ...derivativeSize(spec, photo.width, photo.height) }));
}

/** The site URL of a derivative. */
export function derivativeUrl(derivative: Derivative): string {
	return `${PHOTO_URL_BASE}${derivative.path}`;
}
