/**
 * The rules every GitHub Actions workflow of this repository keeps (docs/security.md), as a
 * function from a workflow file to its problems, so the test can show each rule catching a
 * broken workflow as well as passing ours.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/**
 * Events a workflow may run on. Never `pull_request_target`, `workflow_run` or `issue_comment`: they
 * run strangers' code with write access or secrets. `issues` runs the default branch's own workflow
 * and code; the issue's text is data, passed through env: only (the pass-submission workflow).
 */
const EVENTS = new Set(['push', 'pull_request', 'workflow_dispatch', 'issues']);

/** The only write scopes, by workflow file and job. Everything else reads or has nothing. */
export const WRITE_SCOPES: Record<string, Record<string, string[]>> = {
	'deploy.yml': { deploy: ['pages', 'id-token'] },
	'submission.yml': { accept: ['contents', 'pull-requests'], comment: ['issues'] },
};

/**
 * Jobs that may run scripts although they can write, and why. Every other writing job runs only
 * pinned actions. Neither checks out a pull request's code: `accept` runs the default branch's
 * script on the issue text (from env:) with no token on disk, and only its last step, which
 * commits the checked folder and opens the pull request, gets one; `comment` checks out nothing.
 */
export const SCRIPTED_WRITERS: Record<string, Record<string, string>> = {
	'submission.yml': {
		accept: 'commits the converted pass folder and opens its pull request with git and gh',
		comment: 'posts the check result with gh; no checkout, no npm',
	},
};

/**
 * What a `${{ }}` expression may read. None of it is text a contributor chooses (a PR number, the
 * runner's OS, hashes of files, our own env and step outputs); a title, branch or file name is not.
 */
const EXPRESSIONS = [
	/^github\.event\.pull_request\.number$/,
	/^runner\.os$/,
	/^hashFiles\((?:'[^']*'(?:, *)?)+\)$/,
	/^env\.[A-Z_]+$/,
	/^steps\.[a-z-]+\.outputs\.[a-z_]+(?: \|\| steps\.[a-z-]+\.outputs\.[a-z_]+)*$/,
	/^needs\.[a-z-]+\.outputs\.[a-z_]+(?: \|\| needs\.[a-z-]+\.outputs\.[a-z_]+)*$/,
	/^github\.(?:token|repository|event\.repository\.default_branch|event\.issue\.number)$/,
	// An issue's text and author, only ever into env: (a `run:` never holds an expression).
	/^github\.event\.issue\.(?:body|user\.login|user\.id)$/,
];

const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[^@\s]+)?@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^ ?v\d+(?:\.\d+){0,2}$/;

export interface Pin {
	action: string;
	sha: string;
	version: string;
	where: string;
}

export interface WorkflowReport {
	problems: string[];
	/** Every pinned third-party action, for checks across files. */
	pins: Pin[];
	/** `npm …` commands of every `run:` script, per job, in order (`ci`, `test`, `run build`…). */
	npmCommands: Record<string, string[]>;
	triggers: string[];
}

/** `npm ci`, `npm test`, `npm run <script>` in a shell script, comments ignored. */
export function npmCommandsIn(script: string): string[] {
	const commands: string[] = [];
	for (const line of script.split('\n')) {
		if (line.trim().startsWith('#')) continue;
		for (const match of line.matchAll(/\bnpm\s+(ci|test|run\s+([A-Za-z0-9:_-]+))\b/g)) {
			commands.push(match[2] ? `run ${match[2]}` : match[1]!);
		}
	}
	return commands;
}

function expressionsIn(text: string): string[] {
	return [...text.matchAll(/\$\{\{(.*?)\}\}/gs)].map((m) => m[1]!.trim());
}

/** Every string in the document, with a dotted path to it. */
function strings(node: unknown, path: string, out: [string, string][]): [string, string][] {
	if (isScalar(node)) {
		if (typeof node.value === 'string') out.push([path, node.value]);
	} else if (isMap(node)) {
		for (const pair of node.items) strings(pair.value, `${path}.${isScalar(pair.key) ? String(pair.key.value) : '?'}`, out);
	} else if (isSeq(node)) {
		node.items.forEach((item, i) => strings(item, `${path}[${i}]`, out));
	}
	return out;
}

