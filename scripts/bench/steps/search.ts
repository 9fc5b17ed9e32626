/** Search in Chromium: representative queries, cold and warm, bytes from the DevTools protocol, latency measured in the page. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { type GeneratedCatalog } from '../generate-catalog.ts';
import { median, quantile } from './dist-stats.ts';

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

/**
 * In the page: the reader's next search on a search page that has loaded — the words put in the
 * box and the form submitted, timed until the page's status line reports them (the page's own
 * Pagefind, in its worker, and the result cards drawn). Only for queries with words.
 */
const PAGE_TYPED_SEARCH = async (term: string) => {
	const form = document.getElementById('search-form') as HTMLFormElement;
	const input = document.getElementById('search-query') as HTMLInputElement;
	const status = document.getElementById('search-status') as HTMLElement;
	const before = status.textContent;
	const t0 = performance.now();
	// Settled when the status line has changed and says what was found (a typo is reported under its correction).
	const done = new Promise<void>((resolve, reject) => {
		const observer = new MutationObserver(() => {
			const text = status.textContent ?? '';
			if (!form.hasAttribute('aria-busy') && text !== before && /\d|Nothing|not available/.test(text)) {
				observer.disconnect();
				resolve();
			}
		});
		observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
		setTimeout(() => reject(new Error(`no results shown for “${term}” within 30 s`)), 30_000);
	});
	input.value = term;
	form.requestSubmit();
	await done;
	return performance.now() - t0;
};

export interface QueryResult {
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
	/** One loaded search page (its own worker): this query typed and submitted, until the page shows it; bytes fetched for it. */
	typedMs?: number;
	typedBytes?: number;
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

export async function searchBench(browser: Browser, base: string, root: string, queries: readonly Query[]): Promise<{ queries: QueryResult[]; warmPageLoad: { ms: number; bytes: number; bytesByKind: Record<string, number> } }> {
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

	// Typed: a fresh search page, loaded and settled; each query with words typed once, as a reader would.
	const typed = new Map<number, { ms: number; bytes: number }>();
	{
		const { context, page, net } = await fresh();
		await page.addInitScript(SETTLED_SCRIPT);
		await page.goto(`${base}/search/`, { waitUntil: 'commit' });
		await settle(page);
		await pause(300);
		for (const [i, query] of queries.entries()) {
			if (!query.term) continue;
			net.reset();
			const ms = await page.evaluate(PAGE_TYPED_SEARCH, query.term);
			await pause(100);
			typed.set(i, { ms: round(ms), bytes: sum(bytesByKind(await net.entries())) });
		}
		await context.close();
	}

	queries.forEach((_, i) => {
		const c = cold[i];
		const u = ui[i];
		const w = warmFirst[i];
		if (!c || !u || !w) return;
		const t = typed.get(i);
		results.push({ ...c, ...u, warmFirstMs: w.ms, warmFirstBytes: w.bytes, warmRepeatMs: warmRepeat[i] ?? 0, ...(t ? { typedMs: t.ms, typedBytes: t.bytes } : {}) });
	});
	return { queries: results, warmPageLoad };
}

export function round(n: number): number {
	return Math.round(n * 10) / 10;
}

export function searchSummary(queries: readonly QueryResult[]) {
	const colOf = (values: readonly number[]) => ({ p50: round(median(values)), p95: round(quantile(values, 0.95)), max: round(Math.max(...values)) });
	const col = (pick: (q: QueryResult) => number) => colOf(queries.map(pick));
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
		typedMs: colOf(queries.flatMap((q) => (q.typedMs === undefined ? [] : [q.typedMs]))),
		typedKb: colOf(queries.flatMap((q) => (q.typedBytes === undefined ? [] : [q.typedBytes / 1024]))),
	};
}
