/**
 * Screenshots of the built site at a phone and a laptop width, for reviewing UI work and for the
 * notes that close it: `npm run build && npm run screenshots -- [name…] [--out dir] [--full] [--dark]`
 * (`--dark`: the dark colour scheme, files named `…-dark.png`).
 * Serves dist/ the way a static host does and drives Debian's Chromium (never a downloaded browser).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

/** The pages a UI change is judged on: one row per template worth looking at. */
export const SCREENSHOT_PAGES = {
	home: '/',
	passes: '/passes/',
	pass: '/passes/in-utero-1993-north-america-all-access-laminate/',
	fake: '/passes/in-utero-1993-all-access-laminate-reprint/',
	compare: '/compare/?p=in-utero-1993-north-america-all-access-laminate,in-utero-1993-all-access-laminate-reprint',
	band: '/bands/nirvana/',
	'band-filtered': '/bands/nirvana/?type=All+access',
	tour: '/tours/in-utero-tour/',
	'pass-types': '/pass-types/',
	'type-guide': '/pass-types/all-access/',
	'sticky-guide': '/guides/sticky-passes/',
	'auth-guide': '/guides/authenticating-passes/',
	search: '/search/?q=laminate',
	'search-pages': '/search/?q=nirvana',
	collection: '/collection/',
	contribute: '/contribute/',
	timeline: '/timeline/',
	stats: '/stats/',
} as const satisfies Record<string, string>;

const WIDTHS = [360, 1280] as const;

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { out: { type: 'string', default: 'screenshots' }, full: { type: 'boolean', default: false }, dark: { type: 'boolean', default: false } },
});
const names = positionals.length > 0 ? positionals : Object.keys(SCREENSHOT_PAGES);
const unknown = names.filter((name) => !(name in SCREENSHOT_PAGES));
if (unknown.length > 0) {
	console.error(`unknown page ${unknown.join(', ')}; known: ${Object.keys(SCREENSHOT_PAGES).join(', ')}`);
	process.exit(2);
}

const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const server = await serveStatic(resolve('dist'));
const browser = await launchChromium();
try {
	for (const width of WIDTHS) {
		const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: values.dark ? 'dark' : 'light' });
		for (const name of names) {
			await page.goto(server.url + SCREENSHOT_PAGES[name as keyof typeof SCREENSHOT_PAGES], { waitUntil: 'networkidle' });
			const file = join(out, `${name}-${width}${values.dark ? '-dark' : ''}.png`);
			await page.screenshot({ path: file, fullPage: values.full });
			console.log(file);
		}
		await page.close();
	}
} finally {
	await browser.close();
	server.close();
}
