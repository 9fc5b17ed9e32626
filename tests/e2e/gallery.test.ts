/** The pass gallery in Chromium: images load without layout shift; the lightbox by keyboard, pointer and zoom. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, watchErrors, watchLayoutShift } from '../helpers/browser.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const base = inject('baseUrl');
const pass = catalogFromFiles().passes.find((p) => p.entry.data.photos.length >= 2);
if (!pass) throw new Error('the sample catalog needs a pass with two photos');
const browser = useChromium();
let page: Page;
let errors: string[];
let layoutShift: () => Promise<number>;

async function openPass(width = 1280): Promise<void> {
	page = await browser().newPage({ viewport: { width, height: 900 } });
	errors = watchErrors(page);
	layoutShift = await watchLayoutShift(page);
	await page.goto(`${base}${pass?.url}`, { waitUntil: 'networkidle' });
}

const dialogOpen = () => page.evaluate(() => document.querySelector('dialog.lightbox')?.hasAttribute('open') ?? false);
const caption = () => page.locator('#lightbox-caption').textContent();
// Each photo link opens the photo of its data-index: the front is the large photo, the others the strip.
const focusInDialog = () => page.evaluate(() => Boolean(document.activeElement?.closest('dialog.lightbox')));

describe('pass gallery', () => {
	it('loads every photo, the first eagerly, with no layout shift', async () => {
		await openPass();
		const images = page.locator('[data-gallery] a.gallery-link img');
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
		expect(await layoutShift()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('links each thumbnail to the full-size photo, for readers without JavaScript', async () => {
		await openPass();
		const href = await page.locator('a.gallery-link').first().getAttribute('href');
		const response = await page.request.get(`${base}${href}`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(/^image\//);
	});

	it('opens with Enter, moves with arrows, traps focus, closes with Escape and gives focus back to the photo that was open', async () => {
		await openPass();
		await page.locator('a.gallery-link[data-index="0"]').focus();
		await page.keyboard.press('Enter');
		expect(await dialogOpen()).toBe(true);
		expect(await focusInDialog()).toBe(true);
		expect(await caption()).toMatch(/^Front .* photo 1 of 2$/);
		await page.keyboard.press('ArrowRight');
		expect(await caption()).toMatch(/^Back .* photo 2 of 2$/);
		await page.keyboard.press('ArrowLeft');
		expect(await caption()).toMatch(/photo 1 of 2$/);
		for (let i = 0; i < 10; i++) {
			await page.keyboard.press('Tab');
			expect(await focusInDialog()).toBe(true);
		}
		expect(await page.locator('dialog.lightbox').getAttribute('aria-labelledby')).toBe('lightbox-caption');
		await page.keyboard.press('Escape');
		expect(await dialogOpen()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('0');
		// Opened on the front, moved to the back: Escape lands on the back's thumbnail, not the front.
		await page.keyboard.press('Enter');
		await page.keyboard.press('ArrowRight');
		expect(await caption()).toMatch(/photo 2 of 2$/);
		await page.keyboard.press('Escape');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('1');
		expect(errors).toEqual([]);
	});

	it('has no <img> without a file before it opens: the lightbox makes its own', async () => {
		await openPass();
		expect(await page.locator('dialog.lightbox img').count()).toBe(0);
		expect(await page.evaluate(() => [...document.images].filter((img) => !img.getAttribute('src')).length)).toBe(0);
	});

	it('zooms to the full-size file drawn at its real pixels or more, and pans with keys and a drag', async () => {
		await openPass();
		const link = page.locator('a.gallery-link[data-index="0"]');
		const full = await link.getAttribute('data-full');
		const large = await link.getAttribute('data-large');
		await link.click();
		const image = page.locator('dialog.lightbox img');
		expect(new URL((await image.getAttribute('src')) ?? '', base).pathname).toBe(large);
		await page.keyboard.press('z');
		expect(await page.locator('[data-zoom]').getAttribute('aria-pressed')).toBe('true');
		// Fetched on demand, swapped in once decoded.
		await expect.poll(() => page.locator('[data-stage]').getAttribute('data-resolution')).toBe('full');
		expect(new URL(await image.evaluate((el: HTMLImageElement) => el.currentSrc), base).pathname).toBe(full);
		const drawn = await image.evaluate((el: HTMLImageElement) => ({ shown: el.getBoundingClientRect().width, natural: el.naturalWidth }));
		expect(drawn.natural).toBe(Number(await link.getAttribute('data-width')));
		expect(drawn.shown / drawn.natural).toBeGreaterThanOrEqual(1);
		const transform = () => image.evaluate((el) => el.style.transform);
		const before = await transform();
		await page.keyboard.press('ArrowDown');
		const afterKey = await transform();
		expect(afterKey).not.toBe(before);
		const box = await page.locator('[data-stage]').boundingBox();
		if (!box) throw new Error('no stage');
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 60, { steps: 4 });
		await page.mouse.up();
		expect(await transform()).not.toBe(afterKey);
		await page.keyboard.press('+');
		expect(await page.locator('[data-zoom-level]').textContent()).toMatch(/^[3-9]\d\d %$/);
		await page.keyboard.press('0');
		expect(await page.locator('[data-zoom]').getAttribute('aria-pressed')).toBe('false');
		await page.keyboard.press('+');
		expect(await page.locator('[data-zoom]').getAttribute('aria-pressed')).toBe('true');
		await page.keyboard.press('-');
		await page.keyboard.press('-');
		expect(await page.locator('[data-zoom]').getAttribute('aria-pressed')).toBe('false');
		expect(errors).toEqual([]);
	});

	it('zooms with a two-finger pinch about the point between the fingers', async () => {
		await openPass(390);
		await page.locator('a.gallery-link[data-index="0"]').click();
		const box = await page.locator('[data-stage]').boundingBox();
		if (!box) throw new Error('no stage');
		const scale = () => page.locator('dialog.lightbox img').evaluate((el) => Number(/scale\(([\d.]+)\)/.exec(el.style.transform)?.[1]));
		const fitted = await scale();
		await page.evaluate(
			({ x, y }) => {
				const stage = document.querySelector('[data-stage]');
				if (!stage) throw new Error('no stage');
				const send = (type: string, pointerId: number, dx: number) =>
					stage.dispatchEvent(new PointerEvent(type, { pointerId, clientX: x + dx, clientY: y, bubbles: true, pointerType: 'touch', isPrimary: pointerId === 1 }));
				send('pointerdown', 1, -30);
				send('pointerdown', 2, 30);
				for (let step = 1; step <= 5; step++) send('pointermove', 2, 30 + step * 24);
				for (let step = 1; step <= 5; step++) send('pointermove', 1, -30 - step * 24);
				send('pointerup', 1, -150);
				send('pointerup', 2, 150);
			},
			{ x: box.x + box.width / 2, y: box.y + box.height / 2 },
		);
		// Fingers 60 px apart spread to 300 px: five times the fitted size, within the zoom limits.
		expect(await scale()).toBeGreaterThan(fitted * 2);
		expect(await page.locator('[data-zoom]').getAttribute('aria-pressed')).toBe('true');
	});

	it('changes photo with a swipe', async () => {
		await openPass(390);
		await page.locator('a.gallery-link[data-index="0"]').click();
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
