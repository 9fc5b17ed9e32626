/** The size of a built site: files, pages, the search index and images. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DistStats {
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

export function walk(dir: string): { path: string; bytes: number }[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => {
			const path = join(d.parentPath, d.name);
			return { path, bytes: statSync(path).size };
		});
}

export function median(values: readonly number[]): number {
	return quantile(values, 0.5);
}

export function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (pos - lo);
}

export function distStats(dist: string): DistStats {
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
