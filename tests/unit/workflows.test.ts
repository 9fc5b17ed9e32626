/** .github/workflows: least privilege per job, pinned actions, no contributor text in scripts, and the same checks as .ci/run. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkflow, npmCommandsIn, type WorkflowReport } from '../helpers/workflow-rules.ts';
import { projectRoot } from '../helpers/astro-build.ts';

const dir = join(projectRoot, '.github/workflows');
const reports = new Map<string, WorkflowReport>(
	readdirSync(dir)
		.filter((name) => /\.ya?ml$/.test(name))
		.map((name) => [name, checkWorkflow(name, readFileSync(join(dir, name), 'utf-8'))]),
);
const prWorkflows = [...reports].filter(([, report]) => report.triggers.includes('pull_request'));

describe('.github/workflows', () => {
	it('has the pull-request and deploy workflows', () => {
		expect([...reports.keys()].sort()).toEqual(['deploy.yml', 'pr.yml', 'submission.yml']);
		expect(prWorkflows.map(([name]) => name)).toEqual(['pr.yml']);
	});

	it.each([...reports.keys()])('%s keeps every rule', (name) => {
		expect(reports.get(name)!.problems).toEqual([]);
	});

	it('pins each action to one commit and one version everywhere', () => {
		const pins = [...reports.values()].flatMap((report) => report.pins);
		expect(pins.length).toBeGreaterThanOrEqual(6);
		const byAction = new Map<string, Set<string>>();
		for (const pin of pins) byAction.set(pin.action, (byAction.get(pin.action) ?? new Set()).add(`${pin.sha} ${pin.version}`));
		for (const [action, variants] of byAction) expect([...variants], action).toHaveLength(1);
	});

	it('runs in pull requests every npm command .ci/run runs, the built-site ones after the build', () => {
		const ci = npmCommandsIn(readFileSync(join(projectRoot, '.ci/run'), 'utf-8'));
		// What README promises .ci/run does; if this fails, the parsing of .ci/run broke.
		expect(ci).toEqual(expect.arrayContaining(['ci', 'test', 'run check', 'run build', 'run test:e2e']));
		const [, pr] = prWorkflows[0]!;
		const check = pr.npmCommands['check'] ?? [];
		for (const command of ci) expect(check, `npm ${command}`).toContain(command);
		const build = check.indexOf('run build');
		for (const afterBuild of ['run check:links', 'run check:budgets', 'run test:e2e']) {
			expect(check.indexOf(afterBuild), afterBuild).toBeGreaterThan(build);
		}
		expect(check).toContain('run validate');
		expect(readFileSync(join(dir, 'pr.yml'), 'utf-8')).toContain('npm run validate -- --format github');
	});

	it('caches the photo folder the build uses, the same in both workflows, pruned by the deploy', () => {
		const files = ['pr.yml', 'deploy.yml'].map((name) => readFileSync(join(dir, name), 'utf-8'));
		// The build reads PHOTO_CACHE_DIR itself, so the folder saved is the folder written.
		const dirs = files.map((file) => file.match(/^ {2}PHOTO_CACHE_DIR: (\S+)$/m)?.[1]);
		expect(dirs[0]).toBeDefined();
		expect(dirs[1]).toBe(dirs[0]);
		for (const file of files) expect(file).toContain('path: ${{ env.PHOTO_CACHE_DIR }}');
		expect(files[1]).toMatch(/run: npm run build\n\s+env:[\s\S]*?PHOTO_CACHE_PRUNE: '1'/);
		expect(files[0]).not.toContain('PHOTO_CACHE_PRUNE');
	});

	it('tells a pull request which of its files need a code owner', () => {
		const pr = readFileSync(join(dir, 'pr.yml'), 'utf-8');
		expect(pr).toMatch(/fetch-depth: 2\n[\s\S]*run: node scripts\/protected-paths\.ts --base HEAD\^1 --format github\n/);
	});
});

/** The same rules on broken workflows: each must be caught. */
describe('checkWorkflow', () => {
	const SHA = 'a'.repeat(40);
	const ok = `name: x
on:
  pull_request:
permissions: {}
concurrency:
  group: pr-\${{ github.event.pull_request.number }}
jobs:
  check:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@${SHA} # v7.0.1
        with:
          persist-credentials: false
      - run: npm ci && npm test
`;
	const problems = (text: string, file = 'pr.yml') => checkWorkflow(file, text).problems;

	it('passes a minimal good workflow', () => {
		expect(problems(ok)).toEqual([]);
		expect(checkWorkflow('pr.yml', ok).npmCommands).toEqual({ check: ['ci', 'test'] });
	});

	it.each([
		['pull_request_target', ok.replace('  pull_request:', '  pull_request_target:'), 'pr.yml: on: pull_request_target is not an allowed event'],
		['workflow_run', ok.replace('  pull_request:', '  workflow_run:'), 'pr.yml: on: workflow_run is not an allowed event'],
		['write at the top', ok.replace('permissions: {}', 'permissions:\n  contents: write'), 'pr.yml: permissions: top level must be {} or { contents: read }, then granted per job'],
		['write-all', ok.replace('permissions: {}', 'permissions: write-all'), 'pr.yml: permissions: top level must be {} or { contents: read }, then granted per job'],
		['empty top-level permissions', ok.replace('permissions: {}', 'permissions:'), 'pr.yml: permissions: top level must be {} or { contents: read }, then granted per job'],
		['a job without permissions', ok.replace('    permissions:\n      contents: read\n', ''), 'pr.yml: jobs.check.permissions: no permissions of its own — declare them per job'],
		['a job that writes', ok.replace('      contents: read', '      contents: read\n      pages: write'), 'pr.yml: jobs.check.permissions: pages: write is not allowed here'],
		['a job with read-all', ok.replace('    permissions:\n      contents: read', '    permissions: read-all'), 'pr.yml: jobs.check.permissions: permissions must list scopes, not "read-all"'],
		['a tag', ok.replace(`@${SHA} # v7.0.1`, '@v7'), 'pr.yml: jobs.check.steps[0]: actions/checkout@v7 is not pinned to a full commit SHA'],
		['a short SHA', ok.replace(`@${SHA}`, '@aaaaaaa'), 'pr.yml: jobs.check.steps[0]: actions/checkout@aaaaaaa is not pinned to a full commit SHA'],
		['no version comment', ok.replace(' # v7.0.1', ''), `pr.yml: jobs.check.steps[0]: actions/checkout@${SHA} has no "# vX.Y.Z" comment naming its version`],
		['kept credentials', ok.replace('persist-credentials: false', 'persist-credentials: true'), 'pr.yml: jobs.check.steps[0]: checkout without persist-credentials: false'],
		['a PR title in a script', ok.replace('npm ci && npm test', 'echo "${{ github.event.pull_request.title }}"'), 'pr.yml.jobs.check.steps[1].run: ${{ github.event.pull_request.title }} inside a script — pass it through env:'],
		['a branch name in a script', ok.replace('npm ci && npm test', '|\n          git log ${{ github.head_ref }}'), 'pr.yml.jobs.check.steps[1].run: ${{ github.head_ref }} inside a script — pass it through env:'],
		['a secret', ok.replace('      - run: npm ci', '      - env:\n          T: ${{ secrets.TOKEN }}\n        run: npm ci'), 'pr.yml.jobs.check.steps[1].env.T: ${{ secrets.TOKEN }} reads something not on the allowlist'],
		['no timeout', ok.replace('    timeout-minutes: 5\n', ''), 'pr.yml: jobs.check: no timeout-minutes'],
		['no concurrency', ok.replace(/concurrency:\n.*\n/, ''), 'pr.yml: no concurrency group (for the workflow or for every job)'],
		['a duplicated key', ok.replace('    runs-on: ubuntu-latest\n', '    runs-on: ubuntu-latest\n    runs-on: windows-latest\n'), 'pr.yml: Map keys must be unique'],
	])('catches %s', (_what, text, expected) => {
		expect(problems(text).map((p) => p.split('\n')[0]!.replace(/ at line \d+.*$/, ''))).toContain(expected);
	});

	it('lets only the deploy job write, exactly pages and id-token, and run no scripts', () => {
		const deploy = ok
			.replace('  pull_request:', '  push:')
			.replace('  check:', '  deploy:')
			.replace('      contents: read', '      pages: write\n      id-token: write');
		expect(problems(deploy, 'deploy.yml').filter((p) => p.includes('permissions'))).toEqual([]);
		expect(problems(deploy, 'deploy.yml')).toContain('deploy.yml: jobs.deploy.steps[1]: a job that can write runs only pinned actions, no scripts');
		expect(problems(deploy.replace('      id-token: write\n', ''), 'deploy.yml')).toContain('deploy.yml: jobs.deploy.permissions: writes pages, expected exactly pages, id-token');
		expect(problems(deploy, 'other.yml')).toContain('other.yml: jobs.deploy.permissions: pages: write is not allowed here');
	});

	it('reads npm commands from scripts, not from comments', () => {
		expect(npmCommandsIn('# npm run nothing\ntally env E2E_SKIP_BUILD=1 npm run test:e2e\nnpm ci --no-audit; npm test\n')).toEqual(['run test:e2e', 'ci', 'test']);
	});
});
