/**
 * A bad entry must stop the real build with a message naming the file and the field — checked
 * end to end, because a rule that only lives in a unit test can be bypassed by the build.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';

const fixture = join(projectRoot, 'tests/fixtures/minimal-catalog');
const workDir = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const PASS = 'passes/fixture-band-test-tour-all-access/index.mdx';

/** Copies the fixture, applies `edit` to one file, builds, and returns the build output. */
function buildWith(name: string, file: string, edit: (text: string) => string) {
	const contentDir = join(workDir, name);
	cpSync(fixture, contentDir, { recursive: true });
	const path = join(contentDir, file);
	writeFileSync(path, edit(readFileSync(path, 'utf-8')));
	return astroBuild({ contentDir, outDir: join(workDir, `${name}-dist`) });
}

describe('the build refuses bad content', { timeout: 120_000 }, () => {
	it('builds the untouched fixture', () => {
		const result = astroBuild({ contentDir: fixture, outDir: join(workDir, 'ok-dist') });
		expect(result.status, result.output).toBe(0);
	});

	it('names the file and field of a schema error', () => {
		const result = buildWith('bad-format', PASS, (t) => t.replace('format: laminate', 'format: laminat'));
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('fixture-band-test-tour-all-access/index.mdx');
		expect(result.output).toMatch(/format: unknown format "laminat"/);
	});

	it('names the file and field of a reference to a tour of another band', () => {
		const result = buildWith('bad-band', PASS, (t) => t.replace('band: fixture-band', 'band: other-band'));
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/index\.mdx: band: no band "other-band"/);
	});

	it('names the file and field of a pass dated outside its tour', () => {
		const result = buildWith('bad-date', PASS, (t) => t.replace('validFrom: 1985-04-02', 'validFrom: 1984-04-02'));
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/index\.mdx: validFrom: 1984-04-02 is outside the tour "Test Tour"/);
	});

	it.each([
		['a script', '<script>alert(1)</script>', /index\.mdx:33: <script> is not allowed in a pass/],
		['an import', 'import x from "node:fs"', /index\.mdx:33: `import`\/`export` is not allowed/],
		['an expression', 'Hello {process.exit(1)}', /index\.mdx:33: `\{…\}` expressions are not allowed/],
		['an event handler', '<img src="x" onerror="alert(1)" />', /index\.mdx:33: <img> is not allowed/],
		['a javascript: link', '[win](javascript:alert(1))', /index\.mdx:33: link to "javascript:alert\(1\)" is not allowed/],
	])('refuses a pass body with %s, naming the line', (name, line, message) => {
		const result = buildWith(`hostile-${name.replace(/\W+/g, '-')}`, PASS, (t) => `${t}\n${line}\n`);
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(message);
	});

	it('refuses a band file whose name is not a slug', () => {
		const contentDir = join(workDir, 'bad-slug');
		cpSync(fixture, contentDir, { recursive: true });
		cpSync(join(contentDir, 'bands/fixture-band.json'), join(contentDir, 'bands/Fixture Band.json'));
		const result = astroBuild({ contentDir, outDir: join(workDir, 'bad-slug-dist') });
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/bands\/Fixture Band\.json: the file name is the entry's id and must be lowercase/);
	});
});
