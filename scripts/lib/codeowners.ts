/**
 * Reads .github/CODEOWNERS and answers "who owns this path?" the way GitHub does (last matching
 * line wins; a path with no owner means "no code owner").
 *
 * Only the forms our file uses are understood — `*`, `/dir/`, `/file`, and `*` inside one name
 * (`/vitest*.ts`) — and any other line is an error, so the pull-request notice can never quietly
 * disagree with what GitHub enforces.
 */

export interface OwnerRule {
	/** The pattern as written, e.g. `/content/passes/`. */
	pattern: string;
	/** `@org/team`, `@user` or an e-mail address; empty when the line removes ownership. */
	owners: string[];
	/** 1-based line in the file, for error messages and reports. */
	line: number;
	matches: (path: string) => boolean;
}

const OWNER = /^(@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/;
/** One path segment: letters, digits, `.`, `_`, `-`, and `*` standing for any run of them. */
const SEGMENT = /^[A-Za-z0-9._*-]+$/;

export class CodeownersError extends Error {}

function compile(pattern: string, where: string): (path: string) => boolean {
	if (pattern === '*') return () => true;
	const fail = (why: string) => new CodeownersError(`${where}: "${pattern}" ${why}`);
	if (!pattern.startsWith('/')) throw fail('must start with "/" (anchored at the repository root) or be "*"');
	const isDir = pattern.endsWith('/');
	const segments = pattern.slice(1, isDir ? -1 : undefined).split('/');
	for (const segment of segments) {
		if (segment === '' || segment === '.' || segment === '..' || !SEGMENT.test(segment) || segment.includes('**')) {
			throw fail('uses a form scripts/protected-paths.ts does not understand (allowed: *, /dir/, /file, * inside a name)');
		}
	}
	const source = segments.map((s) => s.split('*').map(escapeRegExp).join('[^/]*')).join('/');
	// Like gitignore: `/dir/` matches everything below dir; `/name` matches a file or a folder's contents.
	const regex = new RegExp(isDir ? `^${source}/` : `^${source}(?:/|$)`);
	return (path) => regex.test(path);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every rule of a CODEOWNERS file, in file order; throws a CodeownersError naming the line. */
export function parseCodeowners(text: string, file = '.github/CODEOWNERS'): OwnerRule[] {
	const rules: OwnerRule[] = [];
	text.split('\n').forEach((raw, index) => {
		const line = index + 1;
		const content = raw.replace(/\r$/, '').trim();
		if (content === '' || content.startsWith('#')) return;
		const [pattern = '', ...owners] = content.split(/[ \t]+/);
		const where = `${file}:${line}`;
		const matches = compile(pattern, where);
		for (const owner of owners) {
			if (!OWNER.test(owner)) throw new CodeownersError(`${where}: "${owner}" is not an owner (@org/team, @user or an e-mail address)`);
		}
		rules.push({ pattern, owners, line, matches });
	});
	return rules;
}

/** The rule that decides who owns `path` (repository-relative, `/`-separated), or undefined. */
export function ruleFor(path: string, rules: readonly OwnerRule[]): OwnerRule | undefined {
	for (let i = rules.length - 1; i >= 0; i--) {
		if (rules[i]!.matches(path)) return rules[i];
	}
	return undefined;
}

/** The paths that have a code owner, each with the rule that gives it one, in input order. */
export function ownedPaths(paths: readonly string[], rules: readonly OwnerRule[]): { path: string; rule: OwnerRule }[] {
	const owned: { path: string; rule: OwnerRule }[] = [];
	for (const path of paths) {
		const rule = ruleFor(path, rules);
		if (rule && rule.owners.length > 0) owned.push({ path, rule });
	}
	return owned;
}
