/**
 * My collection's copies and share links in real Chromium, at 360 and 1280 px: a version-1
 * collection stored before copies existed migrates without loss; a copy is recorded with every
 * field (and a bad price is refused at its field); JSON and CSV exports survive clear → import
 * with every field; filters and sorting; a shared link opened in a fresh browser shows the list
 * read-only and copies it to that browser's wantlist; a garbage link gets a clear message. No
 * horizontal overflow at 360 px, no axe-core violations, no console errors or CSP violations.
 * Screenshots of both pages at both widths go to `screenshots/` (not committed).
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useChromium, watchErrors } from '../helpers/browser.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const base = inject('baseUrl');
const catalog = catalogFromFiles();
const owned = catalog.passes.find((p) => p.tour && p.entry.data.photos.length > 0);
const wanted = catalog.passes.find((p) => p.tour && p.band.id !== owned?.band.id);
if (!owned || !wanted) throw new Error('the sample catalog needs two toured passes of different bands');
const KEY = 'bpc-collection';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SCREENSHOTS = new URL('../../screenshots/', import.meta.url);
mkdirSync(SCREENSHOTS, { recursive: true });

const browser = useChromium();

/** What the site stored before copies existed (format version 1). */
const v1 = JSON.stringify({
	version: 1,
	items: {
		[owned.id]: { status: 'owned', added: '2024-05-31', note: 'from the first tour I saw' },
		[wanted.id]: { status: 'wanted', added: '2025-01-02' },
	},
});

async function newContext(width: number): Promise<{ context: BrowserContext; errors: string[]; violations: string[] }> {
	const context = await browser().newContext({ acceptDownloads: true, viewport: { width, height: 900 } });
	const violations: string[] = [];
	await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	return { context, errors: [], violations };
}

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function downloadOf(page: Page, button: string): Promise<string> {
	const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
	return readFile(await download.path(), 'utf-8');
}

async function audit(width: number, url: string, setUp: (page: Page) => Promise<void>, storage: string | null): Promise<string[]> {
	// axe is injected as a script, which the page's own policy rightly refuses: audit without it.
	const context = await browser().newContext({ bypassCSP: true, viewport: { width, height: 900 } });
	if (storage) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, storage] as const);
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'networkidle' });
	await setUp(page);
	await page.addScriptTag({ path: axePath });
	const result = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; help: string }[] }> } }).axe;
		return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
	});
	await context.close();
	return result.violations.map((v) => `${url}: ${v.id} ${v.help}`);
}

