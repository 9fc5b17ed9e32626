/** Feed, sitemap and structured data, parsed by Chromium's own XML and JSON parsers. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useChromium } from '../helpers/browser.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const base = inject('baseUrl');
const catalog = catalogFromFiles();
const browser = useChromium();
let page: Page;

beforeAll(async () => {
	page = await browser().newPage();
	await page.goto(`${base}/`);
});

/** Fetches an XML file and reads it with the browser's XML parser. */
function readXml(path: string, read: string) {
	return page.evaluate(
		async ({ path, read }) => {
			const text = await (await fetch(path)).text();
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')?.textContent ?? 'parse error' };
			return { values: [...doc.getElementsByTagName(read)].map((n) => n.textContent ?? '') };
		},
		{ path, read },
	);
}

describe('feeds and structured data', () => {
	it('serves a well-formed Atom feed of the newest passes', async () => {
		const titles = await readXml('/feed.xml', 'title');
		expect(titles).not.toHaveProperty('error');
		expect(titles.values?.slice(1)).toEqual(catalog.recentlyAdded.slice(0, 50).map((p) => p.title));
		const ids = await readXml('/feed.xml', 'id');
		expect(new Set(ids.values).size).toBe(ids.values?.length);
		expect(ids.values?.[1]).toMatch(/^https?:\/\/[^/]+\/passes\/[a-z0-9-]+\/$/);
	});

	it('serves a sitemap listing every pass page with an absolute address', async () => {
		const locs = await readXml('/sitemap.xml', 'loc');
		expect(locs).not.toHaveProperty('error');
		for (const pass of catalog.passes) expect(locs.values?.some((l) => l.endsWith(pass.url))).toBe(true);
		expect(locs.values?.every((l) => /^https?:\/\//.test(l))).toBe(true);
		const robots = await page.evaluate(async () => (await fetch('/robots.txt')).text());
		expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
	});

	it('describes each pass page in schema.org JSON-LD', async () => {
		const pass = catalog.passes.find((p) => p.tour) ?? catalog.passes[0];
		await page.goto(`${base}${pass?.url}`);
		const data = await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null'));
		expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'CreativeWork', name: pass?.title });
		expect(data.about).toContainEqual(expect.objectContaining({ '@type': 'MusicGroup', name: pass?.band.name }));
		expect(data.about).toContainEqual(expect.objectContaining({ '@type': 'MusicEvent', name: pass?.tour?.name, startDate: pass?.tour?.start.text }));
		expect(data.image).toMatch(/^https?:\/\/.+\.jpg$/);
		const og = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(og).toMatch(/^https?:\/\//);
		expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
	});
});
