/**
 * A pass's photo as pages show it: its text (alt, side, credit, caption) joined with its facts from
 * the `photos` collection, and the URL and size of every derivative the pages use. Pure code.
 */
import type { PassData } from '../../schemas/pass.ts';
import { type Problem, problem } from '../content-problems.ts';
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

/**
 * Every pass photo with its facts, and a problem for each listed photo that has no file, for each
 * photo file no pass lists (a contributor's upload would go unused), and for each photo whose bytes
 * are another listed photo's (a copied folder is not a record of a pass) — reported on every entry
 * that has it, as `npm run validate` does. Only generated benchmark catalogs, which share a pool
 * of photos on purpose, set `sharedPhotos`.
 */
export function joinPassPhotos(
	passes: readonly { id: string; filePath: string; photos: PassData['photos'] }[],
	facts: ReadonlyMap<string, PhotoFacts>,
	{ sharedPhotos = false }: { sharedPhotos?: boolean } = {},
): { photos: Map<string, ShownPhoto[]>; problems: Problem[] } {
	const problems: Problem[] = [];
	const photos = new Map<string, ShownPhoto[]>();
	const listed = new Set<string>();
	const byHash = new Map<string, { file: string; field: string; shown: string }[]>();
	for (const pass of passes) {
		const shown: ShownPhoto[] = [];
		pass.photos.forEach((photo, i) => {
			const id = photoId(pass.id, photo.src);
			listed.add(id);
			const found = facts.get(id);
			if (found) {
				shown.push(shownPhoto(photo, found));
				const same = byHash.get(found.hash) ?? [];
				same.push({ file: pass.filePath, field: `photos[${i}].src`, shown: `${pass.filePath} (${photo.src})` });
				byHash.set(found.hash, same);
			} else problems.push(problem(pass.filePath, `photos[${i}].src`, `no file ${photo.src} next to index.mdx`));
		});
		photos.set(pass.id, shown);
	}
	const folderOf = new Map(passes.map((p) => [p.id, p.filePath.replace(/[^/]+$/, '')]));
	for (const id of facts.keys()) {
		const [passId = '', file = ''] = id.split('/');
		const folder = folderOf.get(passId);
		if (folder !== undefined && !listed.has(id)) problems.push(problem(`${folder}${file}`, undefined, `is not in the \`photos\` list of ${folder}index.mdx — list it or remove the file`));
	}
	if (!sharedPhotos) {
		for (const same of byHash.values()) {
			if (same.length < 2) continue;
			for (const one of same) {
				const others = same.filter((other) => other !== one).map((other) => other.shown);
				problems.push(problem(one.file, one.field, `is the same image, byte for byte, as ${others.join(', ')} — each pass needs photos of its own`));
			}
		}
	}
	return { photos, problems };
}
