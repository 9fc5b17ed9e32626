/**
 * Builds the real catalog once and checks the result as a visitor would meet it: a page for every
 * pass, band, tour, type and printer; list pages; no client JavaScript; no broken internal link.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';
import { PAGE_SIZE } from '../../src/consts.ts';
import { STICKY_FORMATS } from '../../src/schemas/enums.ts';
import { browseValues } from '../../src/lib/search/browse-facets.ts';
import { searchUrl } from '../../src/lib/search/search-facets.ts';
import { bandsByLetter, toursByDecade } from '../../src/lib/lists/letter-and-decade-groups.ts';
import { PASS_COLUMNS } from '../../src/lib/catalog/catalog-export.ts';
import { parseCsv } from '../../src/lib/text/csv.ts';
import { checkBudgets } from '../../scripts/check-budgets.ts';
import { checkLinks } from '../../scripts/check-links.ts';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';
import { builtPages, sitemapEntries } from '../helpers/built-pages.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const outDir = mkdtempSync(join(tmpdir(), 'built-site-'));
const files = readCatalogFiles(join(projectRoot, 'content'), projectRoot);
let buildOutput = '';

beforeAll(() => {
	const result = astroBuild({ outDir });
	buildOutput = result.output;
	if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
}, 600_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

type Pass = ReturnType<typeof catalogFromFiles>['passes'][number];

/** The alt text of the first image in some HTML, with its entities read back. */
function firstImageAlt(html: string): string {
	const alt = /<img\b[^>]*?\balt="([^"]*)"/.exec(html)?.[1] ?? '';
	return alt.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf-8');
const htmlFiles = (dir = outDir): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
	);

