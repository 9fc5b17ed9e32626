/**
 * Search in real Chromium against the built site: words, filters and their counts, sorting,
 * URL state, the header shortcut, typo suggestions, small screens and keyboard use.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { passFilterValues } from '../../src/lib/search/search-facets.ts';
import { openPage, useChromium, watchErrors, watchLayoutShift } from '../helpers/browser.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';
import { searchSettled } from '../helpers/search-settled.ts';

const base = inject('baseUrl');
const catalog = catalogFromFiles();
const browser = useChromium();
let page: Page;
let errors: string[];

async function open(path: string, width = 1280): Promise<void> {
	({ page, errors } = await openPage(browser(), `${base}${path}`, { width, height: 900 }));
	if (path.startsWith('/search/')) await settled();
}

/** The search page has finished its search (and its counting when the filter panel shows). */
const settled = (): Promise<void> => searchSettled(page);

const status = () => page.locator('#search-status').textContent();
const resultTitles = () => page.locator('#search-results :is(.pass-card-title, .page-card-title)').allTextContents();
const resultCount = async () => Number(/(\d+)/.exec((await status()) ?? '')?.[1]);

describe('search page', () => {
	it('finds a pass by a word of its title, first', async () => {
		await open('/search/?q=zooropa');
		expect((await resultTitles())[0]).toBe('Zooropa production laminate');
		// A pass card, as in every list of passes: its photo is decorative beside the title that names it.
		const first = page.locator('#search-results > li').first().locator('article.pass-card');
		expect(await first.getAttribute('data-pass-id')).toBe(catalog.passes.find((p) => p.title === 'Zooropa production laminate')?.id);
		expect(await first.locator('.pass-card-photo > img').getAttribute('alt')).toBe('');
		expect(errors).toEqual([]);
	});

	it('lists every pass, newest additions first, when nothing is asked', async () => {
		await open('/search/');
		expect(await status()).toContain(`All ${catalog.passes.length} passes`);
		expect((await resultTitles())[0]).toBe(catalog.recentlyAdded[0]?.title);
	});

	it.each(['type', 'decade', 'status', 'signed', 'feature', 'format', 'band'] as const)(
		'narrows by %s, and the counts agree with the catalog',
		async (key) => {
			await open('/search/');
			const counts = new Map<string, number>();
			for (const pass of catalog.passes) for (const v of passFilterValues(pass)[key]) counts.set(v, (counts.get(v) ?? 0) + 1);
			const [value, expected] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
			const box = page.locator(`#search-filters input[name="${key}"][value="${value}"]`);
			if (!(await box.isVisible())) await page.locator(`#search-filters details[data-key="${key}"] summary`).click();
			expect(await page.locator(`label[for="${await box.getAttribute('id')}"] .count`).textContent()).toBe(` (${expected})`);
			await box.check();
			await settled();
			expect(await resultCount()).toBe(expected);
			expect(expected).toBeLessThan(catalog.passes.length);
			expect(new URL(page.url()).searchParams.getAll(key)).toEqual([value]);
			expect(errors).toEqual([]);
		},
	);

	it('combines two values of one group as either, and two groups as both', async () => {
		await open('/search/?type=All+access&type=Guest');
		const either = catalog.passes.filter((p) => ['All access', 'Guest'].includes(p.type.name));
		expect(await resultCount()).toBe(either.length);
		await page.goto(`${base}/search/?type=All+access&type=Guest&decade=1990s`);
		await settled();
		expect(await resultCount()).toBe(either.filter((p) => p.decade === 1990).length);
	});

	it('makes the rest of a long filter group only when "Show all" is opened', async () => {
		await open('/search/');
		const tours = new Set(catalog.passes.flatMap((p) => passFilterValues(p).tour));
		expect(tours.size).toBeGreaterThan(8);
		expect(await page.locator('#search-filters input[name="tour"]').count()).toBe(8);
		await page.locator('#search-filters details[data-key="tour"] summary').click();
		await page.locator(`#search-filters input[name="tour"] >> nth=${tours.size - 1}`).waitFor();
		expect(await page.locator('#search-filters input[name="tour"]').count()).toBe(tours.size);
		const last = page.locator('#search-filters input[name="tour"]').last();
		const tour = (await last.getAttribute('value')) ?? '';
		// click(), not check(): the panel is redrawn with the new counts, so the element check()
		// would verify afterwards may already be another one.
		await last.click();
		await settled();
		expect(new URL(page.url()).searchParams.getAll('tour')).toEqual([tour]);
		expect(await resultCount()).toBe(catalog.passes.filter((p) => passFilterValues(p).tour.includes(tour)).length);
	});

	it('sorts by year both ways', async () => {
		await open('/search/?kind=Pass&sort=oldest');
		expect((await resultTitles())[0]).toBe(catalog.passes[0]?.title);
		await page.selectOption('#search-sort', 'newest');
		await settled();
		const newest = [...catalog.passes].sort((a, b) => b.sortDate.localeCompare(a.sortDate) || a.title.localeCompare(b.title))[0];
		expect((await resultTitles())[0]).toBe(newest?.title);
		expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
	});

	it('keeps its state in the URL: reload, back and forward reproduce the results', async () => {
		await open('/search/');
		await page.fill('#search-query', 'tour');
		await page.press('#search-query', 'Enter');
		await settled();
		await page.locator('#search-filters input[name="decade"][value="1980s"]').check();
		await settled();
		const url = new URL(page.url());
		expect(url.searchParams.get('q')).toBe('tour');
		expect(url.searchParams.getAll('decade')).toEqual(['1980s']);
		const before = { status: await status(), titles: await resultTitles() };

		await page.reload();
		await settled();
		expect({ status: await status(), titles: await resultTitles() }).toEqual(before);
		expect(await page.locator('#search-filters input[name="decade"][value="1980s"]').isChecked()).toBe(true);

		await page.goBack();
		await settled();
		expect(new URL(page.url()).searchParams.getAll('decade')).toEqual([]);
		expect(await page.inputValue('#search-query')).toBe('tour');
		await page.goForward();
		await settled();
		expect(await status()).toBe(before.status);

		const copy = await browser().newPage();
		await copy.goto(url.href);
		page = copy;
		await settled();
		expect(await resultTitles()).toEqual(before.titles);
		expect(errors).toEqual([]);
		// Seven searches and three page loads: more than one test's usual time on a busy machine.
	}, 90_000);

	it('corrects a misspelt band name and offers the literal search', async () => {
		await open('/search/?q=nirvanna');
		expect(await page.locator('.did-you-mean').textContent()).toBe('Showing results for Nirvana. Search instead for nirvanna.');
		expect((await resultTitles())[0]).toBe('Nirvana');
		// A band is not a pass: its card has the pass cards' frame but none of a pass's parts.
		const band = page.locator('#search-results > li').first();
		expect(await band.locator('article.page-card .page-card-kind').textContent()).toBe('Band');
		expect(await band.locator('.pass-card, [data-card-collection]').count()).toBe(0);
		await page.locator('.did-you-mean a').click();
		await settled();
		expect(new URL(page.url()).searchParams.get('exact')).toBe('1');
	});

	it('describes a band, tour, printer or pass type in words, never as its facts list run together', async () => {
		const band = catalog.bands.find((b) => b.tours.length > 0);
		const printer = catalog.printers.find((p) => p.passes.length > 0);
		const type = catalog.passTypes.find((t) => t.entry.data.aliases.length > 0);
		if (!band?.tours[0] || !printer || !type) throw new Error('the sample catalog needs a band with a tour, a printer with passes and a type printed under other names');
		// The labels of those pages' facts lists, as Pagefind's excerpt runs them together.
		const factLabels = /Today:|Formed \d|Dates \d|Passes from this tour|Sources\.|Printed as|Granted|Issued to|How common/;
		const searches = [
			{ query: band.name, title: band.name, says: / in the catalog\./ },
			{ query: band.tours[0].name, title: band.tours[0].name, says: / in the catalog\b/ },
			{ query: printer.name, title: printer.name, says: / in the catalog\.$/ },
			// Matched in the guide's prose or, when not, the type's one-line summary.
			{ query: type.entry.data.aliases[0] ?? '', title: `${type.name} passes`, says: /\w/ },
		];
		for (const { query, title, says } of searches) {
			await open(`/search/?q=${encodeURIComponent(query)}`);
			const card = page.locator('#search-results article.page-card').filter({ has: page.getByRole('link', { name: title, exact: true }) });
			expect(await card.count(), query).toBe(1);
			const snippet = (await card.locator('.excerpt').textContent()) ?? '';
			expect(snippet, query).toMatch(says);
			expect(snippet, query).not.toMatch(factLabels);
			expect(errors).toEqual([]);
		}
		// A pass matched in its story quotes the story's words, not the heading they sit under.
		await open(`/search/?q=${encodeURIComponent(band.name)}`);
		const quoted = await page.locator('#search-results article.pass-card .excerpt:has(mark)').allTextContents();
		expect(quoted.length).toBeGreaterThan(0);
		for (const text of quoted) expect(text).not.toMatch(/^Story and provenance/);
	});

	it('finds Motörhead typed without the umlaut, and Guns N’ Roses as "GNR"', async () => {
		await open('/search/?q=motorhead');
		expect(await resultTitles()).toContain('Motörhead');
		await page.goto(`${base}/search/?q=gnr`);
		await settled();
		expect(await resultTitles()).toContain("Guns N' Roses");
	});

	it('moves nothing on screen as results replace their placeholders: many, one, none, at 360 and 1280 px', async () => {
		for (const width of [360, 1280]) {
			for (const path of ['/search/', '/search/?q=zooropa', '/search/?q=qqzzxxq']) {
				page = await browser().newPage({ viewport: { width, height: 800 } });
				errors = watchErrors(page);
				const layoutShift = await watchLayoutShift(page);
				await page.goto(`${base}${path}`);
				await settled();
				// Let the last frame land: an image or the footer moving after the status is written.
				await page.waitForTimeout(300);
				expect(await layoutShift(), `${path} at ${width} px`).toBeLessThan(0.01);
				expect(errors).toEqual([]);
				await page.close();
			}
		}
	}, 60_000);

	it('says so when nothing matches, and suggests what to try', async () => {
		await open('/search/?q=xylophonics&kind=Printer');
		expect(await status()).toMatch(/^0 results/);
		const advice = await page.locator('.no-results').textContent();
		expect(advice).toContain('clear all filters');
		expect(advice).toContain('Browse instead');
		await page.locator('[data-action=clear-filters]').click();
		await settled();
		expect(new URL(page.url()).searchParams.getAll('kind')).toEqual([]);
	});

	it('finds only signed passes for "signed" (not the "Not signed" of every other pass)', async () => {
		await open('/search/?q=signed&kind=Pass');
		expect(await resultCount()).toBe(catalog.passes.filter((p) => p.isSigned).length);
	});

	it('announces results to screen readers', async () => {
		await open('/search/?q=laminate');
		const live = page.locator('#search-status');
		expect(await live.getAttribute('role')).toBe('status');
		expect(await live.getAttribute('aria-live')).toBe('polite');
		expect(await status()).toMatch(/^\d+ results for “laminate”/);
	});

	it('shows more results on demand and moves focus to the first new one', async () => {
		await open('/search/');
		expect(await page.locator('#search-results > li').count()).toBe(Math.min(20, catalog.passes.length));
		await page.click('#search-more');
		await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 20);
		expect(await page.locator('#search-results > li').count()).toBe(Math.min(40, catalog.passes.length));
		expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results > li')[20])).toBe(true);
	});
});

