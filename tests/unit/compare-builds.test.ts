/** Comparing two builds: hashed asset names do not count as differences, anything else does. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareBuilds, withoutAssetHashes } from '../helpers/compare-builds.ts';

const root = mkdtempSync(join(tmpdir(), 'compare-builds-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(name: string, files: Record<string, string>): string {
	const dir = join(root, name);
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(join(dir, file, '..'), { recursive: true });
		writeFileSync(join(dir, file), text);
	}
	return dir;
}

describe('compareBuilds', () => {
	it('drops the content hash from asset names, whatever the name before it', () => {
		expect(withoutAssetHashes('<script src="/_astro/search.astro_astro_type_script_index_0_lang.CejYrckj.js">')).toBe(
			'<script src="/_astro/search.astro_astro_type_script_index_0_lang.#.js">',
		);
		expect(withoutAssetHashes('srcset="/_astro/front.Ck-LJw2n_27soN.webp 480w"')).toBe('srcset="/_astro/front.#.webp 480w"');
	});

	it('finds changed, missing and added pages, and ignores renamed assets', () => {
		const before = build('a', { 'index.html': '<a href="/_astro/x.AAAAAAAA.js">', 'old/index.html': '<p>1</p>', '_astro/x.AAAAAAAA.js': '1', 'pagefind/p.pf': 'x' });
		const after = build('b', { 'index.html': '<a href="/_astro/x.BBBBBBBB.js">', 'new/index.html': '<p>1</p>', '_astro/x.BBBBBBBB.js': '2' });
		const { differences, pagefindFiles } = compareBuilds(before, after);
		expect(differences.map((d) => [d.kind, d.file])).toEqual([
			['only before', 'old/index.html'],
			['only after', 'new/index.html'],
		]);
		expect(pagefindFiles).toEqual([1, 0]);
		writeFileSync(join(after, 'index.html'), '<a href="/_astro/x.BBBBBBBB.js"><b>');
		expect(compareBuilds(before, after).differences[0]).toEqual({ file: 'index.html', kind: 'changed', lines: [['', '<b>']] });
	});
});
