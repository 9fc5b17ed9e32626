/** The derivative cache: every photo encoded once, reused while its bytes and recipe stay, redone when either changes. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { RejectedPhoto, ensurePhotoDerivatives } from '../../src/lib/photos/derive-photo-fs.ts';
import { DERIVATIVE_PATH, PHOTO_RECIPE, type DerivativeSpec, derivativeSize, derivativesOf, recipeKey } from '../../src/lib/photos/photo-recipe.ts';
import { PhotoCache, hashPhotoFile, photoStatKey } from '../../src/lib/photos/photo-store-fs.ts';
import { bombPng, noisy } from '../helpers/photo-fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'photo-derivatives-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let counter = 0;
async function photo(width = 1800, height = 1200): Promise<string> {
	const file = join(work, `photo-${counter++}.jpg`);
	await noisy(width, height).jpeg({ quality: 90 }).toFile(file);
	return file;
}

/** Derives `file` into `cache` and returns the paths it had to encode. */
async function derive(file: string, cache: PhotoCache, recipe: readonly DerivativeSpec[] = PHOTO_RECIPE) {
	const encoded: string[] = [];
	const facts = await ensurePhotoDerivatives(file, await hashPhotoFile(file), { cache, recipe, onEncode: (path) => encoded.push(path) });
	return { facts, encoded };
}

const freshCache = () => new PhotoCache(mkdtempSync(join(work, 'cache-')));

describe('the derivative cache', { timeout: 60_000 }, () => {
	it('encodes every derivative of a new photo once, with the sizes the pages are told', async () => {
		const cache = freshCache();
		const file = await photo(1800, 1200);
		const { facts, encoded } = await derive(file, cache);
		expect(facts).toMatchObject({ width: 1800, height: 1200 });
		const derivatives = derivativesOf(facts);
		expect(encoded.sort()).toEqual(derivatives.map((d) => d.path).sort());
		for (const d of derivatives) {
			expect(d.path).toMatch(DERIVATIVE_PATH);
			const meta = await sharp(cache.file(d.path)).metadata();
			expect([meta.width, meta.height, meta.format === 'heif' ? 'avif' : meta.format]).toEqual([d.width, d.height, d.spec.format]);
		}
	});

	it('reuses a cached photo: the second run encodes nothing, and a copy of the photo elsewhere neither', async () => {
		const cache = freshCache();
		const file = await photo();
		expect((await derive(file, cache)).encoded.length).toBe(PHOTO_RECIPE.length);
		expect((await derive(file, cache)).encoded).toEqual([]);
		const copy = join(work, 'same-bytes-other-pass.jpg');
		writeFileSync(copy, readFileSync(file));
		expect((await derive(copy, cache)).encoded).toEqual([]);
	});

	it('encodes a changed photo again, under new names', async () => {
		const cache = freshCache();
		const file = await photo();
		const first = await derive(file, cache);
		await noisy(1800, 1200).jpeg({ quality: 90 }).toFile(file);
		const second = await derive(file, cache);
		expect(second.facts.hash).not.toBe(first.facts.hash);
		expect(second.encoded.length).toBe(PHOTO_RECIPE.length);
		expect(second.encoded.some((path) => first.encoded.includes(path))).toBe(false);
	});

	it('encodes again only the recipe rows that changed', async () => {
		const cache = freshCache();
		const file = await photo();
		await derive(file, cache);
		const changed = PHOTO_RECIPE.map((spec) => (spec.use === 'large' ? { ...spec, quality: spec.quality - 10 } : spec));
		expect(recipeKey(changed)).not.toBe(recipeKey());
		const { encoded, facts } = await derive(file, cache, changed);
		expect(encoded).toEqual([derivativesOf(facts, changed).find((d) => d.spec.use === 'large')?.path]);
		expect((await derive(file, cache, changed)).encoded).toEqual([]);
	});

	it('does not trust a manifest whose files are missing or cut short', async () => {
		const cache = freshCache();
		const file = await photo();
		const { facts } = await derive(file, cache);
		const [first, second] = derivativesOf(facts);
		if (!first || !second) throw new Error('recipe too short');
		truncateSync(cache.file(first.path), 10);
		rmSync(cache.file(second.path));
		expect(await cache.readManifest(facts.hash, recipeKey())).toBeUndefined();
		const again = await derive(file, cache);
		expect(again.encoded).toContain(second.path);
		expect(statSync(cache.file(first.path)).size).toBeGreaterThan(10);
		expect(await cache.readManifest(facts.hash, recipeKey())).toBeDefined();
	});

	it('rotates by the EXIF orientation before sizing', async () => {
		const cache = freshCache();
		const file = join(work, 'rotated.jpg');
		await noisy(900, 600).jpeg().withMetadata({ orientation: 6 }).toFile(file);
		expect((await derive(file, cache)).facts).toMatchObject({ width: 600, height: 900 });
	});

	it('refuses a decompression bomb without decoding it, and a truncated photo, leaving nothing in the cache', async () => {
		const cache = freshCache();
		const bomb = join(work, 'bomb.png');
		writeFileSync(bomb, bombPng(20_000, 20_000));
		await expect(derive(bomb, cache)).rejects.toThrow(RejectedPhoto);
		await expect(derive(bomb, cache)).rejects.toThrow(/megapixel limit/);
		const cut = await photo();
		writeFileSync(cut, readFileSync(cut).subarray(0, 20_000));
		await expect(derive(cut, cache)).rejects.toThrow(/truncated or damaged/);
		const files = readdirSync(cache.dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
		expect(files).toEqual([]);
	});
});

describe('the photo recipe', () => {
	it('never enlarges and keeps the aspect ratio', () => {
		for (const spec of PHOTO_RECIPE) {
			for (const [w, h] of [[400, 300], [3000, 2000], [500, 4000]] as const) {
				const size = derivativeSize(spec, w, h);
				expect(size.width).toBeLessThanOrEqual(w);
				expect(size.height).toBeLessThanOrEqual(h);
				expect(Math.abs(size.width / size.height - w / h)).toBeLessThan(0.02 * (w / h) + 1 / size.height);
				if (spec.box) expect(size.width <= spec.box[0] && size.height <= spec.box[1]).toBe(true);
			}
		}
	});

	it('names each derivative by the photo hash and its own row', () => {
		const hash = 'ab'.repeat(32);
		const paths = derivativesOf({ hash, width: 2000, height: 1500 }).map((d) => d.path);
		expect(new Set(paths).size).toBe(PHOTO_RECIPE.length);
		for (const path of paths) expect(path).toMatch(DERIVATIVE_PATH);
		expect(() => derivativesOf({ hash: '../etc', width: 1, height: 1 })).toThrow(/sha256/);
	});
});

describe('the stat key', () => {
	it('changes when a file is rewritten with the same size and modification time', async () => {
		const file = join(work, 'stat.bin');
		writeFileSync(file, 'aaaa');
		const before = await photoStatKey(file);
		const { mtime } = statSync(file);
		await new Promise((resolve) => setTimeout(resolve, 20));
		writeFileSync(file, 'bbbb');
		const { utimesSync } = await import('node:fs');
		utimesSync(file, mtime, mtime);
		expect(await photoStatKey(file)).not.toBe(before);
	});
});
