/**
 * `npm run bench:photo-memory -- [--passes 2000] [--work DIR]` — how the memory of `astro build`
 * grows with the bytes of the catalog's photos.
 *
 * The main benchmark draws photos from a small pool so that a 10k build measures the site, not
 * 20,000 encodes. That hides one cost: Astro emits every photo a content entry references as a
 * bundler asset, with its bytes (`emitImageMetadata` in astro/dist/assets/utils/node.js), and the
 * bundler keeps those bytes until it writes its output. This script builds one generated catalog
 * three ways and stops each build once bundling is over (before any image is encoded):
 *   small pool      the benchmark's pool: 40 drawings of ≈ 47 kB, hard-linked into every pass
 *   large pool      the same 40, re-encoded at 2,400 px with grain, ≈ 1.8 MB like a real photo
 *   distinct large  every pass's photos made distinct (16 random bytes after the JPEG's end)
 * and prints the Node process's peak RSS and the bundling time of each.
 * Needs ≈ 3.7 MB of disk per pass for the last variant (7 GB at 2,000 passes).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { cacheDirFor } from '../../src/content-dir.ts';
import { generateCatalog, photoPoolDir } from './generate-catalog.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Rewrites every pool photo in place (the passes' hard links follow) as a large, grainy JPEG. */
async function enlargePool(dir: string): Promise<number> {
	let bytes = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		const original = readFileSync(path);
		const { width = 800, height = 800 } = await sharp(original).metadata();
		const w = 2400;
		const h = Math.round((height * w) / width);
		const grain = await sharp({ create: { width: w, height: h, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).png().toBuffer();
		const large = await sharp(original).resize(w, h).composite([{ input: grain, blend: 'overlay' }]).jpeg({ quality: 92 }).toBuffer();
		writeFileSync(path, large);
		bytes += large.length;
	}
	return bytes;
}

/** Gives every pass its own copy of its photos, each with different bytes. */
function makeDistinct(passesDir: string): void {
	for (const pass of readdirSync(passesDir)) {
		for (const photo of ['front.jpg', 'back.jpg']) {
			const path = join(passesDir, pass, photo);
			const bytes = readFileSync(path);
			unlinkSync(path);
			writeFileSync(path, bytes);
			appendFileSync(path, randomBytes(16));
		}
	}
}

function poolBytes(dir: string): number {
	const pool = photoPoolDir(dir);
	return readdirSync(pool).reduce((n, f) => n + statSync(join(pool, f)).size, 0);
}

function passPhotoBytes(dir: string): number {
	const passesDir = join(dir, 'passes');
	return readdirSync(passesDir).reduce((n, p) => n + statSync(join(passesDir, p, 'front.jpg')).size + statSync(join(passesDir, p, 'back.jpg')).size, 0);
}

interface Measure {
	peakRssMb: number;
	bundlingS: number | undefined;
}

/** Runs `astro build` until it starts rendering pages, sampling its RSS every 100 ms. */
function buildUntilBundled(contentDir: string, outDir: string): Promise<Measure> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
			cwd: projectRoot,
			env: { ...process.env, CONTENT_DIR: contentDir, FORCE_COLOR: '0', NO_COLOR: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let peak = 0;
		let bundlingS: number | undefined;
		let log = '';
		const timer = setInterval(() => {
			try {
				const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf-8'))?.[1] ?? 0);
				peak = Math.max(peak, kb);
			} catch {
				// The process has just exited.
			}
		}, 100);
		const watch = (chunk: Buffer) => {
			log += chunk.toString();
			const built = /\[vite\] ✓ built in ([\d.]+)(m?s)/.exec(log);
			if (built && bundlingS === undefined) bundlingS = Number(built[1]) / (built[2] === 'ms' ? 1000 : 1);
			if (/generating static routes/.test(log)) child.kill('SIGKILL');
		};
		child.stdout.on('data', watch);
		child.stderr.on('data', watch);
		child.on('error', fail);
		child.on('close', () => {
			clearInterval(timer);
			if (bundlingS === undefined) fail(new Error(`astro build ended before bundling was over:\n${log.slice(-2000)}`));
			else done({ peakRssMb: Math.round(peak / 1024), bundlingS });
		});
	});
}

const { values } = parseArgs({
	options: {
		passes: { type: 'string', default: '2000' },
		work: { type: 'string', default: join(tmpdir(), 'backstage-photo-memory') },
	},
});
const passes = Number(values.passes);
const work = resolve(values.work);
rmSync(work, { recursive: true, force: true });
const outDir = join(projectRoot, 'dist-photo-memory');
const variants: { label: string; dir: string; photoBytes: number }[] = [];
try {
	// The same catalog three times (same seed): photos are hard links into photoPoolDir(DIR).
	const make = (name: string) => generateCatalog({ passes, out: join(work, name), photoPool: 40, seed: 1 });
	const small = await make('small-pool');
	variants.push({ label: 'small pool (40 photos)', dir: small.dir, photoBytes: poolBytes(small.dir) });
	const large = await make('large-pool');
	variants.push({ label: 'large pool (40 photos)', dir: large.dir, photoBytes: await enlargePool(photoPoolDir(large.dir)) });
	const distinct = await make('distinct-large');
	await enlargePool(photoPoolDir(distinct.dir));
	makeDistinct(join(distinct.dir, 'passes'));
	variants.push({ label: `distinct large (${passes * 2} photos)`, dir: distinct.dir, photoBytes: passPhotoBytes(distinct.dir) });

	console.log(`${passes} passes, ${passes * 2} photo references; astro build stopped when bundling is over\n`);
	console.log('variant                          distinct photo MB   peak RSS MB   bundling s');
	for (const variant of variants) {
		const measure = await buildUntilBundled(variant.dir, outDir);
		rmSync(join(projectRoot, cacheDirFor(variant.dir)), { recursive: true, force: true });
		console.log(`${variant.label.padEnd(32)} ${String(Math.round(variant.photoBytes / 1024 ** 2)).padStart(17)} ${String(measure.peakRssMb).padStart(13)} ${measure.bundlingS?.toFixed(1).padStart(12)}`);
	}
} finally {
	rmSync(outDir, { recursive: true, force: true });
	rmSync(work, { recursive: true, force: true });
}
