import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_ORIGIN_VARIABLE, attachmentUrlProblem, downloadAttachment } from '../../scripts/submission/attachments.ts';
import { MAX_BYTES_DOWNLOAD } from '../../scripts/submission/limits.ts';
import { type RecordingServer, attachmentHosts } from '../helpers/submission-servers.ts';

const ASSET = '/user-attachments/assets/0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';

describe('which links are attachments', () => {
	it.each([
		`https://github.com${ASSET}`,
		'https://private-user-images.githubusercontent.com/20726856/553416385-906b9fda-e752-47c5-a17a-6c2cc8bd4856.jpeg?jwt=abc',
		'https://user-images.githubusercontent.com/12958815/177718602-943af214-24be-4209-82cc-18e6fa5d04c1.jpg',
	])('fetches %s', (url) => {
		expect(attachmentUrlProblem(url, {})).toBeUndefined();
	});

	it.each([
		[`http://github.com${ASSET}`, 'is not https'],
		[`https://github.com:8443${ASSET}`, 'names a port'],
		[`https://user:pw@github.com${ASSET}`, 'user name'],
		[`https://github.com.evil.example${ASSET}`, 'attachment host'],
		[`https://evil.example/?u=https://github.com${ASSET}`, 'attachment host'],
		[`https://gist.github.com${ASSET}`, 'attachment host'],
		['https://github.com/octocat/repo/raw/main/x.jpg', 'not a GitHub attachment'],
		[`https://github.com${ASSET}/../../settings`, 'not a GitHub attachment'],
		['https://__proto__/x', 'attachment host'],
		['javascript:alert(1)', 'is not https'],
		['not a link', 'not a web address'],
		['http://127.0.0.1:8080' + ASSET, 'is not https'],
	])('refuses %s', (url, reason) => {
		expect(attachmentUrlProblem(url, {})).toContain(reason);
	});

	it('lets only a loopback origin stand in for GitHub in tests, and only for attachment paths', () => {
		expect(attachmentUrlProblem(`http://127.0.0.1:8080${ASSET}`, { [TEST_ORIGIN_VARIABLE]: 'http://127.0.0.1:8080' })).toBeUndefined();
		expect(attachmentUrlProblem('http://127.0.0.1:8080/etc/passwd', { [TEST_ORIGIN_VARIABLE]: 'http://127.0.0.1:8080' })).toContain('not a GitHub attachment');
		expect(attachmentUrlProblem(`http://127.0.0.1:8081${ASSET}`, { [TEST_ORIGIN_VARIABLE]: 'http://127.0.0.1:8080' })).toBe('is not https');
		expect(attachmentUrlProblem(`http://evil.example${ASSET}`, { [TEST_ORIGIN_VARIABLE]: 'http://evil.example' })).toBe('is not https');
	});
});

describe('downloading an attachment', { timeout: 30_000 }, () => {
	const hosts = attachmentHosts();
	let github: RecordingServer;
	let other: RecordingServer;
	let env: NodeJS.ProcessEnv;
	beforeAll(() => {
		({ github, other, env } = hosts);
	});

	it('follows a redirect that stays on an attachment host', async () => {
		github.routes.set(ASSET, { redirect: '/user-attachments/assets/11111111-2222-4333-8444-555555555555' });
		github.routes.set('/user-attachments/assets/11111111-2222-4333-8444-555555555555', new Uint8Array([1, 2, 3]));
		expect(await downloadAttachment(`${github.origin}${ASSET}`, env)).toEqual({ ok: true, bytes: Buffer.from([1, 2, 3]) });
	});

	it('never requests a host a redirect points to when it is not an attachment host', async () => {
		other.routes.set(ASSET, new Uint8Array([9]));
		github.routes.set(ASSET, { redirect: `${other.origin}${ASSET}` });
		const result = await downloadAttachment(`${github.origin}${ASSET}`, env);
		expect(result).toEqual({ ok: false, reason: 'the link leads elsewhere (is not https)' });
		github.routes.set(ASSET, { redirect: `https://evil.example${ASSET}` });
		expect(await downloadAttachment(`${github.origin}${ASSET}`, env)).toMatchObject({ ok: false, reason: expect.stringContaining('leads elsewhere') });
		expect(other.requests).toEqual([]);
	});

	it('stops after a few redirects, on a file larger than the cap, on a download that takes too long', async () => {
		github.routes.set(ASSET, { redirect: ASSET });
		expect(await downloadAttachment(`${github.origin}${ASSET}`, env)).toEqual({ ok: false, reason: 'could not be downloaded (too many redirects)' });
		github.routes.set(ASSET, new Uint8Array(MAX_BYTES_DOWNLOAD + 1));
		expect(await downloadAttachment(`${github.origin}${ASSET}`, env)).toMatchObject({ ok: false, reason: expect.stringContaining('larger than') });
		github.routes.set(ASSET, { hang: true });
		expect(await downloadAttachment(`${github.origin}${ASSET}`, env, 300)).toEqual({ ok: false, reason: 'could not be downloaded (timed out)' });
		github.routes.delete(ASSET);
		expect(await downloadAttachment(`${github.origin}${ASSET}`, env)).toMatchObject({ ok: false, reason: expect.stringContaining('HTTP 404') });
		expect(other.requests).toEqual([]);
	});
});
