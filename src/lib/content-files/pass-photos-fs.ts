/**
 * The photos passes list, checked as committed files: each must be exactly what `npm run photos`
 * writes (`committedPhotoProblems`: structure allowlist, full decode, one frame, pixel and size
 * limits). Problems point at the pass file and its `photos[i].src` field. Shared by
 * `npm run validate` and the build (`src/data/catalog.ts`).
 *
 * Node only. A missing photo or a symbolic link is left to the checks that report those.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Problem, problem } from './content-problems.ts';
import { mapWithConcurrency } from './map-with-concurrency.ts';
import { MAX_READ_BYTES, type PhotoProblem, committedPhotoProblems, formatBytes } from '../photos/photo-checks-fs.ts';

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

/**
 * Every listed photo that is not a canonical, decodable still image within the limits. A file
 * shared by several entries (a hard link: same device and inode) is decoded once.
 */
export async function passPhotoProblems(passes: readonly PassPhotos[]): Promise<Problem[]> {
	const verdicts = new Map<string, Promise<PhotoProblem[]>>();
	const found = await mapWithConcurrency(photoFiles(passes), 4, async ({ pass, index, path }) => {
		const field = `photos[${index}].src`;
		try {
			const { dev, ino, size } = lstatSync(path);
			if (size > MAX_READ_BYTES) return [problem(pass.file, field, `is ${formatBytes(size)}, too large to even read — export the photo as a JPEG and run \`npm run photos\` on it`)];
			const key = `${dev}:${ino}`;
			let verdict = verdicts.get(key);
			if (verdict === undefined) {
				verdict = committedPhotoProblems(readFileSync(path), path);
				verdicts.set(key, verdict);
			}
			return (await verdict).map((p) => problem(pass.file, field, p.detail));
		} catch (error) {
			return [problem(pass.file, field, `cannot be read: ${(error as Error).message.split('\n')[0]}`)];
		}
	});
	return found.flat();
}

/**
 * Photos whose bytes are identical: one photo used for two passes (or twice in one) is a copy, not
 * a record of that pass. Reported on every entry that has it, each naming the others, so checking
 * only changed files still catches the newcomer.
 */
export function duplicatePhotoProblems(passes: readonly PassPhotos[]): Problem[] {
	const byHash = new Map<string, { file: string; field: string; shown: string }[]>();
	for (const { pass, index, path } of photoFiles(passes)) {
		const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
		const list = byHash.get(hash) ?? [];
		list.push({ file: pass.file, field: `photos[${index}].src`, shown: `${pass.file} (${pass.photos[index]})` });
		byHash.set(hash, list);
	}
	return [...byHash.values()]
		.filter((list) => list.length > 1)
		.flatMap((list) =>
			list.map((one) => {
				const others = list.filter((other) => other !== one).map((other) => other.shown);
				return problem(one.file, one.field, `is the same image, byte for byte, as ${others.join(', ')} — each pass needs photos of its own`);
			}),
		);
}
