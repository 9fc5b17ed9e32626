/**
 * Builds a generated catalog of 300 passes (the benchmark's generator) and checks what only a
 * large catalog shows: long pass lists of printers, types, bands and tours split into pages with
 * one search result each; the timeline's bounded chart; the contribute form's data fetched per band;
 * the tour index by decade and the band index by letter, each split into pages (extra bands and
 * tours are added to the generated catalog so that both indexes need more than one page).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../scripts/bench/generate-catalog.ts';
import { checkLinks } from '../../scripts/check-links.ts';
import { PAGE_SIZE } from '../../src/consts.ts';
import { todayIso } from '../../src/lib/catalog/band-status.ts';
import { buildCatalog } from '../../src/lib/catalog/catalog-model.ts';
import { CHART_TOURS_PER_DECADE, toursForChart } from '../../src/lib/lists/chart-tours.ts';
import type { ContributeBand } from '../../src/lib/catalog/contribute-data.ts';
import { decadeOf } from '../../src/lib/dates/fuzzy-date.ts';
import { TABLE_PAGE_SIZE, bandsByLetter, groupPagePaths, groupPageUrl, letterNav, toursByDecade } from '../../src/lib/lists/letter-and-decade-groups.ts';
import { readCatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';
import { builtPages, sitemapEntries } from '../helpers/built-pages.ts';

const PASSES = 300;
const work = mkdtempSync(join(tmpdir(), 'large-catalog-'));
const content = join(work, 'content');
const outDir = join(work, 'dist');
let catalog: ReturnType<typeof buildCatalog>;

/** Bands added to the generated ones: most filed under Q (so that letter needs two pages), the rest A–Z and 0–9 but never X. */
const EXTRA_BANDS = 140;
const OTHER_LETTERS = 'ABCDEFGHIJKLMNOPRSTUVWYZ';
/** Tours added, one per extra band, all in the 1990s (so that decade needs two pages). */
function addBandsAndTours(): void {
	for (let i = 0; i < EXTRA_BANDS; i++) {
		const name = i < 110 ? `Quarry Sound ${i}` : i % 25 === 24 ? `${i} Volts` : `${OTHER_LETTERS[i % 25]}orrow Band ${i}`;
		const slug = `extra-band-${i}`;
		const band = { name, aliases: [], country: 'UK', formed: 1980, activity: [{ from: '1980' }], links: {}, sources: [{ title: `Test band ${i}`, url: `https://example.com/bands/${slug}` }] };
		writeFileSync(join(content, 'bands', `${slug}.json`), JSON.stringify(band));
		const tour = { band: slug, name: `Extra Tour ${i}`, start: `199${i % 10}`, end: `199${i % 10}`, legs: [], sources: [{ title: `Test tour ${i}`, url: `https://example.com/tours/extra-tour-${i}` }] };
		writeFileSync(join(content, 'tours', `extra-tour-${i}.json`), JSON.stringify(tour));
	}
}

