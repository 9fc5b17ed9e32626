/**
 * Lighthouse on the templates a collector meets first, phone profile (Lighthouse's default mobile
 * emulation and simulated throttling), against the built site served as a static host serves it:
 * `npm run build && npm run audit:lighthouse [-- path…]`. Prints every category's score and exits
 * non-zero when one is below the floor. Debian's Chromium, never a downloaded browser.
 * `--details` also prints what shifted (Lighthouse's `layout-shifts` audit) and the scripts that kept
 * the main thread busy, which the scores alone do not say.
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

/** A table audit's rows, or none when the audit has no table (it passed, or did not run). */
function rows(lhr: { audits: Record<string, { details?: unknown }> }, id: string): Record<string, unknown>[] {
	const table = lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined;
	return table?.items ?? [];
}

function printDetails(lhr: Parameters<typeof rows>[0] & { audits: Record<string, { displayValue?: string }> }): void {
	console.log(`  cumulative-layout-shift ${lhr.audits['cumulative-layout-shift']?.displayValue ?? '?'}, total-blocking-time ${lhr.audits['total-blocking-time']?.displayValue ?? '?'}`);
	for (const item of rows(lhr, 'layout-shifts')) {
		const node = item['node'] as { selector?: string; snippet?: string } | undefined;
		const causes = ((item['subItems'] as { items?: { cause?: string }[] } | undefined)?.items ?? []).map((sub) => sub.cause).join('; ');
		console.log(`  shift ${Number(item['score']).toFixed(3)}  ${node?.selector ?? '?'}  ${node?.snippet?.slice(0, 120) ?? ''}${causes ? `  (${causes})` : ''}`);
	}
	for (const item of rows(lhr, 'bootup-time').slice(0, 5)) {
		console.log(`  script ${Math.round(Number(item['total']))} ms  ${String(item['url'])}`);
	}
	for (const item of rows(lhr, 'long-tasks').slice(0, 5)) {
		console.log(`  long task ${Math.round(Number(item['duration']))} ms at ${Math.round(Number(item['startTime']))} ms  ${String(item['url'])}`);
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
		if (details) printDetails(result.lhr);
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
