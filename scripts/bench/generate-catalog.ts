/**
 * Writes a synthetic catalog for the benchmark (`npm run bench`): a complete, valid content folder
 * that the site builds from with `CONTENT_DIR=<dir>`, without touching the real `content/`.
 *
 *   node scripts/bench/generate-catalog.ts --passes N --out DIR [--seed S] [--photo-pool K]
 *
 * - bands/: about N/25 bands with made-up unique names, formed 1962–2012, each active, split,
 *   reunited or on hiatus; pass counts per band follow a Zipf-like law (a few bands own many passes).
 * - tours/: 3–8 per band, dated inside the band's periods of activity, some with legs.
 * - passes/<slug>/index.mdx: every pass type, format, security feature, grade and flaw; some signed;
 *   dated by themselves, by their tour, or by a year; a story of 80–250 words of generated plain
 *   Markdown (no HTML, no `<`, `{`, `}`).
 * - photos: a pool of K (default 40) JPEGs drawn with the sample artwork's renderer
 *   (`scripts/lib/pass-art.ts`), half fronts and half backs, written once beside DIR (`photoPoolDir`: content/ holds only catalog files);
 *   each pass folder gets *hard links* named front.jpg and back.jpg to one front and one back, so a
 *   10,000-pass build measures the site rather than 20,000 AVIF encodes. With K ≥ 2N every pass gets
 *   photos of its own (used to measure the cold cost per photo).
 * - pass-types/, printers/, guides/: copied from the real content folder.
 *
 * Deterministic: the same N, seed and K give the same files. Everything is marked `example: true`.
 *
 * The steps are in `catalog/`: vocabulary and weights (data), bands and tours, passes, prose, the
 * photo pool, and writing the files.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { REAL_CONTENT, generateCatalog } from './catalog/generate.ts';

export { type GenerateOptions, addOnePass, generateCatalog, photoPoolDir } from './catalog/generate.ts';
export { writeBareEntries, writePass } from './catalog/write.ts';
export { zipfCounts } from './catalog/bands-tours.ts';
export type { BandSpec, GeneratedCatalog, PassSpec, PoolPhoto, TourSpec } from './catalog/specs.ts';

async function main(argv: string[]): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			passes: { type: 'string' },
			out: { type: 'string' },
			seed: { type: 'string', default: '1' },
			'photo-pool': { type: 'string', default: '40' },
			help: { type: 'boolean', default: false },
		},
	});
	const passes = Number(values.passes);
	if (values.help || !values.out || !Number.isInteger(passes) || passes < 1) {
		console.log('Usage: node scripts/bench/generate-catalog.ts --passes N --out DIR [--seed S] [--photo-pool K]');
		return values.help ? 0 : 2;
	}
	if (existsSync(values.out) && resolve(values.out) === resolve(REAL_CONTENT)) {
		console.error('Refusing to overwrite the real content folder.');
		return 2;
	}
	const started = performance.now();
	const catalog = await generateCatalog({ passes, out: values.out, seed: Number(values.seed), photoPool: Number(values['photo-pool']) });
	console.log(
		`Wrote ${catalog.passes.length} passes, ${catalog.bands.length} bands, ${catalog.tours.length} tours and ` +
			`${catalog.pool.fronts.length + catalog.pool.backs.length} pool photos to ${catalog.dir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
	);
	return 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
	process.exitCode = await main(process.argv.slice(2));
}
