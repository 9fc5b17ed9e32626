/**
 * Whatever text the schemas accept must leave every output valid: builds the fixture catalog with
 * the nastiest strings the rules allow (quotes, <, &, `]]>`, `</script>`, emoji and joiners, Arabic
 * text, commas and newlines) and reads the feed with Chromium's XML parser, the JSON-LD and open data
 * as JSON, the CSV as rows — each must give back exactly the text that was written.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/text/csv.ts';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';
import { launchChromium } from '../helpers/browser.ts';

const work = mkdtempSync(join(tmpdir(), 'hostile-text-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const SLUG = 'fixture-band-test-tour-all-access';

const TITLE = 'Nasty "quotes" & <b>tags</b> ]]> </script> 🎸 مرحبا';
const BAND = 'Fixture <Band> & "Co" 🎸';
const TOUR = 'Test </script><!-- Tour ]]>';
const VENUE = '</script><script>alert(1)</script>';
const CONTRIBUTOR = 'O\'Brien, "Jr." & Sons';
const NOTES = 'Line one ]]> <!-- not a comment -->\n\tA tabbed line: مرحبا و 👨‍👩‍👧 family';

let browser: Browser;
let status: number | null = null;
let output = '';

beforeAll(async () => {
	cpSync(join(projectRoot, 'tests/fixtures/minimal-catalog'), content, { recursive: true });
	const bandFile = join(content, 'bands/fixture-band.json');
	writeFileSync(bandFile, JSON.stringify({ ...JSON.parse(readFileSync(bandFile, 'utf-8')), name: BAND }));
	const tourFile = join(content, 'tours/test-tour.json');
	writeFileSync(tourFile, JSON.stringify({ ...JSON.parse(readFileSync(tourFile, 'utf-8')), name: TOUR }));
	const passFile = join(content, 'passes', SLUG, 'index.mdx');
	const yaml = (text: string) => JSON.stringify(text); // a JSON string is a YAML double-quoted scalar
	writeFileSync(
		passFile,
		readFileSync(passFile, 'utf-8')
			.replace('title: Test Tour all-access laminate', `title: ${yaml(TITLE)}\nvenue: ${yaml(VENUE)}`)
			.replace('contributors: [Test suite]', `contributors: [${yaml(CONTRIBUTOR)}]`)
			.replace('  grade: near-mint', `  grade: near-mint\n  notes: ${yaml(NOTES)}`),
	);
	const result = astroBuild({ contentDir: content, outDir: dist });
	status = result.status;
	output = result.output;
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	rmSync(work, { recursive: true, force: true });
});

describe('outputs stay valid for any accepted text', { timeout: 60_000 }, () => {
	it('builds', () => {
		expect(status, output).toBe(0);
	});

	it('feed.xml parses as XML and gives back the exact title and contributor', async () => {
		const page = await browser.newPage();
		const read = await page.evaluate((xml) => {
			const doc = new DOMParser().parseFromString(xml, 'application/xml');
			const error = doc.querySelector('parsererror');
			if (error) return { error: error.textContent };
			const entry = doc.getElementsByTagName('entry')[0];
			return {
				title: entry?.getElementsByTagName('title')[0]?.textContent,
				author: entry?.getElementsByTagName('name')[0]?.textContent,
				summary: entry?.getElementsByTagName('summary')[0]?.textContent ?? '',
			};
		}, readFileSync(join(dist, 'feed.xml'), 'utf-8'));
		await page.close();
		expect(read).not.toHaveProperty('error');
		expect(read.title).toBe(TITLE);
		expect(read.author).toBe(CONTRIBUTOR);
		expect(read.summary).toContain(BAND);
	});

	it('the pass page’s JSON-LD parses as JSON, and no text became a script', async () => {
		const page = await browser.newPage();
		const read = await page.evaluate((html) => {
			const doc = new DOMParser().parseFromString(html, 'text/html');
			const scripts = [...doc.querySelectorAll('script')];
			const ld = scripts.find((s) => s.type === 'application/ld+json')?.textContent ?? '';
			return { ld, injected: scripts.filter((s) => (s.textContent ?? '').includes('alert(1)') && s.type !== 'application/ld+json').length, h1: doc.querySelector('h1')?.textContent };
		}, readFileSync(join(dist, 'passes', SLUG, 'index.html'), 'utf-8'));
		await page.close();
		const ld = JSON.parse(read.ld) as { name: string; about?: unknown };
		expect(ld.name).toBe(TITLE);
		expect(JSON.stringify(ld)).toContain(JSON.stringify(TOUR).slice(1, -1));
		expect(read.injected).toBe(0);
		expect(read.h1?.trim()).toBe(TITLE);
	});

	it('the open data parses as JSON and as CSV rows with the exact text', () => {
		const json = JSON.parse(readFileSync(join(dist, 'data/passes.json'), 'utf-8')) as unknown;
		expect(JSON.stringify(json)).toContain(JSON.stringify(TITLE));
		const rows = parseCsv(readFileSync(join(dist, 'data/passes.csv'), 'utf-8'));
		const header = rows[0] ?? [];
		const row = rows.find((r) => r[header.indexOf('id')] === SLUG);
		expect(row?.[header.indexOf('title')]).toBe(TITLE);
		expect(row).toContain(VENUE);
		const bands = parseCsv(readFileSync(join(dist, 'data/bands.csv'), 'utf-8'));
		expect(bands.some((r) => r.includes(BAND))).toBe(true);
	});
});
