import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp, { type Sharp } from 'sharp';
import { bombPng, GPS, noisy } from '../helpers/photo-fixtures.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inspectPhoto } from '../../src/lib/photos/photo-checks-fs.ts';
import { findImages, main, outputPathFor, processPhoto } from '../../scripts/photos.ts';

let dir: string;

beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'photos-script-'));
});

afterEach(async () => {
	vi.restoreAllMocks();
	await rm(dir, { recursive: true, force: true });
});

async function put(name: string, data: Uint8Array | string): Promise<string> {
	const file = path.join(dir, name);
	await mkdir(path.dirname(file), { recursive: true });
	await writeFile(file, data);
	return file;
}

/** 800×600 stored: top half red, bottom half blue. */
async function halves(): Promise<Sharp> {
	const blue = await sharp({ create: { width: 800, height: 300, channels: 3, background: '#0000ff' } })
		.png()
		.toBuffer();
	return sharp({ create: { width: 800, height: 600, channels: 3, background: '#ff0000' } }).composite([{ input: blue, top: 300, left: 0 }]);
}

async function pixel(file: string, x: number, y: number): Promise<[number, number, number]> {
	const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
	const at = (y * info.width + x) * info.channels;
	return [data[at] ?? -1, data[at + 1] ?? -1, data[at + 2] ?? -1];
}

/** Runs main() and returns its exit code and what it printed. */
async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
	const out: string[] = [];
	const err: string[] = [];
	vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
	vi.spyOn(console, 'warn').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
	vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
	const code = await main(args);
	vi.restoreAllMocks();
	return { code, out, err };
}

async function listDir(): Promise<string[]> {
	return (await readdir(dir, { recursive: true })).map((name) => name.split(path.sep).join('/')).sort();
}