beforeAll(async () => {
	await generateCatalog({ passes: PASSES, out: content, photoPool: 4 });
	addBandsAndTours();
	const files = readCatalogFiles(content, projectRoot);
	catalog = buildCatalog({ ...files, today: todayIso() });
	// The generated catalog shares a pool of photos between passes on purpose.
	const result = astroBuild({ contentDir: content, outDir, env: { ALLOW_SHARED_PHOTOS: '1' } });
	if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const html = (url: string) => readFileSync(join(outDir, url, 'index.html'), 'utf-8');
const cardLinks = (page: string) => [...page.matchAll(/<article class="pass-card"[^>]*>[\s\S]*?<a href="([^"]+)"/g)].map((m) => m[1]);
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

	it('lets the contribute form fetch each band’s tours, instead of embedding them', () => {
		const page = html('contribute');
		const data = JSON.parse(/<script type="application\/json" id="contribute-data">([^<]*)<\/script>/.exec(page)?.[1] ?? 'null') as Record<string, unknown>;
		expect(Object.keys(data).sort()).toEqual(['passTypes', 'printers', 'repository']);
		for (const tour of catalog.tours) expect(page).not.toContain(`"${tour.id}"`);
		for (const band of catalog.bands) {
			const file = JSON.parse(readFileSync(join(outDir, 'contribute/bands', `${band.id}.json`), 'utf-8')) as ContributeBand;
			expect(file.band.id).toBe(band.id);
			expect(file.band.data.formed).toBe(band.entry.data.formed);
			expect(file.tours.map((t) => t.entry.id)).toEqual(band.tours.map((t) => t.id));
			expect(file.tours.every((t, i) => t.entry.data.start === band.tours[i]?.entry.data.start)).toBe(true);
		}
		// The page grows with the number of types and printers only, never with passes.
		expect(page.length).toBeLessThan(200_000);
	});

	it('lists tours by decade: counts on /tours/, then every tour once, oldest first, at most a page of rows each', () => {
		const decades = toursByDecade(catalog.tours);
		// Without a long decade and a long catalog this test would prove nothing about pages.
		expect(catalog.tours.length).toBeGreaterThan(TABLE_PAGE_SIZE);
		expect(decades.some((d) => d.items.length > TABLE_PAGE_SIZE)).toBe(true);
		const index = html('tours');
		expect(index).toContain(`<p class="lede">${catalog.tours.length} tours, oldest first, by the decade they started in.</p>`);
		expect(index).not.toContain('<table');
		for (const d of decades) expect(index).toContain(`<a href="${d.url}">${d.label}</a> <span class="muted">(${d.items.length} tour${d.items.length === 1 ? '' : 's'})</span>`);
		const listed: string[][] = [];
		for (const d of decades) {
			const pages = Math.ceil(d.items.length / TABLE_PAGE_SIZE);
			for (let n = 1; n <= pages; n++) {
				const url = groupPageUrl(d, n);
				const page = html(url);
				const rows = [...page.matchAll(/<tr><th scope="row"><a href="([^"]+)">[^<]*<\/a><\/th><td data-label="Band"><a href="([^"]+)">[^<]*<\/a><\/td><td data-label="Dates">([^<]*)<\/td><td data-label="Passes">(\d+)<\/td><\/tr>/g)].map((m) => m.slice(1));
				const expected = d.items.slice((n - 1) * TABLE_PAGE_SIZE, n * TABLE_PAGE_SIZE).map((t) => [t.url, t.band.url, t.displayDates, String(t.passes.length)]);
				expect(rows, url).toEqual(expected);
				expect(rows.length, url).toBeLessThanOrEqual(TABLE_PAGE_SIZE);
				listed.push(...rows);
				expect(page, url).toContain(`<h1>Tours of the ${d.label}${n > 1 ? `, page ${n}` : ''}</h1>`);
				expect(page, url).toContain(`<a href="${d.url}" aria-current="page">${d.label}</a>`);
				for (const other of decades.filter((o) => o !== d)) expect(page, url).toContain(`<a href="${other.url}">${other.label}</a>`);
				expect(page, url).toContain('<a href="/tours/">Tours</a>');
				expect(page.includes('rel="prev"'), url).toBe(n > 1);
				expect(page.includes('rel="next"'), url).toBe(n < pages);
				if (pages > 1) {
					expect(page, url).toContain(`<span aria-current="page">${n}</span>`);
					expect(page, url).toContain(`Showing ${(n - 1) * TABLE_PAGE_SIZE + 1}–${(n - 1) * TABLE_PAGE_SIZE + expected.length} of ${d.items.length} tours`);
				}
			}
			expect(existsSync(join(outDir, d.url, 'page', String(pages + 1))), d.url).toBe(false);
		}
		expect(listed.map(([url]) => url)).toEqual(catalog.tours.map((t) => t.url));
		expect(readdirSync(join(outDir, 'tours/decade')).sort()).toEqual(decades.map((d) => d.key).sort());
	});

	it('lists bands by letter: a letter navigation on /bands/, then every band once, by name, at most a page of rows each', () => {
		const letters = bandsByLetter(catalog.bands);
		expect(catalog.bands.length).toBeGreaterThan(TABLE_PAGE_SIZE);
		expect(letters.some((l) => l.items.length > TABLE_PAGE_SIZE)).toBe(true);
		expect(letters[0]?.key).toBe('0-9');
		const index = html('bands');
		expect(index).not.toContain('<table');
		const nav = letterNav(letters);
		for (const l of nav) {
			if (l.url === undefined) {
				expect(index).toContain(`<li class="empty">${l.label} <span class="visually-hidden">(no bands)</span></li>`);
				expect(index).not.toContain(`href="/bands/letter/${l.key}/"`);
			} else expect(index).toContain(`<a href="${l.url}">${l.label}</a> <span class="muted">(${l.count})</span>`);
		}
		expect(nav.find((l) => l.key === 'x')?.url).toBeUndefined();
		const listed: string[] = [];
		for (const l of letters) {
			const pages = Math.ceil(l.items.length / TABLE_PAGE_SIZE);
			for (let n = 1; n <= pages; n++) {
				const url = groupPageUrl(l, n);
				const page = html(url);
				const rows = [...page.matchAll(/<tr><th scope="row"><a href="([^"]+)">[\s\S]*?<td data-label="Tours">(\d+)<\/td><td data-label="Passes">(\d+)<\/td><\/tr>/g)].map((m) => m.slice(1));
				const expected = l.items.slice((n - 1) * TABLE_PAGE_SIZE, n * TABLE_PAGE_SIZE).map((b) => [b.url, String(b.tours.length), String(b.passes.length)]);
				expect(rows, url).toEqual(expected);
				listed.push(...rows.map(([u]) => u ?? ''));
				expect(page, url).toContain(`<h1>Bands: ${l.label}${n > 1 ? `, page ${n}` : ''}</h1>`);
				expect(page, url).toContain(`<a href="${l.url}" aria-current="page">${l.label}</a>`);
				expect(page.includes('rel="next"'), url).toBe(n < pages);
				if (pages > 1) expect(page, url).toContain(`Showing ${(n - 1) * TABLE_PAGE_SIZE + 1}–${(n - 1) * TABLE_PAGE_SIZE + expected.length} of ${l.items.length} bands`);
			}
			expect(existsSync(join(outDir, l.url, 'page', String(pages + 1))), l.url).toBe(false);
		}
		expect(listed).toEqual(letters.flatMap((l) => l.items.map((b) => b.url)));
		expect(listed.sort()).toEqual(catalog.bands.map((b) => b.url).sort());
	});

	it('keeps every tour and band index page small, and lists them all in the sitemap', () => {
		const pages = [join(outDir, 'tours/index.html'), join(outDir, 'bands/index.html'), ...htmlFiles(join(outDir, 'tours/decade')), ...htmlFiles(join(outDir, 'bands/letter'))];
		expect(pages.length).toBeGreaterThan(10);
		for (const file of pages) expect(statSync(file).size, file).toBeLessThanOrEqual(60 * 1024);
		const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf-8');
		const urls = [...groupPagePaths(toursByDecade(catalog.tours)), ...groupPagePaths(bandsByLetter(catalog.bands))].map((p) => p.props.page.url.current);
		expect(urls.some((u) => u.includes('/page/2/'))).toBe(true);
		for (const url of urls) expect(sitemap).toContain(`<loc>http://localhost:4321${url}</loc>`);
		expect(pages.length).toBe(urls.length + 2);
	});

	it('lists every page in the sitemap, later pages of every list included', () => {
		const listed = sitemapEntries(outDir).map((e) => e.path);
		expect(listed.sort()).toEqual(builtPages(outDir));
		for (const kind of ['passes', 'bands', 'tours', 'pass-types', 'printers', 'browse']) {
			expect(listed.some((path) => path.startsWith(`/${kind}/`) && path.includes('/page/2/')), kind).toBe(true);
		}
	});

	it('has no broken internal link', () => {
		// The guides are copied from the real catalog and link to its passes, which are not here.
		expect(checkLinks(outDir).broken.filter((link) => !link.startsWith('/guides/'))).toEqual([]);
		// Reads every page of the catalog: 8 s on a machine shared by eight builds, over the default 5 s.
	}, 30_000);
});
