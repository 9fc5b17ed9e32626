/**
 * `npm run bench` — builds generated catalogs of N passes and measures the build and the search.
 *
 *   npm run bench -- [--sizes 1000,10000] [--skip-bare] [--only-search] [--skip-incremental]
 *                    [--skip-photo-cost] [--work DIR] [--json FILE] [--seed S] [--photo-pool K]
 *                    [--profile]
 *
 * For each N: generates a catalog into a temporary folder (scripts/bench/generate-catalog.ts) and
 * builds the site from it with CONTENT_DIR=<that folder> (its own cache dir, see astro.config.mjs):
 *   cold      the content store and image cache of that CONTENT_DIR deleted first
 *   warm      the same again (images cached, content store kept)
 *   +1 pass   one pass added, rebuilt
 *   incremental   ASTRO_INCREMENTAL=1 (experimental.incrementalBuild): a first build with the flag,
 *             a no-change rebuild, and a rebuild after adding one more pass
 *   bare      the same entries as plain .md pages in a bare Astro project (scripts/bench/bare-site),
 *             cold and warm
 * Each build runs as `npm run build` does: `astro build`, then `scripts/index-search.ts` in its own
 * process (the bare site has no search). Wall time and CPU time cover both; peak RSS is the larger
 * of the two process trees' peaks (polling /proc every 100 ms; the pagefind binary is a child of
 * the index step), phase times from Astro's log (content sync,
 * render, images, search index), and the machine's load average (other work on the machine skews
 * wall times; CPU seconds do not move much with it).
 * Then dist/ size, median page sizes, pagefind/ size, and search in Chromium (20 queries, cold and
 * warm, bytes from the DevTools protocol, latency measured in the page).
 * Once per run: the cold cost per photo (a small catalog whose photos are all distinct, cache empty).
 * --profile: one extra warm build of the largest N under `node --cpu-prof`, summarised by file.
 *
 * Results: a table on stdout and JSON (default <work>/results.json).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';
import { cacheDirFor } from '../../src/content-dir.ts';
import { type GeneratedCatalog, addOnePass, generateCatalog, writeBareEntries } from './generate-catalog.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const bareRoot = join(projectRoot, 'scripts/bench/bare-site');
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const CLOCK_TICKS = 100;

// ——— Process tree sampling ———

function readText(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf-8');
	} catch {
		return undefined;
	}
}

function childrenOf(pid: number): number[] {
	const tasks = (() => {
		try {
			return readdirSync(`/proc/${pid}/task`);
		} catch {
			return [];
		}
	})();
	return tasks.flatMap((tid) => (readText(`/proc/${pid}/task/${tid}/children`) ?? '').split(' ').filter(Boolean).map(Number));
}

function treeOf(root: number): number[] {
	const seen: number[] = [];
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.shift();
		if (pid === undefined || seen.includes(pid)) continue;
		seen.push(pid);
		queue.push(...childrenOf(pid));
	}
	return seen;
}

function statusKb(status: string, field: string): number {
	const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
	return match ? Number(match[1]) : 0;
}

/** utime + stime of one process, in seconds. */
function cpuSeconds(pid: number): number | undefined {
	const stat = readText(`/proc/${pid}/stat`);
	if (!stat) return undefined;
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// fields[0] is the 3rd field of stat (state); utime and stime are the 14th and 15th.
	return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

interface TreeSampler {
	stop: () => { peakTreeRssMb: number; peakMainHwmMb: number; cpuSeconds: number; processes: number };
}

function sampleTree(root: number): TreeSampler {
	let peakTree = 0;
	let peakHwm = 0;
	const cpu = new Map<number, number>();
	const tick = () => {
		let sum = 0;
		for (const pid of treeOf(root)) {
			const status = readText(`/proc/${pid}/status`);
			if (!status) continue;
			sum += statusKb(status, 'VmRSS');
			if (pid === root) peakHwm = Math.max(peakHwm, statusKb(status, 'VmHWM'));
			const seconds = cpuSeconds(pid);
			if (seconds !== undefined) cpu.set(pid, seconds);
		}
		peakTree = Math.max(peakTree, sum);
	};
	tick();
	const timer = setInterval(tick, 100);
	return {
		stop: () => {
			clearInterval(timer);
			return {
				peakTreeRssMb: Math.round(peakTree / 1024),
				peakMainHwmMb: Math.round(peakHwm / 1024),
				cpuSeconds: Math.round([...cpu.values()].reduce((a, b) => a + b, 0) * 10) / 10,
				processes: cpu.size,
			};
		},
	};
}

// ——— Builds ———

export interface Phases {
	startupS?: number;
	contentSyncS?: number;
	typesS?: number;
	viteS?: number;
	renderS?: number;
	imagesS?: number;
	searchIndexS?: number;
	pagesBuilt?: number;
	imageTransforms?: number;
	imageCacheHits?: number;
}

export interface BuildResult {
	label: string;
	wallS: number;
	cpuS: number;
	peakTreeRssMb: number;
	peakMainHwmMb: number;
	phases: Phases;
	loadBefore: number;
	loadAfter: number;
	/** Pages skipped by the incremental build ("(cached)" / "(restored)" lines). */
	cachedPages: number;
	exitCode: number | null;
	logFile: string;
}

/** "609ms", "12.3s", "2m 34s" → seconds. */
export function parseDuration(text: string): number | undefined {
	const m = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?$/.exec(text.trim());
	const ms = /^([\d.]+)ms$/.exec(text.trim());
	if (ms) return Number(ms[1]) / 1000;
	if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
	return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

/** Phase times from Astro's log lines, each with its arrival time (ms since the build started). */
export function parsePhases(lines: readonly { t: number; text: string }[]): Phases {
	const phases: Phases = {};
	const at = (pattern: RegExp) => lines.find((l) => pattern.test(l.text));
	const syncing = at(/\[content\] Syncing content/);
	const synced = at(/\[content\] Synced content/);
	if (syncing) phases.startupS = syncing.t / 1000;
	if (syncing && synced) phases.contentSyncS = (synced.t - syncing.t) / 1000;
	const types = at(/\[types\] Generated ([\d.]+m?s)/);
	const typesS = types ? parseDuration(/Generated (\S+)/.exec(types.text)?.[1] ?? '') : undefined;
	if (typesS !== undefined) phases.typesS = typesS;
	const vite = lines.filter((l) => /\[vite\] ✓ built in/.test(l.text)).map((l) => parseDuration(/built in (\S+)/.exec(l.text)?.[1] ?? '') ?? 0);
	if (vite.length > 0) phases.viteS = vite.reduce((a, b) => a + b, 0);
	const completedAfter = (heading: RegExp) => {
		const start = lines.findIndex((l) => heading.test(l.text));
		if (start < 0) return undefined;
		const done = lines.slice(start).find((l) => /✓ Completed in/.test(l.text) && !/\[build\]/.test(l.text));
		return done ? parseDuration(/Completed in ([^.]+(?:\.\d+)?[a-z]*)\.?$/.exec(done.text.trim())?.[1] ?? '') : undefined;
	};
	const render = completedAfter(/generating static routes|prerendering static routes/);
	if (render !== undefined) phases.renderS = render;
	const images = completedAfter(/generating optimized images/);
	phases.imagesS = images ?? 0;
	const index = lines.find((l) => /\[search-index\] indexed \d+ pages in \d+ ms/.test(l.text));
	if (index) phases.searchIndexS = Number(/in (\d+) ms/.exec(index.text)?.[1]) / 1000;
	const built = lines.find((l) => /\[build\] (\d+) page\(s\) built/.test(l.text));
	if (built) phases.pagesBuilt = Number(/(\d+) page\(s\)/.exec(built.text)?.[1]);
	const imageLines = lines.filter((l) => /^\S+\s+▶ /.test(l.text) || / ▶ \//.test(l.text));
	phases.imageTransforms = imageLines.length;
	phases.imageCacheHits = imageLines.filter((l) => /reused cache entry/.test(l.text)).length;
	return phases;
}

interface BuildOptions {
	label: string;
	root: string;
	outDir: string;
	env: Record<string, string>;
	logDir: string;
	nodeArgs?: string[];
	/** Run scripts/index-search.ts after astro build (default); the bare site has no search. */
	searchIndex?: boolean;
}

/** Runs one process of a build, sampling its tree, with its output lines timed from `started`. */
async function runStep(args: string[], options: BuildOptions, started: number, lines: { t: number; text: string }[]) {
	const child: ChildProcess = spawn(process.execPath, args, {
		cwd: options.root,
		env: { ...process.env, ...options.env, FORCE_COLOR: '0', NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	if (child.pid === undefined) throw new Error(`could not start ${args.join(' ')}`);
	const sampler = sampleTree(child.pid);
	const collect = (stream: NodeJS.ReadableStream | null) => {
		let rest = '';
		stream?.setEncoding('utf-8');
		stream?.on('data', (chunk: string) => {
			const t = performance.now() - started;
			const parts = (rest + chunk).split('\n');
			rest = parts.pop() ?? '';
			for (const text of parts) lines.push({ t, text });
		});
		stream?.on('end', () => {
			if (rest) lines.push({ t: performance.now() - started, text: rest });
		});
	};
	collect(child.stdout);
	collect(child.stderr);
	const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
	return { exitCode, sample: sampler.stop() };
}

async function build(options: BuildOptions): Promise<BuildResult> {
	const loadBefore = loadavg()[0] ?? 0;
	const started = performance.now();
	const lines: { t: number; text: string }[] = [];
	// As `npm run build`: astro build, then the search index in its own process (the bare site has none).
	const steps = [[...(options.nodeArgs ?? []), astroBin, 'build', '--root', options.root, '--outDir', options.outDir]];
	if (options.searchIndex !== false) steps.push([join(projectRoot, 'scripts/index-search.ts'), options.outDir]);
	let exitCode: number | null = 0;
	const samples: ReturnType<TreeSampler['stop']>[] = [];
	for (const args of steps) {
		const step = await runStep(args, options, started, lines);
		samples.push(step.sample);
		exitCode = step.exitCode;
		if (exitCode !== 0) break;
	}
	const sample = {
		peakTreeRssMb: Math.max(...samples.map((s) => s.peakTreeRssMb)),
		peakMainHwmMb: Math.max(...samples.map((s) => s.peakMainHwmMb)),
		cpuSeconds: Math.round(samples.reduce((a, s) => a + s.cpuSeconds, 0) * 10) / 10,
	};
	const wallS = (performance.now() - started) / 1000;
	const logFile = join(options.logDir, `${options.label.replace(/[^\w.-]+/g, '_')}.log`);
	writeFileSync(logFile, lines.map((l) => `${(l.t / 1000).toFixed(3).padStart(9)} ${l.text}`).join('\n'));
	const result: BuildResult = {
		label: options.label,
		wallS: Math.round(wallS * 10) / 10,
		cpuS: sample.cpuSeconds,
		peakTreeRssMb: sample.peakTreeRssMb,
		peakMainHwmMb: sample.peakMainHwmMb,
		phases: parsePhases(lines),
		loadBefore: Math.round(loadBefore * 100) / 100,
		loadAfter: Math.round((loadavg()[0] ?? 0) * 100) / 100,
		cachedPages: lines.filter((l) => /\((cached|restored)\)/.test(l.text)).length,
		exitCode,
		logFile,
	};
	const p = result.phases;
	console.log(
		`  ${options.label.padEnd(28)} ${fmt(result.wallS)} s wall, ${fmt(result.cpuS)} s CPU, peak RSS ${result.peakTreeRssMb} MB ` +
			`(sync ${fmt(p.contentSyncS)} · render ${fmt(p.renderS)} · images ${fmt(p.imagesS)} · index ${fmt(p.searchIndexS)}; load ${result.loadBefore}→${result.loadAfter})` +
			(result.cachedPages > 0 ? ` [${result.cachedPages} pages cached]` : ''),
	);
	if (exitCode !== 0) {
		console.error(lines.slice(-40).map((l) => l.text).join('\n'));
		throw new Error(`${options.label}: the build exited with ${exitCode} (log: ${logFile})`);
	}
	return result;
}

function fmt(n: number | undefined): string {
	return n === undefined ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(1);
}

/** The cache dir astro.config.mjs gives a CONTENT_DIR. */
function siteCacheDir(contentDir: string): string {
	return join(projectRoot, cacheDirFor(contentDir));
}

// ——— dist/ ———

interface DistStats {
	files: number;
	bytes: number;
	htmlPages: number;
	medianHtmlBytes: number;
	medianPassPageBytes: number;
	p95HtmlBytes: number;
	pagefindFiles: number;
	pagefindBytes: number;
	pagefindBreakdown: Record<string, { files: number; bytes: number }>;
	imageFiles: number;
	imageBytes: number;
	/** What HTTP compression would make of the text files the search loads (the test server sends them as they are). */
	gzip: { pagefindJs: number; pagefindWorkerJs: number; medianPassPage: number };
}

function walk(dir: string): { path: string; bytes: number }[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => {
			const path = join(d.parentPath, d.name);
			return { path, bytes: statSync(path).size };
		});
}

function median(values: readonly number[]): number {
	return quantile(values, 0.5);
}

function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (pos - lo);
}

function distStats(dist: string): DistStats {
	const files = walk(dist);
	const html = files.filter((f) => f.path.endsWith('.html'));
	const passPages = html.filter((f) => /\/passes\/(?!page\/|newest\/|added\/)[^/]+\/index\.html$/.test(f.path));
	const pagefind = files.filter((f) => f.path.startsWith(join(dist, 'pagefind/')));
	const breakdown: DistStats['pagefindBreakdown'] = {};
	for (const f of pagefind) {
		const rel = f.path.slice(join(dist, 'pagefind/').length);
		const key = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : rel.startsWith('wasm') ? 'wasm' : rel;
		const slot = (breakdown[key] ??= { files: 0, bytes: 0 });
		slot.files++;
		slot.bytes += f.bytes;
	}
	const images = files.filter((f) => /\.(avif|webp|jpe?g|png)$/.test(f.path));
	return {
		files: files.length,
		bytes: files.reduce((a, f) => a + f.bytes, 0),
		htmlPages: html.length,
		medianHtmlBytes: Math.round(median(html.map((f) => f.bytes))),
		medianPassPageBytes: Math.round(median(passPages.map((f) => f.bytes))),
		p95HtmlBytes: Math.round(quantile(html.map((f) => f.bytes), 0.95)),
		pagefindFiles: pagefind.length,
		pagefindBytes: pagefind.reduce((a, f) => a + f.bytes, 0),
		pagefindBreakdown: breakdown,
		imageFiles: images.length,
		imageBytes: images.reduce((a, f) => a + f.bytes, 0),
		gzip: {
			pagefindJs: gzipped(join(dist, 'pagefind/pagefind.js')),
			pagefindWorkerJs: gzipped(join(dist, 'pagefind/pagefind-worker.js')),
			medianPassPage: Math.round(median(passPages.slice(0, 200).map((f) => gzipped(f.path)))),
		},
	};
}

function gzipped(file: string): number {
	return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

// ——— Search in Chromium ———

interface Query {
	label: string;
	/** Search term (null: filters only). */
	term: string | null;
	filters?: Record<string, { any: string[] }>;
	/** The search page URL that asks the same. */
	url: string;
}

export function representativeQueries(catalog: GeneratedCatalog): Query[] {
	const bands = catalog.bands;
	const top = bands[0];
	const mid = bands[Math.floor(bands.length / 2)];
	const tail = bands.at(-1);
	if (!top || !mid || !tail) throw new Error('no bands');
	const topTour = catalog.tours.find((t) => t.band === top);
	const tourWords = (topTour?.name ?? 'Night Tour').split(' ').slice(0, 2).join(' ');
	const lastWord = top.name.split(' ').at(-1) ?? top.name;
	const typo = top.name.replace(lastWord, lastWord.length > 4 ? `${lastWord.slice(0, 2)}${lastWord.slice(3)}` : `${lastWord}x`);
	const member = top.members[0]?.name ?? 'Keith Okafor';
	const q = (label: string, term: string | null, filters?: Record<string, { any: string[] }>): Query => {
		const params = new URLSearchParams();
		if (term) params.set('q', term);
		for (const [key, { any }] of Object.entries(filters ?? {})) for (const v of any) params.append(key, v);
		return { label, term, ...(filters ? { filters } : {}), url: `/search/?${params.toString()}` };
	};
	return [
		q('band (biggest)', top.name),
		q('band (middle)', mid.name),
		q('band (smallest)', tail.name),
		q('band, typo', typo),
		q('tour words', tourWords),
		q('"world tour"', 'world tour'),
		q('"reunion tour"', 'reunion tour'),
		q('year', '1987'),
		q('"laminate"', 'laminate'),
		q('"hologram"', 'hologram'),
		q('"all access"', 'all access'),
		q('city', 'Berlin'),
		q('venue', 'Madison Square Garden'),
		q('person', member),
		q('"sticky"', 'sticky'),
		q('"signed"', 'signed'),
		q('prefix', lastWord.slice(0, 4).toLowerCase()),
		q('no result', 'xylophonics'),
		q('filter only (type)', null, { type: { any: ['All access'] } }),
		q('word + filter', 'laminate', { decade: { any: ['1990s'] } }),
	];
}

interface NetLog {
	/** Settles the sizes of every request finished so far, then returns them. */
	entries: () => Promise<{ url: string; bytes: number }[]>;
	reset: () => void;
}

/**
 * Bytes transferred per request (response headers + encoded body), from Chromium's DevTools
 * protocol as Playwright reports it (`request.sizes()`, i.e. Network.loadingFinished's
 * encodedDataLength split into headers and body). Pagefind fetches from a Web Worker, which a page's
 * own CDP session does not see; the context's events include worker requests. Where Chromium reports
 * a body of 0 bytes for a 200 response (the worker script itself), the file's size on disk is used:
 * the static server sends files as they are, uncompressed.
 */
function watchNetwork(context: BrowserContext, root: string): NetLog {
	let pending: Promise<{ url: string; bytes: number }>[] = [];
	context.on('requestfinished', (request) => {
		pending.push(
			(async () => {
				const url = request.url();
				const sizes = await request.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
				let body = sizes.responseBodySize;
				if (body === 0) {
					const file = join(root, decodeURIComponent(new URL(url).pathname));
					if (existsSync(file) && statSync(file).isFile()) body = statSync(file).size;
				}
				return { url, bytes: body + sizes.responseHeadersSize };
			})(),
		);
	});
	return {
		entries: () => Promise.all(pending),
		reset: () => {
			pending = [];
		},
	};
}

function kindOfUrl(url: string): string {
	const path = new URL(url, 'http://x').pathname;
	if (!path.startsWith('/pagefind/')) return /\.(avif|webp|jpe?g|png|svg)$/.test(path) ? 'images' : 'page';
	if (path.endsWith('pagefind.js') || path.endsWith('pagefind-worker.js')) return 'pagefind.js';
	if (path.endsWith('.pf_meta')) return 'meta';
	if (/wasm/.test(path)) return 'wasm';
	if (/pagefind-entry\.json$/.test(path)) return 'entry';
	if (path.includes('/filter/')) return 'filter';
	if (path.includes('/index/')) return 'index';
	if (path.includes('/fragment/')) return 'fragment';
	return 'other';
}

function bytesByKind(entries: readonly { url: string; bytes: number }[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const e of entries) {
		const k = kindOfUrl(e.url);
		out[k] = (out[k] ?? 0) + e.bytes;
	}
	return out;
}

const sum = (o: Record<string, number>, keys?: string[]) => Object.entries(o).filter(([k]) => !keys || keys.includes(k)).reduce((a, [, v]) => a + v, 0);

/**
 * In the page: Pagefind loaded the way the search page loads its results instance
 * (`src/scripts/search/pagefind-api.ts`: options and init, no filter index), then one search
 * and the first 5 results' data.
 */
const PAGE_LOAD_PAGEFIND = async () => {
	const t0 = performance.now();
	const pf = (await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string)) as {
		options: (o: object) => Promise<void>;
		init: () => Promise<void>;
	};
	await pf.options({ excerptLength: 22 });
	await pf.init();
	return performance.now() - t0;
};

const PAGE_SEARCH = async ([term, filters]: [string | null, unknown]) => {
	const pf = (await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string)) as {
		search: (t: string | null, o?: object) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
	};
	const t0 = performance.now();
	const found = await pf.search(term, filters ? { filters } : {});
	await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
	return { ms: performance.now() - t0, results: found.results.length };
};

interface QueryResult {
	label: string;
	query: string;
	results: number;
	/** Fresh context: Pagefind loaded as the search page does, then this query (API). */
	coldLoadMs: number;
	coldLoadBytes: number;
	coldSearchMs: number;
	coldSearchBytes: number;
	coldBytesByKind: Record<string, number>;
	/** Fresh context: /search/?q=… opened, until its status line shows the result (UI, from navigation start). */
	coldUiMs: number;
	coldUiBytes: number;
	coldUiPagefindBytes: number;
	coldUiBytesByKind: Record<string, number>;
	/** One page, after its first search: this query for the first time, then again. */
	warmFirstMs: number;
	warmFirstBytes: number;
	warmRepeatMs: number;
}

const SETTLED_SCRIPT = `(() => {
	const check = () => {
		if (window.__benchSettled !== undefined) return;
		const form = document.getElementById('search-form');
		const status = document.getElementById('search-status');
		if (form && status && !form.hasAttribute('aria-busy') && /\\d|Nothing|not available/.test(status.textContent || '')) {
			window.__benchSettled = performance.now();
			window.__benchStatus = status.textContent;
		}
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();`;

async function settle(page: Page, timeout = 120_000): Promise<void> {
	await page.waitForFunction(() => (window as unknown as { __benchSettled?: number }).__benchSettled !== undefined, undefined, { timeout, polling: 50 });
}

async function searchBench(browser: Browser, base: string, root: string, queries: readonly Query[]): Promise<{ queries: QueryResult[]; warmPageLoad: { ms: number; bytes: number; bytesByKind: Record<string, number> } }> {
	const results: QueryResult[] = [];
	const fresh = async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const net = watchNetwork(context, root);
		return { context, page, net };
	};
	const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

	// Cold, API: a page without Pagefind (/about/), then Pagefind loaded as the search page does, then the query.
	const cold: Omit<QueryResult, 'warmFirstMs' | 'warmFirstBytes' | 'warmRepeatMs' | 'coldUiMs' | 'coldUiBytes' | 'coldUiPagefindBytes' | 'coldUiBytesByKind'>[] = [];
	for (const query of queries) {
		const { context, page, net } = await fresh();
		await page.goto(`${base}/about/`, { waitUntil: 'load' });
		await pause(100);
		net.reset();
		const loadMs = await page.evaluate(PAGE_LOAD_PAGEFIND);
		await pause(100);
		const loadEntries = await net.entries();
		net.reset();
		const found = await page.evaluate(PAGE_SEARCH, [query.term, query.filters ?? null] as [string | null, unknown]);
		await pause(100);
		const searchEntries = await net.entries();
		cold.push({
			label: query.label,
			query: query.url,
			results: found.results,
			coldLoadMs: round(loadMs),
			coldLoadBytes: sum(bytesByKind(loadEntries)),
			coldSearchMs: round(found.ms),
			coldSearchBytes: sum(bytesByKind(searchEntries)),
			coldBytesByKind: bytesByKind([...loadEntries, ...searchEntries]),
		});
		await context.close();
	}

	// Cold, UI: /search/?q=… in a fresh context, until the status line reports the results.
	const ui: Pick<QueryResult, 'coldUiMs' | 'coldUiBytes' | 'coldUiPagefindBytes' | 'coldUiBytesByKind'>[] = [];
	for (const query of queries) {
		const { context, page, net } = await fresh();
		await page.addInitScript(SETTLED_SCRIPT);
		await page.goto(`${base}${query.url}`, { waitUntil: 'commit' });
		await settle(page);
		const ms = await page.evaluate(() => (window as unknown as { __benchSettled: number }).__benchSettled);
		await pause(300);
		const kinds = bytesByKind(await net.entries());
		ui.push({ coldUiMs: round(ms), coldUiBytes: sum(kinds), coldUiPagefindBytes: sum(kinds, ['pagefind.js', 'meta', 'wasm', 'entry', 'filter', 'index', 'fragment', 'other']), coldUiBytesByKind: kinds });
		await context.close();
	}

	// Warm: one search page; after its own first search, each query once, then each again.
	const { context, page, net } = await fresh();
	await page.addInitScript(SETTLED_SCRIPT);
	await page.goto(`${base}/search/`, { waitUntil: 'commit' });
	await settle(page);
	const warmLoadMs = await page.evaluate(() => (window as unknown as { __benchSettled: number }).__benchSettled);
	await pause(300);
	const loaded = bytesByKind(await net.entries());
	const warmPageLoad = { ms: round(warmLoadMs), bytes: sum(loaded), bytesByKind: loaded };
	const warmFirst: { ms: number; bytes: number }[] = [];
	for (const query of queries) {
		net.reset();
		const found = await page.evaluate(PAGE_SEARCH, [query.term, query.filters ?? null] as [string | null, unknown]);
		await pause(100);
		warmFirst.push({ ms: round(found.ms), bytes: sum(bytesByKind(await net.entries())) });
	}
	const warmRepeat: number[] = [];
	for (const query of queries) {
		const found = await page.evaluate(PAGE_SEARCH, [query.term, query.filters ?? null] as [string | null, unknown]);
		warmRepeat.push(round(found.ms));
	}
	await context.close();

	queries.forEach((_, i) => {
		const c = cold[i];
		const u = ui[i];
		const w = warmFirst[i];
		if (!c || !u || !w) return;
		results.push({ ...c, ...u, warmFirstMs: w.ms, warmFirstBytes: w.bytes, warmRepeatMs: warmRepeat[i] ?? 0 });
	});
	return { queries: results, warmPageLoad };
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}

function searchSummary(queries: readonly QueryResult[]) {
	const col = (pick: (q: QueryResult) => number) => ({ p50: round(median(queries.map(pick))), p95: round(quantile(queries.map(pick), 0.95)), max: round(Math.max(...queries.map(pick))) });
	return {
		coldLoadMs: col((q) => q.coldLoadMs),
		coldLoadKb: col((q) => q.coldLoadBytes / 1024),
		coldFirstSearchMs: col((q) => q.coldSearchMs),
		coldFirstSearchKb: col((q) => q.coldSearchBytes / 1024),
		coldLoadPlusSearchKb: col((q) => (q.coldLoadBytes + q.coldSearchBytes) / 1024),
		coldUiMs: col((q) => q.coldUiMs),
		coldUiKb: col((q) => q.coldUiBytes / 1024),
		coldUiPagefindKb: col((q) => q.coldUiPagefindBytes / 1024),
		warmFirstMs: col((q) => q.warmFirstMs),
		warmFirstKb: col((q) => q.warmFirstBytes / 1024),
		warmRepeatMs: col((q) => q.warmRepeatMs),
	};
}

// ——— Profile ———

interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
	samples?: number[];
	timeDeltas?: number[];
	startTime: number;
	endTime: number;
}

/** Self time by file and by function, from the .cpuprofile files of a build (largest profile = the build). */
export function summariseProfiles(dir: string, top = 25): { totalS: number; byPackage: [string, number][]; byFile: [string, number][]; byFunction: [string, number][] } {
	const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
	const byPackage = new Map<string, number>();
	const byFile = new Map<string, number>();
	const byFunction = new Map<string, number>();
	let total = 0;
	for (const file of files) {
		const profile = JSON.parse(readFileSync(join(dir, file), 'utf-8')) as CpuProfile;
		const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
		const samples = profile.samples ?? [];
		const deltas = profile.timeDeltas ?? [];
		samples.forEach((id, i) => {
			const node = nodes.get(id);
			const us = deltas[i] ?? 0;
			if (!node) return;
			total += us;
			const url = node.callFrame.url.replace(/^file:\/\//, '').replace(projectRoot, '');
			const pkg = url === '' ? `(${node.callFrame.functionName || 'native'})` : /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.startsWith('node:') ? 'node:internal' : url.includes('/dist/') || url.includes('chunks/') ? 'built site code (dist chunks)' : url.split('/').slice(0, 2).join('/'));
			byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
			byFile.set(url || '(native)', (byFile.get(url || '(native)') ?? 0) + us);
			const fn = `${node.callFrame.functionName || '(anonymous)'} ${url ? `${url}:${node.callFrame.lineNumber + 1}` : ''}`;
			byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
		});
	}
	const topOf = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, Math.round(v / 1e4) / 100] as [string, number]);
	return { totalS: Math.round(total / 1e4) / 100, byPackage: topOf(byPackage), byFile: topOf(byFile), byFunction: topOf(byFunction) };
}

