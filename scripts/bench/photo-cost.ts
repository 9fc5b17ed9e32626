/**
 * `npm run bench:photo-cost -- [--photos 12] [--width 2400]` — what a new photo costs the build, and
 * what the committed-photo checks cost a build of the sample catalog, cold and warm.
 *
 * 1. New photos: N distinct grainy JPEGs (photo-like, the worst case for every encoder) go through
 *    the build's photo step with an empty cache — the committed-photo checks (`photoVerdict`), then
 *    the derivatives (`ensurePhotoDerivatives`) — as many at once as the build runs
 *    (PHOTO_CONCURRENCY); then again, warm. Wall time and the process's CPU time (every thread).
 * 2. The sample catalog's photos (content/passes): the checks cold (what every build paid before
 *    verdicts were cached) and warm (what a build pays now).
 *
 * Reports the machine's load average: on a shared machine, compare CPU seconds.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { mapWithConcurrency } from '../../src/lib/content-files/map-with-concurrency.ts';
import { PHOTO_CONCURRENCY } from '../../src/lib/photos/decode-slot-fs.ts';
import { ensurePhotoDerivatives } from '../../src/lib/photos/derive-photo-fs.ts';
import { photoVerdict } from '../../src/lib/photos/photo-gate-fs.ts';
import { PhotoCache, hashPhotoFile } from '../../src/lib/photos/photo-store-fs.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({ options: { photos: { type: 'string', default: '12' }, width: { type: 'string', default: '2400' } } });
const count = Number(values.photos);
const width = Number(values.width);
const work = mkdtempSync(join(tmpdir(), 'photo-cost-'));

/** Runs `task`, returning its wall and CPU seconds. */
async function measure(task: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
	const cpu = process.cpuUsage();
	const started = performance.now();
	await task();
	const used = process.cpuUsage(cpu);
	return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const row = (what: string, n: number, m: { wall: number; cpu: number }) =>
	console.log(`${what.padEnd(44)} ${String(n).padStart(5)}  ${m.wall.toFixed(2).padStart(7)}  ${m.cpu.toFixed(2).padStart(7)}  ${(m.wall / n).toFixed(3).padStart(9)}  ${(m.cpu / n).toFixed(3).padStart(9)}  ${load()}`);

try {
	const files: string[] = [];
	for (let i = 0; i < count; i++) {
		const file = join(work, `photo-${i}.jpg`);
		const height = Math.round((width * 2) / 3);
		await sharp({ create: { width, height, channels: 3, background: { r: 150 + i, g: 60, b: 50 }, noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
			.jpeg({ quality: 85 })
			.toFile(file);
		files.push(file);
	}
	const hashes = await Promise.all(files.map((file) => hashPhotoFile(file)));
	console.log(`${count} distinct ${width} px photos, ${PHOTO_CONCURRENCY} at once\n`);
	console.log(`${'step'.padEnd(44)} ${'n'.padStart(5)}  ${'wall s'.padStart(7)}  ${'CPU s'.padStart(7)}  ${'wall/each'.padStart(9)}  ${'CPU/each'.padStart(9)}  load average`);
	const cache = new PhotoCache(join(work, 'cache'));
	const each = (task: (file: string, hash: string) => Promise<unknown>) => () => mapWithConcurrency(files, PHOTO_CONCURRENCY, (file, i) => task(file, hashes[i] ?? ''));
	row('new photo: checks (cold verdict)', count, await measure(each((file, hash) => photoVerdict(file, hash, { cache }))));
	row('new photo: derivatives (cold)', count, await measure(each((file, hash) => ensurePhotoDerivatives(file, hash, { cache }))));
	const fresh = new PhotoCache(join(work, 'cache-2'));
	row('new photo: checks + derivatives, as a build', count, await measure(each(async (file, hash) => (await photoVerdict(file, hash, { cache: fresh })).length || ensurePhotoDerivatives(file, hash, { cache: fresh }))));
	row('unchanged photo: both, warm', count, await measure(each(async (file, hash) => (await photoVerdict(file, hash, { cache: fresh })).length || ensurePhotoDerivatives(file, hash, { cache: fresh }))));

	const passes = join(projectRoot, 'content/passes');
	const sample = readdirSync(passes, { recursive: true }).map(String).filter((f) => /\.(jpe?g|png|webp)$/i.test(f)).map((f) => join(passes, f));
	const sampleHashes = await Promise.all(sample.map((file) => hashPhotoFile(file)));
	const sampleCache = new PhotoCache(join(work, 'sample-cache'));
	const checkSample = () => mapWithConcurrency(sample, 4, (file, i) => photoVerdict(file, sampleHashes[i] ?? '', { cache: sampleCache }));
	console.log();
	row('sample catalog: checks cold (every build before)', sample.length, await measure(checkSample));
	row('sample catalog: checks warm (every build now)', sample.length, await measure(checkSample));
} finally {
	rmSync(work, { recursive: true, force: true });
}
