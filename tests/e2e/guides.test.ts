/**
 * Guides that show what they explain, in Chromium: the authentication guide's genuine/reprint
 * comparison (both photos load, every tell of the fake is listed, the compare view is linked with
 * both slugs) and its close-ups of security features drawn from passes that have them.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage, useChromium } from '../helpers/browser.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';
import { SECURITY_FEATURES } from '../../src/schemas/enums.ts';

const base = inject('baseUrl');
const catalog = catalogFromFiles();
const fake = catalog.passes.find((p) => p.fakeOf !== undefined);
if (!fake?.fakeOf) throw new Error('the sample catalog needs a known fake');
const genuine = fake.fakeOf;
const browser = useChromium();
let page: Page;
let errors: string[];

async function open(path: string, width: number): Promise<void> {
	({ page, errors } = await openPage(browser(), `${base}${path}`, { width, waitUntil: 'networkidle' }));
}

afterEach(async () => {
	await page?.close();
});

const loaded = (img: ReturnType<Page['locator']>) => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0);

describe('authentication guide', () => {
	it.each([360, 1280])('compares the genuine pass and its reprint at %i px: photos, tells and a link to the compare view', async (width) => {
		await open('/guides/authenticating-passes/', width);
		const comparison = page.locator('.fake-comparison');
		expect(await comparison.count()).toBe(1);
		const figures = comparison.locator('figure');
		expect(await figures.count()).toBe(2);
		for (const [i, pass] of [genuine, fake].entries()) {
			const figure = figures.nth(i);
			expect(await figure.locator('figcaption a').getAttribute('href')).toBe(pass.url);
			const img = figure.locator('img');
			await img.scrollIntoViewIfNeeded();
			await expect.poll(() => loaded(img)).toBe(true);
			expect(await img.getAttribute('alt')).toBe(pass.entry.data.photos[0]?.alt);
			const box = await img.boundingBox();
			// Side by side at every width: each photo takes under half the row, and is big enough to see.
			expect(box?.width ?? 0).toBeGreaterThan(width < 600 ? 120 : 200);
			expect(box?.width ?? 0).toBeLessThan(width / 2);
		}
		const tops = await Promise.all([0, 1].map(async (i) => (await figures.nth(i).boundingBox())?.y));
		expect(tops[0]).toBe(tops[1]);
		const tells = await comparison.locator('.tells li').allTextContents();
		expect(tells.map((t) => t.trim())).toEqual(fake.entry.data.tells);
		const link = comparison.locator('a.compare-link');
		const href = await link.getAttribute('href');
		const url = new URL(href ?? '', base);
		expect(url.pathname).toBe('/compare/');
		expect(url.searchParams.get('p')?.split(',')).toEqual([genuine.id, fake.id]);
		expect(errors).toEqual([]);
	});

	it('shows close-ups of security features, each from a pass that has the feature', async () => {
		await open('/guides/authenticating-passes/', 1280);
		const closeUps = page.locator('figure.close-up');
		const count = await closeUps.count();
		expect(count).toBeGreaterThanOrEqual(3);
		const shown = new Set<string>();
		for (const figure of await closeUps.all()) {
			const href = await figure.locator('figcaption a').last().getAttribute('href');
			const pass = catalog.passes.find((p) => p.url === href);
			expect(pass, `close-up links to ${href}`).toBeDefined();
			const label = (await figure.locator('figcaption strong').textContent())?.trim() ?? '';
			shown.add(label);
			const features = pass?.entry.data.securityFeatures ?? [];
			expect(features.map((f) => SECURITY_FEATURES[f])).toContain(label);
			await figure.scrollIntoViewIfNeeded();
			const image = figure.locator('svg image, img').first();
			const src = (await image.getAttribute('href')) ?? (await image.getAttribute('src'));
			expect(src).toMatch(/^\/photos\//);
			const status = await page.evaluate(async (u) => (await fetch(u)).status, src ?? '');
			expect(status).toBe(200);
		}
		expect([...shown]).toEqual(expect.arrayContaining(['Hologram', 'Raised (embossed) print', 'Printer’s mark on the backing']));
		expect(errors).toEqual([]);
	});
});
