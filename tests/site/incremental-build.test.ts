/**
 * Astro's incremental build copies a page from the last build when its `cacheKey` and its code are
 * unchanged (src/lib/lists/page-cache-keys-fs.ts). A key that misses something the page shows would publish
 * a stale page. This builds the sample catalog, changes it the ways contributors do — a band
 * renamed, a tour renamed, a band's alias added, a tour's end moved, a story edited, a photo
 * replaced, a pass added and one removed — and
 * rebuilds twice: once incrementally, once with the page cache forgotten. Every file the two
 * builds write must be the same, and the incremental build must really have copied pages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/content-dir.ts';
import { compareBuilds } from '../helpers/compare-builds.ts';
import { projectRoot } from '../helpers/astro-build.ts';
import { copyContent } from '../helpers/copy-content.ts';

const work = mkdtempSync(join(tmpdir(), 'incremental-build-'));
const content = join(work, 'content');
const cacheDir = join(projectRoot, cacheDirFor(content));

/**
 * Pages of routes without `getStaticPaths` (no key to give): rendered every build, and cheap.
 * Read from src/pages/, so a new static page needs no line here.
 */
const UNKEYED = new Set(
	readdirSync(join(projectRoot, 'src/pages'), { recursive: true, encoding: 'utf-8' })
		.map((file) => file.split(sep).join('/'))
		.filter((file) => file.endsWith('.astro') && !file.includes('[') && !readFileSync(join(projectRoot, 'src/pages', file), 'utf-8').includes('getStaticPaths'))
		.map((file) => {
			const route = file.replace(/\.astro$/, '');
			if (route === '404') return '/404.html';
			return route === 'index' || route.endsWith('/index') ? `/${route}.html` : `/${route}/index.html`;
		}),
);

