/**
 * A build killed while it encodes photos (out of memory, a cancelled CI job) must leave nothing
 * that a later build trusts and publishes: the next run finishes the work and publishes only whole
 * images that decode.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ensurePhotoDerivatives } from '../../src/lib/photos/derive-photo-fs.ts';
import { PHOTO_RECIPE, derivativesOf, recipeKey } from '../../src/lib/photos/photo-recipe.ts';
import { PhotoCache, hashPhotoFile } from '../../src/lib/photos/photo-store-fs.ts';
import { projectRoot } from '../helpers/astro-build.ts';
import { noisy } from '../helpers/photo-fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'photo-killed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const allFiles = (dir: string): string[] =>
	existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)) : [];

/** Starts deriving `photos` in a child process and SIGKILLs it as soon as it is writing a derivative. */
async function killWhileEncoding(cacheDir: string, photos: string[]): Promise<void> {
	const child = spawn(process.execPath, ['tests/helpers/derive-photos-child.ts', cacheDir, ...photos], { cwd: projectRoot, stdio: 'ignore' });
	const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
	const tmpDir = join(cacheDir, '.tmp');
	// Wait for the second photo to be under way, so that one photo is whole and one is half made.
	const manifests = () => allFiles(cacheDir).filter((f) => f.endsWith('.json')).length;
	while (!(manifests() >= 1 && existsSync(tmpDir) && readdirSync(tmpDir).length > 0)) {
		if (child.exitCode !== null) throw new Error('the child finished before it could be killed');
		await new Promise((resolve) => setTimeout(resolve, 2));
	}
	child.kill('SIGKILL');
	expect(await exited).toBe('SIGKILL');
}

describe('a build killed while encoding', { timeout: 120_000 }, () => {
	it('leaves the next build to publish only whole, decodable images', async () => {
		const photos: string[] = [];
		for (let i = 0; i < 4; i++) {
			const file = join(work, `photo-${i}.jpg`);
			await noisy(2400, 1600).jpeg({ quality: 90 }).toFile(file);
			photos.push(file);
		}
		const cacheDir = join(work, 'cache');
		await killWhileEncoding(cacheDir, photos);
		const left = allFiles(join(cacheDir, '.tmp'));
		const manifestsAfterKill = allFiles(cacheDir).filter((f) => f.endsWith('.json')).length;
		expect(manifestsAfterKill).toBeLessThan(photos.length);

		// The next build: clears what the killed one left, derives, publishes.
		const cache = new PhotoCache(cacheDir);
		expect(await cache.sweepAbandoned()).toBe(left.length);
		let encoded = 0;
		const facts = [];
		for (const file of photos) facts.push(await ensurePhotoDerivatives(file, await hashPhotoFile(file), { cache, onEncode: () => encoded++ }));
		// The photo finished before the kill was not encoded again.
		expect(encoded).toBeLessThanOrEqual((photos.length - manifestsAfterKill) * PHOTO_RECIPE.length);
		expect(allFiles(join(cacheDir, '.tmp'))).toEqual([]);

		const dist = join(work, 'dist');
		for (const photo of facts) {
			expect(await cache.readManifest(photo.hash, recipeKey())).toBeDefined();
			for (const d of derivativesOf(photo)) await cache.publish(d.path, dist);
		}
		const published = allFiles(dist);
		expect(published.length).toBe(photos.length * PHOTO_RECIPE.length);
		for (const file of published) {
			const { info } = await sharp(file, { failOn: 'warning' }).raw().toBuffer({ resolveWithObject: true });
			expect(info.width).toBeGreaterThan(0);
		}
	});
});
