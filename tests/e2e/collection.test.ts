/**
 * My collection in real Chromium against the built site: marking passes on their pages (mouse and
 * keyboard), surviving reloads and reaching other tabs, the /collection/ page with its counts,
 * JSON and CSV export as real downloads, clear, import, refused imports that change nothing, a
 * corrupt stored value — and no console errors or CSP violations anywhere.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useChromium, watchErrors } from '../helpers/browser.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const base = inject('baseUrl');
const catalog = catalogFromFiles();
// Two passes of different bands, both on a tour, so every count has something to show.
const owned = catalog.passes.find((p) => p.tour && p.entry.data.photos.length > 0);
const wanted = catalog.passes.find((p) => p.tour && p.band.id !== owned?.band.id);
if (!owned?.tour || !wanted?.tour) throw new Error('the sample catalog needs two toured passes of different bands');
const KEY = 'bpc-collection';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const browser = useChromium();
let context: BrowserContext;
/** Console errors, failed requests and HTTP errors of every page of the story. */
const errorLists: string[][] = [];
const violations: string[] = [];

beforeAll(async () => {
	// One context for the whole story: its localStorage is "this browser".
	context = await browser().newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
	await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
		});
	});
});

async function open(path: string): Promise<Page> {
	const page = await context.newPage();
	errorLists.push(watchErrors(page));
	await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
	return page;
}

