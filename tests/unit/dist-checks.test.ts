/** The link checker and the budget check, on small built sites made for the test. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBudgets } from '../../scripts/check-budgets.ts';
import { checkLinks } from '../../scripts/check-links.ts';

const root = mkdtempSync(join(tmpdir(), 'dist-checks-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
	const dist = join(root, name);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), text);
	}
	return dist;
}

describe('checkLinks', () => {
	it('accepts links, images, srcsets and anchors that exist', () => {
		const dist = site('ok', {
			'index.html': '<a href="/a/">A</a><a href="/a/#part">part</a><a href="#top" id="top">top</a><img src="/img/x.jpg" srcset="/img/x.jpg 1x, /img/x.jpg 2x"><a href="https://example.org/">out</a>',
			'a/index.html': '<h2 id="part">Part</h2>',
			'img/x.jpg': 'x',
		});
		expect(checkLinks(dist)).toEqual({ pages: 2, checked: 6, external: 1, broken: [] });
	});

	it('reports a missing page, a missing image in a srcset and a missing anchor', () => {
		const dist = site('broken', {
			'index.html': '<a href="/gone/">gone</a><img srcset="/img/x.jpg 1x, /img/y.jpg 2x" src="/img/x.jpg"><a href="/a/#nope">x</a><a href="relative/">rel</a>',
			'a/index.html': '<p id="yes">x</p>',
			'img/x.jpg': 'x',
		});
		expect(checkLinks(dist).broken).toEqual([
			'/ → /gone/: no such file',
			'/ → /img/y.jpg: no such file',
			'/ → /a/#nope: no element with id "nope"',
			'/ → relative/: no such file',
		]);
	});
});

describe('checkBudgets', () => {
	const big = 'x'.repeat(10);
	it('passes light pages and counts scripts with the modules they import', () => {
		const dist = site('light', {
			'index.html': `<script>${big}</script><p>home</p>`,
			'passes/p/index.html': '<script type="module" src="/_astro/PassGallery.1.js"></script>',
			'_astro/PassGallery.1.js': 'import"./shared.js";console.log(1)',
			'_astro/shared.js': 'export const a=1',
		});
		const { pages, failures } = checkBudgets(dist);
		expect(failures).toEqual([]);
		expect(pages.find((p) => p.url === '/passes/p/')?.scripts).toEqual(['/_astro/PassGallery.1.js', '/_astro/shared.js']);
	});

	it('fails a script file on a page that should have none, and an oversized page', () => {
		const noise = randomBytes(50_000).toString('base64');
		const dist = site('heavy', {
			'bands/index.html': '<script type="module" src="/_astro/x.js"></script>',
			'_astro/x.js': 'console.log(1)',
			'passes/p/index.html': `<p>${noise}</p>`,
		});
		const { failures } = checkBudgets(dist);
		expect(failures.some((f) => f.startsWith('/bands/: loads /_astro/x.js'))).toBe(true);
		expect(failures.some((f) => /^\/passes\/p\/: HTML \+ CSS \d+\.\d kB > 30\.0 kB$/.test(f))).toBe(true);
	});

	it('lets pages with pass cards load the cards’ collection toggles, and nothing heavier', () => {
		const noise = randomBytes(6_000).toString('base64');
		const dist = site('cards', {
			'bands/index.html': '<div data-card-collection></div><script type="module" src="/_astro/toggle.js"></script>',
			'_astro/toggle.js': 'console.log(1)',
			'tours/index.html': '<div data-card-collection></div><script type="module" src="/_astro/big.js"></script>',
			'_astro/big.js': `console.log("${noise}")`,
		});
		const { failures } = checkBudgets(dist);
		expect(failures.filter((f) => f.startsWith('/bands/'))).toEqual([]);
		expect(failures.some((f) => /^\/tours\/: \d+\.\d kB of JavaScript > 4\.0 kB — pages with pass cards/.test(f))).toBe(true);
	});
});
