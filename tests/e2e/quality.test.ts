/**
 * Every page template in Chromium: no accessibility violations (axe-core), no console errors,
 * failed requests or Content-Security-Policy violations, and nothing wider than the screen.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, watchErrors } from '../helpers/browser.ts';
import { pageTemplates } from '../helpers/page-templates.ts';

const base = inject('baseUrl');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const TEMPLATES = pageTemplates();

const browser = useChromium();

interface AxeResult {
	violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

async function audit(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: axePath });
	const result = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<AxeResult> } }).axe;
		return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
	});
	return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe.each(TEMPLATES)('%s page', (_name, path) => {
	async function settle(page: Page) {
		if (path.startsWith('/compare/?')) await page.locator('.compare-stage img').first().waitFor();
		if (path.startsWith('/search/')) {
			await page.waitForFunction(() => !document.getElementById('search-form')?.hasAttribute('aria-busy') && /\d|Nothing/.test(document.getElementById('search-status')?.textContent ?? ''));
		}
	}

	it.each([1280, 360])('loads without console errors, failed requests or CSP violations, and fits %i px', async (width) => {
		const page = await browser().newPage({ viewport: { width, height: 900 } });
		const errors = watchErrors(page);
		const violations: string[] = [];
		await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				(window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
			});
		});
		const response = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
		await settle(page);
		expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
		expect(violations).toEqual([]);
		const expected404 = (e: string) => path === '/no-such-page/' && (e.startsWith('http 404') || e.includes('status of 404'));
		expect(errors.filter((e) => !expected404(e))).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		await page.close();
	});

	it.each([1280, 360])('has no axe-core accessibility violations at %i px', async (width) => {
		// axe is injected as a script, which the page's own policy rightly refuses: audit without it.
		const context = await browser().newContext({ bypassCSP: true, viewport: { width, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
		await settle(page);
		expect(await audit(page)).toEqual([]);
		await context.close();
	});
});
