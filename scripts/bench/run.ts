/**
 * `npm run bench` — builds generated catalogs of N passes and measures the build and the search.
 *
 *   npm run bench -- [--sizes 1000,10000] [--skip-bare] [--only-search] [--skip-uncached]
 *                    [--skip-photo-cost] [--work DIR] [--json FILE] [--seed S] [--photo-pool K]
 *                    [--profile]
 *
 * For each N: generates a catalog into a temporary folder (scripts/bench/generate-catalog.ts) and
 * builds the site from it with CONTENT_DIR=<that folder> (its own cache dir, see astro.config.mjs):
 *   cold      the content store, page cache and search-index cache of that CONTENT_DIR deleted
 *             first (photo derivatives are kept: they are encoded once, ever)
 *   warm      the same again: unchanged pages copied from Astro's page cache (incrementalBuild,
 *             src/lib/lists/page-cache-keys-fs.ts), the search index reused when no page changed
 *   +1 pass   one pass added, rebuilt
 *   uncached  the same catalog again with the page cache and the saved search index deleted:
 *             every page rendered and indexed, as every warm build was before those caches
 *             (--skip-uncached leaves it out)
 *   bare      the same entries as plain .md pages in a bare Astro project (scripts/bench/bare-site),
 *             cold and warm
 * Each build runs as `npm run build` does: `astro build`, then `scripts/index-search.ts` in its own
 * process (the bare site has no search). Wall time and CPU time cover both; peak RSS is the larger
 * of the two process trees' peaks (polling /proc every 100 ms; the pagefind binary is a child of
 * the index step), phase times from Astro's log (content sync,
 * render, the photo step, search index), and the machine's load average (other work on the machine skews
 * wall times; CPU seconds do not move much with it).
 * Then dist/ size, median page sizes, pagefind/ size, and search in Chromium (20 queries, cold and
 * warm, bytes from the DevTools protocol, latency measured in the page).
 * Once per run: the cold cost per photo (a small catalog whose photos are all distinct, cache empty).
 * --profile: one extra warm build of the largest N without the page cache and saved index, under
 *   `node --cpu-prof`, summarised by file.
 *
 * Results: a table on stdout and JSON (default <work>/results.json).
 *
 * The steps are in `steps/`: `build.ts` (one measured build), `process-tree.ts` (CPU and memory of
 * the build's processes), `dist-stats.ts`, `search.ts` (queries in Chromium) and `profile.ts`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser } from 'playwright-core';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';
import { addOnePass, generateCatalog, writeBareEntries } from './generate-catalog.ts';
import { build, type BuildResult, fmt, siteCacheDir } from './steps/build.ts';
import { distStats, type DistStats, median, walk } from './steps/dist-stats.ts';
import { bareRoot, projectRoot } from './steps/paths.ts';
import { summariseProfiles } from './steps/profile.ts';
import { type QueryResult, representativeQueries, round, searchBench, searchSummary } from './steps/search.ts';

interface SizeResult {
	passes: number;
	bands: number;
	tours: number;
	generateS: number;
	builds: BuildResult[];
	dist?: DistStats;
	bare?: { cold: BuildResult; warm: BuildResult; dist: { files: number; bytes: number; medianHtmlBytes: number } };
	search?: ReturnType<typeof searchSummary> & { warmPageLoad: { ms: number; bytes: number; bytesByKind: Record<string, number> }; queries: QueryResult[] };
	ratios?: Record<string, number>;
}

function machine() {
	const pkg = (name: string) => (JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf-8')) as { version: string }).version;
	return {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? '?',
		memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
		node: process.version,
		astro: pkg('astro'),
		pagefind: pkg('pagefind'),
		sharp: pkg('sharp'),
		chromium: '/usr/bin/chromium',
	};
}

async function main(argv: string[]): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			sizes: { type: 'string', default: '1000,10000' },
			'skip-bare': { type: 'boolean', default: false },
			'only-search': { type: 'boolean', default: false },
			'skip-uncached': { type: 'boolean', default: false },
			'skip-photo-cost': { type: 'boolean', default: false },
			profile: { type: 'boolean', default: false },
			work: { type: 'string', default: join(tmpdir(), 'backstage-bench') },
			json: { type: 'string' },
			seed: { type: 'string', default: '1' },
			'photo-pool': { type: 'string', default: '40' },
			help: { type: 'boolean', default: false },
		},
	});
	if (values.help) {
		console.log('Usage: npm run bench -- [--sizes 1000,10000] [--skip-bare] [--only-search] [--skip-uncached] [--skip-photo-cost] [--profile] [--work DIR] [--json FILE]');
		return 0;
	}
	const sizes = values.sizes.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
	const work = resolve(values.work);
	const logDir = join(work, 'logs');
	mkdirSync(logDir, { recursive: true });
	const jsonFile = resolve(values.json ?? join(work, 'results.json'));
	const seed = Number(values.seed);
	const photoPool = Number(values['photo-pool']);
	const report: { command: string; startedAt: string; machine: ReturnType<typeof machine>; photoCost?: unknown; sizes: SizeResult[]; profile?: unknown } = {
		command: `npm run bench -- ${argv.join(' ')}`.trim(),
		startedAt: new Date().toISOString(),
		machine: machine(),
		sizes: [],
	};
	const save = () => writeFileSync(jsonFile, `${JSON.stringify(report, null, '\t')}\n`);
	console.log(`Benchmark: sizes ${sizes.join(', ')}; work folder ${work}; ${report.machine.cpus} CPUs, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, Astro ${report.machine.astro}`);

	// The cold cost of one photo: a small catalog whose photos are all different, image cache empty.
	if (!values['only-search'] && !values['skip-photo-cost']) {
		const passes = 12;
		console.log(`\nCold cost per photo (${passes} passes, ${passes * 2} distinct photos, empty cache)`);
		const catalog = await generateCatalog({ passes, out: join(work, 'catalog-photo-cost'), seed, photoPool: passes * 2 });
		rmSync(siteCacheDir(catalog.dir), { recursive: true, force: true });
		const result = await build({ label: 'photo-cost cold', root: projectRoot, outDir: join(work, 'dist-photo-cost'), env: { CONTENT_DIR: catalog.dir }, logDir });
		const photos = passes * 2;
		const seconds = result.phases.photosS ?? 0;
		report.photoCost = {
			photos,
			encoded: result.phases.photosEncoded,
			derivatives: result.phases.derivativesWritten,
			photoStepS: seconds,
			secondsPerPhoto: Math.round((seconds / photos) * 1000) / 1000,
			projected20kPhotosMin: Math.round((seconds / photos) * 20000 / 60),
			build: result,
		};
		// Wall time of the photo step on this machine's cores; `npm run bench:photo-cost` measures CPU per photo.
		console.log(`  ${photos} photos → ${result.phases.photosEncoded} encoded, ${result.phases.derivativesWritten} derivatives in ${fmt(seconds)} s: ${(seconds / photos).toFixed(2)} s per photo (20,000 photos ≈ ${Math.round((seconds / photos) * 20000 / 60)} min)`);
		save();
	}

	let browser: Browser | undefined;
	try {
		for (const n of sizes) {
			console.log(`\nN = ${n}`);
			const started = performance.now();
			const catalog = await generateCatalog({ passes: n, out: join(work, `catalog-${n}`), seed, photoPool });
			const size: SizeResult = { passes: n, bands: catalog.bands.length, tours: catalog.tours.length, generateS: round((performance.now() - started) / 1000), builds: [] };
			report.sizes.push(size);
			console.log(`  generated ${n} passes, ${catalog.bands.length} bands, ${catalog.tours.length} tours in ${size.generateS} s`);
			const dist = join(work, `dist-${n}`);
			const env = { CONTENT_DIR: catalog.dir };
			const site = (label: string, extra: Record<string, string> = {}, nodeArgs: string[] = []) =>
				build({ label: `N=${n} ${label}`, root: projectRoot, outDir: dist, env: { ...env, ...extra }, logDir, nodeArgs });

			if (!values['only-search']) {
				rmSync(siteCacheDir(catalog.dir), { recursive: true, force: true });
				rmSync(dist, { recursive: true, force: true });
				size.builds.push(await site('cold'));
				save();
				size.dist = distStats(dist);
				size.builds.push(await site('warm'));
				save();
				addOnePass(catalog, 1);
				size.builds.push(await site('warm +1 pass'));
				save();
				if (!values['skip-uncached']) {
					rmSync(join(siteCacheDir(catalog.dir), 'incremental-build.json'), { force: true });
					rmSync(join(siteCacheDir(catalog.dir), 'search-index'), { recursive: true, force: true });
					size.builds.push(await site('warm uncached'));
					save();
				}
				if (!values['skip-bare']) {
					const entries = join(work, `bare-entries-${n}`);
					writeBareEntries(catalog, entries);
					const cache = join(work, `bare-cache-${n}`);
					rmSync(cache, { recursive: true, force: true });
					const bareDist = join(work, `bare-dist-${n}`);
					const bare = (label: string) => build({ label: `N=${n} bare ${label}`, root: bareRoot, outDir: bareDist, env: { BARE_CONTENT_DIR: entries, BARE_CACHE_DIR: cache }, logDir, searchIndex: false });
					const cold = await bare('cold');
					const warm = await bare('warm');
					const files = walk(bareDist);
					size.bare = { cold, warm, dist: { files: files.length, bytes: files.reduce((a, f) => a + f.bytes, 0), medianHtmlBytes: Math.round(median(files.filter((f) => f.path.endsWith('.html')).map((f) => f.bytes))) } };
					const coldSite = size.builds.find((b) => b.label.endsWith(' cold'));
					const warmSite = size.builds.find((b) => b.label.endsWith(' warm'));
					const plusOne = size.builds.find((b) => b.label.endsWith(' +1 pass'));
					const uncached = size.builds.find((b) => b.label.endsWith(' uncached'));
					if (coldSite && warmSite) {
						size.ratios = {
							coldWall: round(coldSite.wallS / cold.wallS),
							warmWall: round(warmSite.wallS / warm.wallS),
							warmCpu: round(warmSite.cpuS / warm.cpuS),
							...(plusOne ? { plusOneWall: round(plusOne.wallS / warm.wallS), plusOneCpu: round(plusOne.cpuS / warm.cpuS) } : {}),
							...(uncached ? { uncachedWall: round(uncached.wallS / warm.wallS), uncachedCpu: round(uncached.cpuS / warm.cpuS) } : {}),
							coldRss: round(coldSite.peakTreeRssMb / cold.peakTreeRssMb),
							warmRss: round(warmSite.peakTreeRssMb / warm.peakTreeRssMb),
						};
					}
					save();
				}
			} else if (!existsSync(join(dist, 'pagefind'))) {
				rmSync(dist, { recursive: true, force: true });
				size.builds.push(await site('build for search'));
			}

			if (!size.dist) size.dist = distStats(dist);
			browser ??= await launchChromium();
			const server = await serveStatic(dist);
			try {
				const measured = await searchBench(browser, server.url, dist, representativeQueries(catalog));
				size.search = { ...searchSummary(measured.queries), warmPageLoad: measured.warmPageLoad, queries: measured.queries };
			} finally {
				await server.close();
			}
			save();
			printSize(size);
		}

		if (values.profile && !values['only-search']) {
			const n = Math.max(...sizes);
			const profileDir = join(work, 'cpu-profile');
			rmSync(profileDir, { recursive: true, force: true });
			mkdirSync(profileDir, { recursive: true });
			const dir = join(work, `catalog-${n}`);
			// Profiled without the page cache and the saved index: where a build that renders everything spends its time.
			rmSync(join(siteCacheDir(dir), 'incremental-build.json'), { force: true });
			rmSync(join(siteCacheDir(dir), 'search-index'), { recursive: true, force: true });
			console.log(`\nProfile: warm uncached build of N=${n} under --cpu-prof`);
			const result = await build({ label: `N=${n} warm uncached --cpu-prof`, root: projectRoot, outDir: join(work, `dist-${n}`), env: { CONTENT_DIR: dir }, logDir, nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profileDir] });
			const summary = summariseProfiles(profileDir);
			report.profile = { build: result, profileDir, ...summary };
			console.log(`  CPU samples ${summary.totalS} s. Self time by package:`);
			for (const [k, v] of summary.byPackage.slice(0, 15)) console.log(`    ${v.toFixed(1).padStart(7)} s  ${k}`);
			console.log('  by function:');
			for (const [k, v] of summary.byFunction.slice(0, 25)) console.log(`    ${v.toFixed(1).padStart(7)} s  ${k}`);
			save();
		}
	} finally {
		await browser?.close();
	}
	save();
	console.log(`\nResults: ${jsonFile}`);
	return 0;
}

function printSize(size: SizeResult): void {
	const rows: string[][] = [['build', 'wall s', 'CPU s', 'peak RSS MB', 'sync s', 'render s', 'photos s', 'index s', 'pages', 'load']];
	const all = [...size.builds, ...(size.bare ? [size.bare.cold, size.bare.warm] : [])];
	for (const b of all) {
		const p = b.phases;
		rows.push([b.label, fmt(b.wallS), fmt(b.cpuS), String(b.peakTreeRssMb), fmt(p.contentSyncS), fmt(p.renderS), fmt(p.photosS), fmt(p.searchIndexS), String(p.pagesBuilt ?? ''), `${b.loadBefore}→${b.loadAfter}`]);
	}
	const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
	console.log('');
	for (const r of rows) console.log(`  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`);
	if (size.dist) {
		const d = size.dist;
		console.log(`  dist ${(d.bytes / 1024 ** 2).toFixed(1)} MB in ${d.files} files; ${d.htmlPages} pages, median page ${(d.medianHtmlBytes / 1024).toFixed(1)} kB (pass page ${(d.medianPassPageBytes / 1024).toFixed(1)} kB); pagefind ${(d.pagefindBytes / 1024 ** 2).toFixed(1)} MB in ${d.pagefindFiles} files; images ${(d.imageBytes / 1024 ** 2).toFixed(1)} MB in ${d.imageFiles} files`);
	}
	if (size.ratios) console.log(`  catalog / bare: ${Object.entries(size.ratios).map(([k, v]) => `${k} ${v}×`).join(', ')}`);
	if (size.search) {
		const s = size.search;
		console.log(`  search (20 queries, p50 / p95): cold load ${s.coldLoadMs.p50} / ${s.coldLoadMs.p95} ms, ${s.coldLoadKb.p50} kB; cold first search ${s.coldFirstSearchMs.p50} / ${s.coldFirstSearchMs.p95} ms, ${s.coldFirstSearchKb.p50} / ${s.coldFirstSearchKb.p95} kB`);
		console.log(`    cold UI (navigation → results) ${s.coldUiMs.p50} / ${s.coldUiMs.p95} ms, ${s.coldUiKb.p50} / ${s.coldUiKb.p95} kB (Pagefind ${s.coldUiPagefindKb.p50} kB); warm ${s.warmFirstMs.p50} / ${s.warmFirstMs.p95} ms, ${s.warmFirstKb.p50} / ${s.warmFirstKb.p95} kB; repeat ${s.warmRepeatMs.p50} / ${s.warmRepeatMs.p95} ms`);
		console.log(`    typed on a loaded search page (its own worker, until the page shows the results) ${s.typedMs.p50} / ${s.typedMs.p95} ms, ${s.typedKb.p50} / ${s.typedKb.p95} kB`);
		console.log(`    search page load: ${s.warmPageLoad.ms} ms, ${(s.warmPageLoad.bytes / 1024).toFixed(0)} kB ${JSON.stringify(Object.fromEntries(Object.entries(s.warmPageLoad.bytesByKind).map(([k, v]) => [k, Math.round(v / 1024)])))}`);
		for (const q of s.queries) {
			console.log(`    ${q.label.padEnd(20)} ${String(q.results).padStart(6)} results  cold ${String(q.coldSearchMs).padStart(6)} ms ${(q.coldSearchBytes / 1024).toFixed(0).padStart(5)} kB  UI ${String(q.coldUiMs).padStart(6)} ms ${(q.coldUiBytes / 1024).toFixed(0).padStart(5)} kB  warm ${String(q.warmFirstMs).padStart(6)} ms ${(q.warmFirstBytes / 1024).toFixed(0).padStart(5)} kB  repeat ${q.warmRepeatMs} ms`);
		}
	}
}

process.exitCode = await main(process.argv.slice(2));
