/**
 * Browsing at 360 and 1280 px: a one-row header with search one tap away and the navigation in a
 * menu on phones; pass cards in two columns on phones, a list view that is remembered; badges that
 * warn about fakes on cards and in the tour set checklist, which stacks on phones.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { useChromium, watchErrors } from '../helpers/browser.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const base = inject('baseUrl');
const catalog = catalogFromFiles();
const browser = useChromium();

const fake = catalog.passes.find((p) => p.fakeOf !== undefined);
const genuine = fake?.fakeOf;
const setTour = catalog.tours.find((t) => t.sets.some((s) => s.designs.some((d) => d.passes.length > 0)));
if (!fake || !genuine || !setTour) throw new Error('the sample catalog needs a fake of a genuine pass and a tour set with passes');

let context: BrowserContext | undefined;
afterEach(async () => {
	await context?.close();
	context = undefined;
});

async function open(path: string, width: number, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; errors: string[] }> {
	context = await browser().newContext({ viewport: { width, height: 800 }, ...options });
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
	return { page, errors };
}

type Box = { x: number; y: number; width: number; height: number };
const box = async (page: Page, selector: string): Promise<Box> => {
	const b = await page.locator(selector).first().boundingBox();
	if (!b) throw new Error(`${selector} is not shown`);
	return b;
};

describe('header', () => {
	it.each([360, 1280])('is one row at %i px', async (width) => {
		const { page, errors } = await open('/', width);
		const header = await box(page, '.site-header');
		expect(header.height).toBeLessThanOrEqual(64);
		// Everything shown in the header sits inside that one row, side by side.
		const parts = await page.locator('.site-header .inner > :is(a, form, details)').evaluateAll((els) =>
			els.filter((el) => el.checkVisibility()).map((el) => el.getBoundingClientRect().toJSON() as Box),
		);
		expect(parts.length).toBeGreaterThanOrEqual(3);
		for (const part of parts) {
			expect(part.y).toBeGreaterThanOrEqual(header.y);
			expect(part.y + part.height).toBeLessThanOrEqual(header.y + header.height + 0.5);
		}
		expect(errors).toEqual([]);
	});

	it('at 1280 px shows the navigation inline and the whole search placeholder', async () => {
		const { page } = await open('/bands/', 1280);
		const links = await page.locator('.site-nav a').evaluateAll((els) => els.map((el) => (el.checkVisibility() ? el.getBoundingClientRect().top : NaN)));
		expect(links.length).toBeGreaterThan(5);
		expect(new Set(links).size).toBe(1); // all visible, on one line
		expect(await page.locator('.site-menu summary').isVisible()).toBe(false);
		const fits = await page.locator('#site-search').evaluate((input: HTMLInputElement) => {
			const style = getComputedStyle(input);
			const context = document.createElement('canvas').getContext('2d');
			if (!context) return false;
			context.font = style.font;
			const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
			return context.measureText(input.placeholder).width <= room;
		});
		expect(fits).toBe(true);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
	});

	it('at 360 px reaches search in one tap, and "/" opens it too', async () => {
		const { page } = await open('/bands/', 360);
		const link = page.locator('.header-search-link');
		const target = await box(page, '.header-search-link');
		expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(44);
		await link.click();
		await page.waitForURL(/\/search\/$/);
		await page.goto(`${base}/tours/`);
		await page.keyboard.press('/');
		await page.waitForURL(/\/search\/$/);
	});

	it('at 360 px folds the navigation into a menu that opens without JavaScript', async () => {
		const { page } = await open('/bands/', 360, { javaScriptEnabled: false });
		const nav = page.locator('.site-nav a[href="/passes/"]');
		expect(await nav.isVisible()).toBe(false);
		const summary = await box(page, '.site-menu summary');
		expect(summary.height).toBeGreaterThanOrEqual(44);
		await page.click('.site-menu summary');
		expect(await nav.isVisible()).toBe(true);
		const heights = await page.locator('.site-nav a').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
		expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
		expect(await page.locator('.site-nav a[href="/bands/"]').getAttribute('aria-current')).toBe('page');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});
});

describe('pass cards', () => {
	const cardTops = (page: Page) => page.locator('.pass-grid > li').evaluateAll((els) => els.slice(0, 3).map((el) => el.getBoundingClientRect().toJSON() as Box));

	it('are two columns at 360 px, and /passes/ stays short', async () => {
		const { page } = await open('/passes/', 360);
		const [a, b, c] = await cardTops(page);
		expect(a && b && c).toBeTruthy();
		expect(b?.y).toBe(a?.y);
		expect(b?.x).toBeGreaterThan((a?.x ?? 0) + (a?.width ?? 0));
		expect(c?.y).toBeGreaterThan(a?.y ?? 0);
		expect(c?.x).toBe(a?.x);
		expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6500);
		// The Own / Want toggles are thumb-sized.
		const toggles = await page.locator('.pass-card .card-collection button').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
		expect(Math.min(...toggles)).toBeGreaterThanOrEqual(44);
	});

	it('switch to a list that is remembered on the next page and after a reload', async () => {
		const { page, errors } = await open('/passes/', 360);
		await page.click('[data-pass-view-choice="list"]');
		const [a, b] = await cardTops(page);
		expect(b?.y).toBeGreaterThan(a?.y ?? 0); // one per row
		expect(b?.x).toBe(a?.x);
		expect(await page.getAttribute('[data-pass-view-choice="list"]', 'aria-pressed')).toBe('true');
		expect(await page.getAttribute('[data-pass-view-choice="grid"]', 'aria-pressed')).toBe('false');
		const listHeight = await page.evaluate(() => document.documentElement.scrollHeight);
		await page.goto(`${base}/bands/${genuine.band.id}/`, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => document.documentElement.dataset['passView'])).toBe('list');
		expect(await page.getAttribute('[data-pass-view-choice="list"]', 'aria-pressed')).toBe('true');
		await page.goto(`${base}/passes/`, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(listHeight);
		await page.click('[data-pass-view-choice="grid"]');
		await page.reload({ waitUntil: 'networkidle' });
		const [c, d] = await cardTops(page);
		expect(d?.y).toBe(c?.y);
		expect(errors).toEqual([]);
	});

	it('show the grid, and no toggle, without JavaScript', async () => {
		const { page } = await open('/passes/', 360, { javaScriptEnabled: false });
		expect(await page.locator('.view-toggle').isVisible()).toBe(false);
		const [a, b] = await cardTops(page);
		expect(b?.y).toBe(a?.y);
	});

	it('warn about fakes: the reprint on the home page and the genuine pass on its tour page', async () => {
		const { page } = await open('/', 360);
		const fakeCard = page.locator(`.pass-card[data-pass-id="${fake.id}"]`);
		expect(await fakeCard.locator('[data-badge="fake"][data-warning]').textContent()).toContain('Fake / reprint');
		expect(await fakeCard.locator('[data-badge="has-fakes"]').count()).toBe(0);
		await page.goto(`${base}${genuine.tour?.url ?? genuine.band.url}`, { waitUntil: 'networkidle' });
		const genuineCard = page.locator(`.pass-card[data-pass-id="${genuine.id}"]`);
		expect(await genuineCard.locator('[data-badge="has-fakes"][data-warning]').textContent()).toContain('Known fakes exist');
		expect(await genuineCard.locator('[data-badge="fake"]').count()).toBe(0);
		// Every card of the page carries exactly the badges its facts call for.
		for (const pass of genuine.tour?.passes ?? []) {
			const card = page.locator(`.pass-card[data-pass-id="${pass.id}"]`);
			if ((await card.count()) === 0) continue;
			expect(await card.locator('[data-badge="signed"]').count()).toBe(pass.isSigned ? 1 : 0);
			expect(await card.locator('[data-badge="defunct"]').count()).toBe(pass.band.statusToday === 'defunct' ? 1 : 0);
		}
	});
});

describe('tour set checklist at 360 px', () => {
	it('stacks its rows, shows its caption and the "In my collection" column, and badges its passes', async () => {
		const design = setTour.sets.flatMap((s) => s.designs).find((d) => d.passes.length > 0);
		const owned = design?.passes[0];
		if (!owned) throw new Error('unreachable');
		context = await browser().newContext({ viewport: { width: 360, height: 800 } });
		await context.addInitScript((id) => {
			if (!localStorage.getItem('bpc-collection')) localStorage.setItem('bpc-collection', JSON.stringify({ version: 2, items: { [id]: { status: 'owned', added: '2025-01-01', copies: [{ quantity: 1 }] } } }));
		}, owned.id);
		const page = await context.newPage();
		await page.goto(`${base}${setTour.url}`, { waitUntil: 'networkidle' });
		const table = page.locator('table[data-tour-set]').first();
		const parts = await table.locator('caption, tbody th, tbody td').evaluateAll((els) =>
			els.filter((el) => el.checkVisibility()).map((el) => el.getBoundingClientRect().right),
		);
		expect(parts.length).toBeGreaterThan(4);
		for (const right of parts) expect(right).toBeLessThanOrEqual(360);
		const mine = page.locator(`tr[data-passes~="${owned.id}"] td[data-mine]`);
		expect(await mine.isVisible()).toBe(true);
		expect(await mine.textContent()).toContain('You have it');
		const badges = await page.locator(`tr[data-passes~="${owned.id}"] .pass-badge`).count();
		expect(badges).toBeGreaterThan(0);
		const genuineRow = page.locator(`tr[data-passes~="${genuine.id}"]`);
		if ((await genuineRow.count()) > 0) expect(await genuineRow.locator('[data-badge="has-fakes"]').count()).toBe(1);
		// Stacked, it is still a table to a screen reader, and a cell is named by its content alone
		// (its column header says the rest); the "Leg or show:" label is drawn for eyes only.
		const cell = table.locator('tbody td[data-label="Leg or show"]').first();
		expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toMatch(/Leg or show/);
		const snapshot = await table.ariaSnapshot();
		expect(snapshot).toMatch(/^- '?table /);
		expect(snapshot).toMatch(/columnheader "Leg or show"/);
		expect(snapshot).not.toMatch(/cell "Leg or show:/);
	});
});

describe('collection rows', () => {
	it('carry the same badges as the cards: the reprint warned, its genuine pass too', async () => {
		context = await browser().newContext({ viewport: { width: 360, height: 800 } });
		await context.addInitScript(
			([fakeId, genuineId]: string[]) => {
				if (fakeId === undefined || genuineId === undefined) return;
				const items = { [fakeId]: { status: 'owned', added: '2025-01-01', copies: [{ quantity: 1 }] }, [genuineId]: { status: 'wanted', added: '2025-01-02' } };
				if (!localStorage.getItem('bpc-collection')) localStorage.setItem('bpc-collection', JSON.stringify({ version: 2, items }));
			},
			[fake.id, genuine.id],
		);
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${base}/collection/`, { waitUntil: 'networkidle' });
		await page.locator(`#collection-owned li[data-id="${fake.id}"]`).waitFor();
		expect(await page.locator(`#collection-owned li[data-id="${fake.id}"] [data-badge="fake"][data-warning]`).textContent()).toContain('Fake / reprint');
		expect(await page.locator(`#collection-wanted li[data-id="${genuine.id}"] [data-badge="has-fakes"][data-warning]`).textContent()).toContain('Known fakes exist');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(errors).toEqual([]);
	});
});
