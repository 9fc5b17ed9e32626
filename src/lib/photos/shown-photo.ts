/**
 * A pass's photo as pages show it: its text (alt, side, credit, caption) joined with its facts from
 * the `photos` collection, and the URL and size of every derivative the pages use. Pure code.
 */
import type { PassData } from '../../schemas/pass.ts';
import { type Problem, problem } from '../content-files/content-problems.ts';
import { PHOTO_SIDES } from '../../schemas/enums.ts';
import { type Derivative, type PhotoFacts, type PhotoFormat, type PhotoUse, derivativeUrl, derivativesOf } from './photo-recipe.ts';

export interface Image {
	readonly src: string;
	readonly width: number;
	readonly height: number;
}

export interface ShownPhoto {
	readonly alt: string;
	readonly side: keyof typeof PHOTO_SIDES;
	/** "Front", "Back", "Detail". */
	readonly label: string;
	readonly credit: string;
	readonly caption: string | undefined;
	/** Size of the photo itself. */
	readonly width: number;
	readonly height: number;
	/** One derivative by use and format: `image('w320', 'webp')`. */
	image(use: PhotoUse, format: PhotoFormat): Image;
	/** `srcset` of a format over the widths the recipe has in it for pictures, smallest first, each width once. */
	srcset(format: PhotoFormat): string;
	/** The widest picture width of a format (what its srcset can serve at most). */
	widest(format: PhotoFormat): number;
}

/** Uses drawn by `<picture>` with a srcset; a format the recipe lacks at a width is left out. */
const PICTURE_USES: readonly PhotoUse[] = ['w320', 'w640', 'w1200'];

export function shownPhoto(photo: PassData['photos'][number], facts: PhotoFacts): ShownPhoto {
	const derivatives = derivativesOf(facts);
	const find = (use: PhotoUse, format: PhotoFormat): Derivative => {
		const found = derivatives.find((d) => d.spec.use === use && d.spec.format === format);
		if (!found) throw new Error(`the photo recipe has no ${format} for ${use}`);
		return found;
	};
	const pictureDerivatives = (format: PhotoFormat): Derivative[] => {
		const seen = new Set<number>();
		return PICTURE_USES.flatMap((use) => derivatives.filter((d) => d.spec.use === use && d.spec.format === format)).filter((d) => !seen.has(d.width) && seen.add(d.width));
	};
	return {
		alt: photo.alt,
		side: photo.side,
		label: PHOTO_SIDES[photo.side],
		credit: photo.credit,
		caption: photo.caption,
		width: facts.width,
		height: facts.height,
		image: (use, format) => {
			const d = find(use, format);
			return { src: derivativeUrl(d), width: d.width, height: d.height };
		},
		srcset: (format) =>
			pictureDerivatives(format)
				.map((d) => `${derivativeUrl(d)} ${d.width}w`)
				.join(', '),
		widest: (format) => Math.max(...pictureDerivatives(format).map((d) => d.width)),
	};
}

/** `content/passes/<slug>/` + `./front.jpg` → the photo's id in the `photos` collection. */
export function photoId(passId: string, src: string): string {
	return `${passId}/${src.replace(/^\.\//, '')}`;
}

/** What the `photos` collection knows of a photo file: its facts, or why the build will not publish it. */
export type PhotoEntry = PhotoFacts | { readonly rejected: readonly string[] };

/**
 * Every pass photo with its facts, and a problem on the pass's `photos[i].src` for each listed
 * photo that has no file, for each reason a listed photo was refused (the committed-photo checks,
 * or a file that could not be read or decoded), and for each photo whose bytes are another listed
 * photo's. A photo file no pass lists is the content tree walk's to report (`content-tree-fs.ts`).
 * Only generated benchmark catalogs, which share a pool of photos on purpose, set `sharedPhotos`.
 */
export function joinPassPhotos(
	passes: readonly { id: string; filePath: string; photos: PassData['photos'] }[],
	entries: ReadonlyMap<string, PhotoEntry>,
	{ sharedPhotos = false }: { sharedPhotos?: boolean } = {},
): { photos: Map<string, ShownPhoto[]>; problems: Problem[] } {
	const problems: Problem[] = [];
	const photos = new Map<string, ShownPhoto[]>();
	const hashed: HashedPhoto[] = [];
	for (const pass of passes) {
		const shown: ShownPhoto[] = [];
		pass.photos.forEach((photo, i) => {
			const field = `photos[${i}].src`;
			const found = entries.get(photoId(pass.id, photo.src));
			if (found === undefined) problems.push(problem(pass.filePath, field, `no file ${photo.src} next to index.mdx`));
			else if ('rejected' in found) problems.push(...found.rejected.map((reason) => problem(pass.filePath, field, reason)));
			else {
				shown.push(shownPhoto(photo, found));
				hashed.push({ file: pass.filePath, field, src: photo.src, hash: found.hash });
			}
		});
		photos.set(pass.id, shown);
	}
	if (!sharedPhotos) problems.push(...samePhotoProblems(hashed));
	return { photos, problems };
}

/** A listed photo and the hash of its bytes. */
export interface HashedPhoto {
	/** The pass file, as problems name it. */
	readonly file: string;
	/** `photos[i].src`. */
	readonly field: string;
	/** As written in the entry: `./front.jpg`. */
	readonly src: string;
	readonly hash: string;
}

/**
 * Photos whose bytes are identical: one photo used for two passes (or twice in one) is a copy, not
 * a record of that pass. Reported on every entry that has it, each naming the others, so checking
 * only changed files still catches the newcomer. The build and `npm run validate` both use this.
 */
export function samePhotoProblems(photos: readonly HashedPhoto[]): Problem[] {
	const byHash = new Map<string, HashedPhoto[]>();
	for (const photo of photos) byHash.set(photo.hash, [...(byHash.get(photo.hash) ?? []), photo]);
	return [...byHash.values()]
		.filter((same) => same.length > 1)
		.flatMap((same) =>
			same.map((one) => {
				const others = same.filter((other) => other !== one).map((other) => `${other.file} (${other.src})`);
				return problem(one.file, one.field, `is the same image, byte for byte, as ${others.join(', ')} — each pass needs photos of its own`);
			}),
		);
}
