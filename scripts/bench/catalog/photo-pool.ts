/** The pool of photos passes link to, drawn once with the sample artwork's renderer. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeBack, describeFront, renderBackSvg, renderFrontSvg, renderJpeg } from '../../generate-art.ts';
import { type ArtModel } from '../../lib/pass-art.ts';
import { type Random } from '../../lib/art-random.ts';
import { chance, intBetween, pickOf, someOf } from './draw.ts';
import { type BandSpec, type GeneratedCatalog, type PoolPhoto, passTypeNames } from './specs.ts';
import { PLACES, TOUR_WORDS } from './vocabulary.ts';

export async function makePool(random: Random, dir: string, size: number, bands: BandSpec[]): Promise<GeneratedCatalog['pool']> {
	mkdirSync(dir, { recursive: true });
	const fronts: PoolPhoto[] = [];
	const backs: PoolPhoto[] = [];
	const frontCount = Math.max(1, Math.ceil(size / 2));
	const backCount = Math.max(1, size - frontCount);
	// Wristbands are drawn 6:1, too thin for the photo checks (short side ≥ 300 px): not in the pool.
	const formats = ['laminate', 'satin-sticky', 'card', 'plastic-card', 'cloth-sticky', 'paper'];
	const jobs: { kind: 'front' | 'back'; i: number; model: ArtModel }[] = [];
	for (let i = 0; i < Math.max(frontCount, backCount); i++) {
		const band = bands[i % bands.length];
		if (!band) throw new Error('no bands');
		const format = formats[i % formats.length] ?? 'laminate';
		const year = intBetween(random, 1970, 2020);
		const model: ArtModel = {
			slug: `bench-pool-${i}`,
			band: band.name,
			tour: `${pickOf(random, TOUR_WORDS)} Tour`,
			passType: pickOf(random, Object.values(passTypeNames())),
			date: String(year),
			year,
			place: chance(random, 0.5) ? `${pickOf(random, PLACES)[1]}` : null,
			format,
			printer: chance(random, 0.5) ? 'PERRi Entertainment' : null,
			features: someOf(random, ['hologram', 'serial-number', 'foil', 'barcode'], intBetween(random, 0, 2)),
			aspect: null,
		};
		if (i < frontCount) jobs.push({ kind: 'front', i, model });
		if (i < backCount) jobs.push({ kind: 'back', i, model });
	}
	let next = 0;
	const worker = async () => {
		while (next < jobs.length) {
			const job = jobs[next++];
			if (!job) break;
			const file = join(dir, `${job.kind}-${String(job.i).padStart(5, '0')}.jpg`);
			const svg = job.kind === 'front' ? renderFrontSvg(job.model) : renderBackSvg(job.model);
			writeFileSync(file, await renderJpeg(svg));
			const alt = job.kind === 'front' ? describeFront(job.model) : describeBack(job.model);
			(job.kind === 'front' ? fronts : backs)[job.i] = { file, alt };
		}
	};
	await Promise.all([worker(), worker(), worker(), worker()]);
	return { fronts, backs };
}
