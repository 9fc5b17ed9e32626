/** Waiting for the search page in browser tests: shared so every test waits for the same thing. */
import type { Page } from 'playwright-core';

/** The search page has finished its current search and, when its filter panel shows, its counting. */
export async function searchSettled(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const form = document.getElementById('search-form');
		const status = document.getElementById('search-status')?.textContent ?? '';
		const panel = document.getElementById('search-filters-panel');
		const filters = document.getElementById('search-filters');
		const shown = !!panel && getComputedStyle(panel).display !== 'none';
		const counted = !shown || (!filters?.hasAttribute('aria-busy') && !!filters?.querySelector('fieldset'));
		return form && !form.hasAttribute('aria-busy') && /\d|Nothing/.test(status) && counted;
	});
}
