/**
 * Every built HTML page through the Nu Html Checker (vnu.jar, the W3C validator's engine), run
 * locally on Java: no errors on any page. Warnings are not counted (they include advice such as
 * "consider adding a lang attribute" that the checker itself calls optional).
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro-build.ts';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const dist = join(projectRoot, 'dist');

interface VnuMessage {
	type: string;
	url: string;
	lastLine?: number;
	firstColumn?: number;
	message: string;
}

function checkBuiltPages(): VnuMessage[] {
	// One JVM for the whole site; the checker exits non-zero when it finds errors, so read stdout either way.
	let output: string;
	try {
		output = execFileSync('java', ['-jar', vnuJar, '--skip-non-html', '--errors-only', '--format', 'json', '--stdout', dist], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	} catch (error) {
		const { stdout } = error as { stdout?: string };
		if (!stdout) throw error;
		output = stdout;
	}
	return (JSON.parse(output) as { messages: VnuMessage[] }).messages;
}

it('finds no Nu Html Checker errors on any built page', { timeout: 600_000 }, () => {
	const errors = checkBuiltPages()
		.filter((m) => m.type === 'error' || m.type === 'non-document-error')
		.map((m) => `${relative(dist, new URL(m.url).pathname)}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}`);
	expect(errors).toEqual([]);
});

it('would report an error the checker knows (the check is live)', { timeout: 120_000 }, () => {
	const output = (() => {
		try {
			return execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', '-'], { input: '<!doctype html><html lang="en"><title>t</title><img alt="">', encoding: 'utf8' });
		} catch (error) {
			return (error as { stdout: string }).stdout;
		}
	})();
	const messages = (JSON.parse(output) as { messages: VnuMessage[] }).messages;
	expect(messages.some((m) => m.type === 'error' && /src/.test(m.message))).toBe(true);
});