/** `astro build` of the copy (the search index is not Astro's and has its own test). */
function build(outDir: string): { output: string; restored: string[] } {
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		cwd: projectRoot,
		// The replaced photo is another pass's: the build refuses that unless told it is a test.
		env: { ...process.env, CONTENT_DIR: content, ALLOW_SHARED_PHOTOS: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
		encoding: 'utf-8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const output = `${result.stdout}\n${result.stderr}`;
	if (result.status !== 0) throw new Error(`astro build failed:\n${output.slice(-4000)}`);
	// "├─ /passes/x/index.html (restored)" is how Astro logs a page copied from its cache.
	const restored = [...output.matchAll(/(\/\S+\.html) \(restored\)/g)].map((m) => m[1] ?? '');
	return { output, restored };
}

function edit(file: string, change: (text: string) => string): void {
	const path = join(content, file);
	const before = readFileSync(path, 'utf-8');
	const after = change(before);
	if (after === before) throw new Error(`the edit of ${file} changed nothing`);
	writeFileSync(path, after);
}

let incremental: ReturnType<typeof build>;
let unchanged: ReturnType<typeof build>;
let clean: ReturnType<typeof build>;

beforeAll(() => {
	copyContent(content);
	rmSync(cacheDir, { recursive: true, force: true });
	const first = build(join(work, 'first'));
	expect(first.restored).toEqual([]);

	edit('bands/metallica.json', (t) => t.replace('"name": "Metallica"', '"name": "Hetfield Ulrich Hammett"'));
	edit('tours/in-utero-tour.json', (t) => t.replace(/"name": "[^"]+"/, '"name": "Incesticide Tour"'));
	// Changes that reach a pass page only through its band's or tour's own record (a renamed band
	// or tour also changes the titles of its passes): an alias, and the end of a tour whose passes
	// carry their own dates.
	edit('bands/talking-heads.json', (t) => JSON.stringify({ ...JSON.parse(t), aliases: ['The Heads'] }, null, '\t'));
	edit('tours/dig-out-your-soul-tour.json', (t) => t.replace('"end": "2009-08-22"', '"end": "2009-09-22"'));
	edit('passes/joshua-tree-1987-paris-sticky-satin/index.mdx', (t) => `${t.trimEnd()}\n\nA later owner found a second copy in Lyon.\n`);
	cpSync(join(content, 'passes/nirvana-reading-1992-guest-cloth-sticky/front.jpg'), join(content, 'passes/u2-360-2009-barcelona-crew-plastic-card/front.jpg'));
	cpSync(join(content, 'passes/led-zeppelin-1977-oakland-after-show-satin-sticky'), join(content, 'passes/led-zeppelin-1977-oakland-guest-satin-sticky'), { recursive: true });
	edit('passes/led-zeppelin-1977-oakland-guest-satin-sticky/index.mdx', (t) => t.replace(/^type: .+$/m, 'type: guest'));
	rmSync(join(content, 'passes/motorhead-berlin-2015-guest-satin-sticky'), { recursive: true });

	incremental = build(join(work, 'incremental'));
	// Nothing changed since: every page with a key is copied.
	unchanged = build(join(work, 'unchanged'));
	// The same content, with Astro's record of the last build's pages gone: every page rendered.
	rmSync(join(cacheDir, 'incremental-build.json'));
	clean = build(join(work, 'clean'));
}, 900_000);

afterAll(() => {
	rmSync(work, { recursive: true, force: true });
	rmSync(cacheDir, { recursive: true, force: true });
});

describe('an incremental build after the catalog changed', () => {
	it('writes exactly the files a build without the page cache writes', () => {
		const { differences } = compareBuilds(join(work, 'clean'), join(work, 'incremental'));
		expect(differences).toEqual([]);
	});

	it('copied the pages nothing changed, and rendered every page that shows a changed record', () => {
		expect(clean.restored).toEqual([]);
		expect(incremental.restored.length).toBeGreaterThan(20);
		const restored = new Set(incremental.restored);
		for (const page of ['/passes/metallica-moscow-1991-production-card/index.html', '/passes/in-utero-1993-all-access-laminate-reprint/index.html',
			'/passes/joshua-tree-1987-paris-sticky-satin/index.html', '/passes/u2-360-2009-barcelona-crew-plastic-card/index.html',
			'/passes/led-zeppelin-1977-oakland-after-show-satin-sticky/index.html', '/tours/in-utero-tour/index.html',
			'/passes/speaking-in-tongues-1983-pantages-all-access-laminate/index.html', '/passes/dig-out-your-soul-2008-seattle-all-access-laminate/index.html']) {
			expect(existsSync(join(work, 'incremental', page)), page).toBe(true);
			expect(restored.has(page), page).toBe(false);
		}
		expect(existsSync(join(work, 'incremental', 'passes/motorhead-berlin-2015-guest-satin-sticky'))).toBe(false);
		// Pages keyed on the whole catalog (lists, browse, band and type pages) were rendered again.
		for (const page of ['/passes/index.html', '/bands/nirvana/index.html', '/browse/decade/1990s/index.html', '/pass-types/guest/index.html']) expect(restored.has(page), page).toBe(false);
	});
});

describe('a rebuild with nothing changed', () => {
	it('copies every page of a route with keys — pass, tour, list, browse, band, type, printer and guide pages — and writes the same files', () => {
		const pages = (dir: string) => readdirSync(join(work, dir), { recursive: true, encoding: 'utf-8' }).filter((f) => f.endsWith('.html')).map((f) => `/${f.split(sep).join('/')}`);
		const keyed = pages('unchanged').filter((page) => !UNKEYED.has(page));
		expect(keyed.length).toBeGreaterThan(pages('unchanged').length - UNKEYED.size - 1);
		for (const page of ['/passes/index.html', '/passes/newest/index.html', '/bands/nirvana/index.html', '/browse/decade/1990s/index.html', '/pass-types/guest/index.html', '/guides/authenticating-passes/index.html']) expect(keyed, page).toContain(page);
		expect(keyed.filter((page) => !unchanged.restored.includes(page))).toEqual([]);
		expect(compareBuilds(join(work, 'incremental'), join(work, 'unchanged')).differences).toEqual([]);
	});
});
