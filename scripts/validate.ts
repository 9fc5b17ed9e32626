/**
 * `npm run validate` — checks the whole catalog in seconds, without a build, with the same
 * schemas and cross-checks the site uses: every problem is one line naming the file, the line of
 * the offending key, the field and how to fix it. Exit code 1 on any error; warnings are listed
 * apart and do not fail.
 *
 *   npm run validate                      the whole catalog
 *   npm run validate -- --changed main    only problems in files changed since the git ref "main"
 *   npm run validate -- --format github   GitHub Actions annotations
 *   npm run validate -- --content DIR     another content folder
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { guideReferenceProblems } from '../src/lib/team-mdx/guide-references.ts';
import { readTeamPages } from '../src/lib/team-mdx/team-pages-fs.ts';
import { findCatalogProblems } from '../src/lib/catalog/catalog-problems.ts';
import { type Problem, formatProblem, problem } from '../src/lib/content-files/content-problems.ts';
import { lineOfField } from '../src/lib/content-files/locate-field.ts';
import { contentFileProblems } from '../src/lib/content-files/content-files-fs.ts';
import type { PassPhotos } from '../src/lib/content-files/pass-photos-fs.ts';
import { PhotoCache, defaultPhotoCacheDir } from '../src/lib/photos/photo-store-fs.ts';
import { type CatalogFiles, PROJECT_ROOT, readCatalogFiles } from '../src/lib/content-files/read-catalog-fs.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

export interface ValidateOptions {
	contentDir: string;
	/** Paths are shown relative to this folder. */
	root: string;
	/** Only report problems in these files (relative to root); all when undefined. */
	only?: ReadonlySet<string> | undefined;
	/** Where photo verdicts are cached: the build's photo cache unless told otherwise. */
	photoCache?: PhotoCache;
	/** Called each time a photo is actually decoded to be checked (not found in the cache). */
	onPhotoCheck?: (hash: string) => void;
}

/** Each pass that could be read, with the photos it lists, for the file checks. */
function passPhotos(files: CatalogFiles, root: string): PassPhotos[] {
	return files.passes.map((pass) => {
		const file = pass.filePath ?? pass.id;
		return { file, folder: join(root, dirname(file)), photos: pass.data.photos.map((photo) => photo.src) };
	});
}

/** Likely duplicates: two passes with the same band, tour, type and dates. */
function duplicateWarnings(files: CatalogFiles): Problem[] {
	const warnings: Problem[] = [];
	const byFacts = new Map<string, string>();
	for (const pass of files.passes) {
		const file = pass.filePath ?? pass.id;
		const d = pass.data;
		const key = [d.band, d.tour ?? '', d.type, d.validFrom ?? '', d.validTo ?? '', d.year ?? '', d.format].join('|');
		// A fake or variant shares its genuine pass's facts on purpose: it is not a duplicate.
		const copies = d.fakeOf !== undefined || d.variantOf !== undefined;
		const twin = copies ? undefined : byFacts.get(key);
		if (twin) warnings.push(problem(file, undefined, `looks like a duplicate of ${twin} (same band, tour, type, format and dates) — merge them, or tell them apart in the title`, 'warning'));
		else if (!copies) byFacts.set(key, file);
	}
	return warnings;
}

/** Placeholder paragraphs of `npm run new-pass` left in a story. */
function placeholderWarnings(files: CatalogFiles): Problem[] {
	return files.passes.flatMap((pass) =>
		pass.body.split('\n').flatMap((text, i) =>
			/^\s*TODO:/.test(text)
				? [{ ...problem(pass.filePath ?? pass.id, undefined, 'placeholder text left in the story — replace the TODO paragraph with what you know', 'warning'), line: i + 1 }]
				: [],
		),
	);
}

