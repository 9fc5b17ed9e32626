/**
 * The checks on the files themselves, beside the schemas and cross-checks, for `npm run validate`:
 * what lies in `content/` (`content-tree-fs.ts`, which the build runs too) and what each listed
 * photo holds (`pass-photos-fs.ts`, the build's cached verdicts).
 *
 * Node only.
 */
import { contentTreeProblems, listedPhotoNames } from './content-tree-fs.ts';
import type { Problem } from './content-problems.ts';
import { type PassPhotoOptions, type PassPhotos, passPhotoProblems } from './pass-photos-fs.ts';

export interface ContentFilesOptions extends PassPhotoOptions {
	/** Absolute path of the content folder. */
	contentDir: string;
	/** Problems name files relative to this folder (the project root). */
	root: string;
	/** The passes that could be read, with the photos each lists. */
	passes: readonly PassPhotos[];
}

export async function contentFileProblems({ contentDir, root, passes, ...photoOptions }: ContentFilesOptions): Promise<Problem[]> {
	const listed = listedPhotoNames(passes.map((pass) => ({ folder: pass.folder, photos: pass.photos })));
	return [...contentTreeProblems({ contentDir, root, photosOf: (folder) => listed.get(folder) }), ...(await passPhotoProblems(passes, photoOptions))];
}
