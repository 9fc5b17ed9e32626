/**
 * A bad entry must stop the real build with a message naming the file and the field — checked
 * end to end, because a rule that only lives in a unit test can be bypassed by the build.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';

const fixture = join(projectRoot, 'tests/fixtures/minimal-catalog');
const workDir = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const PASS = 'passes/fixture-band-test-tour-all-access/index.mdx';

const GUIDE = 'guides/fixture-guide.mdx';

/** Copies the fixture, applies each edit to its file, builds, and returns the build output. */
function buildWithEdits(name: string, edits: Record<string, (text: string, path: string) => string>) {
	const contentDir = join(workDir, name);
	cpSync(fixture, contentDir, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(contentDir, file);
		writeFileSync(path, edit(readFileSync(path, 'utf-8'), path));
	}
	const outDir = join(workDir, `${name}-dist`);
	return { ...astroBuild({ contentDir, outDir }), outDir };
}

function buildWith(name: string, file: string, edit: (text: string) => string) {
	return buildWithEdits(name, { [file]: edit });
}

/** Every file under `dir` whose text contains `marker` (none when the build wrote nothing). */
function filesContaining(dir: string, marker: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(html|js|json|xml)$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((path) => readFileSync(path, 'utf-8').includes(marker));
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

	// The fixture's story ends on line 31; each case appends a blank line and its text at line 33.
	it.each([
		['a script', '<script>alert(1)</script>', /index\.mdx:33: <script> is not allowed in a pass/],
		['an event handler', '<img src="x" onerror="alert(1)" />', /index\.mdx:33: <img> is not allowed in a pass/],
		['a javascript: link', '[win](javascript:alert(1))', /index\.mdx:33: link to “javascript:alert\(1\)” is not allowed/],
		['a second frontmatter block hiding HTML', '---\ntitle: x\n---\n<dialog open>Sign in again</dialog>', /index\.mdx:36: <dialog> is not allowed in a pass/],
		['HTML in a table cell', '| a | b |\n|---|---|\n| `x` | <span data-pagefind-filter="type:Fake">x</span> |', /index\.mdx:35: <span> is not allowed in a pass/],
	])('refuses a pass story with %s, naming the line, and publishes nothing of it', (name, text, message) => {
		const marker = `hostile-${name.replace(/\W+/g, '-')}`;
		const result = buildWith(marker, PASS, (t) => `${t}\n${text} ${marker}\n`);
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(message);
		expect(filesContaining(result.outDir, marker)).toEqual([]);
	});

	it('publishes braces and MDX-looking lines of a story as text, and team pages may use guide components', () => {
		const story = '\nHello {process.exit(1)}\n\nimport fs from "node:fs"\n\nSee [the tour](https://example.org/tour) and [the band](/bands/fixture-band/).\n';
		const tip = (path: string) => relative(dirname(path), join(projectRoot, 'src/components/guide/Tip.astro'));
		const result = buildWithEdits('story-as-text', {
			[PASS]: (t) => `${t}${story}`,
			[GUIDE]: (t, path) => t.replace('---\n\n', `---\n\nimport Tip from '${tip(path)}';\n\n`) + '\n<Tip title="Check the backing">Printers marked it.</Tip>\n',
		});
		expect(result.status, result.output).toBe(0);
		const page = readFileSync(join(result.outDir, 'passes/fixture-band-test-tour-all-access/index.html'), 'utf-8');
		expect(page).toContain('<p>Hello {process.exit(1)}</p>');
		expect(page).toContain('<p>import fs from “node:fs”</p>');
		expect(page).toContain('<a href="https://example.org/tour" rel="nofollow ugc noopener">the tour</a> and <a href="/bands/fixture-band/">the band</a>');
		const guide = readFileSync(join(result.outDir, 'guides/fixture-guide/index.html'), 'utf-8');
		expect(guide).toMatch(/<aside class="notice"><strong>Check the backing<\/strong>\s*Printers marked it\.\s*<\/aside>/);
	});

	it('refuses a team page that imports or exports code, before running any of it', () => {
		const ran = join(workDir, 'team-page-code-ran');
		const code = `import fs from 'node:fs';\nexport const x = fs.writeFileSync(${JSON.stringify(ran)}, 'import ran');\nexport const y = require('child_process').execSync('touch ${ran}-too');\n\nText {x}\n`;
		const result = buildWith('team-code', GUIDE, (t) => t.replace('---\n\n', `---\n\n${code}\n`));
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/guides\/fixture-guide\.mdx:6: import of "node:fs" is not allowed/);
		expect(result.output).toMatch(/guides\/fixture-guide\.mdx:7: `export` is not allowed/);
		expect(result.output).toMatch(/guides\/fixture-guide\.mdx:8: `export` is not allowed/);
		expect(result.output).toMatch(/guides\/fixture-guide\.mdx:10: `\{…\}` expressions are not allowed/);
		expect(existsSync(ran)).toBe(false);
		expect(existsSync(`${ran}-too`)).toBe(false);
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
