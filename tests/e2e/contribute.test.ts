/**
 * The /contribute/ form in Chromium, used as a newcomer would: nothing red before a field is left,
 * every problem at once on submit (cross-field dates included) with a summary and focus on the
 * first, a GPS-tagged photo dropped in and coming out clean, and an issue link that
 * `npm run submission` turns into the same pass.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTRIBUTE_FIELDS } from '../../src/lib/contribute/contribute-fields.ts';
import type { IssueLink } from '../../src/lib/contribute/issue-link.ts';
import { canonicalPhotoProblems } from '../../src/lib/photos/photo-canonical.ts';
import { readExif } from '../../src/lib/photos/photo-exif.ts';
import { MAX_EDGE } from '../../src/lib/photos/photo-limits.ts';
import { runSubmission } from '../../scripts/submission/run-submission.ts';
import { useChromium, watchErrors } from '../helpers/browser.ts';
import { issueBodyFrom } from '../helpers/github-issue-form.ts';
import { copyContent } from '../helpers/copy-content.ts';

const base = inject('baseUrl');
const work = mkdtempSync(join(tmpdir(), 'contribute-'));
const browser = useChromium();
let page: Page;
let errors: string[];

beforeAll(async () => {
	page = await browser().newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
	errors = watchErrors(page);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function openForm(): Promise<void> {
	await page.goto(`${base}/contribute/`, { waitUntil: 'networkidle' });
}

const shownErrors = () => page.$$eval('.field-error', (nodes) => nodes.map((n) => n.textContent ?? ''));
const summary = () => page.$$eval('#error-summary-list li', (items) => items.map((li) => li.textContent ?? ''));

/** A 3200 × 2400 JPEG carrying GPS coordinates and a camera name, as a phone writes it. */
async function gpsJpeg(): Promise<Buffer> {
	const bytes = await sharp({ create: { width: 3200, height: 2400, channels: 3, background: '#2a6' } })
		.jpeg()
		.withExif({
			IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
			IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 26/1 54/1', GPSLongitudeRef: 'W', GPSLongitude: '112/1 4/1 17/1' },
		})
		.toBuffer();
	const exif = (await sharp(bytes).metadata()).exif;
	// The test means something only if the photo really carries GPS data going in.
	expect(exif && readExif(exif)?.gps).toBe(true);
	return bytes;
}

async function dropFile(bytes: Buffer, name: string, type: string): Promise<void> {
	await page.evaluate(
		({ base64, name, type }) => {
			const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const transfer = new DataTransfer();
			transfer.items.add(new File([data], name, { type }));
			const zone = document.querySelector('[data-drop-zone]');
			zone?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
		},
		{ base64: bytes.toString('base64'), name, type },
	);
}

const STORY = 'Worn by a **local crew** member at the opening show in Phoenix.\n\nKept flat in a folder since.';

async function fillValidPass(): Promise<void> {
	await page.fill('#f-title', 'Phoenix opening night all-access laminate');
	await page.selectOption('#f-band', 'nirvana');
	await expect.poll(() => page.$$eval('#f-tour option', (o) => o.length)).toBeGreaterThan(1);
	await page.selectOption('#f-tour', 'in-utero-tour');
	await page.selectOption('#f-type', 'all-access');
	await page.selectOption('#f-format', 'laminate');
	await page.fill('#f-validFrom', '1993-10-18');
	await page.check('#f-securityFeatures');
	await page.fill('#f-signer', 'Krist Novoselic');
	await page.fill('#f-signerRole', 'bassist');
	await page.selectOption('#f-grade', 'very-good');
	await page.check('#f-flaws-creased');
	await page.fill('#f-credit', 'Form Tester');
	await page.fill('#f-sourceTitle', 'Wikipedia: In Utero Tour');
	await page.fill('#f-sourceWhere', 'https://en.wikipedia.org/wiki/In_Utero_Tour');
	await page.fill('#f-contributor', 'Form Tester');
	await page.fill('#f-story', STORY);
	await page.check('#f-consent');
	await page.check('#f-consent-public');
}

