/**
 * `npm run bench:photo-memory -- [--passes 250,1000] [--work DIR]` — whether the memory of a whole
 * `astro build` depends on the bytes of the catalog's photos, and what a new photo costs.
 *
 * For each N it generates one catalog (`generate-catalog.ts`) twice, with the same passes:
 *   pooled    40 photos of ≈ 1.8 MB (2,400 px drawings with grain), hard-linked into every pass
 *   distinct  every pass's two photos different files (the pool's bytes plus 16 random bytes, so
 *             each hashes differently: 2N photos to decode and encode, ≈ 3.6 MB per pass)
 * and builds each one cold (empty photo cache) and then warm (same cache), to the end — photo
 * derivatives, every page, the links into dist/ — sampling the build process's peak RSS (VmHWM)
 * and its CPU time. The photo loader's log gives the encoding time of the cold builds.
 * Needs ≈ 6 MB of disk per pass (photos plus derivatives) for the distinct variant.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { cacheDirFor } from '../../src/content-dir.ts';
import { generateCatalog, photoPoolDir } from './generate-catalog.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const TICKS_PER_SECOND = 100;

/** Rewrites every pool photo in place (the passes' hard links follow) as a large, grainy JPEG. */
async function enlargePool(dir: string): Promise<void> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		const original = readFileSync(path);
		const { width = 800, height = 800 } = await sharp(original).metadata();
		// 2,400 px on the longest side: within what `npm run photos` writes (MAX_EDGE), which the build checks.
		const scale = 2400 / Math.max(width, height);
		const w = Math.round(width * scale);
		const h = Math.round(height * scale);
		const grain = await sharp({ create: { width: w, height: h, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).png().toBuffer();
		writeFileSync(path, await sharp(original).resize(w, h).composite([{ input: grain, blend: 'overlay' }]).jpeg({ quality: 92 }).toBuffer());
	}
}

/**
 * Gives every pass its own copy of its photos, each with different bytes and still exactly what
 * `npm run photos` writes (the build refuses anything else, so appended bytes would not do): the
 * last 16 entries of the first quantisation table get random values, which changes the hash and
 * the pixels a little, and nothing about the file's structure.
 */
function makeDistinct(passesDir: string): void {
	for (const pass of readdirSync(passesDir)) {
		for (const photo of ['front.jpg', 'back.jpg']) {
			const path = join(passesDir, pass, photo);
			const bytes = Buffer.from(readFileSync(path));
			const table = quantisationTable(bytes);
			const noise = randomBytes(16);
			for (let i = 0; i < 16; i++) bytes[table + 48 + i] = ((noise[i] ?? 0) % 255) + 1;
			unlinkSync(path);
			writeFileSync(path, bytes);
		}
	}
}

/** Offset of the 64 one-byte entries of a baseline JPEG's first quantisation table (DQT). */
function quantisationTable(jpeg: Buffer): number {
	for (let at = 2; at + 4 < jpeg.length; at += 2 + jpeg.readUInt16BE(at + 2)) {
		if (jpeg[at] !== 0xff) break;
		if (jpeg[at + 1] === 0xdb && ((jpeg[at + 4] ?? 0) >> 4) === 0) return at + 5;
	}
	throw new Error('no 8-bit quantisation table in the photo');
}

interface Measure {
	peakRssMb: number;
	wallS: number;
	cpuS: number;
	/** From the photo loader's log: photos encoded, and the seconds it took. */
	photos: number;
	encodeS: number;
}

/** Runs a whole `astro build`, sampling peak RSS and CPU time every 100 ms. */
function build(contentDir: string, outDir: string, photoCache: string): Promise<Measure> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
			cwd: projectRoot,
			env: { ...process.env, CONTENT_DIR: contentDir, PHOTO_CACHE_DIR: photoCache, ALLOW_SHARED_PHOTOS: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let peakKb = 0;
		let cpuTicks = 0;
		let log = '';
		const timer = setInterval(() => {
			try {
				peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf-8'))?.[1] ?? 0));
				const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf-8').split(') ')[1]?.split(' ') ?? [];
				cpuTicks = Number(fields[11]) + Number(fields[12]);
			} catch {
				// The process has just exited.
			}
		}, 100);
		child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.on('error', fail);
		child.on('close', (code) => {
			clearInterval(timer);
			if (code !== 0) return fail(new Error(`astro build failed:\n${log.slice(-3000)}`));
			// "84 photo file(s): 84 checked, 84 encoded (588 derivative(s)), 0 refused, in 30.2 s" (src/loaders/photo-loader.ts)
			const encoded = /\d+ photo file\(s\): \d+ checked, (\d+) encoded \(\d+ derivative\(s\)\), \d+ refused, in ([\d.]+) s/.exec(log);
			done({
				peakRssMb: Math.round(peakKb / 1024),
				wallS: (performance.now() - started) / 1000,
				cpuS: cpuTicks / TICKS_PER_SECOND,
				photos: Number(encoded?.[1] ?? 0),
				encodeS: Number(encoded?.[2] ?? 0),
			});
		});
	});
}

const { values } = parseArgs({
	options: {
		passes: { type: 'string', default: '250,1000' },
		work: { type: 'string', default: join(tmpdir(), 'backstage-photo-memory') },
	},
});
const sizes = values.passes.split(',').map(Number);
const work = resolve(values.work);
const outDir = join(projectRoot, 'dist-photo-memory');

console.log('passes  variant   photos  build  peak RSS MiB  wall s  CPU s  photos encoded  encoding s  s per new photo');
try {
	for (const passes of sizes) {
		rmSync(work, { recursive: true, force: true });
		// The same catalog twice: the pooled one's photos are hard links into photoPoolDir(DIR).
		const pooled = (await generateCatalog({ passes, out: join(work, 'pooled'), photoPool: 40, seed: 1 })).dir;
		await enlargePool(photoPoolDir(pooled));
		const distinct = join(work, 'distinct');
		execFileSync('cp', ['-a', pooled, distinct]);
		makeDistinct(join(distinct, 'passes'));
		for (const [variant, dir, photos] of [['pooled', pooled, 40], ['distinct', distinct, passes * 2]] as const) {
			const photoCache = join(work, `${variant}-photo-cache`);
			rmSync(join(projectRoot, cacheDirFor(dir)), { recursive: true, force: true });
			for (const kind of ['cold', 'warm']) {
				const m = await build(dir, outDir, photoCache);
				const perPhoto = m.photos > 0 ? (m.encodeS / m.photos).toFixed(2) : '–';
				console.log(
					`${String(passes).padStart(6)}  ${variant.padEnd(8)}  ${String(photos).padStart(6)}  ${kind.padEnd(5)}  ${String(m.peakRssMb).padStart(12)}  ${m.wallS.toFixed(1).padStart(6)}  ${m.cpuS.toFixed(1).padStart(5)}  ${String(m.photos).padStart(14)}  ${m.encodeS.toFixed(1).padStart(10)}  ${perPhoto.padStart(15)}`,
				);
			}
			rmSync(join(projectRoot, cacheDirFor(dir)), { recursive: true, force: true });
			rmSync(photoCache, { recursive: true, force: true });
		}
	}
} finally {
	rmSync(outDir, { recursive: true, force: true });
	rmSync(work, { recursive: true, force: true });
}