function asRecord(value: unknown): Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function checkPermissions(value: unknown, allowedWrites: string[], where: string, problems: string[]): void {
	if (value === undefined) {
		problems.push(`${where}: no permissions of its own — declare them per job`);
		return;
	}
	if (typeof value === 'string' || value === null || Array.isArray(value)) {
		problems.push(`${where}: permissions must list scopes, not ${JSON.stringify(value)}`);
		return;
	}
	for (const [scope, access] of Object.entries(asRecord(value))) {
		if (access === 'read' || access === 'none') continue;
		if (access === 'write' && allowedWrites.includes(scope)) continue;
		problems.push(`${where}: ${scope}: ${String(access)} is not allowed here`);
	}
	const writes = Object.entries(asRecord(value)).filter(([, access]) => access === 'write').map(([scope]) => scope);
	if (allowedWrites.length > 0 && writes.sort().join() !== [...allowedWrites].sort().join()) {
		problems.push(`${where}: writes ${writes.join(', ') || 'nothing'}, expected exactly ${allowedWrites.join(', ')}`);
	}
}

export function checkWorkflow(file: string, text: string): WorkflowReport {
	const problems: string[] = [];
	const pins: Pin[] = [];
	const npmCommands: Record<string, string[]> = {};
	const doc: Document = parseDocument(text, { uniqueKeys: true });
	if (doc.errors.length > 0) return { problems: doc.errors.map((e) => `${file}: ${e.message}`), pins, npmCommands, triggers: [] };
	const workflow = asRecord(doc.toJS());
	const on = workflow['on'];
	const triggers = typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(asRecord(on));
	for (const event of triggers) if (!EVENTS.has(event)) problems.push(`${file}: on: ${event} is not an allowed event`);

	const top = workflow['permissions'];
	const topScopes = Object.entries(asRecord(top));
	if (top === undefined || top === null || typeof top !== 'object' || Array.isArray(top) || topScopes.some(([scope, access]) => !(scope === 'contents' && access === 'read'))) {
		problems.push(`${file}: permissions: top level must be {} or { contents: read }, then granted per job`);
	}
	const everyJobQueued = Object.values(asRecord(workflow['jobs'])).every((job) => asRecord(job)['concurrency'] !== undefined);
	if (workflow['concurrency'] === undefined && !everyJobQueued) problems.push(`${file}: no concurrency group (for the workflow or for every job)`);

	for (const [path, value] of strings(doc.contents, file, [])) {
		for (const expression of expressionsIn(value)) {
			if (path.endsWith('.run')) problems.push(`${path}: \${{ ${expression} }} inside a script — pass it through env:`);
			else if (!EXPRESSIONS.some((allowed) => allowed.test(expression))) problems.push(`${path}: \${{ ${expression} }} reads something not on the allowlist`);
		}
	}

	const jobs = asRecord(workflow['jobs']);
	const jobNodes = doc.get('jobs');
	for (const [name, jobValue] of Object.entries(jobs)) {
		const job = asRecord(jobValue);
		const where = `${file}: jobs.${name}`;
		const allowedWrites = WRITE_SCOPES[file]?.[name] ?? [];
		checkPermissions(job['permissions'], allowedWrites, `${where}.permissions`, problems);
		if (typeof job['timeout-minutes'] !== 'number') problems.push(`${where}: no timeout-minutes`);
		if (typeof job['uses'] === 'string') problems.push(`${where}: reusable workflows are not used here`);
		const steps = Array.isArray(job['steps']) ? job['steps'].map(asRecord) : [];
		const stepNodes = isMap(jobNodes) ? (jobNodes.getIn([name, 'steps']) as Node | undefined) : undefined;
		npmCommands[name] = [];
		steps.forEach((step, i) => {
			const at = `${where}.steps[${i}]`;
			if (typeof step['run'] === 'string') {
				npmCommands[name]!.push(...npmCommandsIn(step['run']));
				if (allowedWrites.length > 0 && !SCRIPTED_WRITERS[file]?.[name]) problems.push(`${at}: a job that can write runs only pinned actions, no scripts`);
			}
			const uses = step['uses'];
			if (typeof uses !== 'string') return;
			if (uses.startsWith('./')) return;
			const node = isSeq(stepNodes) ? (stepNodes.items[i] as Node | undefined) : undefined;
			const usesNode = isMap(node) ? node.get('uses', true) : undefined;
			const comment = isScalar(usesNode) ? (usesNode.comment ?? '') : '';
			if (!PINNED.test(uses)) problems.push(`${at}: ${uses} is not pinned to a full commit SHA`);
			else if (!VERSION_COMMENT.test(comment)) problems.push(`${at}: ${uses} has no "# vX.Y.Z" comment naming its version`);
			else pins.push({ action: uses.split('@')[0]!, sha: uses.split('@')[1]!, version: comment.trim(), where: at });
			if (uses.startsWith('actions/checkout@')) {
				const persist = asRecord(step['with'])['persist-credentials'];
				if (persist !== false && persist !== 'false') problems.push(`${at}: checkout without persist-credentials: false`);
			}
		});
	}
	return { problems, pins, npmCommands, triggers };
}