describe('contribute form', () => {
	it('shows no error before a field is left, and the field’s own after', async () => {
		await openForm();
		await page.focus('#f-title');
		await page.keyboard.type('x');
		await page.keyboard.press('Backspace');
		expect(await shownErrors()).toEqual([]);
		expect(await page.$$('[aria-invalid]')).toHaveLength(0);
		await page.keyboard.press('Tab');
		await expect.poll(shownErrors).toEqual(['Title: write what is printed on the pass, or a short description of it']);
		expect(await page.getAttribute('#f-title', 'aria-invalid')).toBe('true');
		expect((await page.getAttribute('#f-title', 'aria-describedby'))?.split(' ')).toContain('f-title-error');
		// Tabbing through an empty field without typing is not a mistake.
		await page.keyboard.press('Tab');
		expect(await shownErrors()).toHaveLength(1);
		expect(await page.isHidden('#error-summary')).toBe(true);
	});

	it('on Enter in an empty form, lists every missing field by its label, and moves focus to the first', async () => {
		await openForm();
		await page.focus('#f-leg');
		await page.keyboard.press('Enter');
		await page.waitForSelector('#error-summary:not([hidden])');
		expect(await page.getAttribute('#error-summary', 'role')).toBe('alert');
		const listed = await summary();
		for (const row of CONTRIBUTE_FIELDS.filter((r) => r.required)) expect(listed.some((l) => l.startsWith(`${row.label}: `)), row.label).toBe(true);
		expect(listed).toContain('Title: write what is printed on the pass, or a short description of it');
		expect(listed).toContain('Photos: add a photo of the front');
		expect(listed.join('\n')).not.toMatch(/Invalid input|expected|undefined|\[\d\]/);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-title');
		// A summary link takes the keyboard to its field.
		await page.click('#error-summary-list a[href="#f-grade"]');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-grade');
		expect(await page.getAttribute('#f-grade', 'aria-invalid')).toBe('true');
	});

	it('reports reversed dates outside the tour together with the missing fields', async () => {
		await openForm();
		await page.selectOption('#f-band', 'nirvana');
		await expect.poll(() => page.$$eval('#f-tour option', (o) => o.length)).toBeGreaterThan(1);
		await page.selectOption('#f-tour', 'in-utero-tour');
		await page.fill('#f-validFrom', '1995-01');
		await page.fill('#f-validTo', '1993-11');
		await page.click('#check-button');
		await page.waitForSelector('#error-summary:not([hidden])');
		const listed = await summary();
		expect(listed).toContain('Valid to: is before “Valid from” (1995-01) — swap them or fix the dates');
		expect(listed.some((l) => l.startsWith('Valid from: 1995-01 is outside the tour "In Utero Tour"'))).toBe(true);
		expect(listed).toContain('Title: write what is printed on the pass, or a short description of it');
		expect(listed).toContain('Pass type: choose the pass type');
		expect(errors).toEqual([]);
	});

	it('prepares a dropped GPS photo without any metadata, and opens an issue that npm run submission reads as the same pass', { timeout: 120_000 }, async () => {
		await openForm();
		await dropFile(await gpsJpeg(), 'IMG_0042.JPG', 'image/jpeg');
		await page.waitForSelector('#f-photo-alt-0');
		expect(await page.textContent('.photo-meta')).toMatch(/3000 × 2250 JPEG.*scaled down from 3200 × 2400.*metadata removed/);
		await fillValidPass();
		// A pass signed twice, with two sources: each added with its own button.
		await page.click('[data-repeat="signatures"] [data-add-copy]');
		await page.fill('#f-signer-2', 'Dave Grohl');
		await page.fill('#f-signerRole-2', 'drummer');
		await page.click('[data-repeat="sources"] [data-add-copy]');
		await page.fill('#f-sourceTitle-2', 'My own ticket stub from the show');
		await page.fill('#f-sourceWhere-2', 'own collection');
		await page.fill('#f-photo-alt-0', 'Front of the laminate: NIRVANA and IN UTERO over a hologram');
		await page.click('#check-button');
		await page.waitForSelector('#issue-step:not([hidden])');
		expect(await summary()).toEqual([]);

		const [download] = await Promise.all([page.waitForEvent('download'), page.click('#photo-downloads a')]);
		expect(download.suggestedFilename()).toBe('phoenix-opening-night-all-access-laminate-front.jpg');
		const photo = readFileSync((await download.path()) ?? '');
		const meta = await sharp(photo).metadata();
		expect(meta.format).toBe('jpeg');
		expect(meta.exif).toBeUndefined();
		expect(meta.xmp).toBeUndefined();
		expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(MAX_EDGE);
		expect(photo.includes('Exif')).toBe(false);
		expect(photo.includes('PhoneMaker')).toBe(false);
		expect(canonicalPhotoProblems(photo)).toEqual([]);

		// What GitHub would store once the contributor did what the page says.
		const link: IssueLink = {
			url: (await page.getAttribute('#issue-link', 'href')) ?? '',
			paste: [],
			choices: await page.$$eval('#issue-choice-list li', (items) => items.map((li) => ({ id: li.getAttribute('data-field') ?? '', label: '', options: JSON.parse(li.getAttribute('data-options') ?? '[]') as string[] }))),
		};
		expect(link.url.length).toBeLessThanOrEqual(8000);
		expect(new URL(link.url).pathname).toBe('/backstage-pass-catalog/catalog/issues/new');
		const { title, body } = issueBodyFrom(link);
		// GitHub reads `title` from the link as the issue's title: the Title field must not take it over.
		expect(title).toBe('New pass: Phoenix opening night all-access laminate');
		const photos = join(work, 'photos');
		mkdirSync(photos, { recursive: true });
		writeFileSync(join(photos, 'front.jpg'), photo);
		const content = join(work, 'repo', 'content');
		copyContent(content);
		const result = await runSubmission({ body, contentDir: content, photosDir: photos, today: '2026-12-05' });
		expect(result.ok ? '' : result.comment).toBe('');
		if (!result.ok) return;
		expect(result.data).toMatchObject({
			title: 'Phoenix opening night all-access laminate',
			band: 'nirvana',
			tour: 'in-utero-tour',
			type: 'all-access',
			format: 'laminate',
			validFrom: '1993-10-18',
			securityFeatures: ['hologram'],
			signatures: [
				{ signer: 'Krist Novoselic', role: 'bassist', medium: 'unknown', occasion: 'afterwards', authenticated: false },
				{ signer: 'Dave Grohl', role: 'drummer', medium: 'unknown', occasion: 'afterwards', authenticated: false },
			],
			condition: { grade: 'very-good', flaws: ['creased'] },
			photos: [{ side: 'front', alt: 'Front of the laminate: NIRVANA and IN UTERO over a hologram', credit: 'Form Tester' }],
			sources: [
				{ title: 'Wikipedia: In Utero Tour', url: 'https://en.wikipedia.org/wiki/In_Utero_Tour' },
				{ title: 'My own ticket stub from the show', citation: 'own collection' },
			],
			contributors: ['Form Tester'],
			example: false,
		});
		expect(readFileSync(join(result.folder, 'index.mdx'), 'utf-8')).toContain(STORY);
		expect(errors).toEqual([]);
	});

	it.each([1280, 360])('shows its problems accessibly and within the screen at %i px (axe-core)', async (width) => {
		// axe is injected as a script, which the page's own policy rightly refuses: audit without it.
		const context = await browser().newContext({ bypassCSP: true, viewport: { width, height: 900 } });
		const audited = await context.newPage();
		await audited.goto(`${base}/contribute/`, { waitUntil: 'networkidle' });
		// Added copies of a section are audited too.
		await audited.click('[data-repeat="signatures"] [data-add-copy]');
		await audited.click('[data-repeat="sources"] [data-add-copy]');
		await audited.focus('#f-title');
		await audited.keyboard.press('Enter');
		await audited.waitForSelector('#error-summary:not([hidden])');
		await audited.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
		const violations = await audited.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe;
			return (await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })).violations.map((v) => v.id);
		});
		expect(violations).toEqual([]);
		expect(await audited.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		await context.close();
	});

	it('adds and removes signatures by keyboard, up to the limit, keeping names, legends and messages in step', async () => {
		await openForm();
		const box = page.locator('[data-repeat="signatures"]');
		const add = box.locator('[data-add-copy]');
		await add.focus();
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-signer-2');
		await page.keyboard.type('Dave Grohl');
		await add.click();
		await page.fill('#f-signedOn-3', '1993-13');
		await page.focus('#f-title');
		await page.keyboard.press('Enter');
		await page.waitForSelector('#error-summary:not([hidden])');
		expect(await summary()).toContain('Signed on (signature 3): month 13 in "1993-13" does not exist');
		expect(await page.getAttribute('#f-signedOn-3', 'aria-invalid')).toBe('true');
		// Signature 2 removed: signature 3 becomes 2, its answer and its message with it.
		await box.getByRole('button', { name: 'Remove signature 2' }).click();
		expect(await box.locator('legend').allTextContents()).toEqual(['Signature', 'Signature 2']);
		expect(await page.inputValue('#f-signedOn-2')).toBe('1993-13');
		expect(await page.locator('#f-signer-3').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-signer-2');
		expect(await page.getAttribute('#f-signedOn-2', 'aria-invalid')).toBe('true');
		expect(await page.locator('label[for="f-signedOn-2"]').count()).toBe(1);
		// No more than the section allows: the button goes at the last one.
		while (await add.isVisible()) await add.click();
		expect(await box.locator('fieldset').count()).toBe(8);
		expect(errors).toEqual([]);
	});

	it('keeps a copy’s message and its summary link with the copy when an earlier copy is removed', async () => {
		await openForm();
		const box = page.locator('[data-repeat="signatures"]');
		const add = box.locator('[data-add-copy]');
		await add.click();
		await add.click();
		// Left with a bad date: its message shows before any submit.
		await page.fill('#f-signedOn-3', '1993-13');
		await page.focus('#f-title');
		expect(await shownErrors()).toEqual(['Signed on (signature 3): month 13 in "1993-13" does not exist']);
		await box.getByRole('button', { name: 'Remove signature 2' }).click();
		// The copy is now signature 2, and it was left all the same.
		expect(await shownErrors()).toEqual(['Signed on (signature 2): month 13 in "1993-13" does not exist']);
		// A new signature 3 has not been left: nothing red while it is typed in.
		await add.click();
		await page.fill('#f-signedOn-3', '1993-14');
		expect(await shownErrors()).toEqual(['Signed on (signature 2): month 13 in "1993-13" does not exist']);
		// After a submit, the summary's links follow the copies as they are renumbered.
		await page.keyboard.press('Enter');
		await page.waitForSelector('#error-summary:not([hidden])');
		await box.getByRole('button', { name: 'Remove signature 2' }).click();
		const links = await page.$$eval('#error-summary-list a', (nodes) => nodes.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
		expect(links.filter((l) => l.text.startsWith('Signed on'))).toEqual([{ href: '#f-signedOn-2', text: 'Signed on (signature 2): month 14 in "1993-14" does not exist' }]);
		for (const { href } of links) expect(await page.locator(href).count(), href).toBe(1);
		expect(errors).toEqual([]);
	});

	it('keeps a photo’s description message with its photo when an earlier photo is removed', { timeout: 60_000 }, async () => {
		await openForm();
		const jpeg = (colour: string) => sharp({ create: { width: 800, height: 600, channels: 3, background: colour } }).jpeg().toBuffer();
		await dropFile(await jpeg('#2a6'), 'first.jpg', 'image/jpeg');
		await page.waitForSelector('#f-photo-alt-0');
		await dropFile(await jpeg('#a26'), 'second.jpg', 'image/jpeg');
		await page.waitForSelector('#f-photo-alt-1');
		// The second photo's description is left as a file name: its message shows.
		await page.fill('#f-photo-alt-1', 'second.jpg');
		await page.focus('#f-title');
		const message = /photo: is a file name — describe what the photo shows$/;
		expect(await shownErrors()).toEqual([expect.stringMatching(message)]);
		await page.getByRole('button', { name: 'Remove first.jpg' }).click();
		// Its box is now the first one, and it was left all the same; the first photo's marks went with it.
		expect(await page.inputValue('#f-photo-alt-0')).toBe('second.jpg');
		expect(await shownErrors()).toEqual([expect.stringMatching(message)]);
		expect(await page.getAttribute('#f-photo-alt-0', 'aria-invalid')).toBe('true');
		expect(errors).toEqual([]);
	});

	it('refuses a file that is not a still photo, saying why', async () => {
		await openForm();
		// Two 400 × 400 frames, one light and one dark: a GIF that moves.
		const frames = Buffer.alloc(400 * 800 * 3, 0).fill(200, 0, 400 * 400 * 3);
		const animated = await sharp(frames, { raw: { width: 400, height: 800, channels: 3, pageHeight: 400 } }).gif().toBuffer();
		expect((await sharp(animated).metadata()).pages).toBe(2);
		await dropFile(Buffer.from('not an image at all'), 'notes.jpg', 'image/jpeg');
		await expect.poll(() => page.textContent('#photo-list')).toContain('notes.jpg is not a photo this form can read');
		await dropFile(animated, 'moving.gif', 'image/gif');
		await expect.poll(() => page.textContent('#photo-list')).toContain('moving.gif moves');
		await page.click('#check-button');
		await page.waitForSelector('#error-summary:not([hidden])');
		expect((await summary()).some((l) => l.startsWith('Photos: notes.jpg is not a photo this form can read'))).toBe(true);
	});
});
