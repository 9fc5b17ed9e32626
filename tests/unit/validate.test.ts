/** `npm run validate`: each kind of bad entry is reported with its file, line and field. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-files/content-problems.ts';
import { changedEntryFiles, escapeData, escapeProperty, githubAnnotation, main, validateCatalog } from '../../scripts/validate.ts';
import { projectRoot } from '../helpers/astro-build.ts';

const fixture = join(projectRoot, 'tests/fixtures/minimal-catalog');
const work = mkdtempSync(join(tmpdir(), 'validate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PASS_DIR = 'content/passes/fixture-band-test-tour-all-access';
const PASS = `${PASS_DIR}/index.mdx`;
let n = 0;

/** A copy of the fixture as `<root>/content`, with `edit` applied to one file. */
function catalogWith(file: string, edit: (text: string) => string): string {
	const root = join(work, `case-${n++}`);
	cpSync(fixture, join(root, 'content'), { recursive: true });
	const path = join(root, file);
	writeFileSync(path, edit(readFileSync(path, 'utf-8')));
	return root;
}

async function lines(root: string): Promise<string[]> {
	return (await validateCatalog({ contentDir: join(root, 'content'), root })).map(formatProblem);
}

describe('validate', { timeout: 30_000 }, () => {
	it('passes the untouched fixture and the real catalog', async () => {
		expect(await lines(catalogWith(PASS, (t) => t))).toEqual([]);
		const real = await validateCatalog({ contentDir: join(projectRoot, 'content'), root: projectRoot });
		expect(real.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
	});

	it.each([
		['a missing alt text', (t: string) => t.replace('    alt: Front of the fixture pass with large lettering\n', ''), `${PASS}:19: photos[0].alt: required — describe what the photo shows`],
		['a misspelt format', (t: string) => t.replace('format: laminate', 'format: laminat'), `${PASS}:9: format: unknown format "laminat"`],
		['an unknown band', (t: string) => t.replace('band: fixture-band', 'band: fixture-bnad'), `${PASS}:3: band: no band "fixture-bnad"`],
		['a date outside the tour', (t: string) => t.replace('validFrom: 1985-04-02', 'validFrom: 1984-04-02'), `${PASS}:7: validFrom: 1984-04-02 is outside the tour "Test Tour"`],
		['validFrom after validTo', (t: string) => t.replace('validTo: 1985-04-03', 'validTo: 1985-04-01'), `${PASS}:8: validTo: is before validFrom`],
		['no sources', (t: string) => t.replace(/sources:\n  - title: Test fixture\n    citation: Invented for the test suite\n/, 'sources: []\n'), `${PASS}:23: sources: at least one source is required`],
		['a script in the story', (t: string) => `${t}\n<script>alert(1)</script>\n`, `${PASS}:33: <script> is not allowed in a pass`],
		['a missing photo file', (t: string) => t.replace('./front.jpg', './missing.jpg'), `${PASS}:19: photos[0].src: no file ./missing.jpg next to index.mdx`],
	])('reports %s with file, line and field', async (_what, edit, expected) => {
		const found = await lines(catalogWith(PASS, edit));
		expect(found.some((line) => line.startsWith(expected)), found.join('\n')).toBe(true);
	});

	it('reports a passes folder laid out wrongly, in the words the build uses', async () => {
		const root = catalogWith(PASS, (t) => t);
		const passes = join(root, 'content/passes');
		writeFileSync(join(passes, 'loose.mdx'), '');
		mkdirSync(join(passes, 'Not A Slug'));
		mkdirSync(join(passes, 'empty-folder'));
		writeFileSync(join(root, PASS_DIR, 'notes.txt'), 'x');
		const found = await lines(root);
		expect(found).toEqual(
			expect.arrayContaining([
				'content/passes/loose.mdx: every pass lives in its own folder — move it to content/passes/<slug>/index.mdx',
				expect.stringMatching(/^content\/passes\/Not A Slug\/: folder name is the pass's slug and must be /),
				'content/passes/empty-folder/: has no index.mdx — every pass folder needs one',
				`${PASS_DIR}/notes.txt: is a file the catalog does not read — a pass folder holds index.mdx and the photos it lists; remove it or move it`,
			]),
		);
	});

	it('reports a band file with a bad field at its line', async () => {
		const found = await lines(catalogWith('content/bands/fixture-band.json', (t) => t.replace('"formed": 1980', '"formed": "1980"')));
		expect(found).toContain('content/bands/fixture-band.json:5: formed: must be a year written as a number, e.g. 1987');
	});

	it('rejects a photo that still carries GPS data', async () => {
		const root = catalogWith(PASS, (t) => t);
		await sharp({ create: { width: 400, height: 500, channels: 3, background: '#336' } })
			.jpeg()
			.withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' } })
			.toFile(join(root, PASS_DIR, 'front.jpg'));
		const found = await lines(root);
		expect(found.some((line) => /^content\/passes\/.*index\.mdx:19: photos\[0\]\.src: .*GPS/.test(line)), found.join('\n')).toBe(true);
	});

	it('rejects a file that is not an image', async () => {
		const root = catalogWith(PASS, (t) => t);
		writeFileSync(join(root, PASS_DIR, 'front.jpg'), 'this is not a picture');
		const found = await lines(root);
		expect(found.some((line) => line.startsWith(`${PASS}:19: photos[0].src:`)), found.join('\n')).toBe(true);
	});

	it('warns about passes with the same facts, and refuses the same photo in two passes, naming both', async () => {
		const root = catalogWith(PASS, (t) => t);
		const copy = 'content/passes/fixture-band-test-tour-all-access-copy';
		cpSync(join(root, PASS_DIR), join(root, copy), { recursive: true });
		const problems = await validateCatalog({ contentDir: join(root, 'content'), root });
		const text = problems.map(formatProblem);
		expect(text.some((l) => l.includes('looks like a duplicate of content/passes/fixture-band-test-tour-all-access/index.mdx'))).toBe(true);
		expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
			`${copy}/index.mdx:19: photos[0].src: is the same image, byte for byte, as ${PASS} (./front.jpg) — each pass needs photos of its own`,
			`${PASS}:19: photos[0].src: is the same image, byte for byte, as ${copy}/index.mdx (./front.jpg) — each pass needs photos of its own`,
		]);
	});

	it('reports every file in content/ the catalog does not read: links, hidden, stray, unlisted, not UTF-8, too large', async () => {
		const root = catalogWith(PASS, (t) => t);
		const content = join(root, 'content');
		symlinkSync('/etc/passwd', join(content, 'bands/passwd.json'));
		symlinkSync(join(root, PASS_DIR, 'front.jpg'), join(root, PASS_DIR, 'back.jpg'));
		writeFileSync(join(content, 'passes/.hidden'), 'x');
		mkdirSync(join(content, 'tours/.git'));
		writeFileSync(join(content, 'README.md'), 'x');
		writeFileSync(join(content, 'printers/notes.txt'), 'x');
		copyFileSync(join(root, PASS_DIR, 'front.jpg'), join(root, PASS_DIR, 'unused.jpg'));
		writeFileSync(join(content, 'pass-types/latin1.mdx'), Buffer.concat([Buffer.from('---\nname: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]));
		writeFileSync(join(content, 'bands/huge.json'), `{"name": "${'x'.repeat(70_000)}"}`);
		const found = await lines(root);
		expect(found).toEqual(
			expect.arrayContaining([
				'content/bands/passwd.json: is a symbolic link — commit the file itself (links are never followed)',
				`${PASS_DIR}/back.jpg: is a symbolic link — commit the file itself (links are never followed)`,
				'content/passes/.hidden: is a hidden file — content/ holds only catalog files; remove it',
				'content/tours/.git: is a hidden folder — content/ holds only catalog files; remove it',
				expect.stringMatching(/^content\/README\.md: is a file the catalog does not read — content\/ holds only the folders bands, tours/),
				'content/printers/notes.txt: is a file the catalog does not read — printers/ holds one .json file per entry; remove it or move it',
				`${PASS_DIR}/unused.jpg: is not one of the pass's photos (no photos[].src names ./unused.jpg) — list it in index.mdx or remove it`,
				'content/pass-types/latin1.mdx:2: is not valid UTF-8 text (byte 13, 0xe9) — save it as UTF-8',
				'content/bands/huge.json: is 69 kB, more than the 64 kB such a file may have — shorten it',
			]),
		);
	});

	it('refuses a photo with data after the image', async () => {
		const root = catalogWith(PASS, (t) => t);
		const photo = join(root, PASS_DIR, 'front.jpg');
		writeFileSync(photo, Buffer.concat([readFileSync(photo), Buffer.from('PK\x03\x04 a hidden archive')]));
		const found = await lines(root);
		expect(found.some((l) => l.startsWith(`${PASS}:19: photos[0].src: has `) && l.includes('after the end of the JPEG image')), found.join('\n')).toBe(true);
	});

	it('refuses folder and file names that are not slugs', async () => {
		const root = catalogWith(PASS, (t) => t);
		cpSync(join(root, PASS_DIR), join(root, 'content/passes/My Pass'), { recursive: true });
		cpSync(join(root, 'content/bands/fixture-band.json'), join(root, 'content/bands/Fixture.json'));
		const found = await lines(root);
		expect(found).toContain("content/passes/My Pass/: folder name is the pass's slug and must be lowercase letters, digits and single hyphens, e.g. \"in-utero-tour\"");
		expect(found.some((l) => l.startsWith("content/bands/Fixture.json: the file name is the entry's id"))).toBe(true);
	});
});

describe('validate command', { timeout: 30_000 }, () => {
	it('exits 1 with one line per problem, and prints GitHub annotations on request', async () => {
		const root = catalogWith(PASS, (t) => t.replace('format: laminate', 'format: laminat'));
		const out: string[] = [];
		expect(await main(['--content', join(root, 'content')], (l) => out.push(l))).toBe(1);
		expect(out.some((l) => /index\.mdx:9: format: unknown format "laminat"/.test(l))).toBe(true);
		expect(out.at(-1)).toMatch(/^✗ 1 error — checked in \d+\.\d s\.$/);
		const github: string[] = [];
		expect(await main(['--content', join(root, 'content'), '--format', 'github'], (l) => github.push(l))).toBe(1);
		expect(github[0]).toMatch(/^::error file=.*index\.mdx,line=9,title=format::format: unknown format "laminat"/);
	});

	it('escapes GitHub workflow commands, so a file name cannot inject one', async () => {
		expect(escapeData('50% done\r\n::stop-commands::x')).toBe('50%25 done%0D%0A::stop-commands::x');
		expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
		expect(githubAnnotation({ file: 'content/x,line=1::y', field: 'a:b', message: 'm\n::error::fake', severity: 'error' })).toBe(
			'::error file=content/x%2Cline=1%3A%3Ay,title=a%3Ab::a:b: m%0A::error::fake',
		);
		const root = catalogWith(PASS, (t) => t);
		const hostile = ['x\n::stop-commands::pwned', 'y\r\n::error file=README.md::fake', 'z,line=1,title=t::w%0A'];
		for (const name of hostile) mkdirSync(join(root, 'content/passes', name));
		writeFileSync(join(root, 'content/bands', 'b\n::warning::fake.json'), '{}');
		const out: string[] = [];
		expect(await main(['--content', join(root, 'content'), '--format', 'github'], (l) => out.push(l))).toBe(1);
		const lines = out.flatMap((l) => l.split(/\r?\n|\r/));
		expect(lines.length).toBe(out.length);
		const annotations = lines.slice(0, -1);
		expect(annotations.length).toBeGreaterThanOrEqual(4);
		for (const line of annotations) expect(line).toMatch(/^::error file=[^,:\n]*(,line=\d+)?(,title=[^,:]*)?::/);
		expect(lines.some((l) => l.startsWith('::stop-commands') || l.startsWith('::warning::fake'))).toBe(false);
	});

	it('exits 0 on a valid catalog', async () => {
		const out: string[] = [];
		expect(await main(['--content', join(fixture)], (l) => out.push(l))).toBe(0);
		expect(out.at(-1)).toMatch(/^✓ The catalog is valid/);
	});

	it('lists only files changed since a git ref, a changed photo counting as its pass', () => {
		const root = catalogWith(PASS, (t) => t);
		const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf-8' });
		git('init', '-q', '-b', 'main');
		git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '.');
		git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'base');
		writeFileSync(join(root, PASS_DIR, 'back.jpg'), 'new photo');
		const changed = changedEntryFiles('main', root, join(root, 'content'));
		expect([...changed].sort()).toEqual([`${PASS_DIR}/back.jpg`, PASS]);
	});

	it('with --changed, reports a new look-alike band and a new hidden folder', async () => {
		const root = catalogWith(PASS, (t) => t);
		const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf-8' });
		git('init', '-q', '-b', 'main');
		git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '.');
		git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'base');
		const band = JSON.parse(readFileSync(join(root, 'content/bands/fixture-band.json'), 'utf-8'));
		writeFileSync(join(root, 'content/bands/look-alike.json'), JSON.stringify({ ...band, name: 'FIXTURE B\u0410ND', aliases: [] }));
		mkdirSync(join(root, 'content/tours/.cache'));
		writeFileSync(join(root, 'content/tours/.cache/x.json'), '{}');
		const only = changedEntryFiles('main', root, join(root, 'content'));
		const found = (await validateCatalog({ contentDir: join(root, 'content'), root, only })).map(formatProblem);
		expect(found).toEqual([
			expect.stringMatching(/^content\/bands\/look-alike\.json:1: name: "FIXTURE BАND" reads as the same name as "Fixture Band" \(name of band "fixture-band"/),
			'content/tours/.cache: is a hidden folder — content/ holds only catalog files; remove it',
		]);
	});
});