describe('the built site', () => {
	it('builds without warnings about content', () => {
		expect(buildOutput).not.toMatch(/\[WARN\] \[(content|glob-loader|pass-loader)\]/);
	});

	it('has one page per pass, showing its title and the illustrative notice when it is an example', () => {
		expect(files.passes.length).toBeGreaterThan(0);
		for (const pass of files.passes) {
			const html = page(`passes/${pass.id}`);
			expect(html).toContain(`<h1>${pass.data.title.replace(/&/g, '&amp;')}</h1>`);
			expect(html.includes('Illustrative example'), pass.id).toBe(pass.data.example);
		}
	});

	it('has one page per band, tour, pass type and printer', () => {
		for (const [folder, entries] of [
			['bands', files.bands],
			['tours', files.tours],
			['pass-types', files.passTypes],
			['printers', files.printers],
			['guides', files.guides],
		] as const) {
			for (const entry of entries) expect(existsSync(join(outDir, folder, entry.id, 'index.html')), `${folder}/${entry.id}`).toBe(true);
		}
	});

	it('paginates the list of passes in three orders', () => {
		const pages = Math.ceil(files.passes.length / PAGE_SIZE);
		for (const base of ['passes', 'passes/newest', 'passes/added']) {
			expect(existsSync(join(outDir, base, 'index.html'))).toBe(true);
			for (let n = 2; n <= pages; n++) expect(existsSync(join(outDir, base, 'page', String(n), 'index.html'))).toBe(true);
			expect(existsSync(join(outDir, base, 'page', String(pages + 1)))).toBe(false);
		}
		const cards = (page('passes').match(/class="pass-card"/g) ?? []).length;
		expect(cards).toBe(Math.min(PAGE_SIZE, files.passes.length));
	});

	it('keeps the whole tour and band tables on /tours/ and /bands/ while they are short, with the decade and letter pages beside them', () => {
		const catalog = catalogFromFiles();
		const firstCells = (html: string) => [...html.matchAll(/<tr><th scope="row"><a href="([^"]+)">/g)].map((m) => m[1]);
		const tours = page('tours');
		expect(firstCells(tours)).toEqual(catalog.tours.map((t) => t.url));
		const decades = toursByDecade(catalog.tours);
		expect(decades.length).toBeGreaterThan(1);
		for (const d of decades) {
			expect(tours).toContain(`<a href="${d.url}">${d.label}</a>`);
			expect(firstCells(page(d.url))).toEqual(d.items.map((t) => t.url));
		}
		const bands = page('bands');
		expect(firstCells(bands)).toEqual(catalog.bands.map((b) => b.url));
		for (const l of bandsByLetter(catalog.bands)) {
			expect(bands).toContain(`<a href="${l.url}">${l.label}</a> <span class="muted">(${l.items.length})</span>`);
			expect(firstCells(page(l.url))).toEqual(l.items.map((b) => b.url));
		}
	});

	it('lists every page it built in the sitemap, but the 404 page, each once and under the route that built it', () => {
		const entries = sitemapEntries(outDir);
		expect(entries.map((e) => e.path).sort()).toEqual(builtPages(outDir));
		expect(new Set(entries.map((e) => e.path)).size).toBe(entries.length);
		const routeOf = new Map(entries.map((e) => [e.path, e.route]));
		expect(routeOf.get('/')).toBe('/');
		expect(routeOf.get('/collection/')).toBe('/collection');
		expect(routeOf.get('/passes/newest/')).toBe('/passes/[...list]');
		const catalog = catalogFromFiles();
		for (const pass of catalog.passes) {
			expect(routeOf.get(pass.url), pass.url).toBe('/passes/[slug]');
			expect(entries.find((e) => e.path === pass.url)?.lastmod, pass.url).toBe(pass.entry.data.added);
		}
		expect(entries.filter((e) => e.lastmod !== undefined)).toHaveLength(catalog.passes.length);
	});

	it('has a home page with counts, an about page and a 404 page', () => {
		expect(page('')).toContain(`<strong>${files.passes.length}</strong> <a href="/passes/">passes</a>`);
		expect(existsSync(join(outDir, 'about/index.html'))).toBe(true);
		expect(readFileSync(join(outDir, '404.html'), 'utf-8')).toContain('Page not found');
	});

	it('indexes passes, bands, tours, types and printers for search, and nothing else', () => {
		const indexed = htmlFiles().filter((f) => readFileSync(f, 'utf-8').includes('data-pagefind-body'));
		const expected = files.passes.length + files.bands.length + files.tours.length + files.passTypes.length + files.printers.length;
		expect(indexed.length).toBe(expected);
		expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
		const pass = files.passes[0];
		if (!pass) throw new Error('no passes');
		const html = page(`passes/${pass.id}`);
		for (const key of ['type', 'band', 'decade', 'year', 'status', 'signed', 'format', 'condition']) {
			expect(html, key).toContain(`data-pagefind-filter="${key}"`);
		}
		for (const key of ['date', 'added']) expect(html, key).toContain(`data-pagefind-sort="${key}"`);
		expect(html).not.toContain('data-pagefind-sort="title"');
		expect(html).toMatch(/data-pagefind-meta="image">\/photos\/[0-9a-f]{2}\/[^<]+\.webp</);
	});

	it('ends every description-list cell of an indexed page with a space, so its words are indexed apart', () => {
		const indexed = htmlFiles().filter((f) => readFileSync(f, 'utf-8').includes('data-pagefind-body'));
		const joined = indexed.flatMap((f) => [...readFileSync(f, 'utf-8').matchAll(/.{0,30}\S<\/(dt|dd)>/g)].map((m) => `${f}: ${m[0]}`));
		expect(joined).toEqual([]);
	});

	it('has a browse page for every type, decade, band status, security feature, signed and format, with the right passes', () => {
		const browse = browseValues(catalogFromFiles());
		expect([...browse.keys()].map((f) => f.key)).toEqual(['type', 'status', 'decade', 'signed', 'feature', 'format']);
		for (const value of [...browse.values()].flat()) {
			const html = page(value.url.slice(1, -1));
			const cards = [...html.matchAll(/<article class="pass-card"[^>]*>[\s\S]*?<a href="([^"]+)"/g)].map((m) => m[1]);
			expect(cards, value.url).toEqual(value.passes.slice(0, PAGE_SIZE).map((p) => p.url));
			expect(html, value.url).toContain(`${value.passes.length} ${value.passes.length === 1 ? 'pass' : 'passes'}`);
			expect(html, value.url).toContain(`href="${searchUrl({ [value.facet.key]: [value.value] }).replace(/&/g, '&amp;')}"`);
		}
		expect(page('browse')).toContain('/browse/status/defunct/');
	});

	it('leads each pass type page, and its card on /pass-types/, with a photo of a genuine pass of that type', () => {
		const catalog = catalogFromFiles();
		const frontAlts = (passes: readonly Pass[]) => new Set(passes.filter((p) => !p.fakeOf).map((p) => p.entry.data.photos[0]?.alt));
		const cards = page('pass-types').split('<article class="card"').slice(1);
		expect(cards).toHaveLength(catalog.passTypes.length);
		for (const [i, type] of catalog.passTypes.entries()) {
			expect(type.passes.length, type.id).toBeGreaterThan(0);
			const main = page(`pass-types/${type.id}`).split('<main')[1] ?? '';
			const first = firstImageAlt(main);
			expect(frontAlts(type.passes).has(first), `${type.id}: first photo "${first.slice(0, 60)}…"`).toBe(true);
			// Before the guide's text: the photos are the first thing under the lede.
			expect(main.indexOf('<img')).toBeLessThan(main.indexOf('class="prose"'));
			const card = cards[i] ?? '';
			expect(card).toContain(`href="${type.url}"`);
			expect(frontAlts(type.passes).has(firstImageAlt(card)), `card of ${type.id}`).toBe(true);
		}
	});

	it('has no "sticky" pass type, and its sticky guide lists every satin, cloth and paper sticky', () => {
		const catalog = catalogFromFiles();
		expect(catalog.passTypes.map((t) => t.id)).not.toContain('sticky');
		const stickies = catalog.passes.filter((p) => STICKY_FORMATS.includes(p.entry.data.format));
		expect(stickies.map((p) => p.entry.data.format)).toEqual(expect.arrayContaining(['satin-sticky', 'cloth-sticky']));
		expect(new Set(stickies.map((p) => p.type.id)).size).toBeGreaterThan(3);
		const html = page('guides/sticky-passes');
		const cards = [...html.matchAll(/<article class="pass-card"[^>]*>[\s\S]*?<a href="([^"]+)"/g)].map((m) => m[1]);
		expect(cards).toEqual(stickies.slice(0, PAGE_SIZE).map((p) => p.url));
		expect(html).toContain(`${stickies.length} in the catalog`);
		expect(page('pass-types')).toContain('href="/guides/sticky-passes/"');
	});

	it('publishes the passes as JSON and CSV with the documented columns, agreeing with each other', () => {
		const json = JSON.parse(readFileSync(join(outDir, 'data/passes.json'), 'utf-8')) as Record<string, unknown>[];
		expect(json.length).toBe(files.passes.length);
		expect(Object.keys(json[0] ?? {})).toEqual(Object.keys(PASS_COLUMNS));
		const [header, ...rows] = parseCsv(readFileSync(join(outDir, 'data/passes.csv'), 'utf-8'));
		expect(header).toEqual(Object.keys(PASS_COLUMNS));
		expect(rows.length).toBe(json.length);
		const byId = new Map(json.map((row) => [row['id'], row]));
		for (const row of rows) {
			const record = byId.get(row[0]);
			expect(record?.['title']).toBe(row[1]);
			expect((record?.['security_features'] as string[]).join(';')).toBe(row[Object.keys(PASS_COLUMNS).indexOf('security_features')]);
		}
		for (const kind of ['bands', 'tours']) expect(JSON.parse(readFileSync(join(outDir, `data/${kind}.json`), 'utf-8')).length).toBe(kind === 'bands' ? files.bands.length : files.tours.length);
	});

	it('has no broken internal link, image or anchor, and stays within its budgets', () => {
		const links = checkLinks(outDir);
		expect(links.broken).toEqual([]);
		expect(links.checked).toBeGreaterThan(1000);
		expect(checkBudgets(outDir).failures).toEqual([]);
	});
});
