/**
 * Builds the site at two commits and compares what each build wrote, to show that a change meant
 * to be invisible (a refactor, a move of modules) changed nothing a visitor gets:
 *
 *   node tests/helpers/compare-commits.ts <before> [<after>=HEAD] [--keep]
 *
 * Each commit is exported with `git archive` into a folder of its own (the working tree is not
 * read, so commit first), given this checkout's node_modules as hard links (or `npm ci` when its
 * package-lock.json differs), and built with `npm run build` one after the other, with the same
 * SITE_URL and this checkout's photo cache, so neither build re-encodes photos the other made.
 * The two dist/ folders are compared by `compareBuilds` (hashed asset names do not count).
 * Prints each difference and exits 1 when there is any; `--keep` leaves the folders for a look.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compareBuilds } from './compare-builds.ts';

const repo = resolve(import.meta.dirname, '../..');
const run = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) =>
	execFileSync(command, args, { cwd, env, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 });

function checkout(rev: string): string {
	const commit = run('git', ['rev-parse', '--verify', `${rev}^{commit}`], repo).trim();
	const dir = mkdtempSync(join(tmpdir(), `build-${commit.slice(0, 10)}-`));
	execFileSync('sh', ['-c', 'git -C "$1" archive "$2" | tar -x -C "$3"', 'sh', repo, commit, dir]);
	const sameLock = readFileSync(join(repo, 'package-lock.json'), 'utf-8') === readFileSync(join(dir, 'package-lock.json'), 'utf-8');
	if (sameLock) run('cp', ['-al', join(repo, 'node_modules'), join(dir, 'node_modules')], repo);
	else run('npm', ['ci', '--no-audit', '--no-fund'], dir);
	return dir;
}

function build(dir: string): void {
	const env = { ...process.env, SITE_URL: 'http://localhost:4321', PHOTO_CACHE_DIR: join(repo, '.cache/photos') };
	const started = Date.now();
	run('npm', ['run', 'build', '--silent'], dir, env);
	console.log(`built ${dir} in ${Math.round((Date.now() - started) / 1000)} s`);
}

const args = process.argv.slice(2).filter((a) => a !== '--keep');
const keep = process.argv.includes('--keep');
const [before, after = 'HEAD'] = args;
if (before === undefined) {
	console.error('usage: node tests/helpers/compare-commits.ts <before> [<after>=HEAD] [--keep]');
	process.exit(2);
}
const dirs = [checkout(before), checkout(after)] as const;
try {
	for (const dir of dirs) build(dir);
	const { differences, pagefindFiles } = compareBuilds(join(dirs[0], 'dist'), join(dirs[1], 'dist'));
	for (const d of differences) {
		console.log(`${d.kind}: ${d.file}`);
		for (const [l, r] of d.lines ?? []) console.log(`  - ${l.slice(0, 300)}\n  + ${r.slice(0, 300)}`);
	}
	console.log(`${before} → ${after}: ${differences.length} files differ; Pagefind files: ${pagefindFiles[0]} before, ${pagefindFiles[1]} after`);
	process.exitCode = differences.length > 0 ? 1 : 0;
} finally {
	if (keep) console.log(`kept ${dirs.join(' and ')}`);
	else for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
