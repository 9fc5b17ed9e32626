/** The compare view in Chromium: its address round trip, synchronised zoom and pan, keyboard, phones, and the page without JavaScript. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useChromium, watchErrors, watchLayoutShift } from '../helpers/browser.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const base = inject('baseUrl');
const fake = catalogFromFiles().passes.find((p) => p.fakeOf && p.entry.data.photos.length >= 2);
if (!fake?.fakeOf) throw new Error('the sample catalog needs a known fake with two photos');
const genuine = fake.fakeOf;
const browser = useChromium();

const open = (query: string, width = 1280) => openPage(browser(), `${base}/compare/${query}`, { width, height: 900, waitUntil: 'networkidle' });

const images = (page: Page) => page.locator('.compare-stage img');
const transforms = (page: Page) => images(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).style.transform));
const scaleOf = (transform: string | undefined) => Number(/scale\(([\d.]+)\)/.exec(transform ?? '')?.[1]);

describe('compare view', () => {
	it('shows the passes the address names, on the sides it names, and keeps the address in step', async () => {
		const { page, errors } = await open(`?p=${genuine.id},${fake.id}:back`);
		const panels = page.locator('section.compare-panel');
		expect(await panels.count()).toBe(2);
		expect(await panels.nth(0).locator('h2').textContent()).toBe(genuine.title);
		expect(await panels.nth(1).locator('h2').textContent()).toBe(fake.title);
		expect(await panels.nth(1).locator('select').inputValue()).toBe('1');
		// The fake's tells are in its own panel, beside its photo.
		for (const tell of fake.entry.data.tells) expect(await panels.nth(1).locator('.compare-tells').textContent()).toContain(tell);
		await panels.nth(0).locator('select').selectOption('1');
		expect(new URL(page.url()).search).toBe(`?p=${genuine.id}:back,${fake.id}:back`);
		await page.reload({ waitUntil: 'networkidle' });
		expect(await page.locator('section.compare-panel select').evaluateAll((els) => els.map((el) => (el as HTMLSelectElement).value))).toEqual(['1', '1']);
		expect(await page.title()).toContain(genuine.title);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('zooms and pans every photo together: zoom one, the other’s transform matches', async () => {
		const { page, errors } = await open(`?p=${genuine.id},${fake.id}`);
		await images(page).first().waitFor();
		const fitted = await transforms(page);
		expect(fitted[0]).toBe(fitted[1]);
		await page.locator('.compare-stage').first().focus();
		await page.keyboard.press('+');
		await page.keyboard.press('+');
		const zoomed = await transforms(page);
		expect(scaleOf(zoomed[0])).toBeGreaterThan(scaleOf(fitted[0]) * 2);
		expect(zoomed[1]).toBe(zoomed[0]);
		// Drag the second photo: the first follows.
		const stage = await page.locator('.compare-stage').nth(1).boundingBox();
		if (!stage) throw new Error('no stage');
		await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
		await page.mouse.down();
		await page.mouse.move(stage.x + stage.width / 2 - 70, stage.y + stage.height / 2 - 90, { steps: 4 });
		await page.mouse.up();
		const panned = await transforms(page);
		expect(panned[1]).not.toBe(zoomed[1]);
		expect(panned[0]).toBe(panned[1]);
		// The zoomed photos are drawn from the full-size files.
		await expect.poll(() => page.locator('.compare-stage[data-resolution="full"]').count()).toBe(2);
		await expect.poll(() => page.locator('[data-level]').textContent()).toMatch(/^Zoom \d\.\d× fitted/);
		// Apart, one moves alone.
		await page.locator('[data-sync]').uncheck();
		await page.locator('.compare-stage').first().focus();
		await page.keyboard.press('0');
		const apart = await transforms(page);
		expect(apart[0]).toBe(fitted[0]);
		expect(apart[1]).toBe(panned[1]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('is usable from the keyboard: labelled regions, focusable stages, toolbar buttons', async () => {
		const { page } = await open(`?p=${genuine.id},${fake.id}`);
		await images(page).first().waitFor();
		const labels = await page.locator('section.compare-panel').evaluateAll((els) => els.map((el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent));
		expect(labels).toEqual([genuine.title, fake.title]);
		expect(await page.locator('.compare-stage').first().getAttribute('aria-label')).toBe(`Front of ${genuine.title}, zoomable`);
		// Tab from the first panel's photo choice reaches its stage; keys zoom and pan there.
		await page.locator('section.compare-panel select').first().focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.classList.contains('compare-stage'))).toBe(true);
		await page.keyboard.press('z');
		const zoomed = await transforms(page);
		await page.keyboard.press('ArrowDown');
		expect((await transforms(page))[0]).not.toBe(zoomed[0]);
		await page.getByRole('button', { name: 'Fit the whole photo' }).click();
		const fitted = await transforms(page);
		expect(scaleOf(fitted[0])).toBeLessThan(scaleOf(zoomed[0]));
		await page.close();
	});

	it('stacks the photos at 360 px, with a toggle to see one at a time, and nothing wider than the screen', async () => {
		const { page, errors } = await open(`?p=${genuine.id},${fake.id}`, 360);
		await images(page).first().waitFor();
		const panels = page.locator('section.compare-panel');
		const [first, second] = [await panels.nth(0).boundingBox(), await panels.nth(1).boundingBox()];
		expect(second?.y).toBeGreaterThanOrEqual((first?.y ?? 0) + (first?.height ?? 0));
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await page.getByRole('button', { name: '2. Fake' }).click();
		expect(await panels.nth(0).isVisible()).toBe(false);
		expect(await panels.nth(1).isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: '2. Fake' }).getAttribute('aria-pressed')).toBe('true');
		await page.getByRole('button', { name: 'All' }).click();
		expect(await panels.nth(0).isVisible()).toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('names what it cannot show in the address, and shows the rest', async () => {
		const { page } = await open(`?p=NOT%20A%20SLUG,no-such-pass,${fake.id}:9`);
		const alert = page.getByRole('alert');
		await alert.waitFor();
		const text = await alert.textContent();
		expect(text).toContain('"NOT A SLUG" is not');
		expect(text).toContain('No pass “no-such-pass”');
		expect(text).toContain(`${fake.title} has no photo 9: showing its first.`);
		expect(await page.locator('section.compare-panel').count()).toBe(1);
		await page.close();
	});

	it('without JavaScript lists the suggested comparisons as links: every genuine pass with its fake', async () => {
		const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${base}/compare/?p=${genuine.id},${fake.id}`);
		expect(await page.locator('[data-compare-app]').isVisible()).toBe(false);
		const links = await page.locator('.compare-suggestions a.compare-link').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
		expect(links).toContain(`/compare/?p=${genuine.id},${fake.id}`);
		expect(await page.locator('.compare-suggestions').textContent()).toContain(fake.entry.data.tells[0]);
		await context.close();
	});

	it('is linked from the fake notice and from the genuine pass’s fakes', async () => {
		const page = await browser().newPage();
		await page.goto(`${base}${fake.url}`);
		expect(await page.locator('.fake-notice a.compare-link').getAttribute('href')).toBe(`/compare/?p=${genuine.id},${fake.id}`);
		await page.goto(`${base}${genuine.url}`);
		expect(await page.locator('.fakes a.compare-link').getAttribute('href')).toBe(`/compare/?p=${genuine.id},${fake.id}`);
		await page.close();
	});

	it('holds the view’s place while the passes load: nothing on screen moves when they arrive (phone and desktop)', async () => {
		for (const [width, height] of [[360, 740], [1280, 900]] as const) {
			const page = await browser().newPage({ viewport: { width, height } });
			const errors = watchErrors(page);
			const layoutShift = await watchLayoutShift(page);
			// A slow connection: the page is painted well before the passes' data arrives.
			await page.route('**/compare.json', async (route) => {
				await new Promise((done) => setTimeout(done, 800));
				await route.continue();
			});
			await page.goto(`${base}/compare/?p=${genuine.id},${fake.id}`, { waitUntil: 'networkidle' });
			expect(await page.locator('section.compare-panel').count()).toBe(2);
			await expect.poll(() => images(page).evaluateAll((els) => els.every((el) => (el as HTMLImageElement).complete))).toBe(true);
			expect(await page.locator('[data-compare-app]').getAttribute('data-pending')).toBeNull();
			expect(await layoutShift(), `layout shift at ${width} px`).toBeLessThan(0.02);
			expect(errors).toEqual([]);
			await page.close();
		}
		// Without passes in the address there is nothing to hold a place for.
		const { page } = await open('');
		expect(await page.locator('[data-compare-app]').isHidden()).toBe(true);
		await page.close();
	});
});
