/**
 * A bad entry must stop the real build with a message naming the file and the field — checked
 * end to end, because a rule that only lives in a unit test can be bypassed by the build.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, projectRoot } from '../helpers/astro-build.ts';
import { bombPng } from '../helpers/photo-fixtures.ts';

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
			[GUIDE]: (t, path) =>
				t.replace('---\n\n', `---\n\nimport Tip from '${tip(path)}';\nimport PassesOfFormats from '${tip(path).replace('Tip', 'PassesOfFormats')}';\n\n`) +
				'\n<Tip title="Check the backing">Printers marked it.</Tip>\n\n<PassesOfFormats formats="laminate" />\n',
		});
		expect(result.status, result.output).toBe(0);
		const page = readFileSync(join(result.outDir, 'passes/fixture-band-test-tour-all-access/index.html'), 'utf-8');
		expect(page).toContain('<p>Hello {process.exit(1)}</p>');
		expect(page).toContain('<p>import fs from “node:fs”</p>');
		expect(page).toContain('<a href="https://example.org/tour" rel="nofollow ugc noopener">the tour</a> and <a href="/bands/fixture-band/">the band</a>');
		const guide = readFileSync(join(result.outDir, 'guides/fixture-guide/index.html'), 'utf-8');
		expect(guide).toMatch(/<aside class="notice"><strong>Check the backing<\/strong>\s*Printers marked it\.\s*<\/aside>/);
		expect(guide).toContain('href="/passes/fixture-band-test-tour-all-access/"');
	});

	it('refuses a guide that names a pass the catalog does not have, with the file, line and attribute', () => {
		const component = (path: string) => relative(dirname(path), join(projectRoot, 'src/components/guide/SecurityCloseUp.astro'));
		const result = buildWith('guide-bad-slug', GUIDE, (t) =>
			t.replace('---\n\n', `---\n\nimport SecurityCloseUp from '${component(join(workDir, 'guide-bad-slug', GUIDE))}';\n\n`) +
			'\n<SecurityCloseUp pass="fixture-band-test-tour-all-acess" feature="hologram" />\n',
		);
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/guides\/fixture-guide\.mdx:10: SecurityCloseUp\.pass: no pass "fixture-band-test-tour-all-acess"/);
		expect(existsSync(join(result.outDir, 'guides/fixture-guide/index.html'))).toBe(false);
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

	it('refuses, in one build, what only the files show: hidden data in a photo, a pixel bomb, stray, hidden, linked and unlisted files, look-alike band names, an added date in the future', () => {
		const contentDir = join(workDir, 'bad-files');
		cpSync(fixture, contentDir, { recursive: true });
		const folder = join(contentDir, 'passes/fixture-band-test-tour-all-access');
		const front = join(folder, 'front.jpg');
		writeFileSync(front, Buffer.concat([readFileSync(front), Buffer.from('PK\x03\x04 a hidden archive')]));
		// The photo step records what it refuses and the catalog reports it with the rest: one report.
		writeFileSync(join(folder, 'back.png'), readFileSync(front));
		writeFileSync(join(folder, 'bomb.png'), bombPng(20_000, 20_000));
		copyFileSync(join(fixture, 'passes/fixture-band-test-tour-all-access/front.jpg'), join(folder, 'unused.jpg'));
		writeFileSync(join(folder, 'notes.txt'), 'notes');
		symlinkSync('/etc/passwd', join(folder, 'detail.jpg'));
		writeFileSync(join(contentDir, 'bands/.secret'), 'x');
		const band = JSON.parse(readFileSync(join(contentDir, 'bands/fixture-band.json'), 'utf-8'));
		writeFileSync(join(contentDir, 'bands/other-band.json'), JSON.stringify({ ...band, name: 'Fixture B\u0430nd', aliases: [] }));
		const pass = join(folder, 'index.mdx');
		writeFileSync(
			pass,
			readFileSync(pass, 'utf-8')
				.replace('added: 2026-01-01', 'added: 2099-01-01')
				.replace(
					'sources:',
					'  - src: ./back.png\n    alt: Back of the fixture pass, plain white\n    side: back\n    credit: Test suite\n' +
						'  - src: ./bomb.png\n    alt: Detail of the fixture pass, a corner\n    side: detail\n    credit: Test suite\nsources:',
				),
		);
		const result = astroBuild({ contentDir, outDir: join(workDir, 'bad-files-dist') });
		expect(result.status).not.toBe(0);
		const file = 'fixture-band-test-tour-all-access';
		for (const expected of [
			new RegExp(`${file}/index\\.mdx: photos\\[0\\]\\.src: has \\d+ bytes of data after the end of the JPEG image`),
			new RegExp(`${file}/index\\.mdx: photos\\[1\\]\\.src: `),
			new RegExp(`${file}/index\\.mdx: photos\\[2\\]\\.src: claims 20000×20000 px`),
			new RegExp(`${file}/unused\\.jpg: is not one of the pass's photos`),
			new RegExp(`${file}/notes\\.txt: is a file the catalog does not read`),
			new RegExp(`${file}/detail\\.jpg: is a symbolic link`),
			/bands\/\.secret: is a hidden file/,
			/bands\/other-band\.json: name: "Fixture Bаnd" reads as the same name as "Fixture Band"/,
			/bands\/fixture-band\.json: name: "Fixture Band" reads as the same name as "Fixture Bаnd"/,
			new RegExp(`${file}/index\\.mdx: added: 2099-01-01 is in the future`),
		]) {
			expect(result.output).toMatch(expected);
		}
	});

	it('refuses, in one build, YAML tricks and hidden characters, each with file and line or field; a second --- block is only Markdown', () => {
		const contentDir = join(workDir, 'bad-text');
		cpSync(fixture, contentDir, { recursive: true });
		const original = join(contentDir, 'passes/fixture-band-test-tour-all-access');
		const variants: Record<string, (text: string) => string> = {
			'yaml-anchor': (t) => t.replace('leg: Europe', 'leg: &leg Europe\nvenue: *leg'),
			'second-block': (t) => t.replace(/---\n\nThe \*\*story\*\*/, '---\n---\ntitle: [\n---\nThe **story**'),
			'control-character': (t) => t.replace('title: Test Tour all-access laminate', 'title: "Test Tour \\a all-access"'),
			'bidi-override': (t) => t.replace('title: Test Tour all-access laminate', 'title: "Test Tour \\u202E ssecca-lla"'),
		};
		for (const [name, edit] of Object.entries(variants)) {
			const folder = join(contentDir, 'passes', name);
			cpSync(original, folder, { recursive: true });
			writeFileSync(join(folder, 'index.mdx'), edit(readFileSync(join(folder, 'index.mdx'), 'utf-8')));
		}
		const result = astroBuild({ contentDir, outDir: join(workDir, 'bad-text-dist') });
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/passes\/yaml-anchor\/index\.mdx:5: the frontmatter uses a YAML anchor \(&leg\)/);
		// The story is parsed once, as Markdown: a second --- block is a rule and a heading, not data.
		expect(result.output).not.toMatch(/passes\/second-block\//);
		expect(result.output).toMatch(/passes\/control-character\/index\.mdx: title: contains a control character \(U\+0007\)/);
		expect(result.output).toMatch(/passes\/bidi-override\/index\.mdx: title: contains an invisible formatting character \(U\+202E/);
		// All three, as the catalog's own problems: not the YAML library's exception from Astro's renderer.
		expect(result.output).toContain('3 problems in the catalog:');
		expect(result.output).not.toMatch(/YAMLException|YAMLParseError/);
	});
});
