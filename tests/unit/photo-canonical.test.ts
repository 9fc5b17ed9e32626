/**
 * A committed photo must be exactly what `npm run photos` writes: its output passes the structural
 * allowlist and the full decode; every way of hiding data in or around an image is refused.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processPhoto } from '../../scripts/photos.ts';
import { canonicalPhotoProblems } from '../../src/lib/photos/photo-canonical.ts';
import { committedPhotoProblems } from '../../src/lib/photos/photo-checks-fs.ts';
import { GPS, noisy } from '../helpers/photo-fixtures.ts';

let dir: string;
/** What the intake wrote, by format. */
const made: Record<'jpeg' | 'png' | 'webp', Buffer> = { jpeg: Buffer.alloc(0), png: Buffer.alloc(0), webp: Buffer.alloc(0) };

async function intake(name: string, data: Buffer): Promise<Buffer> {
	const file = path.join(dir, name);
	await writeFile(file, data);
	const result = await processPhoto(file);
	if (result.output === null) throw new Error(result.line);
	return readFile(result.output);
}

const transparent = (w: number, h: number) =>
	sharp({ create: { width: w, height: h, channels: 4, background: { r: 200, g: 40, b: 40, alpha: 0.5 }, noise: { type: 'gaussian', mean: 128, sigma: 30 } } });

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'photo-canonical-'));
	made.jpeg = await intake('gps.jpg', await noisy(640, 480).jpeg().withExif({ IFD3: GPS }).toBuffer());
	made.png = await intake('alpha.png', await transparent(400, 320).png().withMetadata().toBuffer());
	made.webp = await intake('alpha.webp', await transparent(400, 320).webp().withMetadata().toBuffer());
}, 90_000);

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);

/** JPEG segment: marker + big-endian length + body. */
function segment(marker: number, body: Buffer): Buffer {
	const head = Buffer.from([0xff, marker, 0, 0]);
	head.writeUInt16BE(body.length + 2, 2);
	return Buffer.concat([head, body]);
}

/** `jpeg` with `extra` right after SOI. */
const afterSoi = (jpeg: Buffer, extra: Buffer) => Buffer.concat([jpeg.subarray(0, 2), extra, jpeg.subarray(2)]);

function pngChunk(type: string, data: Buffer, crc?: number): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const sum = Buffer.alloc(4);
	sum.writeUInt32BE(crc ?? crc32(body));
	return Buffer.concat([length, body, sum]);
}

/** The PNG's chunks, as [type, whole chunk bytes]. */
function pngChunks(png: Buffer): [string, Buffer][] {
	const chunks: [string, Buffer][] = [];
	for (let at = 8; at < png.length; ) {
		const end = at + 12 + png.readUInt32BE(at);
		chunks.push([png.toString('latin1', at + 4, at + 8), png.subarray(at, end)]);
		at = end;
	}
	return chunks;
}

/** Rebuilds the PNG with `insert` placed before the first chunk of type `before`. */
function pngWith(png: Buffer, before: string, insert: Buffer): Buffer {
	const parts = pngChunks(png).flatMap(([type, bytes]) => (type === before ? [insert, bytes] : [bytes]));
	return Buffer.concat([png.subarray(0, 8), ...parts]);
}

function riff(chunks: Buffer[]): Buffer {
	const head = Buffer.from('RIFF0000WEBP', 'latin1');
	const body = Buffer.concat(chunks);
	head.writeUInt32LE(body.length + 4, 4);
	return Buffer.concat([head, body]);
}

function webpChunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.write(type, 0, 'latin1');
	head.writeUInt32LE(data.length, 4);
	return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

describe('what npm run photos writes', { timeout: 30_000 }, () => {
	it.each(['jpeg', 'png', 'webp'] as const)('a %s from the intake is canonical and passes the full check', async (format) => {
		const bytes = made[format];
		expect((await sharp(bytes).metadata()).format).toBe(format);
		expect(canonicalPhotoProblems(bytes)).toEqual([]);
		expect(await committedPhotoProblems(bytes, `x.${format}`)).toEqual([]);
	});

	it('the sample catalog’s photos and the fixture photo are canonical', async () => {
		const root = path.join(import.meta.dirname, '../..');
		const fixture = 'tests/fixtures/minimal-catalog/passes/fixture-band-test-tour-all-access/front.jpg';
		expect(canonicalPhotoProblems(await readFile(path.join(root, fixture)), fixture)).toEqual([]);
		const photos = (await readdir(path.join(root, 'content/passes'), { recursive: true })).filter((f) => /\.(jpe?g|png|webp)$/i.test(f));
		expect(photos.length).toBeGreaterThan(10);
		for (const photo of photos) {
			expect(canonicalPhotoProblems(await readFile(path.join(root, 'content/passes', photo)), photo)).toEqual([]);
		}
	});
});

