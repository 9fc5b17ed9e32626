/** .github/CODEOWNERS and the pull-request notice that reads it (scripts/protected-paths.ts). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CodeownersError, ownedPaths, parseCodeowners, ruleFor } from '../../scripts/lib/codeowners.ts';
import { codeSpan, main, printable } from '../../scripts/protected-paths.ts';
import { REPOSITORY } from '../../src/consts.ts';
import { projectRoot } from '../helpers/astro-build.ts';

const realRules = parseCodeowners(readFileSync(join(projectRoot, '.github/CODEOWNERS'), 'utf-8'));
const ownersOf = (path: string) => ruleFor(path, realRules)?.owners ?? [];

describe('.github/CODEOWNERS', () => {
	it.each([
		'content/guides/authenticating-passes.mdx',
		'content/pass-types/crew.mdx',
		'src/consts.ts',
		'scripts/validate.ts',
		'.github/workflows/pr.yml',
		'.github/CODEOWNERS',
		'.ci/run',
		'package.json',
		'package-lock.json',
		'astro.config.mjs',
		'tsconfig.json',
		'vitest.config.ts',
		'vitest.e2e.config.ts',
		'tests/unit/schemas.test.ts',
		// Served as-is from the site's origin, without the CSP of the built pages.
		'public/anything.html',
		// Files nobody has thought of yet: a config Vite or npm would read, a new collection.
		'.npmrc',
		'postcss.config.cjs',
		'content/new-collection/x.json',
		'SECURITY.md',
	])('gives %s to the maintainers', (path) => {
		expect(ownersOf(path)).toEqual(['@backstage-pass-catalog/maintainers']);
	});

	it.each([
		'content/passes/in-utero-1993-north-america-all-access-laminate/index.mdx',
		'content/passes/in-utero-1993-north-america-all-access-laminate/front.jpg',
		'content/bands/nirvana.json',
		'content/tours/in-utero-tour.json',
		'content/printers/otto.json',
	])('leaves contributor data %s without a code owner', (path) => {
		expect(ownersOf(path)).toEqual([]);
	});

	it('names teams of the organisation in REPOSITORY (src/consts.ts)', () => {
		const org = new URL(REPOSITORY.url).pathname.split('/')[1];
		const owners = new Set(realRules.flatMap((rule) => rule.owners));
		expect(owners.size).toBeGreaterThan(0);
		for (const owner of owners) expect(owner.startsWith(`@${org}/`), owner).toBe(true);
	});

	it('agrees with SECURITY.md and the issue chooser on where the repository is', () => {
		for (const file of ['SECURITY.md', '.github/ISSUE_TEMPLATE/config.yml']) {
			const urls = readFileSync(join(projectRoot, file), 'utf-8').match(/https:\/\/github\.com\/[^\s)>]+/g) ?? [];
			expect(urls.length, file).toBeGreaterThan(0);
			for (const url of urls) expect(url.startsWith(`${REPOSITORY.url}/`), `${file}: ${url}`).toBe(true);
		}
	});

	it('lists only paths that exist', () => {
		for (const { pattern } of realRules.filter((rule) => rule.pattern !== '*' && !rule.pattern.includes('*'))) {
			expect(existsSync(join(projectRoot, pattern)), pattern).toBe(true);
		}
	});
});

describe('parseCodeowners', () => {
	const rules = parseCodeowners(['# comment', '', '*  @o/all', '/src/ @o/code', '/vitest*.ts @o/tests', '/src/public/', '/package.json @me a@b.example'].join('\n'));

	it('matches like GitHub: last matching line wins, a line without owners removes them', () => {
		expect(ruleFor('README.md', rules)?.owners).toEqual(['@o/all']);
		expect(ruleFor('src/a/b.ts', rules)?.owners).toEqual(['@o/code']);
		expect(ruleFor('src/public/x.svg', rules)?.owners).toEqual([]);
		expect(ruleFor('package.json', rules)?.owners).toEqual(['@me', 'a@b.example']);
		expect(ruleFor('vitest.e2e.config.ts', rules)?.owners).toEqual(['@o/tests']);
		expect(ruleFor('src/public/x.svg', rules)?.line).toBe(6);
	});

	it('anchors patterns at the root and stops at segment boundaries', () => {
		const only = parseCodeowners('/src/ @o/code\n/package.json @o/code\n/vitest*.ts @o/code');
		for (const path of ['src/a.ts', 'src/deep/er/b.ts', 'package.json', 'vitest.config.ts']) expect(ruleFor(path, only), path).toBeDefined();
		for (const path of ['srcx/a.ts', 'lib/src/a.ts', 'src', 'package.json5', 'a/package.json', 'tests/vitest.config.ts', 'vitest.config.js']) {
			expect(ruleFor(path, only), path).toBeUndefined();
		}
	});

	it('ownedPaths keeps the order and the deciding rule', () => {
		expect(ownedPaths(['src/x.ts', 'src/public/y.svg', 'a.md'], rules).map(({ path, rule }) => `${path}:${rule.line}`)).toEqual(['src/x.ts:4', 'a.md:3']);
	});

	it.each([
		['docs/ @o/t', 'must start with "/"'],
		['/a/**/b @o/t', 'does not understand'],
		['!/a @o/t', 'must start with "/"'],
		['/a/[ab].ts @o/t', 'does not understand'],
		['/a\\ b @o/t', 'does not understand'],
		['/../etc @o/t', 'does not understand'],
		['/a//b @o/t', 'does not understand'],
		['/a maintainers', 'is not an owner'],
	])('refuses %s, naming the line', (line, why) => {
		expect(() => parseCodeowners(`# first\n${line}`)).toThrow(CodeownersError);
		expect(() => parseCodeowners(`# first\n${line}`)).toThrow(new RegExp(`^\\.github/CODEOWNERS:2: .*${why.replace(/[/"]/g, '.')}`));
	});
});

