/** `npm run new-pass` end to end: the entry it writes, once its placeholders are filled, builds. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main as newPass } from '../../scripts/new-pass.ts';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';

const work = mkdtempSync(join(tmpdir(), 'scaffold-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a scaffolded pass', { timeout: 120_000 }, () => {
	it('is written, and builds into a page once the contributor fills in the TODOs', async () => {
		const content = join(work, 'content');
		cpSync(join(projectRoot, 'tests/fixtures/minimal-catalog'), content, { recursive: true });
		const stdin = new PassThrough();
		stdin.end('');
		let output = '';
		const code = await newPass(
			['--content', content, '--band', 'fixture-band', '--tour', 'test-tour', '--type', 'all-access', '--format', 'satin-sticky',
				'--from', '1985-06-01', '--condition', 'good', '--contributor', 'Jane Collector', '--yes'],
			{ stdin, stdout: { write: (s: string) => (output += s) }, stderr: { write: (s: string) => (output += s) }, cwd: work, interactive: false },
		);
		expect(code, output).toBe(0);
		const file = /content\/passes\/([a-z0-9-]+)\/index\.mdx/.exec(output)?.[0];
		if (!file) throw new Error(`no file named in:\n${output}`);
		const path = join(work, file);
		writeFileSync(
			path,
			readFileSync(path, 'utf-8')
				.replace('alt: ""', 'alt: "Front of the satin pass with the band name"')
				.replace('alt: ""', 'alt: "Back of the satin pass, peel-off backing"')
				.replaceAll('credit: ""', 'credit: "Jane Collector"')
				.replace('- title: ""', '- title: "The owner’s own records"')
				.replace('    # citation:', '    citation: "Collection of Jane Collector"'),
		);
		for (const side of ['front', 'back']) cpSync(join(content, 'passes/fixture-band-test-tour-all-access/front.jpg'), join(dirname(path), `${side}.jpg`));

		const outDir = join(work, 'dist');
		const result = astroBuild({ contentDir: content, outDir, env: { ALLOW_SHARED_PHOTOS: "1" } }); // its photos are copies of the fixture's
		expect(result.status, result.output).toBe(0);
		const slug = file.split('/')[2] ?? '';
		expect(existsSync(join(outDir, 'passes', slug, 'index.html'))).toBe(true);
	});
});
