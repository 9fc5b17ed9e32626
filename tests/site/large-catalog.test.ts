/**
 * Builds a generated catalog of 300 passes (the benchmark's generator) and checks what only a
 * large catalog shows: long pass lists of printers, types, bands and tours split into pages with
 * one search result each; the timeline's bounded chart; the contribute form's data fetched per band.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../scripts/bench/generate-catalog.ts';
import { checkLinks } from '../../scripts/check-links.ts';
import { PAGE_SIZE } from '../../src/consts.ts';
import { todayIso } from '../../src/lib/band-status.ts';
import { buildCatalog } from '../../src/lib/catalog-model.ts';
import { CHART_TOURS_PER_DECADE, toursForChart } from '../../src/lib/chart-tours.ts';
import { type ContributeBand, passSlugShard, passSlugShardCount } from '../../src/lib/contribute-data.ts';
import { decadeOf } from '../../src/lib/fuzzy-date.ts';
import { readCatalogFiles } from '../../src/lib/read-catalog-files.ts';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';

const PASSES = 300;
const work = mkdtempSync(join(tmpdir(), 'large-catalog-'));
const content = join(work, 'content');
const outDir = join(work, 'dist');
let catalog: ReturnType<typeof buildCatalog>;

beforeAll(async () => {
	await generateCatalog({ passes: PASSES, out: content, photoPool: 4 });
	const files = readCatalogFiles(content, projectRoot);
	catalog = buildCatalog({ ...files, today: todayIso() });
	const result = astroBuild({ contentDir: content, outDir });
	if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const html = (url: string) => readFileSync(join(outDir, url, 'index.html'), 'utf-8');
const cardLinks = (page: string) => [...page.matchAll(/<article class="card">[\s\S]*?<a href="([^"]+)"/g)].map((m) => m[1]);
const htmlFiles = (dir = outDir): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

describe('a catalog of 300 passes', () => {
	it('splits long pass lists of printers, types, bands and tours into pages, each with the right passes', () => {
		const lists = [
			...catalog.printers.map((r) => ({ url: r.url, title: r.name, passes: r.passes })),
			...catalog.passTypes.map((r) => ({ url: r.url, title: `${r.name} passes`, passes: r.passes })),
			...catalog.bands.map((r) => ({ url: r.url, title: r.name, passes: r.passes })),
			...catalog.tours.map((r) => ({ url: r.url, title: r.name, passes: r.passes })),
		];
		const long = lists.filter((l) => l.passes.length > PAGE_SIZE);
		// Every kind of record must have a long list, or this test proves nothing for it.
		for (const kind of ['/printers/', '/pass-types/', '/bands/', '/tours/']) expect(long.some((l) => l.url.startsWith(kind)), kind).toBe(true);
		for (const { url, title, passes } of lists) {
			const pages = Math.max(1, Math.ceil(passes.length / PAGE_SIZE));
			for (let n = 1; n <= pages; n++) {
				const pageUrl = n === 1 ? url : `${url}page/${n}/`;
				const page = html(pageUrl);
				expect(cardLinks(page), pageUrl).toEqual(passes.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE).map((p) => p.url));
				if (pages > 1) {
					const shown = passes.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE).length;
					expect(page, pageUrl).toContain(`Showing ${(n - 1) * PAGE_SIZE + 1}–${(n - 1) * PAGE_SIZE + shown} of ${passes.length} passes`);
					expect(page.includes('rel="prev"'), pageUrl).toBe(n > 1);
					expect(page.includes('rel="next"'), pageUrl).toBe(n < pages);
					expect(page, pageUrl).toContain(`<span aria-current="page">${n}</span>`);
				}
				if (n > 1) {
					const escaped = title.replace(/&/g, '&amp;');
					expect(page, pageUrl).toContain(`<h1>${escaped}, page ${n}</h1>`);
					expect(page, pageUrl).toContain(`<a href="${url}">${escaped}</a>`);
					expect(page, pageUrl).toContain(`<a href="${n === 2 ? url : `${url}page/${n - 1}/`}" rel="prev">`);
					// Light: no intro, no sources, nothing for the search index.
					expect(page, pageUrl).not.toContain('data-pagefind-body');
					expect(page, pageUrl).not.toContain('class="facts"');
					expect(page, pageUrl).not.toContain('<h2>Sources</h2>');
				}
			}
			expect(existsSync(join(outDir, url, 'page', String(pages + 1))), url).toBe(false);
			if (pages === 1) expect(existsSync(join(outDir, url, 'page')), url).toBe(false);
		}
	});

	it('keeps the record’s facts on page 1, which alone is a search result', () => {
		const printer = [...catalog.printers].sort((a, b) => b.passes.length - a.passes.length)[0];
		if (!printer) throw new Error('no printers');
		const first = html(printer.url);
		expect(first).toContain('data-pagefind-body');
		expect(first).toContain('How to recognise its passes');
		expect(first).toContain('<h2>Sources</h2>');
		const indexed = htmlFiles().filter((f) => readFileSync(f, 'utf-8').includes('data-pagefind-body'));
		expect(indexed.length).toBe(catalog.passes.length + catalog.bands.length + catalog.tours.length + catalog.passTypes.length + catalog.printers.length);
	});

	it('draws a bounded number of tours on the timeline, and counts passes by year', () => {
		const page = html('timeline');
		const drawn = toursForChart(catalog.tours);
		expect(drawn.length).toBeLessThan(catalog.tours.length);
		const perDecade = Map.groupBy(drawn, (t) => decadeOf(t.start.year));
		for (const tours of perDecade.values()) expect(tours.length).toBeLessThanOrEqual(CHART_TOURS_PER_DECADE);
		expect([...page.matchAll(/class="tour-bar"/g)].length).toBe(drawn.length);
		for (const tour of drawn) expect(page).toContain(`<a href="${tour.url}">`);
		expect(page).toContain(`${drawn.length} of ${catalog.tours.length} tours`);
		const counts = [...page.matchAll(/<dd><a href="\/search\/\?year=(\d+)">(\d+) pass(?:es)?<\/a><\/dd>/g)];
		expect(counts.reduce((n, [, , c]) => n + Number(c), 0)).toBe(PASSES);
		for (const [, year, count] of counts) expect(Number(count)).toBe(catalog.passes.filter((p) => p.year === Number(year)).length);
		expect(page).not.toMatch(/href="\/passes\/[^"]+\/"/);
		expect(page).toContain('href="/browse/decade/');
	});

	it('lets the contribute form fetch each band’s tours and the taken slugs, instead of embedding them', () => {
		const page = html('contribute');
		const data = JSON.parse(/<script type="application\/json" id="contribute-data">([^<]*)<\/script>/.exec(page)?.[1] ?? 'null') as Record<string, unknown>;
		expect(Object.keys(data).sort()).toEqual(['passSlugShards', 'passTypes', 'printers', 'repository']);
		for (const tour of catalog.tours) expect(page).not.toContain(`"${tour.id}"`);
		for (const band of catalog.bands) {
			const file = JSON.parse(readFileSync(join(outDir, 'contribute/bands', `${band.id}.json`), 'utf-8')) as ContributeBand;
			expect(file.band.id).toBe(band.id);
			expect(file.band.data.formed).toBe(band.entry.data.formed);
			expect(file.tours.map((t) => t.entry.id)).toEqual(band.tours.map((t) => t.id));
			expect(file.tours.every((t, i) => t.entry.data.start === band.tours[i]?.entry.data.start)).toBe(true);
		}
		const shards = passSlugShardCount(PASSES);
		expect(data['passSlugShards']).toBe(shards);
		expect(shards).toBeGreaterThan(1);
		const all: string[] = [];
		for (let shard = 0; shard < shards; shard++) {
			const slugs = JSON.parse(readFileSync(join(outDir, 'contribute/pass-slugs', `${shard}.json`), 'utf-8')) as string[];
			for (const slug of slugs) expect(passSlugShard(slug, shards)).toBe(shard);
			all.push(...slugs);
		}
		expect(all.sort()).toEqual(catalog.passes.map((p) => p.id).sort());
	});

	it('has no broken internal link', () => {
		// The guides are copied from the real catalog and link to its passes, which are not here.
		expect(checkLinks(outDir).broken.filter((link) => !link.startsWith('/guides/'))).toEqual([]);
	});
});
