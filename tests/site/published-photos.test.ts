/**
 * Photos as the built site publishes them: every image re-encoded (none is a contributor's file
 * as it was committed), every one whole, every one a page points at present; and a photo the build
 * cannot publish stops it, naming the file and its pass.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHOTO_RECIPE } from '../../src/lib/photos/photo-recipe.ts';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';
import { bombPng } from '../helpers/photo-fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'published-photos-'));
const outDir = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name));
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the sample site’s published images', { timeout: 600_000 }, () => {
	beforeAll(() => {
		const result = astroBuild({ outDir });
		if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
	}, 600_000);

	it('publishes no file byte-identical to a file in content/', () => {
		const content = new Map(filesUnder(join(projectRoot, 'content')).map((file) => [sha256(file), relative(projectRoot, file)]));
		const published = filesUnder(outDir);
		const copies = published.filter((file) => content.has(sha256(file))).map((file) => `${relative(outDir, file)} = ${content.get(sha256(file))}`);
		expect(copies).toEqual([]);
	});

	it('publishes every derivative of every photo, each decoding completely', async () => {
		const photos = readdirSync(join(projectRoot, 'content/passes'), { recursive: true }).filter((f) => /\.(jpe?g|png|webp|avif)$/i.test(String(f)));
		const images = filesUnder(join(outDir, 'photos'));
		expect(images.length).toBeGreaterThanOrEqual(new Set(photos.map((f) => sha256(join(projectRoot, 'content/passes', String(f))))).size * PHOTO_RECIPE.length);
		for (const image of images) {
			const { info } = await sharp(image, { failOn: 'warning' }).raw().toBuffer({ resolveWithObject: true });
			expect(info.width, image).toBeGreaterThan(0);
		}
	});

	it('points pages only at published photos, with their true sizes', async () => {
		const page = readFileSync(join(outDir, 'passes/in-utero-1993-north-america-all-access-laminate/index.html'), 'utf-8');
		const imgs = [...page.matchAll(/<img src="(\/photos\/[^"]+)" width="(\d+)" height="(\d+)"/g)];
		expect(imgs.length).toBeGreaterThan(0);
		for (const [, src = '', width, height] of imgs) {
			const meta = await sharp(join(outDir, src)).metadata();
			expect([String(meta.width), String(meta.height)]).toEqual([width, height]);
		}
		const urls = [...page.matchAll(/\/photos\/[0-9a-f]{2}\/[\w.]+/g)].map(([url]) => url);
		for (const url of new Set(urls)) expect(() => readFileSync(join(outDir, url)), url).not.toThrow();
	});
});

describe('a photo the build cannot publish', { timeout: 300_000 }, () => {
	const fixture = join(projectRoot, 'tests/fixtures/minimal-catalog');
	const PASS_DIR = 'passes/fixture-band-test-tour-all-access';

	function buildWithPhoto(name: string, bytes: (original: Buffer) => Buffer) {
		const contentDir = join(work, name);
		cpSync(fixture, contentDir, { recursive: true });
		const photo = join(contentDir, PASS_DIR, 'front.jpg');
		writeFileSync(photo, bytes(readFileSync(photo)));
		return astroBuild({ contentDir, outDir: join(work, `${name}-dist`) });
	}

	it.each([
		['truncated', (original: Buffer) => original.subarray(0, Math.floor(original.length / 2)), /photos\[0\]\.src: is truncated or damaged/],
		['a decompression bomb', () => bombPng(20_000, 20_000), /photos\[0\]\.src: claims 20000×20000 px \(400 megapixels\), more than the 50-megapixel limit — it is not decoded/],
		['not an image', () => Buffer.from('not a photo at all'), /photos\[0\]\.src: is not an image/],
	])('fails the build when a photo is %s, naming its pass and field, with the catalog’s other problems', (_name, bytes, message) => {
		const result = buildWithPhoto(`photo-${_name.replace(/\W+/g, '-')}`, bytes);
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(new RegExp(`${PASS_DIR}/index\\.mdx: ${message.source}`));
		expect(result.output).toMatch(/\d+ problems? in the catalog:/);
	});

	it('fails the build when a listed photo has no file, naming the entry and field', () => {
		const contentDir = join(work, 'photo-missing');
		cpSync(fixture, contentDir, { recursive: true });
		rmSync(join(contentDir, PASS_DIR, 'front.jpg'));
		const result = astroBuild({ contentDir, outDir: join(work, 'photo-missing-dist') });
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/fixture-band-test-tour-all-access\/index\.mdx: photos\[0\]\.src: no file \.\/front\.jpg next to index\.mdx/);
	});
});
