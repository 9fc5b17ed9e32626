/**
 * Pruning the photo cache: what no current photo needs goes (derivatives, manifests, verdicts of
 * old photos, old recipe rows and old checks), what the current photos need stays and is still
 * trusted, files the cache did not write are never touched, and nothing is removed while another
 * live process (a build, a dev server) holds a lease on the cache.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ensurePhotoDerivatives } from '../../src/lib/photos/derive-photo-fs.ts';
import { photoVerdict } from '../../src/lib/photos/photo-gate-fs.ts';
import { holdCacheLease, prunePhotoCache, releaseCacheLease } from '../../src/lib/photos/photo-prune-fs.ts';
import { PHOTO_RECIPE, type DerivativeSpec, derivativesOf, recipeKey } from '../../src/lib/photos/photo-recipe.ts';
import { PhotoCache, hashPhotoFile } from '../../src/lib/photos/photo-store-fs.ts';
import { photoChecksVersion } from '../../src/lib/photos/photo-checks-version-fs.ts';
import { noisy } from '../helpers/photo-fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'photo-prune-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const allFiles = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
		.sort();

let n = 0;
/** A new photo, checked and derived into `cache` as a build would. */
async function cachedPhoto(cache: PhotoCache, recipe: readonly DerivativeSpec[] = PHOTO_RECIPE) {
	const file = join(work, `photo-${n++}.jpg`);
	await noisy(700, 500).jpeg({ quality: 85 }).toFile(file);
	const hash = await hashPhotoFile(file);
	expect(await photoVerdict(file, hash, { cache })).toEqual([]);
	return { file, facts: await ensurePhotoDerivatives(file, hash, { cache, recipe }) };
}

/** A process that stays alive until killed, and one that is gone. */
function liveProcess() {
	const child = spawn('sleep', ['60'], { stdio: 'ignore' });
	return { pid: child.pid ?? 0, stop: () => child.kill('SIGKILL') };
}
async function deadPid(): Promise<number> {
	const child = spawn('true', [], { stdio: 'ignore' });
	await new Promise((done) => child.on('exit', done));
	return child.pid ?? 0;
}

describe('pruning the photo cache', { timeout: 120_000 }, () => {
	it('removes what no current photo needs and keeps every file of the photos that are', async () => {
		const cache = new PhotoCache(mkdtempSync(join(work, 'cache-')));
		const kept = await cachedPhoto(cache);
		const gone = await cachedPhoto(cache);
		// An older recipe's row for the kept photo: its derivative and manifest are no longer needed.
		const oldRow = [{ ...PHOTO_RECIPE[0], quality: 33 } as DerivativeSpec];
		await ensurePhotoDerivatives(kept.file, kept.facts.hash, { cache, recipe: oldRow });
		const oldRowPath = derivativesOf(kept.facts, oldRow)[0]?.path ?? '';
		// A file the cache did not write, and a leftover of a killed build's lease.
		writeFileSync(join(cache.dir, 'README.txt'), 'not ours');
		mkdirSync(join(cache.dir, '.leases'), { recursive: true });
		writeFileSync(join(cache.dir, '.leases', String(await deadPid())), '');

		const checks = photoChecksVersion();
		const result = await prunePhotoCache(cache, { photos: [kept.facts], checks });
		expect(result).toEqual({ pruned: true, removed: { derivative: PHOTO_RECIPE.length + 1, manifest: 2, verdict: 1 }, kept: PHOTO_RECIPE.length + 2 });

		const left = allFiles(cache.dir);
		const h = kept.facts.hash;
		expect(left).toEqual(
			[...derivativesOf(kept.facts).map((d) => d.path), `${h.slice(0, 2)}/${h}.${recipeKey()}.json`, `checks/${h.slice(0, 2)}/${h}.${checks}.json`, 'README.txt'].sort(),
		);
		expect(existsSync(join(cache.dir, oldRowPath))).toBe(false);
		expect(left.some((f) => f.includes(gone.facts.hash.slice(0, 24)))).toBe(false);
		// What stays is still trusted as it was: nothing to check or encode again.
		expect(await cache.readManifest(h, recipeKey())).toBeDefined();
		expect(await cache.readVerdict(h, checks)).toBeDefined();
		let encoded = 0;
		await ensurePhotoDerivatives(kept.file, h, { cache, onEncode: () => encoded++ });
		expect(encoded).toBe(0);
		// A pruned photo that comes back is simply made again, whole.
		await ensurePhotoDerivatives(gone.file, gone.facts.hash, { cache, onEncode: () => encoded++ });
		expect(encoded).toBe(PHOTO_RECIPE.length);
		for (const d of derivativesOf(gone.facts)) expect((await sharp(cache.file(d.path), { failOn: 'warning' }).stats()).channels.length).toBeGreaterThan(0);
	});

	it('removes nothing while another live process holds a lease, and says which', async () => {
		const cache = new PhotoCache(mkdtempSync(join(work, 'cache-')));
		await cachedPhoto(cache);
		const before = allFiles(cache.dir);
		const build = liveProcess();
		try {
			mkdirSync(join(cache.dir, '.leases'), { recursive: true });
			writeFileSync(join(cache.dir, '.leases', String(build.pid)), '');
			const result = await prunePhotoCache(cache, { photos: [], checks: photoChecksVersion() });
			expect(result).toEqual({ pruned: false, busy: [build.pid] });
			expect(allFiles(cache.dir).filter((f) => !f.startsWith('.leases/'))).toEqual(before);
		} finally {
			build.stop();
		}
	});

	it('makes a starting build wait while a live prune holds the lock', async () => {
		const cache = new PhotoCache(mkdtempSync(join(work, 'cache-')));
		const pruner = liveProcess();
		try {
			mkdirSync(join(cache.dir, '.leases'), { recursive: true });
			writeFileSync(join(cache.dir, '.leases', 'prune'), String(pruner.pid));
			let started = false;
			const lease = holdCacheLease(cache, { pollMs: 20 }).then(() => (started = true));
			await new Promise((go) => setTimeout(go, 300));
			expect(started).toBe(false);
			// The build's lease is already written: a prune starting now would see it and give up.
			expect(existsSync(join(cache.dir, '.leases', String(process.pid)))).toBe(true);
			rmSync(join(cache.dir, '.leases', 'prune'));
			await lease;
			expect(started).toBe(true);
		} finally {
			pruner.stop();
			await releaseCacheLease(cache);
		}
		expect(existsSync(join(cache.dir, '.leases', String(process.pid)))).toBe(false);
	});
});
