/** One measured build, as `npm run build` runs it (astro build, then the search index): times, memory, phases from Astro's log. */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { cacheDirFor } from '../../../src/content-dir.ts';
import { astroBin, projectRoot } from './paths.ts';
import { sampleTree, type TreeSampler } from './process-tree.ts';

interface Phases {
	startupS?: number;
	contentSyncS?: number;
	typesS?: number;
	viteS?: number;
	renderS?: number;
	/** The photo step inside content sync: checking photos and encoding derivatives not yet cached. */
	photosS?: number;
	searchIndexS?: number;
	/** The index was copied from the last build's (no page changed). */
	searchIndexReused?: boolean;
	pagesBuilt?: number;
	/** Photos encoded by this build (each once, ever), and the derivative files written for them. */
	photosEncoded?: number;
	derivativesWritten?: number;
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
function parseDuration(text: string): number | undefined {
	const m = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?$/.exec(text.trim());
	const ms = /^([\d.]+)ms$/.exec(text.trim());
	if (ms) return Number(ms[1]) / 1000;
	if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
	return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

/** Phase times from Astro's log lines, each with its arrival time (ms since the build started). */
function parsePhases(lines: readonly { t: number; text: string }[]): Phases {
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
	// "[photo-loader] 24 photo file(s): 24 checked, 24 encoded (192 derivative(s)), 0 refused, in 4.0 s"
	const photos = /(\d+) encoded \((\d+) derivative\(s\)\), \d+ refused, in ([\d.]+) s/.exec(at(/\[photo-loader\] \d+ photo file/)?.text ?? '');
	if (photos) {
		phases.photosEncoded = Number(photos[1]);
		phases.derivativesWritten = Number(photos[2]);
		phases.photosS = Number(photos[3]);
	}
	const index = lines.find((l) => /\[search-index\] (indexed|reused the index of) \d+ pages in \d+ ms/.test(l.text));
	if (index) phases.searchIndexS = Number(/in (\d+) ms/.exec(index.text)?.[1]) / 1000;
	if (index) phases.searchIndexReused = index.text.includes('reused');
	const built = lines.find((l) => /\[build\] (\d+) page\(s\) built/.test(l.text));
	if (built) phases.pagesBuilt = Number(/(\d+) page\(s\)/.exec(built.text)?.[1]);
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
		// Generated catalogs share a pool of photos between passes (ALLOW_SHARED_PHOTOS, src/data/photos.ts).
		env: { ...process.env, ALLOW_SHARED_PHOTOS: '1', ...options.env, FORCE_COLOR: '0', NO_COLOR: '1' },
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

export async function build(options: BuildOptions): Promise<BuildResult> {
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
			`(sync ${fmt(p.contentSyncS)} · render ${fmt(p.renderS)} · photos ${fmt(p.photosS)} · index ${fmt(p.searchIndexS)}; load ${result.loadBefore}→${result.loadAfter})` +
			(result.cachedPages > 0 ? ` [${result.cachedPages} pages cached]` : ''),
	);
	if (exitCode !== 0) {
		console.error(lines.slice(-40).map((l) => l.text).join('\n'));
		throw new Error(`${options.label}: the build exited with ${exitCode} (log: ${logFile})`);
	}
	return result;
}

export function fmt(n: number | undefined): string {
	return n === undefined ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(1);
}

/** The cache dir astro.config.mjs gives a CONTENT_DIR. */
export function siteCacheDir(contentDir: string): string {
	return join(projectRoot, cacheDirFor(contentDir));
}
