/** The /contribute/ form in Chromium: it reports problems per field and writes an entry that validates. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-files/content-problems.ts';
import { validateCatalog } from '../../scripts/validate.ts';
import { projectRoot } from '../helpers/astro-build.ts';
import { useChromium, watchErrors } from '../helpers/browser.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const base = inject('baseUrl');
const catalog = catalogFromFiles();
const work = mkdtempSync(join(tmpdir(), 'contribute-'));
const browser = useChromium();
let page: Page;
let errors: string[];

beforeAll(async () => {
	page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
	errors = watchErrors(page);
	await page.goto(`${base}/contribute/`, { waitUntil: 'networkidle' });
});
afterAll(async () => {
	rmSync(work, { recursive: true, force: true });
});

async function fillValidPass(): Promise<void> {
	await page.fill('#f-title', 'Phoenix opening night all-access laminate');
	await page.selectOption('#f-band', 'nirvana');
	await page.selectOption('#f-tour', 'in-utero-tour');
	await page.selectOption('#f-type', 'all-access');
	await page.selectOption('#f-format', 'laminate');
	await page.fill('#f-from', '1993-10-18');
	await page.check('#f-sf-hologram');
	await page.fill('#f-signer', 'Krist Novoselic');
	await page.fill('#f-role', 'bassist');
	await page.selectOption('#f-grade', 'very-good');
	await page.check('#f-fl-creased');
	await page.fill('#f-alt0', 'Front of the laminate: NIRVANA and IN UTERO over a hologram');
	await page.fill('#f-alt1', 'Back of the laminate, blank white with a serial number');
	await page.fill('#f-credit', 'Form Tester');
	await page.fill('#f-src-title', 'Wikipedia: In Utero Tour');
	await page.fill('#f-src-url', 'https://en.wikipedia.org/wiki/In_Utero_Tour');
	await page.fill('#f-name', 'Form Tester');
	await page.fill('#f-story', 'Worn by a **local crew** member at the opening show, see [the tour](https://en.wikipedia.org/wiki/In_Utero_Tour).');
}

describe('contribute form', () => {
	it('offers only the chosen band’s tours, fetched once the band is chosen', async () => {
		const tourOptions = () => page.$$eval('#f-tour option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
		// The page itself carries no tours: at 10,000 passes they made it megabytes.
		expect(await tourOptions()).toEqual([]);
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		for (const band of ['metallica', 'nirvana']) {
			await page.selectOption('#f-band', band);
			const expected = catalog.bands.find((b) => b.id === band)?.tours.map((t) => t.id) ?? [];
			expect(expected.length).toBeGreaterThan(0);
			await expect.poll(tourOptions).toEqual(expected);
		}
		expect(requested.filter((path) => path.startsWith('/contribute/bands/'))).toEqual(['/contribute/bands/metallica.json', '/contribute/bands/nirvana.json']);
	});

	it('marks each field with the catalog’s own message, and keeps the GitHub link disabled', async () => {
		await fillValidPass();
		await page.fill('#f-from', '1995-01');
		await page.fill('#f-story', 'Kept in a <b>drawer</b>.');
		await expect.poll(() => page.locator('#form-problems').textContent()).toContain('<b> is not allowed in a pass');
		expect(await page.locator('#form-problems').textContent()).toContain('validFrom: 1995-01 is outside the tour "In Utero Tour"');
		expect(await page.getAttribute('#f-from', 'aria-invalid')).toBe('true');
		expect(await page.textContent(`#${await page.getAttribute('#f-from', 'aria-describedby')}`)).toMatch(/outside the tour/);
		expect(await page.getAttribute('#github-link', 'aria-disabled')).toBe('true');
		expect(await page.isDisabled('#copy-entry')).toBe(true);
	});

	it('produces an entry that passes npm run validate, with its photos added', async () => {
		await fillValidPass();
		await expect.poll(() => page.locator('#form-problems').textContent()).toContain('passes every check');
		expect(await page.isDisabled('#copy-entry')).toBe(false);
		const text = await page.inputValue('#entry-text');
		const path = (await page.textContent('#entry-path')) ?? '';
		expect(path).toMatch(/^content\/passes\/[a-z0-9-]+\/index\.mdx$/);
		const link = new URL((await page.getAttribute('#github-link', 'href')) ?? '');
		expect(link.searchParams.get('filename')).toBe(path);
		expect(link.searchParams.get('value')).toBe(text);

		const root = join(work, 'repo');
		cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
		const folder = join(root, path.replace(/\/index\.mdx$/, ''));
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(root, path), text);
		for (const [name, colour] of [['front.jpg', '#237'], ['back.jpg', '#eee']] as const) {
			await sharp({ create: { width: 600, height: 800, channels: 3, background: colour } }).jpeg().toFile(join(folder, name));
		}
		const problems = await validateCatalog({ contentDir: join(root, 'content'), root });
		expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
		// A signature from the form is an autograph: it is not a security feature.
		expect(text).toContain('securityFeatures: ["hologram"]');
		expect(errors).toEqual([]);
	});

	it('says when the file name is already a pass in the catalog', async () => {
		const taken = catalog.passes[0]?.id ?? '';
		await page.fill('#f-slug', taken);
		await expect.poll(() => page.locator('#form-problems').textContent()).toContain('slug: is already a pass in the catalog');
		expect(await page.getAttribute('#f-slug', 'aria-invalid')).toBe('true');
		await page.fill('#f-slug', `${taken}-mine`);
		await expect.poll(() => page.locator('#form-problems').textContent()).toContain('passes every check');
		expect(errors).toEqual([]);
	});
});