describe('output of contributors’ file names', () => {
	it('printable shows control, bidi and separator characters as escapes and keeps the rest', () => {
		expect(printable('content/passes/motörhead-1980/front.jpg')).toBe('content/passes/motörhead-1980/front.jpg');
		expect(printable('a\nb\r\0c\u202Ed\u2028e\tf g')).toBe('a\\u{A}b\\u{D}\\u{0}c\\u{202E}d\\u{2028}e\\u{9}f g');
	});

	it('codeSpan cannot be closed by the text inside it', () => {
		expect(codeSpan('a.ts')).toBe('`a.ts`');
		expect(codeSpan('a`b')).toBe('``a`b``');
		expect(codeSpan('`x``')).toBe('``` `x`` ```');
	});
});

describe('scripts/protected-paths.ts on a real repository', () => {
	const work = mkdtempSync(join(tmpdir(), 'protected-paths-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	const git = (cwd: string, ...args: string[]) =>
		execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf-8', stdio: 'pipe' });
	const write = (root: string, path: string, text: string) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	let n = 0;
	/** A repository whose `main` has CODEOWNERS (unless `codeowners` is null), then a branch with `change` applied. */
	function repo(change: (root: string) => void, codeowners: string | null = '*  @o/maintainers\n/content/passes/\n') {
		const root = join(work, `repo-${n++}`);
		mkdirSync(root);
		git(root, 'init', '-q');
		if (codeowners !== null) write(root, '.github/CODEOWNERS', codeowners);
		write(root, 'src/a.ts', 'export {};\n');
		write(root, 'content/passes/p/index.mdx', '---\n---\n');
		git(root, 'add', '-A');
		git(root, 'commit', '-qm', 'base');
		git(root, 'checkout', '-qb', 'change');
		change(root);
		git(root, 'add', '-A');
		git(root, 'commit', '-qm', 'change');
		return root;
	}
	function run(root: string, ...argv: string[]) {
		const lines: string[] = [];
		const summaryFile = join(root, '..', `summary-${n}.md`);
		writeFileSync(summaryFile, '');
		const code = main(argv, { cwd: root, out: (line) => lines.push(line), summaryFile });
		return { code, lines, summary: readFileSync(summaryFile, 'utf-8') };
	}

	it('says so in a notice when only contributor data changed', () => {
		const root = repo((r) => write(r, 'content/passes/p/index.mdx', '---\ntitle: x\n---\n'));
		const { code, lines, summary } = run(root, '--base', 'main', '--format', 'github');
		expect(code).toBe(0);
		expect(lines).toEqual(['::notice title=Protected paths::None of the 1 changed file has a code owner, by .github/CODEOWNERS on main: no code-owner review needed.']);
		expect(summary).toContain('no code-owner review needed');
	});

	it('warns once, on one line, with moved-away files, hostile names and the base’s CODEOWNERS', () => {
		const hostile = 'x\n::error::fake`b\u202Ed.jpg';
		const root = repo((r) => {
			git(r, 'mv', 'src/a.ts', 'content/passes/p/a.ts');
			write(r, hostile, 'x');
			// Removing the catch-all in the change itself must not hide anything: the base decides.
			write(r, '.github/CODEOWNERS', '/nothing/ @o/maintainers\n');
		});
		const { code, lines, summary } = run(root, '--base', 'main', '--format', 'github');
		expect(code).toBe(0);
		expect(lines).toHaveLength(1);
		const [warning] = lines as [string];
		expect(warning).toMatch(/^::warning title=Maintainer review needed::3 of 4 changed files need a code owner's review, by \.github\/CODEOWNERS on main: /);
		expect(warning).not.toMatch(/[\n\r]/);
		expect(warning).toMatch(/: \.github\/CODEOWNERS, src\/a\.ts, x\\u\{A\}::error::fake`b\\u\{202E\}d\.jpg$/);
		expect(summary).toContain('- ``x\\u{A}::error::fake`b\\u{202E}d.jpg`` — @o/maintainers (line 1: `*`)');
		expect(summary).toContain('- `src/a.ts` — @o/maintainers');
		expect(summary).not.toContain('content/passes/p/a.ts');
		expect(summary.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
	});

	it('prints plain lines without --format, and uses the change’s CODEOWNERS when the base has none', () => {
		const root = repo((r) => {
			write(r, '.github/CODEOWNERS', '/src/ @o/code\n');
			write(r, 'src/b.ts', 'export {};\n');
		}, null);
		const { code, lines } = run(root, '--base', 'main');
		expect(code).toBe(0);
		expect(lines).toEqual([
			"1 of 2 changed files needs a code owner's review, by this change's .github/CODEOWNERS, as main has none:",
			'  src/b.ts  @o/code (line 1: /src/)',
		]);
	});

	it('works on the CI checkout: a merge commit fetched two deep, compared with HEAD^1', () => {
		const origin = repo((r) => write(r, 'package.json', '{}\n'));
		git(origin, 'checkout', '-q', 'main');
		write(origin, 'content/passes/q/index.mdx', '---\n---\n');
		git(origin, 'add', '-A');
		git(origin, 'commit', '-qm', 'main moves on');
		git(origin, 'merge', '-q', '--no-ff', '-m', 'merge', 'change');
		const clone = join(work, `clone-${n++}`);
		git(work, 'clone', '-q', '--depth', '2', `file://${origin}`, clone);
		const { code, lines } = run(clone, '--base', 'HEAD^1', '--format', 'github');
		expect(code).toBe(0);
		expect(lines).toEqual(["::warning title=Maintainer review needed::1 of 1 changed file needs a code owner's review, by .github/CODEOWNERS on HEAD^1: package.json"]);
	});

	it('exits 2 with a reason when it cannot tell', () => {
		const root = repo((r) => write(r, 'src/a.ts', 'export const a = 1;\n'), '/src maintainers\n');
		expect(run(root, '--base', 'main', '--format', 'github').lines).toEqual(['::error title=Protected paths::.github/CODEOWNERS:1: "maintainers" is not an owner (@org/team, @user or an e-mail address)']);
		expect(run(root, '--base', 'no-such-branch').code).toBe(2);
		expect(run(root, '--base', '--output=/tmp/x').code).toBe(2);
		expect(run(root, '--base=--output=/tmp/x').lines[0]).toMatch(/^--base needs a git revision/);
		expect(run(root).code).toBe(2);
		expect(run(root, '--base', 'main', '--format', 'json').code).toBe(2);
	});
});