describe.each([360, 1280])('at %i px', (width) => {
	let context: BrowserContext;
	let errors: string[];
	let violations: string[];
	let page: Page;
	let sharedWantlist = '';
	let sharedDuplicates = '';

	beforeAll(async () => {
		({ context, errors, violations } = await newContext(width));
		await context.addInitScript(([key, value]) => {
			// Only the first load: later loads must see what the page saved.
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key, value);
				sessionStorage.setItem('seeded', '1');
			}
		}, [KEY, v1] as const);
		page = await context.newPage();
		errors = watchErrors(page);
		await page.goto(`${base}/collection/`, { waitUntil: 'networkidle' });
		await page.locator('#collection-app:not([aria-busy])').waitFor({ state: 'visible' });
	});
	afterAll(async () => {
		await context.close();
	});

	it('migrates a version-1 collection without loss: the owned pass shows one copy, its note kept', async () => {
		expect(await page.locator('#collection-summary').textContent()).toBe('You own 1 pass and want 1 pass.');
		const card = page.locator(`#collection-owned li[data-id="${owned.id}"]`);
		expect(await card.locator('.collection-note').textContent()).toBe('from the first tour I saw');
		expect(await card.locator('summary').textContent()).toBe('1 copy — details');
		// Storage is rewritten as version 2 only on the next change, never by reading.
		expect((await stored(page)).version).toBe(1);
	});

	it('records a copy with every field; a bad price is refused at its field and nothing is saved', async () => {
		const card = page.locator(`#collection-owned li[data-id="${owned.id}"]`);
		await card.locator('summary').click();
		const form = card.locator('form.copy-form').first();
		await form.getByLabel('Grade').selectOption('near-mint');
		await form.getByLabel('Quantity').fill('3');
		await form.getByLabel('Price paid').fill('12,50');
		await form.getByLabel('Currency').fill('eur');
		await form.getByLabel('Acquired on').fill('2024-05-30');
		await form.getByLabel('Where acquired').fill('Record fair, Utrecht');
		await form.getByLabel('Notes on this copy').fill('Backing intact, "never worn", one corner soft');
		await form.getByRole('button', { name: `Save copy 1 of ${owned.title}` }).click();
		expect(await form.locator('.field-error').textContent()).toMatch(/^Price paid: "12,50" is not a number — write it like 25 or 12\.50/);
		expect(await form.getByLabel('Price paid').getAttribute('aria-invalid')).toBe('true');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('price');
		expect((await stored(page)).version).toBe(1);

		await form.getByLabel('Price paid').fill('12.50');
		await form.getByRole('button', { name: `Save copy 1 of ${owned.title}` }).click();
		await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').version === 2, KEY);
		const value = await stored(page);
		expect(value.items[owned.id]).toEqual({
			status: 'owned',
			added: '2024-05-31',
			note: 'from the first tour I saw',
			copies: [{ quantity: 3, grade: 'near-mint', notes: 'Backing intact, "never worn", one corner soft', price: { amount: 12.5, currency: 'EUR' }, acquired: '2024-05-30', where: 'Record fair, Utrecht' }],
		});
		expect(value.items[wanted.id]).toEqual({ status: 'wanted', added: '2025-01-02' });
		expect(await page.locator('#collection-announce').textContent()).toBe(`Saved copy 1 of ${owned.title}.`);
		expect(await card.locator('summary').textContent()).toBe('3 copies (2 for trade) — details');
		expect(await page.locator('#collection-summary').textContent()).toBe('You own 1 pass and want 1 pass. 2 duplicate copies for trade.');

		// A second copy, by keyboard: focus moves into the new copy's form.
		await card.getByRole('button', { name: `Add a copy of ${owned.title}` }).focus();
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(`copy-${owned.id}-1-grade`);
		const second = card.locator('form.copy-form').nth(1);
		await second.getByLabel('Grade').selectOption('fair');
		await second.getByRole('button', { name: `Save copy 2 of ${owned.title}` }).click();
		expect((await stored(page)).items[owned.id].copies[1]).toEqual({ quantity: 1, grade: 'fair' });
	});

	it('filters by what the collector holds and by band, and sorts', async () => {
		await page.selectOption('#view-show', 'duplicates');
		expect(await page.locator('#collection-owned h3').allTextContents()).toEqual([owned.title]);
		expect(await page.locator('#collection-wanted').isVisible()).toBe(false);
		expect(await page.locator('#view-result').textContent()).toBe('Showing 1 of 2 passes.');
		await page.selectOption('#view-show', 'all');
		await page.selectOption('#view-band', wanted.band.name);
		expect(await page.locator('#collection-owned h3').allTextContents()).toEqual([]);
		expect(await page.locator('#collection-wanted h3').allTextContents()).toEqual([wanted.title]);
		await page.selectOption('#view-band', '');
		await page.selectOption('#view-sort', 'added');
		expect(await page.locator('#view-result').textContent()).toBe('');
		await page.selectOption('#view-sort', 'band');
	});

	it('exports JSON and CSV with every field; clear → import brings back exactly the same', async () => {
		const before = await stored(page);
		const json = await downloadOf(page, '#export-json');
		expect(JSON.parse(json).items[owned.id].copies[0].price).toEqual({ amount: 12.5, currency: 'EUR' });
		const csv = await downloadOf(page, '#export-csv');
		const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines[1]).toContain(`${owned.id},owned,2024-05-31,from the first tour I saw,3,near-mint,12.5,EUR,2024-05-30,"Record fair, Utrecht","Backing intact, ""never worn"", one corner soft"`);
		expect(lines[2]).toContain(`${owned.id},owned,2024-05-31,from the first tour I saw,1,fair,,,,,`);

		for (const [name, text] of [['backup.json', json], ['backup.csv', csv]] as const) {
			await page.click('#collection-clear');
			await page.getByRole('button', { name: 'Clear collection', exact: true }).click();
			expect(await stored(page)).toBeNull();
			await page.setInputFiles('#collection-import', { name, mimeType: 'text/plain', buffer: Buffer.from(text) });
			await page.waitForFunction(() => /Imported/.test(document.getElementById('collection-message')?.textContent ?? ''));
			expect(await page.locator('#collection-message').textContent()).toBe(`Imported 2 passes from ${name}: 2 new, 0 changed, 0 already there.`);
			expect(await stored(page)).toEqual(before);
		}
	});

	it('fits the width with the copy editor open, without axe-core violations; screenshot', async () => {
		await page.locator(`#collection-owned li[data-id="${owned.id}"] details`).evaluate((d: HTMLDetailsElement) => {
			d.open = true;
		});
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await page.screenshot({ path: new URL(`collection-${width}.png`, SCREENSHOTS).pathname, fullPage: true });
		const found = await audit(
			width,
			`${base}/collection/`,
			async (p) => {
				await p.locator('#collection-app:not([aria-busy])').waitFor({ state: 'visible' });
				await p.locator('details.collection-copies').first().evaluate((d: HTMLDetailsElement) => {
					d.open = true;
				});
			},
			JSON.stringify(await stored(page)),
		);
		expect(found).toEqual([]);
	});

	it('makes share links for the wantlist and the duplicates', async () => {
		await page.click('#share-wanted');
		await page.waitForFunction(() => /Made a link/.test(document.getElementById('share-message')?.textContent ?? ''));
		sharedWantlist = await page.inputValue('#share-link');
		expect(sharedWantlist).toMatch(new RegExp(`^${base}/collection/shared/#v1\\.w\\.[A-Za-z0-9_-]+$`));
		await page.click('#share-duplicates');
		await page.waitForFunction((w) => (document.getElementById('share-link') as HTMLInputElement).value !== w, sharedWantlist);
		sharedDuplicates = await page.inputValue('#share-link');
		expect(sharedDuplicates).toMatch(/\/collection\/shared\/#v1\.d\./);
		expect(await page.locator('#share-message').textContent()).toMatch(/^Made a link to your duplicates list \(1 pass, \d+ characters\)/);
	});

	it('a shared wantlist opens read-only in a fresh browser, and copies to that browser’s wantlist', async () => {
		const fresh = await newContext(width);
		const other = await fresh.context.newPage();
		const otherErrors = watchErrors(other);
		await other.goto(sharedWantlist, { waitUntil: 'networkidle' });
		await other.locator('#shared-app').waitFor({ state: 'visible' });
		expect(await other.locator('h1').textContent()).toBe('A shared wantlist');
		expect(await other.title()).toMatch(/^A shared wantlist · /);
		expect(await other.locator('#shared-summary').textContent()).toBe('The collector is looking for 1 pass.');
		expect(await other.locator('#shared-list a').getAttribute('href')).toBe(wanted.url);
		expect(await other.locator('#shared-list a').textContent()).toBe(wanted.title);
		// Read-only: nothing to edit, and nothing stored by looking.
		expect(await other.locator('#shared-app input, #shared-app select, #shared-app textarea').count()).toBe(0);
		expect(await stored(other)).toBeNull();
		expect(await overflow(other)).toBeLessThanOrEqual(0);
		await other.screenshot({ path: new URL(`shared-${width}.png`, SCREENSHOTS).pathname, fullPage: true });

		await other.getByRole('button', { name: 'Copy to my wantlist' }).click();
		expect(await other.locator('#shared-message').textContent()).toBe('Added 1 pass to your wantlist.');
		expect(Object.entries((await stored(other)).items).map(([id, it]) => [id, (it as { status: string }).status])).toEqual([[wanted.id, 'wanted']]);

		// The duplicates link, pasted into the same tab (only the fragment changes).
		await other.evaluate((hash) => {
			location.hash = hash;
		}, new URL(sharedDuplicates).hash);
		await other.waitForFunction(() => document.querySelector('h1')?.textContent === 'Duplicates for trade');
		expect(await other.locator('#shared-list li').allTextContents()).toEqual([expect.stringContaining(`${owned.title}`)]);
		expect(await other.locator('#shared-list li').textContent()).toContain('3 copies for trade');
		await other.getByRole('button', { name: 'Copy to my wantlist' }).click();
		expect(await other.locator('#shared-message').textContent()).toBe('Added 1 pass to your wantlist.');
		expect(otherErrors).toEqual([]);
		expect(fresh.violations).toEqual([]);
		await fresh.context.close();
		expect(await audit(width, sharedWantlist, (p) => p.locator('#shared-app').waitFor({ state: 'visible' }), null)).toEqual([]);
	});

	it.each([
		['garbage', '#this-is-not-a-list', /damaged or incomplete/],
		['a cut-off link', () => sharedWantlist.slice(sharedWantlist.indexOf('#'), -6), /^This link /],
		['a newer format', '#v9.w.AAAA', /newer version of the site/],
		['an unknown pass', '#v1.w.4zJQiM_L14svLk3O0IsvSCwu1otPzKssz0gtSgUA', /no-such-pass-anywhere/],
	])('a link with %s shows a clear message, never a broken page', async (what, fragment, expected) => {
		const fresh = await newContext(width);
		const other = await fresh.context.newPage();
		const otherErrors = watchErrors(other);
		const hash = typeof fragment === 'function' ? fragment() : fragment;
		await other.goto(`${base}/collection/shared/${hash}`, { waitUntil: 'networkidle' });
		if (what === 'an unknown pass') {
			await other.locator('#shared-app').waitFor({ state: 'visible' });
			expect(await other.locator('#shared-unknown-section').isVisible()).toBe(true);
			expect(await other.locator('#shared-unknown').textContent()).toMatch(expected);
			expect(await other.locator('#shared-copy').isDisabled()).toBe(true);
		} else {
			await other.locator('#shared-error').waitFor({ state: 'visible' });
			expect(await other.locator('h1').textContent()).toBe('This shared list cannot be shown');
			expect(await other.locator('#shared-error').textContent()).toMatch(expected);
			expect(await other.locator('#shared-app').isVisible()).toBe(false);
		}
		expect(otherErrors).toEqual([]);
		expect(fresh.violations).toEqual([]);
		await fresh.context.close();
	});

	it('logged no console errors, failed requests or CSP violations on the collection page', () => {
		expect(errors).toEqual([]);
		expect(violations).toEqual([]);
	});
});

describe('Own / Want on pass cards', () => {
	it('are hidden without JavaScript, and with it mark a pass the pass page then shows', async () => {
		const noJs = await browser().newContext({ javaScriptEnabled: false });
		const still = await noJs.newPage();
		await still.goto(`${base}/passes/`);
		expect(await still.locator('[data-card-collection]').first().isVisible()).toBe(false);
		await noJs.close();

		const { context, violations } = await newContext(360);
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${base}/passes/`, { waitUntil: 'networkidle' });
		const group = page.getByRole('group', { name: `My collection: ${wanted.title}` });
		await group.getByRole('button', { name: 'Want' }).click();
		expect(await group.getByRole('button', { name: 'Want' }).getAttribute('aria-pressed')).toBe('true');
		expect((await stored(page)).items[wanted.id]).toEqual({ status: 'wanted', added: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
		// Pressing the button did not follow the card's link.
		expect(new URL(page.url()).pathname).toBe('/passes/');
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await page.goto(`${base}${wanted.url}`, { waitUntil: 'networkidle' });
		expect(await page.locator('[data-collection-status]').textContent()).toBe('On your wantlist.');
		expect(errors).toEqual([]);
		expect(violations).toEqual([]);
		await context.close();
	});
});
