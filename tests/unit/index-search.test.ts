/** The search-index step of `npm run build`, against tiny sites on disk (real Pagefind binary). */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
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

	describe('with a cache of the last index', () => {
		/** Every file of the written index, by path, as bytes. */
		const indexFiles = (dir: string) =>
			new Map(readdirSync(join(dir, 'pagefind'), { recursive: true, encoding: 'utf-8' }).sort().filter((f) => f.includes('.')).map((f) => [f, readFileSync(join(dir, 'pagefind', f))]));
		/** The indexed text of every page (Pagefind's fragments are gzipped JSON behind a marker). */
		const indexedText = (dir: string) =>
			readdirSync(join(dir, 'pagefind', 'fragment')).map((f) => (JSON.parse(gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', f))).toString('utf-8').replace(/^pagefind_dcd/, '')) as { content: string }).content).sort();
		const pages = { 'index.html': page('<nav>Home</nav>'), 'passes/a/index.html': page('<main data-pagefind-body><h1>Nirvana laminate</h1></main>'), 'passes/b/index.html': page('<main data-pagefind-body><h1>Oasis sticky</h1></main>') };

		it('copies the saved index when every page is byte for byte the same, and it is the index Pagefind wrote', async () => {
			const cache = site({});
			const first = site(pages);
			expect((await indexSite(first, cache)).reused).toBe(false);
			const second = site(pages);
			const again = await indexSite(second, cache);
			expect(again).toMatchObject({ reused: true, pages: 2 });
			expect(indexFiles(second)).toEqual(indexFiles(first));
		});

		it('indexes again when one byte of one page changed, or a page was added', async () => {
			const cache = site({});
			await indexSite(site(pages), cache);
			const changed = site({ ...pages, 'passes/b/index.html': page('<main data-pagefind-body><h1>Oasis stickz</h1></main>') });
			expect((await indexSite(changed, cache)).reused).toBe(false);
			expect(indexedText(changed)).toEqual(['Nirvana laminate.', 'Oasis stickz.']);
			const added = site({ ...pages, 'passes/b/index.html': page('<main data-pagefind-body><h1>Oasis stickz</h1></main>'), 'passes/c/index.html': page('<main data-pagefind-body><h1>Blur</h1></main>') });
			expect(await indexSite(added, cache)).toMatchObject({ reused: false, pages: 3 });
			// A page Pagefind does not index still counts: the fingerprint is every HTML file.
			const other = site({ ...pages, 'passes/b/index.html': page('<main data-pagefind-body><h1>Oasis stickz</h1></main>'), 'passes/c/index.html': page('<main data-pagefind-body><h1>Blur</h1></main>'), 'about/index.html': page('<p>About</p>') });
			expect((await indexSite(other, cache)).reused).toBe(false);
		});

		it('never trusts an index a killed build was still saving', async () => {
			const cache = site({});
			const first = site(pages);
			await indexSite(first, cache);
			// What a build killed half-way through saving leaves: its partial copy, and no complete slot.
			const [slot] = readdirSync(cache);
			rmSync(join(cache, slot ?? 'none', 'pagefind.js'));
			mkdirSync(join(cache, '.partial-1'));
			const second = site(pages);
			expect((await indexSite(second, cache)).reused).toBe(false);
			expect(existsSync(join(cache, '.partial-1'))).toBe(false);
			expect((await indexSite(site(pages), cache)).reused).toBe(true);
		});
	});
});
