/** Debian's Chromium, driven by playwright-core. Never a downloaded browser. */
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

/** Collects console errors, page errors and failed requests of a page, for "no errors" checks. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText ?? '';
		// ERR_ABORTED is the page cancelling its own request (an image whose src was replaced): not a failure.
		if (reason !== 'net::ERR_ABORTED') errors.push(`request: ${request.url()} ${reason}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) errors.push(`http ${response.status()}: ${response.url()}`);
	});
	return errors;
}

/** A new page of `width` × `height` CSS pixels with its errors watched, opened at `url`. */
export async function openPage(browser: Browser, url: string, options: { width: number; height?: number; waitUntil?: 'load' | 'networkidle' }): Promise<{ page: Page; errors: string[] }> {
	const page = await browser.newPage({ viewport: { width: options.width, height: options.height ?? 800 } });
	const errors = watchErrors(page);
	await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
	return { page, errors };
}

/**
 * Adds up the page's layout shifts (what Lighthouse reports as CLS, without input-driven ones)
 * from its first paint. Call before `goto`; the returned function reads the sum so far.
 */
export async function watchLayoutShift(page: Page): Promise<() => Promise<number>> {
	await page.addInitScript(() => {
		const w = window as unknown as { layoutShift: number };
		w.layoutShift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
				if (!entry.hadRecentInput) w.layoutShift += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	return () => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. Call at the top
 * level of the file; the getter returns the running browser inside tests and hooks.
 */
export function useChromium(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('Chromium is not running: call useChromium() at the top level of the test file');
		return browser;
	};
}
