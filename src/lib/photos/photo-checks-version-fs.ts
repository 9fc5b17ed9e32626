/**
 * The version of the committed-photo checks, derived so that it cannot be forgotten: a hash of the
 * source of every module the checks are made of (`photo-checks-fs.ts` and everything it imports from
 * this project, found by following its relative imports) and of the decoder's versions (libvips
 * decides what counts as a warning). A cached verdict is trusted only under the version it was
 * made with, so any edit to a check, a limit or a message re-checks every photo once.
 *
 * Node only: reads the modules' own files, which every build and `npm run validate` run from.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

/** The module whose verdict is cached: `committedPhotoProblems` and everything it imports. */
export const PHOTO_CHECKS_ENTRY = fileURLToPath(new URL('./photo-checks-fs.ts', import.meta.url));

/** Relative imports and re-exports of a module: `from './x.ts'`, `import './y.ts'`. */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every project module `entry` reaches through relative imports, with its source; `entry` first. */
export function checkModules(entry: string = PHOTO_CHECKS_ENTRY, read: (file: string) => string = (file) => readFileSync(file, 'utf-8')): Map<string, string> {
	const modules = new Map<string, string>();
	const visit = (file: string): void => {
		if (modules.has(file)) return;
		const source = read(file);
		modules.set(file, source);
		for (const [, specifier = ''] of source.matchAll(RELATIVE_IMPORT)) visit(resolve(dirname(file), specifier));
	};
	visit(entry);
	return modules;
}

/** 16 hex digits naming the checks as they are now: changes with any byte of any check module or the decoder. */
export function photoChecksVersion(modules: ReadonlyMap<string, string> = checkModules(), decoder: Readonly<Record<string, string | undefined>> = sharp.versions): string {
	const hash = createHash('sha256');
	const base = dirname(PHOTO_CHECKS_ENTRY);
	for (const file of [...modules.keys()].sort()) hash.update(`${relative(base, file)}\0${modules.get(file)}\0`);
	hash.update(JSON.stringify(Object.entries(decoder).sort()));
	return hash.digest('hex').slice(0, 16);
}

let current: string | undefined;

/** The checks version of this process, computed once. */
export function currentPhotoChecksVersion(): string {
	current ??= photoChecksVersion();
	return current;
}