describe('hostile JPEGs', () => {
	const cases: [string, (j: Buffer) => Buffer, RegExp][] = [
		['a zip appended after EOI', (j) => Buffer.concat([j, Buffer.from('PK\x03\x04hidden archive', 'latin1')]), /bytes of data after the end of the JPEG image/],
		['one byte after EOI', (j) => Buffer.concat([j, Buffer.from([0])]), /has 1 byte of data after the end/],
		['a comment segment', (j) => afterSoi(j, segment(0xfe, Buffer.from('secret'))), /COM \(a comment\) segment/],
		['an APP1 segment', (j) => afterSoi(j, segment(0xe1, Buffer.from('Exif\0\0junk'))), /APP1 \(EXIF or XMP metadata\)/],
		['a JFIF APP0 segment', (j) => afterSoi(j, segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'))), /APP0 \(JFIF\)/],
		['an APP9 segment', (j) => afterSoi(j, segment(0xe9, Buffer.from('payload'))), /APP9 segment/],
		['stray bytes between segments', (j) => {
			const first = 4 + j.readUInt16BE(4); // SOI, then the first segment
			return Buffer.concat([j.subarray(0, first), Buffer.from('hidden'), j.subarray(first)]);
		}, /stray bytes between JPEG segments/],
		['a quantisation table with spare bytes', (j) => afterSoi(j, segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1), Buffer.from('spare')]))), /malformed DQT \(quantisation table\) segment/],
		['a second frame header', (j) => {
			const sof = j.indexOf(Buffer.from([0xff, 0xc2])) >= 0 ? j.indexOf(Buffer.from([0xff, 0xc2])) : j.indexOf(Buffer.from([0xff, 0xc0]));
			const length = j.readUInt16BE(sof + 2);
			return afterSoi(j, j.subarray(sof, sof + 2 + length));
		}, /malformed SOF. \(frame header\) segment/],
		['a cut-off file', (j) => j.subarray(0, j.length - 400), /cut short/],
	];
	it.each(cases)('refuses %s', async (_name, edit, message) => {
		const bytes = edit(made.jpeg);
		const found = canonicalPhotoProblems(bytes, 'front.jpg');
		expect(found.length, 'structure').toBeGreaterThan(0);
		expect(found[0]?.message).toMatch(/^front\.jpg: /);
		expect(found.map((p) => p.detail).join('\n')).toMatch(message);
		expect((await committedPhotoProblems(bytes, 'front.jpg')).length, 'full check').toBeGreaterThan(0);
	});
});

describe('hostile PNGs', () => {
	const cases: [string, (p: Buffer) => Buffer, RegExp][] = [
		['data after IEND', (p) => Buffer.concat([p, Buffer.from('after the end')]), /after the end of the PNG image/],
		['a tEXt chunk', (p) => pngWith(p, 'IDAT', pngChunk('tEXt', Buffer.from('Comment\0hello'))), /"tEXt" chunk/],
		['an eXIf chunk', (p) => pngWith(p, 'IDAT', pngChunk('eXIf', Buffer.from('MM\0*'))), /"eXIf" chunk/],
		['a private chunk after the image data', (p) => pngWith(p, 'IEND', pngChunk('zzZz', Buffer.from('payload'))), /"zzZz" chunk/],
		['an animation control chunk', (p) => pngWith(p, 'IDAT', pngChunk('acTL', Buffer.from([0, 0, 0, 2, 0, 0, 0, 0]))), /"acTL" chunk/],
		['a chunk with a wrong checksum', (p) => pngWith(p, 'IDAT', pngChunk('pHYs', Buffer.alloc(9), 1)), /wrong checksum/],
		['a second pixel-density chunk', (p) => pngWith(p, 'IDAT', pngChunk('pHYs', Buffer.alloc(9))), /pHYs chunk out of place/],
		['image data split around another chunk', (p) => {
			const chunks = pngChunks(p);
			const idat = chunks.find(([t]) => t === 'IDAT')?.[1] ?? Buffer.alloc(0);
			const data = idat.subarray(8, idat.length - 4);
			const half = Math.floor(data.length / 2);
			const split = [pngChunk('IDAT', data.subarray(0, half)), pngChunk('PLTE', Buffer.alloc(3)), pngChunk('IDAT', data.subarray(half))];
			return Buffer.concat([p.subarray(0, 8), ...chunks.flatMap(([t, b]) => (t === 'IDAT' ? (b === idat ? split : []) : [b]))]);
		}, /PLTE chunk out of place/],
		['a cut-off file', (p) => p.subarray(0, p.length - 20), /cut short/],
	];
	it.each(cases)('refuses %s', async (_name, edit, message) => {
		const bytes = edit(made.png);
		expect(canonicalPhotoProblems(bytes).map((p) => p.detail).join('\n')).toMatch(message);
		expect((await committedPhotoProblems(bytes, 'front.png')).length).toBeGreaterThan(0);
	});
});