/** Runs every check; problems come back with their line numbers, errors before warnings. */
export async function validateCatalog({ contentDir, root, only, photoCache, onPhotoCheck }: ValidateOptions): Promise<Problem[]> {
	const files = readCatalogFiles(contentDir, root);
	const photos = passPhotos(files, root);
	const all = [
		...files.problems,
		...findCatalogProblems(files),
		...guideReferenceProblems(
			readTeamPages(root, [
				...files.guides.map((entry) => ({ entry, folder: 'content/guides' })),
				...files.passTypes.map((entry) => ({ entry, folder: 'content/pass-types' })),
			]),
			files.passes,
			PROJECT_ROOT,
		),
		// Photo verdicts are the build's: cached by the hash of the bytes and the checks' version.
		...(await contentFileProblems({ contentDir, root, passes: photos, cache: photoCache ?? new PhotoCache(defaultPhotoCacheDir(projectRoot)), onCheck: onPhotoCheck })),
		...duplicateWarnings(files),
		...placeholderWarnings(files),
	];
	const texts = new Map<string, string>();
	const located = all.map((p) => {
		if (p.line !== undefined || p.field === undefined) return p;
		const path = join(root, p.file);
		if (!texts.has(path)) {
			try {
				texts.set(path, readFileSync(path, 'utf-8'));
			} catch {
				texts.set(path, '');
			}
		}
		return { ...p, line: lineOfField(texts.get(path) ?? '', p.field, p.file.endsWith('.mdx')) };
	});
	// A problem with a folder (a hidden or stray one) concerns every changed file inside it.
	const folders = only ? foldersOf(only) : undefined;
	const wanted = only ? located.filter((p) => only.has(p.file) || folders?.has(p.file.replace(/\/$/, ''))) : located;
	const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
	return wanted.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Every folder that holds one of these paths: "a/b/c.jpg" → "a", "a/b". */
function foldersOf(paths: Iterable<string>): Set<string> {
	const folders = new Set<string>();
	for (const path of paths) {
		const parts = path.split('/');
		for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
	}
	return folders;
}

/** Files changed against a git ref (committed, staged, unstaged and untracked), as entry files. */
export function changedEntryFiles(ref: string, root: string, contentDir: string): Set<string> {
	const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf-8' }).split('\n').filter(Boolean);
	const names = [
		...git('diff', '--name-only', `${ref}...HEAD`),
		...git('diff', '--name-only', 'HEAD'),
		...git('ls-files', '--others', '--exclude-standard'),
	];
	const passes = `${relative(root, contentDir)}/passes/`;
	const result = new Set<string>();
	for (const name of names) {
		result.add(name);
		// A changed photo is a change to its pass.
		if (name.startsWith(passes)) result.add(`${name.slice(0, name.indexOf('/', passes.length))}/index.mdx`);
	}
	return result;
}

/** A workflow command's message: `%`, CR and LF escaped, so no text can end the line and start another command. */
export function escapeData(text: string): string {
	return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value (file=, title=): also `:` and `,`, which end a value. */
export function escapeProperty(text: string): string {
	return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One GitHub Actions annotation; every part that comes from content (file and folder names too) is escaped. */
export function githubAnnotation(p: Problem): string {
	const props = [`file=${escapeProperty(p.file)}`, ...(p.line ? [`line=${p.line}`] : []), ...(p.field ? [`title=${escapeProperty(p.field)}`] : [])];
	return `::${p.severity} ${props.join(',')}::${escapeData(`${p.field ? `${p.field}: ` : ''}${p.message}`)}`;
}

export async function main(argv: string[], out: (line: string) => void = console.log): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			content: { type: 'string', default: 'content' },
			changed: { type: 'string' },
			format: { type: 'string', default: 'text' },
			help: { type: 'boolean', default: false },
		},
	});
	if (values.help) {
		out('Usage: npm run validate [-- --changed <git-ref>] [--format text|github] [--content DIR]');
		return 0;
	}
	if (values.format !== 'text' && values.format !== 'github') {
		out(`Unknown --format "${values.format}": use text or github.`);
		return 2;
	}
	const started = performance.now();
	const contentDir = resolve(projectRoot, values.content);
	let only: Set<string> | undefined;
	if (values.changed !== undefined) {
		try {
			only = changedEntryFiles(values.changed, projectRoot, contentDir);
		} catch (error) {
			out(`Cannot list the files changed since "${values.changed}": ${(error as Error).message.split('\n')[0]}`);
			return 2;
		}
	}
	const problems = await validateCatalog({ contentDir, root: projectRoot, only });
	const errors = problems.filter((p) => p.severity === 'error');
	const warnings = problems.filter((p) => p.severity === 'warning');
	if (values.format === 'github') {
		for (const p of problems) out(githubAnnotation(p));
	} else {
		for (const p of errors) out(formatProblem(p));
		if (warnings.length > 0) {
			out(errors.length > 0 ? '\nWarnings:' : 'Warnings:');
			for (const p of warnings) out(`  ${formatProblem(p)}`);
		}
	}
	const scope = only ? ` in ${only.size} changed file${only.size === 1 ? '' : 's'}` : '';
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	out(
		errors.length === 0
			? `✓ The catalog is valid${scope}${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''} — checked in ${seconds} s.`
			: `✗ ${errors.length} error${errors.length === 1 ? '' : 's'}${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}${scope} — checked in ${seconds} s.`,
	);
	return errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = await main(process.argv.slice(2));
}
