import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { bombPng, GPS, noisy } from '../helpers/photo-fixtures.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	MAX_BYTES,
	MAX_EDGE,
	MAX_INPUT_PIXELS,
	MIN_EDGE,
	inspectPhoto,
	inspectPhotoBuffer,
	photosCommand,
	readExif,
	sniffImage,
	xmpHasGps,
} from '../../src/lib/photos/photo-checks-fs.ts';
import { photoProblemsBeforeDecoding } from '../../src/lib/photos/photo-gate-fs.ts';

let dir: string;

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'photo-checks-'));
});

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

async function put(name: string, data: Uint8Array | string): Promise<string> {
	const file = path.join(dir, name);
	await writeFile(file, data);
	return file;
}

/** TIFF data (EXIF without the "Exif\0\0" prefix) whose IFD0 holds the given (tag, type, value) entries. */
function tiff(little: boolean, entries: ReadonlyArray<readonly [number, number, number]>): Buffer {
	const buffer = Buffer.alloc(8 + 2 + entries.length * 12 + 4);
	buffer.write(little ? 'II' : 'MM', 0, 'latin1');
	const u16 = (value: number, offset: number): number =>
		little ? buffer.writeUInt16LE(value, offset) : buffer.writeUInt16BE(value, offset);
	const u32 = (value: number, offset: number): number =>
		little ? buffer.writeUInt32LE(value, offset) : buffer.writeUInt32BE(value, offset);
	u16(42, 2);
	u32(8, 4);
	u16(entries.length, 8);
	entries.forEach(([tag, type, value], i) => {
		const at = 10 + i * 12;
		u16(tag, at);
		u16(type, at + 2);
		u32(1, at + 4);
		if (type === 3) u16(value, at + 8);
		else u32(value, at + 8);
	});
	return buffer;
}

describe('readExif', () => {
	for (const little of [true, false]) {
		const order = little ? 'little-endian (II)' : 'big-endian (MM)';
		it(`finds the GPS IFD pointer and the orientation, ${order}`, () => {
			const data = tiff(little, [
				[0x010f, 2, 0],
				[0x0112, 3, 6],
				[0x8825, 4, 100],
			]);
			expect(readExif(data)).toEqual({ gps: true, orientation: 6, entries: 3 });
			const prefixed = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), data]);
			expect(readExif(prefixed)).toEqual({ gps: true, orientation: 6, entries: 3 });
		});

		it(`reports no GPS when IFD0 has no pointer, ${order}`, () => {
			expect(readExif(tiff(little, [[0x0112, 3, 1]]))).toEqual({ gps: false, orientation: 1, entries: 1 });
		});
	}

	it('returns null for data that is not TIFF, or whose IFD runs past the end', () => {
		expect(readExif(Buffer.from('Exif\0\0hello world', 'latin1'))).toBeNull();
		expect(readExif(new Uint8Array(0))).toBeNull();
		const cut = tiff(true, [[0x8825, 4, 100]]).subarray(0, 16);
		expect(readExif(cut)).toBeNull();
		const badOffset = tiff(true, []);
		badOffset.writeUInt32LE(10_000, 4);
		expect(readExif(badOffset)).toBeNull();
	});

	it('reads the EXIF block sharp writes, GPS included', async () => {
		const jpeg = await noisy(320, 320)
			.withExif({ IFD0: { Make: 'Test' }, IFD3: GPS })
			.jpeg()
			.toBuffer();
		const { exif } = await sharp(jpeg).metadata();
		expect(exif).toBeDefined();
		expect(readExif(exif ?? Buffer.alloc(0))?.gps).toBe(true);
		const withoutGps = await noisy(320, 320)
			.withExif({ IFD0: { Make: 'Test' } })
			.jpeg()
			.toBuffer();
		expect(readExif((await sharp(withoutGps).metadata()).exif ?? Buffer.alloc(0))?.gps).toBe(false);
	});
});