describe('hostile WebPs', { timeout: 30_000 }, () => {
	/** The intake's WebP as its chunks. */
	const chunksOf = (w: Buffer) => {
		const chunks: Buffer[] = [];
		for (let at = 12; at < w.length; ) {
			const size = w.readUInt32LE(at + 4);
			const end = at + 8 + size + (size % 2);
			chunks.push(w.subarray(at, end));
			at = end;
		}
		return chunks;
	};
	const cases: [string, (w: Buffer) => Buffer | Promise<Buffer>, RegExp][] = [
		['bytes after the RIFF size', (w) => Buffer.concat([w, Buffer.from('tail')]), /after the end of the WebP image/],
		['an EXIF chunk counted in the RIFF size', (w) => riff([...chunksOf(w), webpChunk('EXIF', Buffer.from('MM\0*payload'))]), /"EXIF" chunk|unusual chunk layout/],
		['a VP8X header declaring EXIF', (w) => {
			const [vp8x, ...rest] = chunksOf(w);
			const flagged = Buffer.from(vp8x ?? Buffer.alloc(0));
			flagged[8] = (flagged[8] ?? 0) | 0x08;
			return riff([flagged, ...rest]);
		}, /declares extras in its VP8X header/],
		['data in a padding byte', (w) => {
			const chunks = chunksOf(w);
			const odd = chunks.findIndex((c) => c.readUInt32LE(4) % 2 === 1);
			if (odd === -1) return riff([...chunks.slice(0, -1), Buffer.concat([webpChunk('ALPH', Buffer.alloc(1)).subarray(0, 9), Buffer.from([7])])]);
			const padded = Buffer.from(chunks[odd] ?? Buffer.alloc(0));
			padded[padded.length - 1] = 7;
			return riff(chunks.map((c, i) => (i === odd ? padded : c)));
		}, /padding byte|unusual chunk layout/],
		['an animation', async () => {
			const frame = (colour: string) => sharp({ create: { width: 320, height: 320, channels: 3, background: colour } }).png().toBuffer();
			return sharp([await frame('#a33'), await frame('#3a3')], { join: { animated: true } }).webp().toBuffer();
		}, /VP8X header|"ANIM" chunk|unusual chunk layout/],
		['a cut-off file', (w) => w.subarray(0, w.length - 30), /cut short/],
	];
	it.each(cases)('refuses %s', async (_name, edit, message) => {
		const bytes = await edit(made.webp);
		expect(canonicalPhotoProblems(bytes).map((p) => p.detail).join('\n')).toMatch(message);
		expect((await committedPhotoProblems(bytes, 'front.webp')).length).toBeGreaterThan(0);
	});

	it('refuses an animated image in the full check as animated, which the intake fixes', async () => {
		const frame = (colour: string) => sharp({ create: { width: 320, height: 320, channels: 3, background: colour } }).png().toBuffer();
		const gif = await sharp([await frame('#a33'), await frame('#3a3')], { join: { animated: true } }).gif().toBuffer();
		const found = await committedPhotoProblems(gif, 'front.gif');
		expect(found.filter((p) => p.code === 'animated').map((p) => [p.fixable, p.detail])).toEqual([[true, expect.stringMatching(/has 2 frames/)]]);
	});
});

describe('other formats', () => {
	it('refuses anything that is not JPEG, PNG or WebP', async () => {
		expect(codes(canonicalPhotoProblems(await noisy(320, 320).avif().toBuffer()))).toEqual(['unsupported-format']);
		expect(codes(canonicalPhotoProblems(Buffer.from('GIF89a')))).toEqual(['unsupported-format']);
		expect(codes(canonicalPhotoProblems(new Uint8Array(0)))).toEqual(['unsupported-format']);
	});
});
