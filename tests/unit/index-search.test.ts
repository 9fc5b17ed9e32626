/** The search-index step of `npm run build`, against tiny sites on disk (real Pagefind binary). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite } from '../../scripts/index-search.ts';

const sites: string[] = [];
function site(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'index-search-'));
	sites.push(dir);
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}
afterEach(() => {
	for (const dir of sites.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('indexSite', () => {
	it('indexes only the pages marked as search bodies and writes the index next to them', async () => {
		const dir = site({
			'index.html': page('<nav>Home</nav>'),
			'passes/a/index.html': page('<main data-pagefind-body><h1>Nirvana laminate</h1></main>'),
			'passes/b/index.html': page('<main data-pagefind-body><h1>Oasis sticky</h1></main>'),
		});
		const { pages } = await indexSite(dir);
		expect(pages).toBe(2);
		expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(readdirSync(join(dir, 'pagefind', 'fragment'))).toHaveLength(2);
	});

	it('fails when no page would be searchable, instead of shipping an empty index', async () => {
		const dir = site({ 'index.html': page('<p>nothing marked</p>') });
		await expect(indexSite(dir)).rejects.toThrow(/no page has data-pagefind-body/);
	});

	it('fails with advice when the site has not been built', async () => {
		const dir = site({});
		await expect(indexSite(dir)).rejects.toThrow(/run astro build first/);
	});
});
