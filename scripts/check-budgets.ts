/**
 * `npm run check:budgets` — after a build, page weight stays within what the catalog promises:
 *   - a pass page's HTML + CSS ≤ 30 kB compressed (gzip);
 *   - no script file on pages without a gallery, search, the submission form or the collection (only the
 *     header's inline "/" shortcut, ≤ 1 kB);
 *   - the gallery's script ≤ 10 kB compressed;
 *   - pages with pass cards may load only the cards' Own/Want toggles (My collection), ≤ 4 kB, and
 *     with filters over their list (PassFilters) the filter sheet too, ≤ 6 kB (filtering itself
 *     loads when a box is ticked);
 *   - no page loads more than 100 kB of compressed JavaScript up front (scripts and the modules
 *     they import). Code a page fetches later, on demand, is listed separately.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { decodeAttribute, htmlFiles, urlOfFile } from './lib/dist-files.ts';

const KB = 1024;
export const BUDGETS = { passPageHtmlCss: 30 * KB, inlineScript: 1 * KB, gallery: 10 * KB, cardToggles: 4 * KB, cardsWithFilters: 6 * KB, pageJs: 100 * KB } as const;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export interface PageWeight {
	url: string;
	htmlCss: number;
	js: number;
	/** The page shows pass cards with My collection toggles. */
	cardToggles: boolean;
	/** The page's list of passes has filters (PassFilters.astro). */
	passFilters: boolean;
	inlineJs: number;
	scripts: string[];
	lazy: string[];
}

/** A module script and every chunk it imports statically; dynamic imports are "lazy". */
function moduleClosure(dist: string, src: string, seen: Set<string>, lazy: Set<string>): void {
	if (seen.has(src)) return;
	const file = join(dist, src);
	if (!existsSync(file)) return;
	seen.add(src);
	const code = readFileSync(file, 'utf-8');
	for (const [, spec = ''] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{},\s$]+from\s*)?["'`]([^"'`]+)["'`]/g)) {
		moduleClosure(dist, new URL(spec, `http://x${src}`).pathname, seen, lazy);
	}
	for (const [, spec = ''] of code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) lazy.add(new URL(spec, `http://x${src}`).pathname);
}

export function weighPages(dist: string): PageWeight[] {
	const size = new Map<string, number>();
	const gzOf = (src: string) => {
		let n = size.get(src);
		if (n === undefined) {
			n = gz(readFileSync(join(dist, src)));
			size.set(src, n);
		}
		return n;
	};
	return htmlFiles(dist).map((file) => {
		const html = readFileSync(file, 'utf-8');
		const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href = '']) => readFileSync(join(dist, decodeAttribute(href))));
		// Data blocks (JSON, JSON-LD) are not run: they are not JavaScript.
		const scriptTags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs = '']) => !/type="application\/(ld\+)?json"/.test(attrs));
		const external = scriptTags.flatMap(([, attrs = '']) => /src="([^"]+)"/.exec(attrs)?.[1] ?? []);
		const inline = scriptTags.filter(([, attrs = '']) => !/src=/.test(attrs)).map(([, , body = '']) => body);
		const seen = new Set<string>();
		const lazy = new Set<string>();
		for (const src of external) moduleClosure(dist, src, seen, lazy);
		for (const src of seen) lazy.delete(src);
		return {
			url: urlOfFile(dist, file),
			htmlCss: gz(html) + css.reduce((n, c) => n + gz(c), 0),
			js: [...seen].reduce((n, src) => n + gzOf(src), 0),
			cardToggles: html.includes('data-card-collection'),
			passFilters: html.includes('data-pass-filters'),
			inlineJs: inline.reduce((n, body) => n + gz(body), 0),
			scripts: [...seen],
			lazy: [...lazy],
		};
	});
}

