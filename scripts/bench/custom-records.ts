/**
 * Could the search index be built from records instead of pages (Pagefind's `addCustomRecord`)?
 * `node scripts/bench/custom-records.ts <built dist> [--queries q1,q2,…]`
 *
 * Builds two indexes of one built site: Pagefind's own, from the HTML (as `npm run build` does),
 * and one from records holding exactly what Pagefind took from each page — its text, metadata,
 * filters and sort keys, read back from the first index and the pages — the best any records made
 * from the catalog model could do. Then runs the same searches (words, filters, sorts) on both in
 * Chromium and compares result URLs, order and counts, and times both ways of indexing.
 * Writes `<dist>/pagefind-records/`; leaves `<dist>/pagefind/` as the HTML index.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';
import { indexSite } from '../index-search.ts';

interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	anchors: unknown[];
}

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/bench/custom-records.ts <dist>');
const queryArg = process.argv.indexOf('--queries');
const words = queryArg > 0 ? (process.argv[queryArg + 1] ?? '').split(',') : ['nirvana', 'laminate', 'all access', 'tour', 'signed', '1993', 'wembley', 'crew', 'hologram', 'sticky'];

const html = await indexSite(dist);
const fragments: Fragment[] = readdirSync(join(dist, 'pagefind', 'fragment')).map(
	(f) => JSON.parse(gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', f))).toString('utf-8').replace(/^pagefind_dcd/, '')) as Fragment,
);
const sortsOf = (url: string): Record<string, string> => {
	const page = readFileSync(join(dist, url, 'index.html'), 'utf-8');
	return Object.fromEntries([...page.matchAll(/data-pagefind-sort="([^"]+)">([^<]*)</g)].map((m) => [m[1] ?? '', m[2] ?? '']));
};
const records = fragments.map((f) => ({ url: f.url, content: f.content, language: 'en', meta: f.meta, filters: f.filters, sort: sortsOf(f.url) }));

const started = performance.now();
const { index } = await createIndex({ forceLanguage: 'en' });
if (!index) throw new Error('no index');
for (const record of records) {
	const added = await index.addCustomRecord(record);
	if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
}
await index.writeFiles({ outputPath: join(dist, 'pagefind-records') });
await close();
const recordsMs = Math.round(performance.now() - started);
console.log(`HTML index: ${html.pages} pages in ${html.ms} ms; records index: ${records.length} records in ${recordsMs} ms`);
console.log(`pages with anchors (sub-results) in the HTML index: ${fragments.filter((f) => f.anchors.length > 0).length} of ${fragments.length}`);

const searches: { query: string | null; options: Record<string, unknown> }[] = [
	...words.map((query) => ({ query, options: {} })),
	{ query: null, options: { filters: { type: 'All access' }, sort: { date: 'asc' } } },
	{ query: 'tour', options: { filters: { decade: '1990s' } } },
	{ query: 'laminate', options: { sort: { added: 'desc' } } },
];
const browser = await launchChromium();
const server = await serveStatic(dist);
try {
	const page = await browser.newPage();
	await page.goto(`${server.url}/404.html`);
	const run = (base: string) =>
		page.evaluate(
			async ({ base, searches }) => {
				const pf = (await import(/* @vite-ignore */ `${base}/pagefind.js`)) as {
					search: (q: string | null, o: unknown) => Promise<{ results: { score: number; data: () => Promise<{ url: string; meta: Record<string, string>; sub_results: unknown[] }> }[] }>;
				};
				const out = [];
				for (const { query, options } of searches) {
					const found = await pf.search(query, options);
					const data = await Promise.all(found.results.map(async (r) => ({ score: r.score, ...(await r.data()) })));
					out.push(data.map((d) => ({ url: d.url, score: Math.round(d.score * 1000) / 1000, meta: JSON.stringify(d.meta), subResults: d.sub_results.length })));
				}
				return out;
			},
			{ base, searches },
		);
	const a = await run('/pagefind');
	const b = await run('/pagefind-records');
	let same = 0;
	searches.forEach((s, i) => {
		const left = a[i] ?? [];
		const right = b[i] ?? [];
		const urls = (x: typeof left) => x.map((r) => r.url).join(' ');
		const identical = urls(left) === urls(right) && left.every((r, k) => r.meta === right[k]?.meta && r.subResults === right[k]?.subResults);
		if (identical) same++;
		const firstDiff = left.findIndex((r, k) => r.url !== right[k]?.url);
		console.log(`${identical ? 'same     ' : 'DIFFERENT'} ${JSON.stringify(s.query)} ${JSON.stringify(s.options)}: ${left.length} vs ${right.length} results` +
			(identical ? '' : `; first different rank ${firstDiff} (${left[firstDiff]?.url} ${left[firstDiff]?.score} vs ${right[firstDiff]?.url} ${right[firstDiff]?.score}); sub-results ${left.reduce((n, r) => n + r.subResults, 0)} vs ${right.reduce((n, r) => n + r.subResults, 0)}`));
	});
	console.log(`${same} of ${searches.length} searches identical`);
} finally {
	await server.close();
	await browser.close();
}