describe('small helpers', () => {
	it('finds GPS in XMP', () => {
		expect(xmpHasGps('<rdf:Description exif:GPSLatitude="51,30.0N"/>')).toBe(true);
		expect(xmpHasGps('<rdf:Description xmp:CreatorTool="x"/>')).toBe(false);
	});

	it('sniffs image signatures and nothing else', () => {
		expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
		expect(sniffImage(bombPng(1, 1))).toBe('png');
		expect(sniffImage(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))).toBe('webp');
		expect(sniffImage(Buffer.from('\0\0\0\x1cftypavif', 'latin1'))).toBe('avif');
		expect(sniffImage(Buffer.from('\0\0\0\x1cftypheic', 'latin1'))).toBe('heic');
		expect(sniffImage(Buffer.from('\0\0\0\x1cftypisom', 'latin1'))).toBeNull(); // an MP4 video
		expect(sniffImage(Buffer.from('hello, world', 'latin1'))).toBeNull();
	});

	it('quotes the intake command for the shell when needed', () => {
		expect(photosCommand('/tmp/x/front.jpg')).toBe('npm run photos -- /tmp/x/front.jpg');
		expect(photosCommand("/tmp/x/Bob's photo.jpg")).toBe("npm run photos -- '/tmp/x/Bob'\\''s photo.jpg'");
	});

	it('uses the same pixel limit as the build’s photo step', async () => {
		const atLimit = path.join(dir, 'at-limit.png');
		const over = path.join(dir, 'over.png');
		await writeFile(atLimit, bombPng(10_000, MAX_INPUT_PIXELS / 10_000));
		await writeFile(over, bombPng(10_000, MAX_INPUT_PIXELS / 10_000 + 1));
		expect(await photoProblemsBeforeDecoding(atLimit)).toEqual([]);
		expect(await photoProblemsBeforeDecoding(over)).toEqual([expect.stringMatching(/megapixel limit/)]);
	});
});