// ——— Main ———

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
			'skip-incremental': { type: 'boolean', default: false },
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
		console.log('Usage: npm run bench -- [--sizes 1000,10000] [--skip-bare] [--only-search] [--skip-incremental] [--skip-photo-cost] [--profile] [--work DIR] [--json FILE]');
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
		const images = result.phases.imagesS ?? 0;
		report.photoCost = {
			photos,
			transforms: result.phases.imageTransforms,
			transformsPerPhoto: round((result.phases.imageTransforms ?? 0) / photos),
			imagesPhaseS: images,
			secondsPerPhoto: Math.round((images / photos) * 1000) / 1000,
			projected20kPhotosMin: Math.round((images / photos) * 20000 / 60),
			build: result,
		};
		console.log(`  ${photos} photos → ${result.phases.imageTransforms} optimised images in ${fmt(images)} s: ${(images / photos).toFixed(2)} s per photo (20,000 photos ≈ ${Math.round((images / photos) * 20000 / 60)} min)`);
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
				if (!values['skip-incremental']) {
					const inc = { ASTRO_INCREMENTAL: '1' };
					size.builds.push(await site('incremental, first', inc));
					size.builds.push(await site('incremental, no change', inc));
					addOnePass(catalog, 2);
					size.builds.push(await site('incremental +1 pass', inc));
					save();
					// Leave dist/ as a normal build made it, for the search measurements.
					size.builds.push(await site('warm (after incremental)'));
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
					if (coldSite && warmSite) {
						size.ratios = {
							coldWall: round(coldSite.wallS / cold.wallS),
							warmWall: round(warmSite.wallS / warm.wallS),
							warmCpu: round(warmSite.cpuS / warm.cpuS),
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
			console.log(`\nProfile: warm build of N=${n} under --cpu-prof`);
			const result = await build({ label: `N=${n} warm --cpu-prof`, root: projectRoot, outDir: join(work, `dist-${n}`), env: { CONTENT_DIR: dir }, logDir, nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profileDir] });
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
	const rows: string[][] = [['build', 'wall s', 'CPU s', 'peak RSS MB', 'sync s', 'render s', 'images s', 'index s', 'pages', 'load']];
	const all = [...size.builds, ...(size.bare ? [size.bare.cold, size.bare.warm] : [])];
	for (const b of all) {
		const p = b.phases;
		rows.push([b.label, fmt(b.wallS), fmt(b.cpuS), String(b.peakTreeRssMb), fmt(p.contentSyncS), fmt(p.renderS), fmt(p.imagesS), fmt(p.searchIndexS), String(p.pagesBuilt ?? ''), `${b.loadBefore}→${b.loadAfter}`]);
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
		console.log(`    search page load: ${s.warmPageLoad.ms} ms, ${(s.warmPageLoad.bytes / 1024).toFixed(0)} kB ${JSON.stringify(Object.fromEntries(Object.entries(s.warmPageLoad.bytesByKind).map(([k, v]) => [k, Math.round(v / 1024)])))}`);
		for (const q of s.queries) {
			console.log(`    ${q.label.padEnd(20)} ${String(q.results).padStart(6)} results  cold ${String(q.coldSearchMs).padStart(6)} ms ${(q.coldSearchBytes / 1024).toFixed(0).padStart(5)} kB  UI ${String(q.coldUiMs).padStart(6)} ms ${(q.coldUiBytes / 1024).toFixed(0).padStart(5)} kB  warm ${String(q.warmFirstMs).padStart(6)} ms ${(q.warmFirstBytes / 1024).toFixed(0).padStart(5)} kB  repeat ${q.warmRepeatMs} ms`);
		}
	}
}

process.exitCode = await main(process.argv.slice(2));
