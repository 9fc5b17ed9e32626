/**
 * Which files of a change need a code owner's review, by .github/CODEOWNERS (read from the base,
 * the version GitHub enforces). The pull-request workflow runs it to say so in the checks and the
 * job summary; contributors can run it too.
 *
 *   node scripts/protected-paths.ts --base main                  plain lines
 *   node scripts/protected-paths.ts --base HEAD^1 --format github annotation + job summary
 *
 * Advisory: it exits 0 whatever it finds (maintainers' own pull requests touch these files), and
 * 2 when it cannot tell. Enforcement is GitHub's, through branch protection (docs/security.md).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeownersError, ownedPaths, parseCodeowners, type OwnerRule } from './lib/codeowners.ts';

const CODEOWNERS = '.github/CODEOWNERS';
/** Names listed in the one-line annotation; the job summary lists them all. */
const ANNOTATION_NAMES = 10;

export interface Options {
	cwd: string;
	out: (line: string) => void;
	/** Where `--format github` appends Markdown; GitHub sets GITHUB_STEP_SUMMARY. */
	summaryFile?: string | undefined;
}

/** File names are the contributor's: show control, format (bidi) and separator characters as escapes. */
export function printable(name: string): string {
	return name.replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** A Markdown code span that no backtick inside `text` can close early. */
export function codeSpan(text: string): string {
	const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longest + 1);
	const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}

/** A GitHub workflow-command message: `%`, CR and LF escaped, so no text can start a new command. */
export function escapeMessage(text: string): string {
	return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function git(cwd: string, args: string[]): string {
	return execFileSync('git', args, { cwd, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** Files added, changed or deleted on HEAD since `base` (renames count as both names). */
export function changedFiles(cwd: string, base: string): string[] {
	return git(cwd, ['diff', '--name-only', '--no-renames', '-z', `${base}...HEAD`, '--'])
		.split('\0')
		.filter((name) => name !== '');
}

/** CODEOWNERS as it is on `base`, or the working tree's when the base has none yet. */
function readRules(cwd: string, base: string): { rules: OwnerRule[]; source: string } {
	let text: string;
	let source = `${CODEOWNERS} on ${base}`;
	try {
		text = git(cwd, ['show', `${base}:${CODEOWNERS}`]);
	} catch {
		text = readFileSync(join(cwd, CODEOWNERS), 'utf-8');
		source = `this change's ${CODEOWNERS}, as ${base} has none`;
	}
	return { rules: parseCodeowners(text), source };
}

function ownerList(rule: OwnerRule): string {
	return rule.owners.join(' ');
}

export function main(argv: string[], options: Options): number {
	const { out, cwd } = options;
	const usage = 'Usage: node scripts/protected-paths.ts --base <git revision> [--format text|github]';
	let values: { base?: string | undefined; format?: string | undefined; help?: boolean | undefined };
	try {
		({ values } = parseArgs({
			args: argv,
			options: { base: { type: 'string' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', default: false } },
		}));
	} catch (error) {
		out(`${(error as Error).message.split('\n')[0]}\n${usage}`);
		return 2;
	}
	if (values.help) {
		out(usage);
		return 0;
	}
	if (values.format !== 'text' && values.format !== 'github') {
		out(`Unknown --format "${values.format}": use text or github.\n${usage}`);
		return 2;
	}
	// A revision, never an option: `git diff --output=…` must not be reachable from here.
	if (!values.base || !/^[A-Za-z0-9][A-Za-z0-9._/^~-]*$/.test(values.base)) {
		out(`--base needs a git revision (a branch, a commit or HEAD^1), not "${values.base ?? ''}".\n${usage}`);
		return 2;
	}
	const base = values.base;
	let files: string[];
	let rules: OwnerRule[];
	let source: string;
	try {
		files = changedFiles(cwd, base);
		({ rules, source } = readRules(cwd, base));
	} catch (error) {
		const gitSays = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0] || (error as Error).message.split('\n')[0];
		const message = error instanceof CodeownersError ? error.message : `cannot compare with "${base}": ${gitSays}`;
		out(values.format === 'github' ? `::error title=Protected paths::${escapeMessage(message)}` : message);
		return 2;
	}
	const owned = ownedPaths(files, rules);
	const github = values.format === 'github';

	if (owned.length === 0) {
		const line = `None of the ${files.length} changed file${files.length === 1 ? '' : 's'} has a code owner, by ${source}: no code-owner review needed.`;
		out(github ? `::notice title=Protected paths::${escapeMessage(line)}` : line);
		if (github && options.summaryFile) appendFileSync(options.summaryFile, `### Protected paths\n\n${line}\n`);
		return 0;
	}

	const headline = `${owned.length} of ${files.length} changed file${files.length === 1 ? '' : 's'} need${owned.length === 1 ? 's' : ''} a code owner's review, by ${source}`;
	if (!github) {
		out(`${headline}:`);
		for (const { path, rule } of owned) out(`  ${printable(path)}  ${ownerList(rule)} (line ${rule.line}: ${rule.pattern})`);
		return 0;
	}
	const names = owned.slice(0, ANNOTATION_NAMES).map(({ path }) => printable(path));
	const more = owned.length > ANNOTATION_NAMES ? ` and ${owned.length - ANNOTATION_NAMES} more (job summary)` : '';
	out(`::warning title=Maintainer review needed::${escapeMessage(`${headline}: ${names.join(', ')}${more}`)}`);
	if (options.summaryFile) {
		const items = owned.map(({ path, rule }) => `- ${codeSpan(printable(path))} — ${ownerList(rule)} (line ${rule.line}: ${codeSpan(rule.pattern)})`);
		appendFileSync(options.summaryFile, `### Protected paths\n\n${headline}:\n\n${items.join('\n')}\n`);
	}
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = main(process.argv.slice(2), { cwd: fileURLToPath(new URL('..', import.meta.url)), out: console.log, summaryFile: process.env['GITHUB_STEP_SUMMARY'] });
}
