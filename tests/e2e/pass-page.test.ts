/** A pass page leads with the object: the front photo's size and place at a phone's and a laptop's width, and the page on paper. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useChromium } from '../helpers/browser.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const base = inject('baseUrl');
const catalog = catalogFromFiles();
// The fake has the most above its facts (a warning and the illustrative notice): the hardest case.
const fake = catalog.passes.find((p) => p.fakeOf && p.entry.data.photos.length >= 2);
if (!fake) throw new Error('the sample catalog needs a known fake with two photos');
const browser = useChromium();

const open = (width: number, url = fake?.url) => openPage(browser(), `${base}${url}`, { width, waitUntil: 'networkidle' });

async function box(page: Page, selector: string) {
	const found = await page.locator(selector).first().boundingBox();
	if (!found) throw new Error(`${selector} is not shown`);
	return found;
}

/** The width main's content gets: main's box less its padding. */
const contentWidth = (page: Page) =>
	page.evaluate(() => {
		const main = document.querySelector('main');
		if (!main) throw new Error('no main');
		const style = getComputedStyle(main);
		return main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
	});

describe('pass page layout', () => {
	it('at 1280 px the front photo takes at least 45 % of the content width, top of the page, with the facts beside it', async () => {
		const { page, errors } = await open(1280, fake?.fakeOf?.url);
		const photo = await box(page, '.gallery-lead img');
		const title = await box(page, 'h1');
		const facts = await box(page, '.facts');
		expect(photo.width).toBeGreaterThanOrEqual(0.45 * (await contentWidth(page)));
		// Nothing but the breadcrumbs above it: its top is level with the title's.
		expect(Math.abs(photo.y - title.y)).toBeLessThan(40);
		expect(facts.x).toBeGreaterThanOrEqual(photo.x + photo.width);
		expect(facts.y).toBeLessThan(photo.y + photo.height);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('at 360 px the front photo is full width and starts within the first screen, before the buttons and notices', async () => {
		const { page, errors } = await open(360);
		const photo = await box(page, '.gallery-lead img');
		expect(photo.width).toBeGreaterThanOrEqual((await contentWidth(page)) - 24);
		expect(photo.y).toBeLessThan(800 * 0.75);
		for (const after of ['.collection-buttons', '.fake-notice', '.notice:not(.fake-notice)']) expect((await box(page, after)).y).toBeGreaterThan(photo.y + photo.height);
		// The warning a buyer must not miss is above the photo all the same.
		expect((await box(page, '.title-badges [data-badge="fake"]')).y).toBeLessThan(photo.y);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('keeps the back one tap away, in the strip under the front', async () => {
		const { page } = await open(360);
		const back = page.locator('.gallery-strip a.gallery-link');
		expect(await back.count()).toBe(fake?.entry.data.photos.length ? fake.entry.data.photos.length - 1 : 0);
		await back.first().click();
		expect(await page.locator('#lightbox-caption').textContent()).toMatch(/^Back .* photo 2 of 2$/);
		await page.close();
	});

	it.each([
		['the fake (the most above its facts)', fake.url],
		['the pass with the longest story', [...catalog.passes].sort((a, b) => (b.entry.body?.length ?? 0) - (a.entry.body?.length ?? 0))[0]?.url],
	])('prints %s: photo, facts and sources on one page, without navigation or buttons', async (_name, url) => {
		const { page } = await open(1280, url);
		await page.emulateMedia({ media: 'print' });
		for (const hidden of ['.site-header', '.site-footer', '.collection-buttons', '.gallery-compare']) expect(await page.locator(hidden).first().isVisible()).toBe(false);
		for (const shown of ['.gallery-lead img', '.facts', '#sources']) expect(await page.locator(shown).first().isVisible()).toBe(true);
		const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
		await page.close();
	});
});
