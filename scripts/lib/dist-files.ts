/** Walking a built site: its HTML pages, and the URLs a page refers to. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
		.filter((f) => f.endsWith('.html'))
		.sort()
		.map((f) => join(dir, f));
}

/** The page URL a file in dist/ is served at: "passes/x/index.html" → "/passes/x/". */
export function urlOfFile(dist: string, file: string): string {
	const path = file.slice(dist.length).replace(/\\/g, '/').replace(/^\/?/, '/');
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export function decodeAttribute(value: string): string {
	return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Every href, src and srcset URL in a page, as written. */
export function referencedUrls(html: string): string[] {
	const urls: string[] = [];
	for (const [, name, value = ''] of html.matchAll(/\s(href|src|srcset)="([^"]*)"/g)) {
		if (name === 'srcset') urls.push(...decodeAttribute(value).split(',').map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean));
		else urls.push(decodeAttribute(value));
	}
	return urls;
}
