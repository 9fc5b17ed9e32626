/**
 * The pictures of the web form in CONTRIBUTING.md, taken from the built site in its three states —
 * empty, after a submit with problems, and ready with a prepared photo — so the guide shows the
 * form as it is: `npm run build && node scripts/contribute-screenshots.ts [--out docs/images] [--width 1280]`.
 * The photo is drawn here (sharp), never copied from anywhere.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/images' }, width: { type: 'string', default: '1280' } } });
const out = resolve(values.out);
const width = Number(values.width);
mkdirSync(out, { recursive: true });

/** A laminate-like drawing: a coloured card with a banner, for the photo step. */
async function samplePhoto(): Promise<Buffer> {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1200"><rect width="900" height="1200" fill="#e8e4da"/><rect x="150" y="150" width="600" height="900" rx="30" fill="#1f6f78"/><rect x="150" y="420" width="600" height="160" fill="#e9724c"/><text x="450" y="525" font-size="96" font-family="sans-serif" font-weight="700" text-anchor="middle" fill="#fff">ALL ACCESS</text><circle cx="450" cy="850" r="90" fill="#c9d6df"/></svg>`;
	return sharp(Buffer.from(svg)).jpeg().toBuffer();
}

const server = await serveStatic(resolve('dist'));
const browser = await launchChromium();
try {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	const shot = async (name: string) => {
		const file = join(out, `${name}${width === 1280 ? '' : `-${width}`}.png`);
		await page.screenshot({ path: file });
		console.log(file);
	};
	await page.goto(`${server.url}/contribute/`, { waitUntil: 'networkidle' });
	await page.locator('h1').scrollIntoViewIfNeeded();
	await shot('contribute-form');

	await page.focus('#f-title');
	await page.keyboard.press('Enter');
	await page.waitForSelector('#error-summary:not([hidden])');
	await page.evaluate(() => window.scrollTo(0, (document.getElementById('error-summary')?.getBoundingClientRect().top ?? 0) + window.scrollY - 16));
	await shot('contribute-errors');

	const photo = await samplePhoto();
	await page.setInputFiles('#f-photos', { name: 'laminate-front.jpg', mimeType: 'image/jpeg', buffer: photo });
	await page.waitForSelector('#f-photo-alt-0');
	await page.fill('#f-photo-alt-0', 'Teal laminate with ALL ACCESS on a coral banner and a round hologram');
	await page.fill('#f-title', 'In Utero Tour all-access laminate');
	await page.selectOption('#f-band', 'nirvana');
	await page.waitForFunction(() => document.querySelectorAll('#f-tour option').length > 1);
	await page.selectOption('#f-tour', 'in-utero-tour');
	await page.selectOption('#f-type', 'all-access');
	await page.selectOption('#f-format', 'laminate');
	await page.fill('#f-validFrom', '1993-10-18');
	await page.check('#f-securityFeatures');
	await page.selectOption('#f-grade', 'very-good');
	await page.fill('#f-credit', 'A. Collector');
	await page.fill('#f-sourceTitle', 'My own pass and ticket stub');
	await page.fill('#f-sourceWhere', 'own collection');
	await page.fill('#f-contributor', 'A. Collector');
	await page.fill('#f-story', 'Given to me by a member of the local crew after the show.');
	await page.check('#f-consent');
	await page.check('#f-consent-public');
	await page.locator('.photo-field').scrollIntoViewIfNeeded();
	await page.evaluate(() => window.scrollTo(0, (document.querySelector('.photo-field')?.getBoundingClientRect().top ?? 0) + window.scrollY - 16));
	await shot('contribute-photos');
	await page.click('#check-button');
	await page.waitForSelector('#issue-step:not([hidden])');
	await page.evaluate(() => window.scrollTo(0, (document.getElementById('issue-step')?.getBoundingClientRect().top ?? 0) + window.scrollY - 16));
	await shot('contribute-ready');
} finally {
	await browser.close();
	server.close();
}
