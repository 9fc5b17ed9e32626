/**
 * Every page template (the sitemap's routes, tests/helpers/page-templates.ts) at 360 px: nothing
 * sticks out past the screen's edge, not even inside a box that hides its overflow; and in the
 * dark colour scheme the page is dark and every text passes axe-core's contrast check (AA).
 * (quality.test.ts audits the light scheme.)
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../helpers/browser.ts';
import { pageTemplates } from '../helpers/page-templates.ts';

const base = inject('baseUrl');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const browser = useChromium();

async function settle(page: Page, path: string) {
	if (path.startsWith('/search/')) {
		await page.waitForFunction(() => !document.getElementById('search-form')?.hasAttribute('aria-busy') && /\d|Nothing/.test(document.getElementById('search-status')?.textContent ?? ''));
	}
}

describe.each(pageTemplates())('%s page at 360 px', (_name, path) => {
	it('has no element past the right edge of the screen', async () => {
		const page = await browser().newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
		await settle(page, path);
		const outside = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			/** Inside a box the reader can scroll sideways (a chart or a code block that says so). */
			const scrolls = (el: Element) => {
				for (let p = el.parentElement; p; p = p.parentElement) {
					const x = getComputedStyle(p).overflowX;
					if ((x === 'auto' || x === 'scroll') && p.scrollWidth > p.clientWidth) return true;
				}
				return false;
			};
			return [...document.body.querySelectorAll('*')]
				.filter((el) => el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().width > 1)
				// Shapes inside an <svg> are clipped to it (an enlarged crop): the svg itself is what must fit.
				.filter((el) => !(el instanceof SVGElement && !(el instanceof SVGSVGElement) && el.closest('svg')))
				.filter((el) => el.getBoundingClientRect().right > width + 0.5 && !scrolls(el))
				.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 40)}”`);
		});
		expect(outside).toEqual([]);
		await page.close();
	});

	it('is dark, with AA contrast, in the dark colour scheme', async () => {
		// axe is injected as a script, which the page's own policy rightly refuses: audit without it.
		const context = await browser().newContext({ bypassCSP: true, viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
		await settle(page, path);
		const luminance = await page.evaluate(() => {
			const [r = 0, g = 0, b = 0] = (getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []).map(Number);
			return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
		});
		expect(luminance).toBeLessThan(0.15);
		await page.addScriptTag({ path: axePath });
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
			const result = await axe.run({ runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } });
			return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
		});
		expect(violations).toEqual([]);
		await context.close();
	});
});
