/** The pass gallery in Chromium: images load without layout shift; the lightbox by keyboard, pointer and zoom. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, watchErrors } from '../helpers/browser.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const base = inject('baseUrl');
const pass = catalogFromFiles().passes.find((p) => p.entry.data.photos.length >= 2);
if (!pass) throw new Error('the sample catalog needs a pass with two photos');
const browser = useChromium();
let page: Page;
let errors: string[];

async function openPass(width = 1280): Promise<void> {
	page = await browser().newPage({ viewport: { width, height: 900 } });
	errors = watchErrors(page);
	await page.addInitScript(() => {
		(window as unknown as { shifts: number }).shifts = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(`${base}${pass?.url}`, { waitUntil: 'networkidle' });
}

const dialogOpen = () => page.evaluate(() => document.querySelector('dialog.lightbox')?.hasAttribute('open') ?? false);
const caption = () => page.locator('#lightbox-caption').textContent();
const focusInDialog = () => page.evaluate(() => Boolean(document.activeElement?.closest('dialog.lightbox')));

describe('pass gallery', () => {
	it('loads every photo, the first eagerly, with no layout shift', async () => {
		await openPass();
		const images = page.locator('.gallery-grid img');
		expect(await images.count()).toBe(pass?.entry.data.photos.length);
		expect(await images.first().getAttribute('loading')).toBe('eager');
		expect(await images.nth(1).getAttribute('loading')).toBe('lazy');
		for (const img of await images.all()) {
			await img.scrollIntoViewIfNeeded();
			await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
			expect(await img.getAttribute('width')).toMatch(/^\d+$/);
			expect(await img.getAttribute('height')).toMatch(/^\d+$/);
		}
		await page.mouse.wheel(0, 2000);
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
		expect(errors).toEqual([]);
	});

	it('links each thumbnail to the full-size photo, for readers without JavaScript', async () => {
		await openPass();
		const href = await page.locator('a.gallery-link').first().getAttribute('href');
		const response = await page.request.get(`${base}${href}`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(/^image\//);
	});

	it('opens with Enter, moves with arrows, traps focus, closes with Escape and restores focus', async () => {
		await openPass();
		await page.locator('a.gallery-link').first().focus();
		await page.keyboard.press('Enter');
		expect(await dialogOpen()).toBe(true);
		expect(await focusInDialog()).toBe(true);
		expect(await caption()).toMatch(/^Front .* photo 1 of 2$/);
		await page.keyboard.press('ArrowRight');
		expect(await caption()).toMatch(/^Back .* photo 2 of 2$/);
		await page.keyboard.press('ArrowLeft');
		expect(await caption()).toMatch(/photo 1 of 2$/);
		for (let i = 0; i < 8; i++) {
			await page.keyboard.press('Tab');
			expect(await focusInDialog()).toBe(true);
		}
		expect(await page.locator('dialog.lightbox').getAttribute('aria-labelledby')).toBe('lightbox-caption');
		await page.keyboard.press('Escape');
		expect(await dialogOpen()).toBe(false);
		expect(await page.evaluate(() => document.activeElement === document.querySelector('a.gallery-link'))).toBe(true);
	});

	it('zooms to the full-resolution photo and pans with the keyboard and a mouse drag', async () => {
		await openPass();
		await page.locator('a.gallery-link').first().click();
		const image = page.locator('[data-image]');
		const full = await page.locator('a.gallery-link').first().getAttribute('data-full');
		await page.keyboard.press('z');
		expect(await page.locator('[data-zoom]').getAttribute('aria-pressed')).toBe('true');
		expect(new URL((await image.getAttribute('src')) ?? '', base).pathname).toBe(full);
		await page.keyboard.press('ArrowDown');
		const afterKey = await image.evaluate((el) => el.style.transform);
		expect(afterKey).toMatch(/translate\(0px, -\d+px\)/);
		const box = await page.locator('[data-stage]').boundingBox();
		if (!box) throw new Error('no stage');
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 60, { steps: 4 });
		await page.mouse.up();
		expect(await image.evaluate((el) => el.style.transform)).not.toBe(afterKey);
		await page.keyboard.press('z');
		expect(await page.locator('[data-zoom]').getAttribute('aria-pressed')).toBe('false');
		expect(errors).toEqual([]);
	});

	it('changes photo with a swipe', async () => {
		await openPass(390);
		await page.locator('a.gallery-link').first().click();
		const box = await page.locator('[data-stage]').boundingBox();
		if (!box) throw new Error('no stage');
		const y = box.y + box.height / 2;
		await page.mouse.move(box.x + box.width - 40, y);
		await page.mouse.down();
		await page.mouse.move(box.x + 40, y, { steps: 5 });
		await page.mouse.up();
		expect(await caption()).toMatch(/photo 2 of 2$/);
	});
});
