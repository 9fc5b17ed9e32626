/** The sitemap's text: absolute, escaped URLs grouped by route, lastmod where known, split past the protocol's limit. */
import { describe, expect, it } from 'vitest';
import { sitemapFiles } from '../../src/integrations/sitemap-xml.ts';

const site = new URL('https://example.org/catalog/');

describe('sitemapFiles', () => {
	it('lists every path under its route, sorted, with lastmod where one is known', () => {
		const files = sitemapFiles(
			[
				{ route: '/passes/[slug]', paths: ['/passes/b/', '/passes/a/'] },
				{ route: '/empty', paths: [] },
				{ route: '/', paths: ['/'] },
			],
			new URL('https://example.org'),
			new Map([['/passes/a/', '2026-01-02']]),
		);
		expect(files).toEqual([
			{
				name: 'sitemap.xml',
				xml: [
					'<?xml version="1.0" encoding="UTF-8"?>',
					'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
					'<!-- route: /passes/[slug] -->',
					'<url><loc>https://example.org/passes/a/</loc><lastmod>2026-01-02</lastmod></url>',
					'<url><loc>https://example.org/passes/b/</loc></url>',
					'<!-- route: / -->',
					'<url><loc>https://example.org/</loc></url>',
					'</urlset>',
					'',
				].join('\n'),
			},
		]);
	});

	it('escapes what XML would misread, and keeps comments well-formed', () => {
		const [file] = sitemapFiles([{ route: '/a--b/[x]', paths: ['/a&b/<c>/'] }], site);
		expect(file?.xml).toContain('<!-- route: /a- -b/[x] -->');
		expect(file?.xml).toContain('<loc>https://example.org/a&amp;b/%3Cc%3E/</loc>');
		expect(file?.xml.match(/--/g)).toHaveLength(2);
	});

	it('becomes an index of parts past the limit, each part naming the route it continues', () => {
		const paths = Array.from({ length: 5 }, (_, i) => `/p/${i}/`);
		const files = sitemapFiles([{ route: '/p/[n]', paths }, { route: '/', paths: ['/'] }], site, new Map(), 2);
		expect(files.map((f) => f.name)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
		expect(files[0]?.xml).toContain('<sitemapindex');
		expect(files[0]?.xml).toContain('<loc>https://example.org/sitemap-3.xml</loc>');
		const parts = files.slice(1).map((f) => [...f.xml.matchAll(/<loc>([^<]+)<\/loc>|<!-- route: (\S+) -->/g)].map((m) => m[1] ?? `#${m[2]}`));
		expect(parts).toEqual([
			['#/p/[n]', 'https://example.org/p/0/', 'https://example.org/p/1/'],
			['#/p/[n]', 'https://example.org/p/2/', 'https://example.org/p/3/'],
			['#/p/[n]', 'https://example.org/p/4/', '#/', 'https://example.org/'],
		]);
	});
});
