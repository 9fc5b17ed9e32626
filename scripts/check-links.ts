/**
 * `npm run check:links` — after a build, every internal link, image and srcset candidate in
 * dist/ must resolve to a file, and every #anchor must exist on its page. External links are
 * not fetched (no network here); they are counted.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { htmlFiles, referencedUrls, urlOfFile } from './lib/dist-files.ts';

export interface LinkReport {
	pages: number;
	checked: number;
	external: number;
	broken: string[];
}

function fileFor(dist: string, pathname: string): string | undefined {
	const path = join(dist, decodeURIComponent(pathname));
	if (existsSync(path) && statSync(path).isFile()) return path;
	const index = join(path, 'index.html');
	return existsSync(index) ? index : undefined;
}

export function checkLinks(dist: string): LinkReport {
	const pages = htmlFiles(dist);
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let found = ids.get(file);
		if (!found) {
			found = new Set([...readFileSync(file, 'utf-8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
			ids.set(file, found);
		}
		return found;
	};
	const broken: string[] = [];
	let checked = 0;
	let external = 0;
	for (const page of pages) {
		const pageUrl = new URL(urlOfFile(dist, page), 'http://site.invalid');
		for (const raw of referencedUrls(readFileSync(page, 'utf-8'))) {
			if (/^(mailto:|tel:|data:)/.test(raw)) continue;
			const url = new URL(raw, pageUrl);
			if (url.origin !== pageUrl.origin) {
				external++;
				continue;
			}
			checked++;
			const target = fileFor(dist, url.pathname);
			const where = `${urlOfFile(dist, page)} → ${raw}`;
			if (!target) broken.push(`${where}: no such file`);
			else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
				broken.push(`${where}: no element with id "${url.hash.slice(1)}"`);
			}
		}
	}
	return { pages: pages.length, checked, external, broken };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const dist = resolve(fileURLToPath(new URL('../', import.meta.url)), process.argv[2] ?? 'dist');
	const report = checkLinks(dist);
	for (const line of report.broken) console.log(`✗ ${line}`);
	console.log(
		`${report.broken.length === 0 ? '✓' : '✗'} ${report.pages} pages, ${report.checked} internal links and images checked, ${report.broken.length} broken (${report.external} external links not fetched).`,
	);
	process.exitCode = report.broken.length > 0 ? 1 : 0;
}