/** Waits until the collection page has loaded the catalog and shown the collection. */
async function openCollection(): Promise<Page> {
	const page = await open('/collection/');
	await page.locator('#collection-app:not([aria-busy])').waitFor({ state: 'visible' });
	return page;
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const pressed = (page: Page, status: string) => page.getAttribute(`[data-collection-buttons] button[data-status="${status}"]`, 'aria-pressed');
const statusLine = (page: Page) => page.locator('[data-collection-status]').textContent();
const titles = (page: Page, list: 'owned' | 'wanted' | 'unknown') => page.locator(`#collection-${list} h3`).allTextContents();
const message = (page: Page) => page.locator('#collection-message').textContent();
const countRows = (page: Page, table: 'band' | 'tour') =>
	page.locator(`#counts-${table} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));

async function downloadOf(page: Page, button: string): Promise<{ name: string; text: string }> {
	const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
	const path = await download.path();
	return { name: download.suggestedFilename(), text: await readFile(path, 'utf-8') };
}

let exportedJson = '';
let exportedCsv = '';

describe('marking passes on their pages', () => {
	it('shows the buttons only with JavaScript, with nothing pressed at first', async () => {
		const noJs = await browser().newContext({ javaScriptEnabled: false });
		const still = await noJs.newPage();
		await still.goto(`${base}${owned.url}`);
		expect(await still.locator('[data-collection-buttons]').isVisible()).toBe(false);
		expect(await still.locator('[data-collection-buttons]').evaluate((el) => el.getBoundingClientRect().height)).toBe(0);
		await noJs.close();

		const page = await open(owned.url);
		expect(await page.locator('[data-collection-buttons]').isVisible()).toBe(true);
		expect([await pressed(page, 'owned'), await pressed(page, 'wanted')]).toEqual(['false', 'false']);
		expect(await statusLine(page)).toBe('Not in your collection.');
		await page.close();
	});

	it('marks one pass owned (mouse) and another wanted (keyboard); the buttons exclude each other', async () => {
		const page = await open(owned.url);
		await page.getByRole('button', { name: 'I own this' }).click();
		expect([await pressed(page, 'owned'), await pressed(page, 'wanted')]).toEqual(['true', 'false']);
		expect(await statusLine(page)).toBe('In your collection (owned).');
		await page.close();

		const other = await open(wanted.url);
		await other.focus('[data-collection-buttons] button[data-status="owned"]');
		await other.keyboard.press('Space');
		expect(await pressed(other, 'owned')).toBe('true');
		await other.keyboard.press('Tab');
		expect(await other.evaluate(() => document.activeElement?.textContent)).toBe('I want this');
		// The focus ring shows.
		expect(await other.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
		await other.keyboard.press('Enter');
		expect([await pressed(other, 'owned'), await pressed(other, 'wanted')]).toEqual(['false', 'true']);
		expect(await statusLine(other)).toBe('On your wantlist.');
		await other.close();
	});

	it('survives a reload', async () => {
		const page = await open(owned.url);
		await page.reload({ waitUntil: 'networkidle' });
		expect(await pressed(page, 'owned')).toBe('true');
		const value = JSON.parse((await stored(page)) ?? '{}');
		expect(value.version).toBe(2);
		expect(Object.keys(value.items).sort()).toEqual([owned.id, wanted.id].sort());
		expect(value.items[owned.id].status).toBe('owned');
		expect(value.items[wanted.id].added).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		await page.close();
	});

	it('pressing the pressed button again takes the pass out; other tabs follow', async () => {
		const page = await open(owned.url);
		const list = await openCollection();
		expect(await titles(list, 'owned')).toEqual([owned.title]);
		await page.getByRole('button', { name: 'I own this' }).click();
		expect(await statusLine(page)).toBe('Not in your collection.');
		await list.waitForFunction(() => document.querySelectorAll('#collection-owned > li').length === 0);
		await page.getByRole('button', { name: 'I own this' }).click();
		await list.waitForFunction(() => document.querySelectorAll('#collection-owned > li').length === 1);
		await page.close();
		await list.close();
	});
});

describe('the collection page', () => {
	it('lists owned and wanted passes with thumbnails, links and counts per band and tour', async () => {
		const page = await openCollection();
		expect(await page.locator('#collection-summary').textContent()).toBe('You own 1 pass and want 1 pass.');
		expect(await titles(page, 'owned')).toEqual([owned.title]);
		expect(await titles(page, 'wanted')).toEqual([wanted.title]);
		expect(await page.locator('#collection-owned a').getAttribute('href')).toBe(owned.url);
		expect(await page.locator('#collection-owned img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		expect(await page.locator('#collection-owned .body p').first().textContent()).toBe(`${owned.band.name} · ${owned.type.name} · ${owned.year}`);
		expect(await page.locator('[data-count="owned"]').textContent()).toBe('(1)');
		expect((await countRows(page, 'band')).sort()).toEqual([[owned.band.name, '1', '0'], [wanted.band.name, '0', '1']].sort());
		expect((await countRows(page, 'tour')).sort()).toEqual([[owned.tour?.name, '1', '0'], [wanted.tour?.name, '0', '1']].sort());
		expect(await page.locator('.collection-privacy').textContent()).toContain('Everything stays in this browser.');
		expect(await page.locator('.site-nav a[href="/collection/"]').getAttribute('aria-current')).toBe('page');
		await page.close();
	});

	it('exports JSON and CSV as downloads', async () => {
		const page = await openCollection();
		const json = await downloadOf(page, '#export-json');
		expect(json.name).toMatch(/^my-backstage-passes-\d{4}-\d{2}-\d{2}\.json$/);
		const data = JSON.parse(json.text);
		expect(data.version).toBe(2);
		expect(data.items[owned.id].copies).toEqual([{ quantity: 1 }]);
		expect(data.items[owned.id].status).toBe('owned');
		expect(data.items[wanted.id].status).toBe('wanted');
		exportedJson = json.text;

		const csv = await downloadOf(page, '#export-csv');
		expect(csv.name).toMatch(/\.csv$/);
		const lines = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
		expect(lines[0]).toBe('id,status,added,note,quantity,grade,price,currency,acquired,where,copy_notes,title,band,tour');
		expect(lines[1]).toContain(`${owned.id},owned,`);
		expect(lines[1]).toContain(owned.band.name);
		expect(lines[2]).toContain(`${wanted.id},wanted,`);
		exportedCsv = csv.text;
		expect(await message(page)).toContain('Exported 2 passes');
		await page.close();
	});

	it('clears after a confirmation (Escape keeps it), then an import of the JSON restores it', async () => {
		const page = await openCollection();
		await page.click('#collection-clear');
		expect(await page.locator('#collection-clear-dialog').isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep my collection');
		await page.keyboard.press('Escape');
		expect(await page.locator('#collection-clear-dialog').isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('collection-clear');
		expect(await titles(page, 'owned')).toEqual([owned.title]);

		await page.click('#collection-clear');
		expect(await page.locator('#clear-dialog-text').textContent()).toMatch(/^This removes all 2 passes from your collection/);
		await page.getByRole('button', { name: 'Clear collection', exact: true }).click();
		expect(await page.locator('#collection-summary').textContent()).toBe('Your collection is empty.');
		expect(await titles(page, 'owned')).toEqual([]);
		expect(await stored(page)).toBeNull();
		expect(await page.locator('#export-json').isDisabled()).toBe(true);

		await page.setInputFiles('#collection-import', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exportedJson) });
		await page.waitForFunction(() => document.querySelectorAll('#collection-owned > li').length === 1);
		expect(await message(page)).toBe('Imported 2 passes from backup.json: 2 new, 0 changed, 0 already there.');
		expect(await titles(page, 'owned')).toEqual([owned.title]);
		expect(await titles(page, 'wanted')).toEqual([wanted.title]);
		expect(JSON.parse((await stored(page)) ?? '{}').items).toEqual(JSON.parse(exportedJson).items);
		await page.close();
	});

	it('imports the CSV too: the same passes, nothing changed', async () => {
		const page = await openCollection();
		const before = await stored(page);
		await page.setInputFiles('#collection-import', { name: 'backup.csv', mimeType: 'text/csv', buffer: Buffer.from(exportedCsv) });
		await page.waitForFunction(() => /Imported/.test(document.getElementById('collection-message')?.textContent ?? ''));
		expect(await message(page)).toBe('Imported 2 passes from backup.csv: 0 new, 0 changed, 2 already there.');
		expect(JSON.parse((await stored(page)) ?? '{}')).toEqual(JSON.parse(before ?? '{}'));
		await page.close();
	});

	it.each([
		['broken.json', '{"version":1,"items":{', /^Could not import broken\.json: The file is not valid JSON .* Your collection was not changed\.$/],
		['future.json', '{"version":3,"items":{}}', /Unsupported collection version 3/],
		['bad-copy.json', `{"version":2,"items":{"some-pass":{"status":"owned","added":"2024-01-01","copies":[{"quantity":1,"price":{"amount":-1,"currency":"EUR"}}]}}}`, /^Could not import bad-copy\.json: Pass "some-pass", copy 1, price: the price cannot be negative\. Your collection was not changed\.$/],
		['bad-grade.csv', 'id,status,grade\nsome-pass,owned,shiny\n', /^Could not import bad-grade\.csv: Row 2, column grade: unknown condition grade "shiny"/],
		['bad-status.csv', 'id,status\nzooropa-x,owned\nother-x,sold\n', /^Could not import bad-status\.csv: Row 3: unknown status "sold" — use owned or wanted\. Your collection was not changed\.$/],
		['twice.csv', 'id,status\nsome-pass,owned\nsome-pass,wanted\n', /Row 3: pass "some-pass" is listed twice/],
		['photo.csv', 'GIF89a\0\0\0', /The file is not text/],
	])('refuses %s with a clear error and changes nothing', async (name, text, expected) => {
		const page = await openCollection();
		const before = await stored(page);
		await page.setInputFiles('#collection-import', { name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
		await page.waitForFunction(() => document.getElementById('collection-message')?.classList.contains('is-error'));
		expect(await message(page)).toMatch(expected);
		expect(await stored(page)).toBe(before);
		expect(await titles(page, 'owned')).toEqual([owned.title]);
		expect(await titles(page, 'wanted')).toEqual([wanted.title]);
		await page.close();
	});

	it('keeps imported passes the catalog does not know, says so, and can remove them', async () => {
		const page = await openCollection();
		const csv = 'id,status,added,note\nlong-gone-pass,wanted,2020-01-01,"from an older list, ""maybe"""\n';
		await page.setInputFiles('#collection-import', { name: 'old.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await page.waitForFunction(() => !document.getElementById('collection-unknown-section')?.hidden);
		expect(await message(page)).toContain('1 pass is not in this catalog (long-gone-pass); it was kept');
		expect(await titles(page, 'unknown')).toEqual(['long-gone-pass']);
		expect(await page.locator('#collection-summary').textContent()).toBe('You own 1 pass and want 1 pass. 1 more entry is not in the catalog.');
		expect(await page.locator('#collection-unknown .collection-note').textContent()).toBe('from an older list, "maybe"');
		await page.getByRole('button', { name: 'Remove long-gone-pass from my collection' }).click();
		expect(await page.locator('#collection-unknown-section').isHidden()).toBe(true);
		expect(Object.keys(JSON.parse((await stored(page)) ?? '{}').items)).toHaveLength(2);
		await page.close();
	});

	it('moves a wanted pass to owned from its card; importing the export again puts it back (the file wins)', async () => {
		const page = await openCollection();
		await page.getByRole('button', { name: `Mark as owned: ${wanted.title}` }).click();
		expect((await titles(page, 'owned')).sort()).toEqual([owned.title, wanted.title].sort());
		expect(await titles(page, 'wanted')).toEqual([]);
		expect(await message(page)).toBe(`Moved ${wanted.title} to owned.`);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('owned-heading');
		await page.setInputFiles('#collection-import', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exportedJson) });
		await page.waitForFunction(() => document.querySelectorAll('#collection-wanted > li').length === 1);
		expect(await message(page)).toBe('Imported 2 passes from backup.json: 0 new, 1 changed, 1 already there.');
		expect(JSON.parse((await stored(page)) ?? '{}').items).toEqual(JSON.parse(exportedJson).items);
		await page.close();
	});

	it('fits 360 px and has no axe-core violations with a collection shown', async () => {
		const page = await context.newPage();
		await page.setViewportSize({ width: 360, height: 800 });
		const pageErrors = watchErrors(page);
		errorLists.push(pageErrors);
		await page.goto(`${base}/collection/`, { waitUntil: 'networkidle' });
		await page.locator('#collection-app:not([aria-busy])').waitFor({ state: 'visible' });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(pageErrors).toEqual([]);
		const items = await stored(page);
		await page.close();

		// axe is injected as a script, which the page's own policy rightly refuses: audit without it.
		const audit = await browser().newContext({ bypassCSP: true, viewport: { width: 360, height: 800 } });
		await audit.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, items ?? ''] as const);
		for (const path of ['/collection/', owned.url]) {
			const p = await audit.newPage();
			await p.goto(`${base}${path}`, { waitUntil: 'networkidle' });
			await p.addScriptTag({ path: axePath });
			const result = await p.evaluate(async () => {
				const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; help: string }[] }> } }).axe;
				return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
			});
			expect(result.violations.map((v) => `${path}: ${v.id} ${v.help}`)).toEqual([]);
		}
		await audit.close();
	});
});

describe('a stored value that cannot be read', () => {
	it('starts empty with a warning, keeps a copy, and never breaks the page', async () => {
		const page = await open(owned.url);
		const warnings: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning') warnings.push(m.text());
		});
		await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"items":{"x":{"status":"sold"'), KEY);
		await page.reload({ waitUntil: 'networkidle' });
		expect(await page.locator('[data-collection-buttons]').isVisible()).toBe(true);
		expect(await statusLine(page)).toBe('Not in your collection.');
		expect(warnings.join('\n')).toMatch(/the stored collection could not be read/);
		expect(await page.evaluate(() => localStorage.getItem('bpc-collection-corrupt'))).toBe('{"version":1,"items":{"x":{"status":"sold"');
		await page.getByRole('button', { name: 'I want this' }).click();
		expect(Object.keys(JSON.parse((await stored(page)) ?? '{}').items)).toEqual([owned.id]);
		await page.close();
	});
});

describe('over the whole story', () => {
	it('logged no console errors, failed requests or CSP violations', () => {
		expect(errorLists.flat()).toEqual([]);
		expect(violations).toEqual([]);
	});
});
