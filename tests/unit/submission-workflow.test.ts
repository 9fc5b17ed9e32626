import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMENT_MARKER } from '../../scripts/submission/comment.ts';
import { SUBMISSION_LABEL } from '../../scripts/submission/issue-form-yaml.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Step {
	uses?: string;
	run?: string;
	env?: Record<string, string>;
	with?: Record<string, unknown>;
}
interface Job {
	if?: string;
	needs?: string[];
	permissions?: Record<string, string>;
	steps: Step[];
}
interface Workflow {
	on: unknown;
	permissions: unknown;
	jobs: Record<string, Job>;
}

let text: string;
let workflow: Workflow;
beforeAll(async () => {
	text = await readFile(path.join(root, '.github/workflows/submission.yml'), 'utf-8');
	workflow = parse(text) as Workflow;
});

describe('the submission workflow', () => {
	it('runs on issues only, and grants nothing by default', () => {
		expect(workflow.on).toEqual({ issues: { types: ['opened', 'edited', 'labeled'] } });
		expect(workflow.permissions).toEqual({});
	});

	it('gives each job only the permissions it needs', () => {
		expect(Object.fromEntries(Object.entries(workflow.jobs).map(([name, job]) => [name, job.permissions]))).toEqual({
			check: { contents: 'read' },
			accept: { contents: 'write', 'pull-requests': 'write' },
			comment: { issues: 'write' },
		});
	});

	it('never puts issue text (or anything derived from it) into a shell script', () => {
		for (const [name, job] of Object.entries(workflow.jobs)) {
			for (const step of job.steps) {
				if (step.run === undefined) continue;
				expect(step.run, `${name}: ${step.run.slice(0, 40)}`).not.toContain('${{');
			}
		}
		// The only way issue data enters a step is an environment variable.
		const fromIssue = [...text.matchAll(/\$\{\{[^}]*github\.event\.issue\.[^}]*\}\}/g)].map((m) => m[0]);
		expect(fromIssue.length).toBeGreaterThan(0);
		for (const [name, job] of Object.entries(workflow.jobs)) {
			for (const step of job.steps) {
				for (const [key, value] of Object.entries(step.with ?? {})) expect(String(value), `${name} with.${key}`).not.toContain('github.event.issue');
			}
		}
	});

	it('checks only issues from the form, and accepts only with the maintainers’ label', () => {
		expect(workflow.jobs.check?.if).toContain(`contains(github.event.issue.labels.*.name, '${SUBMISSION_LABEL}')`);
		expect(workflow.jobs.accept?.if).toContain("github.event.label.name == 'submission: accepted'");
		expect(workflow.jobs.accept?.if).toContain(`'${SUBMISSION_LABEL}'`);
	});

	it('posts comments from a job that neither checks out nor runs npm', () => {
		const comment = workflow.jobs.comment;
		expect(comment?.needs).toEqual(['check', 'accept']);
		expect(comment?.steps.some((s) => s.uses !== undefined)).toBe(false);
		expect(comment?.steps.map((s) => s.run ?? '').join('\n')).not.toMatch(/\bnpm\b|\bnode\b|git /);
		expect(comment?.steps.map((s) => s.run ?? '').join('\n')).toContain(COMMENT_MARKER);
	});

	it('keeps the token off disk while the script runs, and pins every action by commit', () => {
		for (const [name, job] of Object.entries(workflow.jobs)) {
			for (const step of job.steps.filter((s) => s.uses !== undefined)) {
				expect(step.uses, name).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
				if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials'], name).toBe(false);
			}
		}
		for (const line of text.split('\n').filter((l) => l.includes('uses:'))) expect(line).toMatch(/ # v\d+\.\d+\.\d+$/);
	});
});
