/**
 * The checks on the files themselves, beside the schemas and cross-checks: what lies in `content/`
 * (`content-tree-fs.ts`) and what each listed photo holds (`pass-photos-fs.ts`). One call, made by
 * `npm run validate` and by the build alike.
 *
 * Node only.
 */
import { basename } from 'node:path';
import { contentTreeProblems } from './content-tree-fs.ts';
import type { Problem } from './content-problems.ts';
import { type PassPhotos, passPhotoProblems } from './pass-photos-fs.ts';

export interface ContentFilesOptions {
	/** Absolute path of the content folder. */
	contentDir: string;
	/** Problems name files relative to this folder (the project root). */
	root: string;
	/** The passes that could be read, with the photos each lists. */
	passes: readonly PassPhotos[];
}

export async function contentFileProblems({ contentDir, root, passes }: ContentFilesOptions): Promise<Problem[]> {
	const listed = new Map(passes.map((pass) => [basename(pass.folder), new Set(pass.photos.map((src) => basename(src)))]));
	return [...contentTreeProblems({ contentDir, root, photosOf: (folder) => listed.get(folder) }), ...(await passPhotoProblems(passes))];
}
