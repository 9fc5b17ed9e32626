/**
 * The photo cache across real builds: a photo is checked (decoded) and encoded by the first build
 * only; the next build decodes nothing for an unchanged photo, checks and encodes a changed one,
 * and with `PHOTO_CACHE_PRUNE=1` leaves in the cache only what its photos need. The counts come
 * from the photo loader's log line, which counts each check and each encode as it happens.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PHOTO_RECIPE, derivativesOf } from '../../src/lib/photos/photo-recipe.ts';
import { hashPhotoFile } from '../../src/lib/photos/photo-store-fs.ts';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';
import { noisy } from '../helpers/photo-fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'photo-cache-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PASS_DIR = 'passes/fixture-band-test-tour-all-access';

/** "2 photo file(s): 1 checked, 1 encoded (7 derivative(s)), 0 refused" → the numbers. */
function photoLog(output: string) {
	const found = /(\d+) photo file\(s\): (\d+) checked, (\d+) encoded \((\d+) derivative\(s\)\), (\d+) refused/.exec(output);
	if (!found) throw new Error(`no photo loader line in:\n${output}`);
	const [, files, checked, encoded, derivatives, refused] = found.map(Number);
	return { files, checked, encoded, derivatives, refused };
}

const cacheFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : []);

describe('the photo cache across builds', { timeout: 600_000 }, () => {
	it('decodes an unchanged photo in the first build only, a changed one again, and prunes what is no longer shown', async () => {
		const contentDir = join(work, 'content');
		cpSync(join(projectRoot, 'tests/fixtures/minimal-catalog'), contentDir, { recursive: true });
		const back = join(contentDir, PASS_DIR, 'back.jpg');
		await noisy(900, 600).jpeg({ quality: 85 }).toFile(back);
		const pass = join(contentDir, PASS_DIR, 'index.mdx');
		writeFileSync(pass, readFileSync(pass, 'utf-8').replace('sources:', '  - src: ./back.jpg\n    alt: Back of the fixture pass, plain white\n    side: back\n    credit: Test suite\nsources:'));
		const env = { PHOTO_CACHE_DIR: join(work, 'cache') };
		const build = (extra: Record<string, string> = {}) => {
			const result = astroBuild({ contentDir, outDir: join(work, 'dist'), env: { ...env, ...extra } });
			expect(result.status, result.output).toBe(0);
			return photoLog(result.output);
		};

		expect(build()).toEqual({ files: 2, checked: 2, encoded: 2, derivatives: 2 * PHOTO_RECIPE.length, refused: 0 });
		const oldBack = await hashPhotoFile(back);

		await noisy(900, 600).jpeg({ quality: 80 }).toFile(back);
		const newBack = await hashPhotoFile(back);
		expect(build({ PHOTO_CACHE_PRUNE: '1' })).toEqual({ files: 2, checked: 1, encoded: 1, derivatives: PHOTO_RECIPE.length, refused: 0 });

		const left = cacheFiles(env.PHOTO_CACHE_DIR);
		const front = await hashPhotoFile(join(contentDir, PASS_DIR, 'front.jpg'));
		for (const hash of [front, newBack]) {
			for (const d of derivativesOf({ hash, width: 1, height: 1 })) expect(left, d.path).toContain(d.path.split('/')[1]);
			expect(left.filter((name) => name.startsWith(hash))).toHaveLength(2); // its manifest and its verdict
		}
		expect(left.filter((name) => name.startsWith(oldBack.slice(0, 24)))).toEqual([]);
	});
});
