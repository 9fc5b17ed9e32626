/** The whole generated catalog, and one more pass added to it (for the rebuild-after-one-pass measurement). */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomFrom } from '../../lib/art-random.ts';
import { makeBands, makeTours, zipfCounts } from './bands-tours.ts';
import { makePass } from './passes.ts';
import { makePool } from './photo-pool.ts';
import { type BandSpec, type GeneratedCatalog, type PassSpec, REAL_CONTENT, type TourSpec } from './specs.ts';

export { REAL_CONTENT };
import { copyFolder, copyTeamPages, writeJson, writePass } from './write.ts';

export interface GenerateOptions {
	passes: number;
	out: string;
	seed?: number;
	photoPool?: number;
}

/** Where the photo pool of a catalog generated into `dir` lives: beside it, on the same disk (for hard links), since content/ holds only catalog files. */
export function photoPoolDir(dir: string): string {
	return `${resolve(dir)}.photo-pool`;
}

/** Generates the whole catalog into `out` (emptied first). */
export async function generateCatalog(options: GenerateOptions): Promise<GeneratedCatalog> {
	const seed = options.seed ?? 1;
	const dir = resolve(options.out);
	const random = randomFrom(seed * 7919 + options.passes);
	rmSync(dir, { recursive: true, force: true });
	for (const sub of ['bands', 'tours', 'passes']) mkdirSync(join(dir, sub), { recursive: true });
	const components = join(REAL_CONTENT, '..', 'src/components/guide');
	copyTeamPages(join(REAL_CONTENT, 'pass-types'), join(dir, 'pass-types'), components);
	copyFolder(join(REAL_CONTENT, 'printers'), join(dir, 'printers'));
	copyTeamPages(join(REAL_CONTENT, 'guides'), join(dir, 'guides'), components);

	const bandCount = Math.max(1, Math.round(options.passes / 25));
	const bands = makeBands(random, bandCount);
	const tourSlugs = new Set<string>();
	const toursByBand = new Map<BandSpec, TourSpec[]>(bands.map((b) => [b, makeTours(random, b, tourSlugs)]));
	rmSync(photoPoolDir(dir), { recursive: true, force: true });
	const pool = await makePool(random, photoPoolDir(dir), options.photoPool ?? 40, bands);

	const counts = zipfCounts(options.passes, bands.length);
	const passSlugs = new Set<string>();
	const passes: PassSpec[] = [];
	bands.forEach((band, rank) => {
		for (let k = 0; k < (counts[rank] ?? 0); k++) {
			passes.push(makePass(random, passes.length, band, toursByBand.get(band) ?? [], { fronts: pool.fronts.length, backs: pool.backs.length }, passSlugs));
		}
	});

	for (const band of bands) {
		writeJson(join(dir, 'bands', `${band.slug}.json`), {
			name: band.name,
			aliases: band.aliases,
			country: band.country,
			origin: band.origin,
			formed: band.formed,
			activity: band.activity,
			links: { wikipedia: `https://example.com/wiki/${band.slug}` },
			sources: [{ title: `Benchmark band ${band.name}`, url: `https://example.com/bands/${band.slug}` }],
		});
	}
	const tours = [...toursByBand.values()].flat();
	for (const tour of tours) {
		writeJson(join(dir, 'tours', `${tour.slug}.json`), {
			band: tour.band.slug,
			name: tour.name,
			start: tour.start,
			end: tour.end,
			legs: tour.legs,
			sources: [{ title: `Benchmark tour ${tour.name}`, url: `https://example.com/tours/${tour.slug}` }],
		});
	}
	const catalog: GeneratedCatalog = { dir, bands, tours, passes, pool, seed };
	for (const pass of passes) writePass(catalog, pass);
	return catalog;
}

/** Adds one more pass (for the "rebuild after adding one pass" measurement); returns its slug. */
export function addOnePass(catalog: GeneratedCatalog, seed = 99): PassSpec {
	const random = randomFrom(catalog.seed * 104_729 + seed);
	const band = catalog.bands[Math.floor(random() * catalog.bands.length)];
	if (!band) throw new Error('no bands');
	const tours = catalog.tours.filter((t) => t.band === band);
	const slugs = new Set(catalog.passes.map((p) => p.slug));
	const pass = makePass(random, catalog.passes.length, band, tours, { fronts: catalog.pool.fronts.length, backs: catalog.pool.backs.length }, slugs);
	catalog.passes.push(pass);
	writePass(catalog, pass);
	return pass;
}
