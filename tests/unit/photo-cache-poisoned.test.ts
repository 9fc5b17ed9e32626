/**
 * The photo cache is restored from CI, so it is treated as only partly trusted. A forged verdict
 * ("accepted") for a photo the checks would refuse does make the gate say yes — no file can
 * vouch for itself — but what the site then publishes must still be made from pixels alone: no
 * EXIF (GPS), no comment, no byte of the contributor's file. These tests pin that bound.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ensurePhotoDerivatives } from '../../src/lib/photos/derive-photo-fs.ts';
import { photoVerdict } from '../../src/lib/photos/photo-gate-fs.ts';
import { currentPhotoChecksVersion } from '../../src/lib/photos/photo-checks-version-fs.ts';
import { derivativesOf } from '../../src/lib/photos/photo-recipe.ts';
import { PhotoCache, hashPhotoFile } from '../../src/lib/photos/photo-store-fs.ts';
import { GPS, noisy } from '../helpers/photo-fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'photo-poisoned-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A JPEG the checks refuse: GPS and a marker text in its EXIF. */
async function refusablePhoto(): Promise<{ file: string; marker: string }> {
	const marker = 'POISONED-CACHE-MARKER-51N-0W';
	const file = join(work, 'with-gps.jpg');
	await noisy(1400, 900).withExif({ IFD0: { ImageDescription: marker }, IFD3: GPS }).jpeg({ quality: 88 }).toFile(file);
	return { file, marker };
}

describe('a forged verdict in the photo cache', { timeout: 60_000 }, () => {
	it('the checks refuse the photo when the cache is honest', async () => {
		const { file } = await refusablePhoto();
		const cache = new PhotoCache(mkdtempSync(join(work, 'honest-')));
		const problems = await photoVerdict(file, await hashPhotoFile(file), { cache });
		expect(problems.map((p) => p.code)).toContain('has-gps');
	});

	it('can make the gate accept it, but every derivative is re-encoded pixels with no metadata or original bytes', async () => {
		const { file, marker } = await refusablePhoto();
		const hash = await hashPhotoFile(file);
		const cache = new PhotoCache(mkdtempSync(join(work, 'poisoned-')));
		await cache.writeVerdict({ hash, checks: currentPhotoChecksVersion(), problems: [] });
		expect(await photoVerdict(file, hash, { cache, onCheck: () => expect.unreachable('the forged verdict is read, not re-checked') })).toEqual([]);

		const facts = await ensurePhotoDerivatives(file, hash, { cache });
		const original = readFileSync(file);
		// A run of the original's entropy-coded data long enough that it cannot recur by chance.
		const tail = original.subarray(original.length - 600, original.length - 100);
		for (const derivative of derivativesOf(facts)) {
			const bytes = readFileSync(cache.file(derivative.path));
			const meta = await sharp(bytes).metadata();
			expect([meta.exif, meta.xmp, meta.iptc, meta.comments], derivative.path).toEqual([undefined, undefined, undefined, undefined]);
			expect(bytes.includes(Buffer.from(marker)), derivative.path).toBe(false);
			expect(bytes.includes(tail), derivative.path).toBe(false);
		}
	});
});
