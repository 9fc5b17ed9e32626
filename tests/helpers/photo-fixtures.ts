/** Images made for the photo tests: photo-like noise, GPS EXIF, and a decompression bomb. */
import { crc32, deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';

/** A photo-like JPEG source (noise, so it does not compress to nothing). */
export function noisy(width: number, height: number): Sharp {
	return sharp({ create: { width, height, channels: 3, background: '#a33', noise: { type: 'gaussian', mean: 128, sigma: 40 } } });
}

/** GPS tags for sharp's `withExif({ IFD3: GPS })`: a position in London. */
export const GPS = { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' };

function pngChunk(type: string, data: Uint8Array): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** A valid PNG header claiming width×height RGB pixels, with a tiny IDAT: a decompression bomb in 68 bytes. */
export function bombPng(width: number, height: number): Buffer {
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr[8] = 8; // bit depth
	ihdr[9] = 2; // colour type: RGB
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		pngChunk('IHDR', ihdr),
		pngChunk('IDAT', deflateSync(Buffer.alloc(16))),
		pngChunk('IEND', new Uint8Array(0)),
	]);
}