describe('processPhoto', { timeout: 30_000 }, () => {
	it('strips GPS EXIF from a JPEG, in place, keeping its size', async () => {
		const file = await put(
			'front.jpg',
			await noisy(800, 600)
				.withExif({ IFD0: { Make: 'Phone', Model: 'X' }, IFD3: GPS })
				.jpeg({ quality: 92 })
				.toBuffer(),
		);
		expect((await inspectPhoto(file)).info.hasGps).toBe(true);

		const result = await processPhoto(file);
		expect(result.status).toBe('processed');
		expect(result.output).toBe(file);
		expect(result.problems.map((p) => p.code)).toEqual(['has-gps']);
		expect(result.line).toMatch(
			new RegExp(`^processed +${escape(file)}: EXIF metadata removed \\(with GPS location\\), \\d+ KB → \\d+ KB$`),
		);

		const after = await inspectPhoto(file);
		expect(after.problems).toEqual([]);
		expect(after.info).toMatchObject({
			format: 'jpeg',
			width: 800,
			height: 600,
			hasExif: false,
			hasGps: false,
			orientation: null,
			metadata: [],
		});
		const metadata = await sharp(file).metadata();
		expect([metadata.exif, metadata.xmp, metadata.iptc, metadata.icc]).toEqual([undefined, undefined, undefined, undefined]);
		expect(await listDir()).toEqual(['front.jpg']); // no temporary file left behind
	});

	it('turns an EXIF-rotated photo (orientation 6) upright and drops the orientation', async () => {
		const file = await put('rotated.jpg', await (await halves()).withMetadata({ orientation: 6 }).jpeg({ quality: 95 }).toBuffer());
		const before = await inspectPhoto(file);
		expect(before.info).toMatchObject({ width: 800, height: 600, orientation: 6 });

		const result = await processPhoto(file);
		expect(result.status).toBe('processed');
		expect(result.line).toContain('turned upright (EXIF orientation 6)');

		const after = await inspectPhoto(file);
		expect(after.problems).toEqual([]);
		expect(after.info).toMatchObject({ width: 600, height: 800, orientation: null, hasExif: false });
		// Orientation 6 = rotate 90° clockwise to display: the stored top (red) ends up on the right.
		const [leftR, , leftB] = await pixel(file, 100, 400);
		const [rightR, , rightB] = await pixel(file, 500, 400);
		expect(leftB).toBeGreaterThan(200);
		expect(leftR).toBeLessThan(50);
		expect(rightR).toBeGreaterThan(200);
		expect(rightB).toBeLessThan(50);
	});

	it('scales a photo down to 3000 px on its longest side and never enlarges one', async () => {
		const big = await put(
			'big.jpg',
			await sharp({ create: { width: 4000, height: 1000, channels: 3, background: '#2a6' } })
				.withExif({ IFD0: { Make: 'Phone' } })
				.jpeg()
				.toBuffer(),
		);
		const result = await processPhoto(big);
		expect(result.status).toBe('processed');
		expect(result.line).toContain('scaled 4000×1000 → 3000×750 px');
		expect((await inspectPhoto(big)).info).toMatchObject({ width: 3000, height: 750 });

		const small = await put(
			'small.jpg',
			await noisy(400, 320)
				.withExif({ IFD0: { Make: 'Phone' } })
				.jpeg()
				.toBuffer(),
		);
		expect((await processPhoto(small)).status).toBe('processed');
		expect((await inspectPhoto(small)).info).toMatchObject({ width: 400, height: 320 });
	});

	it('leaves an already-processed photo byte-identical on a second run', async () => {
		const file = await put(
			'back.jpg',
			await noisy(900, 700)
				.withExif({ IFD0: { Make: 'Phone' }, IFD3: GPS })
				.jpeg()
				.toBuffer(),
		);
		expect((await processPhoto(file)).status).toBe('processed');
		const processed = await readFile(file);
		const { mtimeMs } = await stat(file);

		const again = await processPhoto(file);
		expect(again).toMatchObject({ status: 'already-fine', output: null, problems: [] });
		expect(again.line).toMatch(new RegExp(`^already fine +${escape(file)}$`));
		expect((await readFile(file)).equals(processed)).toBe(true);
		expect((await stat(file)).mtimeMs).toBe(mtimeMs);
	});

	it('refuses bad files with a message naming them and leaves them untouched', async () => {
		const whole = await noisy(800, 600).jpeg({ quality: 90 }).toBuffer();
		const cases = [
			{ name: 'truncated.jpg', data: whole.subarray(0, whole.length >> 1), code: 'corrupt', says: 'is truncated or damaged' },
			{ name: 'bomb.png', data: bombPng(30_000, 30_000), code: 'too-many-pixels', says: 'claims 30000×30000 px' },
			{ name: 'notes.jpg', data: Buffer.from('not a photo at all\n'), code: 'not-an-image', says: 'is not an image' },
			{
				name: 'tiny.jpg',
				data: await noisy(100, 80).withExif({ IFD3: GPS }).jpeg().toBuffer(),
				code: 'too-small',
				says: 'is only 100×80 px',
			},
			{
				name: 'drawing.svg',
				data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"/>'),
				code: 'unsupported-format',
				says: 'is an SVG drawing',
			},
		] as const;
		for (const { name, data, code, says } of cases) {
			const file = await put(name, data);
			const result = await processPhoto(file);
			expect(result.status, name).toBe('refused');
			expect(result.output, name).toBeNull();
			expect(
				result.problems.filter((p) => !p.fixable).map((p) => p.code),
				name,
			).toEqual([code]);
			expect(result.line, name).toMatch(new RegExp(`^refused +${escape(file)}: ${escape(says)}`));
			expect((await readFile(file)).equals(data), name).toBe(true);
		}
		expect(await listDir()).toEqual(cases.map((c) => c.name).sort());
	});

	it('refuses, untouched, a strip that would be too small once scaled down', async () => {
		const data = await sharp({ create: { width: 6000, height: 320, channels: 3, background: '#2a6' } })
			.jpeg()
			.toBuffer();
		const file = await put('strip.jpg', data);
		const result = await processPhoto(file);
		expect(result.status).toBe('refused');
		expect(result.problems.map((p) => p.code)).toEqual(['too-large-edge']);
		expect(result.line).toMatch(
			new RegExp(`^refused +${escape(file)}: would be only 3000×160 px once scaled to 3000 px on its longest side`),
		);
		expect((await readFile(file)).equals(data)).toBe(true);
		expect(await listDir()).toEqual(['strip.jpg']);
	});

	it('refuses a missing file', async () => {
		const file = path.join(dir, 'missing.jpg');
		expect(await processPhoto(file)).toMatchObject({
			status: 'refused',
			line: expect.stringMatching(new RegExp(`^refused +${escape(file)}: no such file$`)),
		});
	});

	it('converts an opaque PNG to a new JPEG and keeps the original untouched', async () => {
		const data = await sharp({ create: { width: 3400, height: 1000, channels: 3, background: '#2a6' } })
			.png()
			.toBuffer();
		const file = await put('pass/front.png', data);
		const result = await processPhoto(file);
		const jpg = path.join(dir, 'pass/front.jpg');
		expect(result).toMatchObject({ status: 'converted', output: jpg });
		expect(result.line).toContain(`converted     ${file} → ${jpg}: scaled 3400×1000 → 3000×882 px, PNG → JPEG`);
		expect(result.line).toContain('front.png is kept — delete it and change src: ./front.png to ./front.jpg in index.mdx');
		expect((await readFile(file)).equals(data)).toBe(true);
		const converted = await inspectPhoto(jpg);
		expect(converted.problems).toEqual([]);
		expect(converted.info).toMatchObject({ format: 'jpeg', width: 3000, height: 882 });
		const jpgBytes = await readFile(jpg);

		// A second run writes nothing: the JPEG is fine, the PNG's conversion is already there.
		const again = await processPhoto(file);
		expect(again).toMatchObject({ status: 'converted', output: jpg });
		expect(again.line).toContain('(already done earlier)');
		expect((await processPhoto(jpg)).status).toBe('already-fine');
		expect((await readFile(jpg)).equals(jpgBytes)).toBe(true);
		expect((await readFile(file)).equals(data)).toBe(true);
	});

	it('never overwrites a different existing file when converting', async () => {
		const gifData = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#c22' } })
			.gif()
			.toBuffer();
		const gif = await put('front.gif', gifData);
		const otherData = await noisy(500, 500).jpeg().toBuffer();
		const other = await put('front.jpg', otherData);
		const result = await processPhoto(gif);
		expect(result.status).toBe('refused');
		expect(result.line).toContain(`${gif}: needs converting to JPEG as ${other}, which already exists and is a different file`);
		expect((await readFile(gif)).equals(gifData)).toBe(true);
		expect((await readFile(other)).equals(otherData)).toBe(true);
		expect(await listDir()).toEqual(['front.gif', 'front.jpg']);
	});

	it('keeps transparency: a transparent PNG with metadata stays PNG', async () => {
		const data = await sharp({ create: { width: 500, height: 400, channels: 4, background: { r: 0, g: 120, b: 0, alpha: 0.4 } } })
			.withExif({ IFD0: { Make: 'Scanner' } })
			.png()
			.toBuffer();
		const file = await put('cut-out.png', data);
		const result = await processPhoto(file);
		expect(result).toMatchObject({ status: 'processed', output: file });
		const after = await inspectPhoto(file);
		expect(after.problems).toEqual([]);
		expect(after.info).toMatchObject({ format: 'png', opaque: false, hasExif: false });
	});

	it('re-encodes a PNG named .jpg as a real JPEG under the same name', async () => {
		const file = await put(
			'odd.jpg',
			await noisy(600, 400)
				.withExif({ IFD0: { Make: 'x' } })
				.png()
				.toBuffer(),
		);
		const result = await processPhoto(file);
		expect(result).toMatchObject({ status: 'processed', output: file });
		expect(result.line).toContain('PNG → JPEG');
		expect((await inspectPhoto(file)).info.format).toBe('jpeg');
	});

	it('chooses output names by format', () => {
		expect(outputPathFor('a/x.JPG', 'jpeg')).toBe('a/x.JPG');
		expect(outputPathFor('a/x.jpeg', 'jpeg')).toBe('a/x.jpeg');
		expect(outputPathFor('a/x.png', 'jpeg')).toBe(path.join('a', 'x.jpg'));
		expect(outputPathFor('a/x.avif', 'png')).toBe(path.join('a', 'x.png'));
	});
});

