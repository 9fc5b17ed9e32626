/**
 * Lighthouse on the templates a collector meets first, phone profile (Lighthouse's default mobile
 * emulation and simulated throttling), against the built site served as a static host serves it:
 * `npm run build && npm run audit:lighthouse [-- [--details] path…]`. Prints every category's score
 * and exits non-zero when one is below the floor; `--details` also prints what the performance
 * score is made of (metrics, LCP element, layout shifts, long tasks, script boot-up). Debian's Chromium, never a downloaded browser.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { resolve } from 'node:path';
import { CHROMIUM } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

/** The floor for every category on every page (the project's standard). */
const FLOOR = 0.95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page per template collectors land on; more can be named on the command line. */
const PAGES = [
	'/',
	'/passes/',
	'/passes/in-utero-1993-north-america-all-access-laminate/',
	'/passes/in-utero-1993-all-access-laminate-reprint/',
	'/compare/?p=in-utero-1993-north-america-all-access-laminate,in-utero-1993-all-access-laminate-reprint',
	'/bands/nirvana/',
	'/tours/in-utero-tour/',
	'/pass-types/',
	'/guides/authenticating-passes/',
	'/search/?q=laminate',
	'/contribute/',
	'/collection/',
];

const args = process.argv.slice(2);
const details = args.includes('--details');
const named = args.filter((arg) => arg !== '--details');
const paths = named.length > 0 ? named : PAGES;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const DETAIL_AUDITS = ['largest-contentful-paint-element', 'layout-shifts', 'long-tasks', 'bootup-time', 'mainthread-work-breakdown', 'errors-in-console', 'inspector-issues'];

/** The rows of one audit's details table, each cut to one line, to see where time or shifts go. */
function printDetails(audits: Record<string, { displayValue?: string; details?: unknown }>): void {
	console.log(`  ${METRICS.map((id) => `${id} ${audits[id]?.displayValue ?? '?'}`).join(' · ')}`);
	for (const id of DETAIL_AUDITS) {
		const table = audits[id]?.details as { items?: Record<string, unknown>[] } | undefined;
		console.log(`  ${id}:`);
		for (const item of table?.items?.slice(0, 8) ?? []) {
			const rows = item['items'] && Array.isArray((item['items'] as unknown[])) ? (item['items'] as Record<string, unknown>[]) : [item];
			for (const row of rows) console.log(`    ${JSON.stringify(row).slice(0, 240)}`);
		}
	}
}
const server = await serveStatic(resolve('dist'));
const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const below: string[] = [];
try {
	console.log(['page', ...CATEGORIES].join('\t'));
	for (const path of paths) {
		const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
		if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
		const scores = CATEGORIES.map((category) => result.lhr.categories[category]?.score ?? 0);
		console.log([path, ...scores.map((score) => score.toFixed(2))].join('\t'));
		if (details) printDetails(result.lhr.audits);
		CATEGORIES.forEach((category, i) => {
			if ((scores[i] ?? 0) < FLOOR) {
				const failing = Object.values(result.lhr.audits)
					.filter((audit) => audit.score !== null && audit.score < 0.9 && result.lhr.categories[category]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0))
					.map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
				below.push(`${path} ${category} ${scores[i]?.toFixed(2)}: ${failing.join(', ')}`);
			}
		});
	}
} finally {
	chrome.kill();
	server.close();
}
if (below.length > 0) {
	console.error(`\nbelow ${FLOOR}:\n${below.join('\n')}`);
	process.exit(1);
}