export function checkBudgets(dist: string): { pages: PageWeight[]; failures: string[] } {
	const pages = weighPages(dist);
	const failures: string[] = [];
	const kb = (n: number) => `${(n / KB).toFixed(1)} kB`;
	for (const page of pages) {
		const isPass = /^\/passes\/[^/]+\/$/.test(page.url) && !/^\/passes\/(newest|added|page)\//.test(page.url);
		// Tour pages with pass sets show the collector's progress through them.
		const isTour = /^\/tours\/[^/]+\/$/.test(page.url);
		const mayHaveJs = isPass || isTour || ['/search/', '/contribute/', '/collection/', '/collection/shared/', '/compare/'].includes(page.url);
		if (isPass && page.htmlCss > BUDGETS.passPageHtmlCss) failures.push(`${page.url}: HTML + CSS ${kb(page.htmlCss)} > ${kb(BUDGETS.passPageHtmlCss)}`);
		const cardsBudget = page.passFilters ? BUDGETS.cardsWithFilters : BUDGETS.cardToggles;
		if (!mayHaveJs && page.cardToggles && page.js > cardsBudget) failures.push(`${page.url}: ${kb(page.js)} of JavaScript > ${kb(cardsBudget)} — pages with pass cards load only the cards' collection toggles${page.passFilters ? ' and the filter sheet' : ''}`);
		if (!mayHaveJs && !page.cardToggles && page.scripts.length > 0) failures.push(`${page.url}: loads ${page.scripts.join(', ')} — pages without gallery or search ship no script file`);
		if (page.inlineJs > BUDGETS.inlineScript) failures.push(`${page.url}: inline script ${kb(page.inlineJs)} > ${kb(BUDGETS.inlineScript)}`);
		if (page.js > BUDGETS.pageJs) failures.push(`${page.url}: ${kb(page.js)} of JavaScript up front > ${kb(BUDGETS.pageJs)}`);
		const gallery = page.scripts.filter((s) => s.includes('PassGallery'));
		for (const src of gallery) {
			const n = gz(readFileSync(join(dist, src)));
			if (n > BUDGETS.gallery) failures.push(`${page.url}: gallery script ${kb(n)} > ${kb(BUDGETS.gallery)}`);
		}
	}
	return { pages, failures };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const dist = resolve(fileURLToPath(new URL('../', import.meta.url)), process.argv[2] ?? 'dist');
	const { pages, failures } = checkBudgets(dist);
	const kb = (n: number) => `${(n / KB).toFixed(1)} kB`;
	const max = (list: PageWeight[], key: 'htmlCss' | 'js') => list.reduce((a, b) => (b[key] > a[key] ? b : a), list[0] as PageWeight);
	const passes = pages.filter((p) => /^\/passes\/[^/]+\/$/.test(p.url));
	const heaviest = max(pages, 'js');
	const fattest = max(passes, 'htmlCss');
	console.log(`pages: ${pages.length}`);
	console.log(`heaviest pass page (HTML + CSS, gzip): ${fattest.url} ${kb(fattest.htmlCss)} (budget ${kb(BUDGETS.passPageHtmlCss)})`);
	console.log(`most JavaScript up front (gzip): ${heaviest.url} ${kb(heaviest.js)} (budget ${kb(BUDGETS.pageJs)})`);
	for (const page of pages.filter((p) => p.js > 0 || p.lazy.length > 0)) {
		const lazy = page.lazy.length ? `; on demand: ${page.lazy.map((s) => `${s.split('/').pop()} ${kb(gz(readFileSync(join(dist, s))))}`).join(', ')}` : '';
		if (page.url === '/search/' || page.url === '/contribute/' || page.url === '/collection/' || page.url === '/collection/shared/' || page.url === '/passes/' || page === passes[0]) console.log(`  ${page.url}: ${kb(page.js)} up front${lazy}`);
	}
	console.log(`inline script per page (gzip): at most ${kb(Math.max(...pages.map((p) => p.inlineJs)))} (budget ${kb(BUDGETS.inlineScript)})`);
	for (const failure of failures) console.log(`✗ ${failure}`);
	console.log(failures.length === 0 ? '✓ every page is within budget' : `✗ ${failures.length} over budget`);
	process.exitCode = failures.length > 0 ? 1 : 0;
}