describe('inspectPhoto', { timeout: 30_000 }, () => {
	it('accepts a clean JPEG and describes it', async () => {
		const file = await put('clean.jpg', await noisy(800, 600).jpeg({ quality: 80 }).toBuffer());
		const report = await inspectPhoto(file);
		expect(report.problems).toEqual([]);
		expect(report.warnings).toEqual([]);
		expect(report.info).toMatchObject({
			format: 'jpeg',
			width: 800,
			height: 600,
			hasExif: false,
			hasGps: false,
			orientation: null,
			metadata: [],
			opaque: true,
		});
		expect(report.info.bytes).toBe((await readFile(file)).length);
	});

	it('accepts clean PNG and WebP', async () => {
		for (const [name, format] of [
			['clean.png', 'png'],
			['clean.webp', 'webp'],
		] as const) {
			const file = await put(name, await noisy(320, 320)[format]().toBuffer());
			const report = await inspectPhoto(file);
			expect(report.problems, name).toEqual([]);
			expect(report.info.format, name).toBe(format);
		}
	});

	it('flags an AVIF as a format the intake converts (its box tree is not vouched for byte by byte)', async () => {
		const file = await put('clean.avif', await noisy(320, 320).avif().toBuffer());
		const report = await inspectPhoto(file);
		expect(report.info.format).toBe('avif');
		expect(report.problems.map((p) => [p.code, p.fixable])).toEqual([['unsupported-format', true]]);
	});

	it('refuses a truncated JPEG as corrupt although its header reads fine', async () => {
		const whole = await noisy(800, 600).jpeg({ quality: 90 }).toBuffer();
		const file = await put('truncated.jpg', whole.subarray(0, whole.length >> 1));
		expect((await sharp(file).metadata()).width).toBe(800); // the header alone looks fine
		const report = await inspectPhoto(file);
		expect(report.problems.map((p) => p.code)).toEqual(['corrupt']);
		expect(report.problems[0]?.fixable).toBe(false);
		expect(report.problems[0]?.message).toMatch(new RegExp(`^${escape(file)}: is truncated or damaged \\(.*premature end.*\\) — `));
	});

	it('refuses a 30000×30000 PNG of 68 bytes without decoding it', async () => {
		const data = bombPng(30_000, 30_000);
		expect(data.length).toBeLessThan(100);
		const file = await put('bomb.png', data);
		const report = await inspectPhoto(file);
		// Had it been decoded, sharp would have failed on the missing pixel data ('corrupt').
		expect(report.problems.map((p) => p.code)).toEqual(['too-many-pixels']);
		expect(report.problems[0]?.fixable).toBe(false);
		expect(report.problems[0]?.message).toContain(`${file}: claims 30000×30000 px (900 megapixels), more than the 50-megapixel limit`);
		expect(report.info).toMatchObject({ format: 'png', width: 30_000, height: 30_000, bytes: data.length, opaque: null });
	});

	it('accepts an image of exactly the pixel limit on its header, but not one pixel row more', async () => {
		// 10000 × 5000 = MAX_INPUT_PIXELS; the header check passes and decoding then fails (no real pixel data).
		const atLimit = await inspectPhoto(await put('at-limit.png', bombPng(10_000, MAX_INPUT_PIXELS / 10_000)));
		expect(atLimit.problems.map((p) => p.code)).toEqual(['corrupt']);
		const over = await inspectPhoto(await put('over-limit.png', bombPng(10_000, MAX_INPUT_PIXELS / 10_000 + 1)));
		expect(over.problems.map((p) => p.code)).toEqual(['too-many-pixels']);
	});

	it('flags a JPEG with GPS EXIF as has-gps, with the command that fixes it', async () => {
		const file = await put(
			'gps.jpg',
			await noisy(800, 600)
				.withExif({ IFD0: { Make: 'Phone' }, IFD3: GPS })
				.jpeg()
				.toBuffer(),
		);
		const report = await inspectPhoto(file);
		expect(report.info).toMatchObject({ hasExif: true, hasGps: true, metadata: ['exif'] });
		expect(report.problems).toEqual([
			{
				code: 'has-gps',
				message: `${file}: carries GPS location data (EXIF metadata) — run npm run photos -- ${file} to strip it`,
				detail: `carries GPS location data (EXIF metadata) — run npm run photos -- ${file} to strip it`,
				fixable: true,
			},
		]);
	});

	it('flags any other EXIF as has-metadata', async () => {
		const file = await put(
			'exif.jpg',
			await noisy(800, 600)
				.withExif({ IFD0: { Make: 'Phone' } })
				.jpeg()
				.toBuffer(),
		);
		const report = await inspectPhoto(file);
		expect(report.info).toMatchObject({ hasExif: true, hasGps: false });
		expect(report.problems.map((p) => [p.code, p.fixable])).toEqual([['has-metadata', true]]);
		expect(report.problems[0]?.message).toBe(
			`${file}: carries EXIF metadata (camera, date, orientation…) — run npm run photos -- ${file} to strip it`,
		);
	});

	it('flags GPS recorded in XMP', async () => {
		const xmp =
			'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
			'<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="51,30.0N"/></rdf:RDF></x:xmpmeta>';
		const file = await put('xmp.png', await noisy(400, 400).withXmp(xmp).png().toBuffer());
		const report = await inspectPhoto(file);
		expect(report.info).toMatchObject({ hasExif: false, hasGps: true, metadata: ['xmp'] });
		expect(report.problems.map((p) => p.code)).toEqual(['has-gps']);
	});

	it('reports the EXIF orientation and the stored (unrotated) size', async () => {
		const file = await put('rotated.jpg', await noisy(800, 600).withMetadata({ orientation: 6 }).jpeg().toBuffer());
		const report = await inspectPhoto(file);
		expect(report.info).toMatchObject({ width: 800, height: 600, orientation: 6, hasExif: true, hasGps: false });
		expect(report.problems.map((p) => p.code)).toEqual(['has-metadata']);
	});

	it('refuses a text file named .jpg as not-an-image', async () => {
		const file = await put('notes.jpg', 'Backstage pass, 1993. Signed by the drummer.\n');
		const report = await inspectPhoto(file);
		expect(report.problems).toEqual([
			{
				code: 'not-an-image',
				message: `${file}: is not an image (its content is not JPEG, PNG, WebP, AVIF or any format sharp reads) — export the photo as JPEG`,
				detail: `is not an image (its content is not JPEG, PNG, WebP, AVIF or any format sharp reads) — export the photo as JPEG`,
				fixable: false,
			},
		]);
		expect(report.info.format).toBeNull();
	});

	it('refuses an empty file as not-an-image', async () => {
		const file = await put('empty.jpg', '');
		expect((await inspectPhoto(file)).problems.map((p) => [p.code, p.message])).toEqual([
			['not-an-image', `${file}: is empty (0 bytes) — copy the photo again`],
		]);
	});

	it('refuses a JPEG whose header is damaged as corrupt, not as "not an image"', async () => {
		const file = await put(
			'bad-header.jpg',
			Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('garbage garbage garbage')]),
		);
		expect((await inspectPhoto(file)).problems.map((p) => p.code)).toEqual(['corrupt']);
	});

	it(`refuses a 100×80 image as too-small (minimum ${MIN_EDGE} px a side)`, async () => {
		const file = await put('tiny.jpg', await noisy(100, 80).jpeg().toBuffer());
		const report = await inspectPhoto(file);
		expect(report.problems).toEqual([
			{
				code: 'too-small',
				message: `${file}: is only 100×80 px; a photo needs at least 300 px on each side — use a larger photo or scan`,
				detail: `is only 100×80 px; a photo needs at least 300 px on each side — use a larger photo or scan`,
				fixable: false,
			},
		]);
	});

	it('flags a photo longer than MAX_EDGE as too-large-edge, which the intake fixes', async () => {
		const file = await put(
			'wide.jpg',
			await noisy(MAX_EDGE + 1, 400)
				.jpeg()
				.toBuffer(),
		);
		const report = await inspectPhoto(file);
		expect(report.problems.map((p) => [p.code, p.fixable])).toEqual([['too-large-edge', true]]);
		expect(report.problems[0]?.message).toBe(
			`${file}: is 3001×400 px, more than 3000 px on its longest side — run npm run photos -- ${file} to scale it down`,
		);
	});

	it('flags a file larger than MAX_BYTES as too-large-file', async () => {
		const data = await noisy(2600, 1800).png({ compressionLevel: 1 }).toBuffer();
		expect(data.length).toBeGreaterThan(MAX_BYTES);
		const report = await inspectPhotoBuffer(data, path.join(dir, 'heavy.png'));
		expect(report.problems.map((p) => [p.code, p.fixable])).toEqual([['too-large-file', true]]);
		expect(report.problems[0]?.message).toMatch(/heavy\.png: is \d+\.\d MB, more than the 8\.0 MB allowed — run npm run photos -- /);
	});

	it('flags a GIF as an unsupported format the intake converts, and an SVG as one it does not', async () => {
		const gif = await put(
			'pass.gif',
			await sharp({ create: { width: 400, height: 400, channels: 3, background: '#c22' } })
				.gif()
				.toBuffer(),
		);
		expect((await inspectPhoto(gif)).problems.map((p) => [p.code, p.fixable])).toEqual([['unsupported-format', true]]);
		const svg = await put(
			'pass.svg',
			'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><rect width="600" height="400"/></svg>',
		);
		const report = await inspectPhoto(svg);
		expect(report.problems.map((p) => [p.code, p.fixable])).toEqual([['unsupported-format', false]]);
		expect(report.problems[0]?.message).toBe(
			`${svg}: is an SVG drawing, not a photo format — export the photo as JPEG (or PNG if it needs transparency)`,
		);
	});

	it('tells transparent images from opaque ones', async () => {
		const transparent = await sharp({ create: { width: 400, height: 400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } })
			.png()
			.toBuffer();
		expect((await inspectPhotoBuffer(transparent, 'cut-out.png')).info.opaque).toBe(false);
		const opaqueRgba = await noisy(400, 400).ensureAlpha().png().toBuffer();
		expect((await inspectPhotoBuffer(opaqueRgba, 'flat.png')).info.opaque).toBe(true);
	});

	it('warns, without a problem, when the content does not match the extension', async () => {
		const file = await put('really-a-png.jpg', await noisy(400, 400).png().toBuffer());
		const report = await inspectPhoto(file);
		expect(report.problems).toEqual([]);
		expect(report.warnings).toEqual([`${file}: is a PNG file but its name ends in ".jpg"`]);
	});

	it('rejects a file that does not exist', async () => {
		await expect(inspectPhoto(path.join(dir, 'missing.jpg'))).rejects.toMatchObject({ code: 'ENOENT' });
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
