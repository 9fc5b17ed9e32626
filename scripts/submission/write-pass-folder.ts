/**
 * Writes the checked pass into `content/passes/<slug>/` — `index.mdx` from the same writer the
 * web form uses, and the processed photos — then runs `npm run validate`'s checks on that folder.
 * A folder that fails them is removed again, so a refused submission leaves nothing behind.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PASS_ENTRY_FILE, type PassData, deriveSlug, passToMdx, validateCatalog } from './catalog-adapter.ts';
import { type PhotoEntry, labelFor } from './build-pass.ts';
import { type SubmissionProblem, plainProblem } from './problems.ts';
import { relabel } from './relabel.ts';

/** The pass's folder name: the catalog's usual band-tour-year-type-format, numbered when taken. */
export function chooseSlug(data: PassData, passesDir: string, taken: ReadonlySet<string>): string {
	const year = data.validFrom !== undefined ? Number(data.validFrom.slice(0, 4)) : data.year;
	const base = deriveSlug({ band: data.band, tour: data.tour, year, type: data.type, format: data.format });
	for (let n = 1; ; n++) {
		const slug = n === 1 ? base : `${base}-${n}`;
		if (!taken.has(slug) && !existsSync(path.join(passesDir, slug))) return slug;
	}
}

export async function writePassFolder(
	contentDir: string,
	slug: string,
	data: PassData,
	story: string,
	photos: readonly (PhotoEntry & { file: string })[],
): Promise<{ folder: string; problems: SubmissionProblem[] }> {
	const folder = path.join(contentDir, 'passes', slug);
	await mkdir(folder, { recursive: false });
	try {
		await writeFile(path.join(folder, PASS_ENTRY_FILE), passToMdx(data, story), { flag: 'wx' });
		for (const photo of photos) await copyFile(photo.file, path.join(folder, photo.src), 1 /* COPYFILE_EXCL */);
	} catch (error) {
		await rm(folder, { recursive: true, force: true });
		throw error;
	}
	const root = path.dirname(contentDir);
	const entry = path.relative(root, path.join(folder, PASS_ENTRY_FILE));
	const found = await validateCatalog({ contentDir, root, only: new Set([entry, path.relative(root, folder)]) });
	const problems = found.filter((p) => p.severity === 'error').map((p) => plainProblem(labelFor(p.field, photos), relabel(p.message)));
	if (problems.length > 0) await rm(folder, { recursive: true, force: true });
	return { folder, problems };
}
