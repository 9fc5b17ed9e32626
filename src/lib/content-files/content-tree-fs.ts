/**
 * Every file under `content/` must be one the catalog reads: an entry file of its collection, or a
 * photo its pass lists. Walked with lstat, so nothing is followed out of the repository. Reported,
 * each naming the path: symbolic links (and sockets, pipes, devices), hidden files and folders,
 * files and folders no collection reads, photos no `photos[].src` names, entry files that are not
 * UTF-8 (with byte offset and line) or larger than the caps. Shared by `npm run validate` and the
 * build (`src/data/catalog.ts`), so a stray file cannot land in the repository unnoticed. It is the
 * one place that reports a photo file no pass lists.
 *
 * Node only.
 */
import { type Dirent, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { type Problem, problem } from './content-problems.ts';
import { MAX_DATA_BYTES, MAX_ENTRY_FILE_BYTES } from './content-limits.ts';
import { PASS_ENTRY_FILE } from './pass-folders.ts';

/** Each collection folder of `content/` and the extension of its entry files (passes are folders). */
export const COLLECTION_FOLDERS = {
	bands: '.json',
	tours: '.json',
	printers: '.json',
	'pass-types': '.mdx',
	guides: '.mdx',
	passes: null,
} as const;

export interface ContentTreeOptions {
	/** Absolute path of the content folder. */
	contentDir: string;
	/** Paths in problems are relative to this folder (the project root). */
	root: string;
	/**
	 * The photo file names a pass lists (`front.jpg`), by pass folder name; undefined when the
	 * pass could not be read, so its photos are not called unused on top of that problem.
	 */
	photosOf: (passFolder: string) => ReadonlySet<string> | undefined;
}

function kindOf(entry: Dirent): 'file' | 'folder' | 'link' | 'special' {
	if (entry.isSymbolicLink()) return 'link';
	if (entry.isDirectory()) return 'folder';
	if (entry.isFile()) return 'file';
	return 'special';
}

/**
 * The photo file names each pass lists, by pass folder name (`front.jpg` for `./front.jpg`): what
 * {@link ContentTreeOptions.photosOf} answers, in the build and in `npm run validate` alike.
 */
export function listedPhotoNames(passes: readonly { folder: string; photos: readonly string[] }[]): Map<string, Set<string>> {
	return new Map(passes.map((pass) => [basename(pass.folder), new Set(pass.photos.map((src) => basename(src)))]));
}

/** Files in a pass folder that are images (whether or not a format the catalog accepts). */
const PHOTO_FILE = /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The problems of every file and folder under the content folder; an empty list when all is well. */
export function contentTreeProblems({ contentDir, root, photosOf }: ContentTreeOptions): Problem[] {
	const problems: Problem[] = [];
	const shown = (path: string) => relative(root, path);
	const report = (path: string, message: string) => problems.push(problem(shown(path), undefined, message));

	/** Reports the item if it is hidden, a link or special; true when it is a plain file or folder to look into. */
	const plain = (path: string, entry: Dirent): boolean => {
		const kind = kindOf(entry);
		if (kind === 'link') report(path, 'is a symbolic link — commit the file itself (links are never followed)');
		else if (kind === 'special') report(path, 'is not a regular file — remove it');
		else if (entry.name.startsWith('.')) report(path, `is a hidden ${kind} — content/ holds only catalog files; remove it`);
		else return true;
		return false;
	};
	const stray = (path: string, entry: Dirent, holds: string) =>
		report(path, `${entry.isDirectory() ? 'is a folder' : 'is a file'} the catalog does not read — ${holds}; remove it or move it`);

	for (const top of readdirSync(contentDir, { withFileTypes: true }).sort(byName)) {
		const path = join(contentDir, top.name);
		if (!plain(path, top)) continue;
		if (!top.isDirectory() || !Object.hasOwn(COLLECTION_FOLDERS, top.name)) {
			stray(path, top, `content/ holds only the folders ${Object.keys(COLLECTION_FOLDERS).join(', ')}`);
			continue;
		}
		const extension = COLLECTION_FOLDERS[top.name as keyof typeof COLLECTION_FOLDERS];
		for (const item of readdirSync(path, { withFileTypes: true }).sort(byName)) {
			const itemPath = join(path, item.name);
			if (!plain(itemPath, item)) continue;
			if (extension !== null) {
				if (item.isFile() && item.name.endsWith(extension)) problems.push(...entryFileProblems(itemPath, shown(itemPath), extension === '.json' ? MAX_DATA_BYTES : MAX_ENTRY_FILE_BYTES));
				else stray(itemPath, item, `${top.name}/ holds one ${extension} file per entry`);
				continue;
			}
			// passes/: a loose file or a folder without index.mdx is reported by passFolderProblem.
			if (!item.isDirectory()) continue;
			const listed = photosOf(item.name);
			for (const file of readdirSync(itemPath, { withFileTypes: true }).sort(byName)) {
				const filePath = join(itemPath, file.name);
				if (!plain(filePath, file)) continue;
				if (file.isFile() && file.name === PASS_ENTRY_FILE) problems.push(...entryFileProblems(filePath, shown(filePath)));
				else if (file.isFile() && PHOTO_FILE.test(file.name)) {
					if (listed !== undefined && !listed.has(file.name))
						report(filePath, `is not one of the pass's photos (no photos[].src names ./${file.name}) — list it in ${PASS_ENTRY_FILE} or remove it`);
				}
				else stray(filePath, file, `a pass folder holds ${PASS_ENTRY_FILE} and the photos it lists`);
			}
		}
	}
	return problems;
}

/** An entry file's size and encoding: at most `maxBytes`, valid UTF-8. */
export function entryFileProblems(path: string, shown: string, maxBytes = MAX_ENTRY_FILE_BYTES): Problem[] {
	const { size } = statSync(path);
	if (size > maxBytes) {
		return [problem(shown, undefined, `is ${Math.ceil(size / 1024)} kB, more than the ${Math.floor(maxBytes / 1024)} kB such a file may have — shorten it`)];
	}
	const bad = firstInvalidUtf8(readFileSync(path));
	if (bad === null) return [];
	return [{ ...problem(shown, undefined, `is not valid UTF-8 text (byte ${bad.offset}, 0x${bad.byte.toString(16).padStart(2, '0')}) — save it as UTF-8`), line: bad.line }];
}

/** Where a byte sequence stops being UTF-8 (overlong forms and surrogates included), or null. */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number; byte: number } | null {
	let line = 1;
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i] ?? 0;
		if (b < 0x80) {
			if (b === 0x0a) line++;
			i++;
			continue;
		}
		const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		const ok =
			length > 0 &&
			i + length <= bytes.length &&
			bytes.subarray(i + 1, i + length).every((c) => (c & 0xc0) === 0x80) &&
			// No overlong 3- or 4-byte forms, no UTF-16 surrogates, nothing past U+10FFFF.
			!(b === 0xe0 && (bytes[i + 1] ?? 0) < 0xa0) &&
			!(b === 0xed && (bytes[i + 1] ?? 0) >= 0xa0) &&
			!(b === 0xf0 && (bytes[i + 1] ?? 0) < 0x90) &&
			!(b === 0xf4 && (bytes[i + 1] ?? 0) >= 0x90);
		if (!ok) return { offset: i, line, byte: b };
		i += length;
	}
	return null;
}