describe('main', { timeout: 30_000 }, () => {
	it('walks folders, prints one line per file and a summary, and exits 1 when a file is refused', async () => {
		const gpsData = await noisy(800, 600)
			.withExif({ IFD0: { Make: 'Phone' }, IFD3: GPS })
			.jpeg()
			.toBuffer();
		await put('pass-a/front.jpg', gpsData);
		await put('pass-a/back.jpg', await noisy(800, 600).jpeg().toBuffer());
		await put('pass-b/nested/detail.jpg', 'this is text');
		await put('pass-b/index.mdx', '---\ntitle: x\n---\n');
		await put('pass-b/.hidden/x.jpg', 'ignored');
		expect(await findImages(dir)).toEqual(
			['pass-a/back.jpg', 'pass-a/front.jpg', 'pass-b/nested/detail.jpg'].map((name) => path.join(dir, name)),
		);

		const first = await run(['--', dir]);
		expect(first.code).toBe(1);
		expect(first.out).toHaveLength(4);
		expect(first.out[0]).toMatch(new RegExp(`^already fine +${escape(path.join(dir, 'pass-a/back.jpg'))}$`));
		expect(first.out[1]).toMatch(
			new RegExp(`^processed +${escape(path.join(dir, 'pass-a/front.jpg'))}: EXIF metadata removed \\(with GPS location\\)`),
		);
		expect(first.out[2]).toMatch(new RegExp(`^refused +${escape(path.join(dir, 'pass-b/nested/detail.jpg'))}: is not an image`));
		expect(first.out[3]).toBe('photos: 3 files — 1 processed, 0 converted, 1 already fine, 1 refused');

		const second = await run([dir, path.join(dir, 'pass-a/front.jpg')]); // the same file twice counts once
		expect(second.code).toBe(1);
		expect(second.out.at(-1)).toBe('photos: 3 files — 0 processed, 0 converted, 2 already fine, 1 refused');
	});

	it('exits 0 when nothing is refused', async () => {
		const file = await put('front.jpg', await noisy(800, 600).withExif({ IFD3: GPS }).jpeg().toBuffer());
		const { code, out } = await run([file]);
		expect(code).toBe(0);
		expect(out.at(-1)).toBe('photos: 1 file — 1 processed, 0 converted, 0 already fine, 0 refused');
	});

	it('exits 2 without arguments or with an unknown option', async () => {
		expect((await run([])).code).toBe(2);
		const unknown = await run(['--force', dir]);
		expect(unknown.code).toBe(2);
		expect(unknown.err.join('\n')).toContain('unknown option "--force"');
	});

	it('runs as a command', async () => {
		await put('front.jpg', await noisy(800, 600).withExif({ IFD3: GPS }).jpeg().toBuffer());
		const script = path.join(import.meta.dirname, '../../scripts/photos.ts');
		const { stdout } = await promisify(execFile)(process.execPath, [script, dir], { cwd: dir });
		expect(stdout).toContain('processed     front.jpg: EXIF metadata removed (with GPS location)');
		expect(stdout).toContain('photos: 1 file — 1 processed');
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
