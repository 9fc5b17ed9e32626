/**
 * Stand-ins for GitHub's attachment host in the submission tests: loopback servers that record
 * every request, serve images by path and can answer with a redirect.
 */
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { TEST_ORIGIN_VARIABLE } from '../../scripts/submission/attachments.ts';

export interface RecordingServer {
	readonly origin: string;
	readonly requests: string[];
	/** What to answer for a path: bytes, a redirect, or a body that never ends. */
	readonly routes: Map<string, Uint8Array | { redirect: string } | { hang: true }>;
	close(): Promise<void>;
}

export async function recordingServer(): Promise<RecordingServer> {
	const requests: string[] = [];
	const routes = new Map<string, Uint8Array | { redirect: string } | { hang: true }>();
	const server: Server = createServer((request, response) => {
		const url = request.url ?? '/';
		requests.push(url);
		const route = routes.get(url.split('?')[0] ?? url);
		if (route === undefined) response.writeHead(404).end();
		else if ('hang' in route) response.writeHead(200, { 'content-type': 'image/jpeg' }).write('x'); // and never ends
		else if ('redirect' in route) response.writeHead(302, { location: route.redirect }).end();
		else response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': route.byteLength }).end(route);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('no port');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		requests,
		routes,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/**
 * A stand-in for GitHub's attachment host and another host that must never be asked, for the tests
 * of the suite this is called in: started before them, requests forgotten before each, closed after.
 * `env` lets the loopback origin stand in for GitHub.
 */
export function attachmentHosts(): { readonly github: RecordingServer; readonly other: RecordingServer; readonly env: NodeJS.ProcessEnv } {
	let hosts: { github: RecordingServer; other: RecordingServer } | undefined;
	beforeAll(async () => {
		hosts = { github: await recordingServer(), other: await recordingServer() };
	});
	beforeEach(() => {
		hosts?.github.requests.splice(0);
		hosts?.other.requests.splice(0);
	});
	afterAll(async () => {
		await hosts?.github.close();
		await hosts?.other.close();
	});
	const started = () => {
		if (hosts === undefined) throw new Error('attachmentHosts(): the hosts start in beforeAll; read them inside a test or hook');
		return hosts;
	};
	return {
		get github() {
			return started().github;
		},
		get other() {
			return started().other;
		},
		get env() {
			return { [TEST_ORIGIN_VARIABLE]: started().github.origin };
		},
	};
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const SUBMISSION_FIXTURES = path.join(here, '../fixtures/submissions');

/** A fixture issue with {{ORIGIN}} (and {{OTHER}}) replaced. */
export async function fixtureIssue(name: string, origins: { origin: string; other?: string }): Promise<string> {
	const text = await readFile(path.join(SUBMISSION_FIXTURES, name), 'utf-8');
	return text.replaceAll('{{ORIGIN}}', origins.origin).replaceAll('{{OTHER}}', origins.other ?? 'http://127.0.0.1:9');
}

/** A writable copy of the minimal catalog: `<dir>/content`. */
export async function catalogCopy(): Promise<string> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'submission-test-'));
	await cp(path.join(here, '../fixtures/minimal-catalog'), path.join(dir, 'content'), { recursive: true });
	return path.join(dir, 'content');
}
