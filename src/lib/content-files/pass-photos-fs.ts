/**
 * The photos passes list, checked as committed files for `npm run validate`, with the build's own
 * verdicts: each listed photo is hashed and its verdict looked up in the photo cache under that
 * hash and the checks' version (`photo-gate-fs.ts`), so a photo checked once — by a build or by
 * validate — is not decoded again. Problems point at the pass file and its `photos[i].src` field:
 * what the committed-photo checks found, and a photo whose bytes are another listed photo's.
 *
 * Node only. A missing photo or a symbolic link is left to the checks that report those.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { type Problem, problem } from './content-problems.ts';
import { formatBytes } from '../text/format-bytes.ts';
import { mapWithConcurrency } from './map-with-concurrency.ts';
import { MAX_READ_BYTES } from '../photos/photo-limits.ts';
import { photoVerdict } from '../photos/photo-gate-fs.ts';
import { type PhotoCache, hashPhotoFile } from '../photos/photo-store-fs.ts';
import { type HashedPhoto, samePhotoProblems } from '../photos/shown-photo.ts';

export interface PassPhotos {
	/** The pass file as problems show it, e.g. "content/passes/x/index.mdx". */
	file: string;
	/** Absolute path of the pass folder. */
	folder: string;
	/** `photos[i].src` as written: "./front.jpg". */
	photos: readonly string[];
}

interface Found {
	pass: PassPhotos;
	index: number;
	path: string;
}

/** The photos to read: regular files only (a missing file or a link is reported elsewhere). */
function photoFiles(passes: readonly PassPhotos[]): Found[] {
	return passes.flatMap((pass) =>
		pass.photos.flatMap((src, index) => {
			const path = join(pass.folder, src);
			try {
				return lstatSync(path).isFile() ? [{ pass, index, path }] : [];
			} catch {
				return [];
			}
		}),
	);
}

export interface PassPhotoOptions {
	/** Where verdicts are kept (the build's photo cache). */
	cache: PhotoCache;
	/** Called each time a photo is actually checked (decoded), not found in the cache. */
	onCheck?: ((hash: string) => void) | undefined;
}

/**
 * Every listed photo that is not a canonical, decodable still image within the limits, and every
 * photo listed twice. A file shared by several entries (a hard link) is hashed once.
 */
export async function passPhotoProblems(passes: readonly PassPhotos[], options: PassPhotoOptions): Promise<Problem[]> {
	const hashes = new Map<string, Promise<string>>();
	const hashed: HashedPhoto[] = [];
	const found = await mapWithConcurrency(photoFiles(passes), 4, async ({ pass, index, path }) => {
		const field = `photos[${index}].src`;
		try {
			const { dev, ino, size } = lstatSync(path);
			if (size > MAX_READ_BYTES) return [problem(pass.file, field, `is ${formatBytes(size)}, too large to even read — export the photo as a JPEG and run \`npm run photos\` on it`)];
			const key = `${dev}:${ino}`;
			let hash = hashes.get(key);
			if (hash === undefined) {
				hash = hashPhotoFile(path);
				hashes.set(key, hash);
			}
			hashed.push({ file: pass.file, field, src: pass.photos[index] ?? '', hash: await hash });
			return (await photoVerdict(path, await hash, options)).map((p) => problem(pass.file, field, p.detail));
		} catch (error) {
			return [problem(pass.file, field, `cannot be read: ${(error as Error).message.split('\n')[0]}`)];
		}
	});
	// In the order of the passes, whatever order the hashes came in.
	const order = (p: HashedPhoto) => `${p.file}\0${p.field}`;
	return [...found.flat(), ...samePhotoProblems(hashed.sort((a, b) => order(a).localeCompare(order(b))))];
}