describe('header search', () => {
	it('focuses on "/" from any page and opens results', async () => {
		await open('/bands/');
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
		await page.keyboard.type('knebworth');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=knebworth/);
		await settled();
		expect((await resultTitles())[0]).toBe('Knebworth 1979 guest cloth pass');
		expect(errors).toEqual([]);
	});

	it('leaves "/" alone while the reader types in a field', async () => {
		await open('/search/');
		await page.focus('#search-query');
		await page.keyboard.type('a/b');
		expect(await page.inputValue('#search-query')).toBe('a/b');
	});
});

describe('small screens and keyboards', () => {
	it('fits 360 px without sideways scrolling, filters folded away', async () => {
		await open('/search/?q=laminate', 360);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(await page.locator('#search-filters-panel').isVisible()).toBe(false);
		await page.click('[data-filter-open]');
		await settled();
		expect(await page.locator('#search-filters input').first().isVisible()).toBe(true);
	});

	it('keeps a filter that has no checkbox on screen after back/forward, when the sort changes', async () => {
		await open('/search/', 360);
		await page.click('[data-filter-open]');
		await settled();
		await page.click('#search-filters-panel [data-filter-close]');
		// A tour past the first 8 of its group: it has no checkbox until "Show all" is opened.
		const hidden = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[name="tour"]')].map((b) => b.value));
		const tour = [...new Set(catalog.passes.flatMap((p) => passFilterValues(p).tour))].find((t) => !hidden.includes(t)) ?? '';
		expect(tour).not.toBe('');
		await page.evaluate((t) => {
			history.pushState(null, '', `?tour=${encodeURIComponent(t)}`);
			dispatchEvent(new PopStateEvent('popstate'));
		}, tour);
		await settled();
		await page.selectOption('#search-sort', 'newest');
		await settled();
		expect(new URL(page.url()).searchParams.getAll('tour')).toEqual([tour]);
		expect(await resultCount()).toBe(catalog.passes.filter((p) => passFilterValues(p).tour.includes(tour)).length);
	});

	it('shows results without loading the filter index, which loads when the filters are opened', async () => {
		page = await browser().newPage({ viewport: { width: 360, height: 800 } });
		errors = watchErrors(page);
		const filterFiles: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
		});
		await page.goto(`${base}/search/?q=laminate`);
		await settled();
		expect(await resultCount()).toBeGreaterThan(0);
		expect(filterFiles).toEqual([]);
		await page.click('[data-filter-open]');
		await settled();
		expect(filterFiles.length).toBeGreaterThan(0);
		expect(errors).toEqual([]);
	});

	it('keeps the filters of the URL when the sort changes before the filters were ever shown', async () => {
		await open('/search/?decade=1990s', 360);
		const before = await resultCount();
		await page.selectOption('#search-sort', 'newest');
		await settled();
		const url = new URL(page.url());
		expect(url.searchParams.get('decade')).toBe('1990s');
		expect(url.searchParams.get('sort')).toBe('newest');
		expect(await resultCount()).toBe(before);
		expect(before).toBe(catalog.passes.filter((p) => p.decade === 1990).length);
	});

	it('can filter with the keyboard alone, with a visible focus ring', async () => {
		await open('/search/');
		await page.focus('#search-sort');
		let reached = false;
		for (let i = 0; i < 10 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox');
		}
		expect(reached).toBe(true);
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Space');
		await settled();
		expect([...new URL(page.url()).searchParams.keys()].length).toBeGreaterThan(0);
	});
});
