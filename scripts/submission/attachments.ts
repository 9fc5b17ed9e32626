/**
 * Photos attached to an issue are fetched only from GitHub's own attachment hosts — the table
 * below, nothing else — over https, following at most a few redirects by hand so each hop's host
 * is checked again, with a size cap and a timeout. Any other link is refused without a request.
 */
import { MAX_BYTES_DOWNLOAD, MAX_REDIRECTS, TIMEOUT_MS } from './limits.ts';

/** Where GitHub keeps files dragged into an issue: host → the paths it serves them under. */
export const ATTACHMENT_HOSTS: Readonly<Record<string, RegExp>> = {
	// What the editor inserts today; answers with a redirect to private-user-images.
	'github.com': /^\/user-attachments\/assets\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
	// Where that redirect leads (a signed, short-lived link).
	'private-user-images.githubusercontent.com': /^\/\d+\/[\w.-]+$/,
	// Older uploads.
	'user-images.githubusercontent.com': /^\/\d+\/[\w.-]+$/,
};

/**
 * For tests only: one loopback origin (http://127.0.0.1:PORT) that stands in for GitHub. Any other
 * value is ignored, so a mistaken setting cannot open the door to the internet.
 */
export const TEST_ORIGIN_VARIABLE = 'SUBMISSION_TEST_ATTACHMENT_ORIGIN';

function testOrigin(env: NodeJS.ProcessEnv): string | undefined {
	const value = env[TEST_ORIGIN_VARIABLE];
	return value !== undefined && /^http:\/\/(127\.0\.0\.1|\[::1\]|localhost):\d{1,5}$/.test(value) ? value : undefined;
}

/** Why a link may not be fetched, or undefined when it may. */
export function attachmentUrlProblem(text: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return 'is not a web address';
	}
	if (url.username !== '' || url.password !== '') return 'carries a user name or password';
	const origin = testOrigin(env);
	if (origin !== undefined && url.origin === origin) {
		return Object.values(ATTACHMENT_HOSTS).some((path) => path.test(url.pathname)) ? undefined : 'is not a GitHub attachment';
	}
	if (url.protocol !== 'https:') return 'is not https';
	if (url.port !== '') return 'names a port';
	const path = Object.hasOwn(ATTACHMENT_HOSTS, url.hostname) ? ATTACHMENT_HOSTS[url.hostname] : undefined;
	if (path === undefined) return 'is not on GitHub’s attachment host — drag the photo file into the issue instead of linking to it';
	if (!path.test(url.pathname)) return 'is not a GitHub attachment';
	return undefined;
}

export type Download = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** Fetches one attachment, re-checking every redirect; never throws. */
export async function downloadAttachment(start: string, env: NodeJS.ProcessEnv = process.env, timeoutMs = TIMEOUT_MS): Promise<Download> {
	let current = start;
	for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
		const refused = attachmentUrlProblem(current, env);
		if (refused) return { ok: false, reason: hop === 0 ? `the link ${refused}` : `the link leads elsewhere (${refused})` };
		let response: Response;
		try {
			response = await fetch(current, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'image/*' } });
		} catch (error) {
			return { ok: false, reason: `could not be downloaded (${(error as Error).name === 'TimeoutError' ? 'timed out' : 'network error'})` };
		}
		if (response.status >= 300 && response.status < 400) {
			const location = response.headers.get('location');
			await response.body?.cancel();
			if (location === null) return { ok: false, reason: 'could not be downloaded (a redirect without a target)' };
			current = new URL(location, current).href;
			continue;
		}
		if (!response.ok) {
			await response.body?.cancel();
			return { ok: false, reason: `could not be downloaded (HTTP ${response.status}) — is the upload finished?` };
		}
		return readCapped(response);
	}
	return { ok: false, reason: 'could not be downloaded (too many redirects)' };
}

async function readCapped(response: Response): Promise<Download> {
	const declared = Number(response.headers.get('content-length') ?? '0');
	const tooBig: Download = { ok: false, reason: `is larger than ${MAX_BYTES_DOWNLOAD / 1024 / 1024} MB — export a smaller JPEG` };
	if (declared > MAX_BYTES_DOWNLOAD) {
		await response.body?.cancel();
		return tooBig;
	}
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for await (const chunk of response.body ?? []) {
			total += chunk.byteLength;
			if (total > MAX_BYTES_DOWNLOAD) return tooBig;
			chunks.push(chunk);
		}
	} catch (error) {
		return { ok: false, reason: `could not be downloaded (${(error as Error).name === 'TimeoutError' ? 'timed out' : 'interrupted'})` };
	}
	return { ok: true, bytes: Buffer.concat(chunks) };
}
