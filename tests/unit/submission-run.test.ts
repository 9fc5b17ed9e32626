import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import sharp from 'sharp';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mdastNodes } from '../helpers/markdown-tree.ts';
import { passFrontmatterSchema } from '../../src/schemas/pass.ts';
import { splitFrontmatter } from '../../src/lib/content-files/split-frontmatter.ts';
import { validateCatalog } from '../../scripts/validate.ts';
import { main } from '../../scripts/submission.ts';
import { runSubmission } from '../../scripts/submission/run-submission.ts';
import { GPS, noisy } from '../helpers/photo-fixtures.ts';
import { type RecordingServer, SUBMISSION_FIXTURES, attachmentHosts, catalogCopy, fixtureIssue } from '../helpers/submission-servers.ts';

const FRONT = '/user-attachments/assets/0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';
const BACK = '/user-attachments/assets/1a2b3c4d-5e6f-4708-9a1b-2c3d4e5f6a7b';

const hosts = attachmentHosts();
let github: RecordingServer;
let other: RecordingServer;
let env: NodeJS.ProcessEnv;
let content: string;

beforeAll(async () => {
	({ github, other, env } = hosts);
	github.routes.set(FRONT, await noisy(800, 600).withExif({ IFD0: { Make: 'Phone' }, IFD3: GPS }).jpeg().toBuffer());
	github.routes.set(BACK, await noisy(800, 600).png().toBuffer());
	other.routes.set(FRONT, await noisy(800, 600).jpeg().toBuffer());
}, 60_000);
beforeEach(async () => {
	content = await catalogCopy();
});
afterEach(async () => {
	await rm(path.dirname(content), { recursive: true, force: true });
	expect(other.requests, 'the other host must never be asked').toEqual([]);
});

const issue = (name: string) => fixtureIssue(name, { origin: github.origin, other: other.origin });
const passFolders = async () => (await readdir(path.join(content, 'passes'))).sort();

describe('npm run submission', { timeout: 60_000 }, () => {
	it('turns the fixture issue into a pass folder that passes validate, with photos re-encoded and GPS gone', async () => {
		const result = await runSubmission({ body: await issue('good.md'), contentDir: content, env, author: { login: 'sam-c', id: '42' }, issue: 7, today: '2026-12-05' });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.slug).toBe('fixture-band-test-tour-1985-all-access-laminate');
		expect(github.requests.sort()).toEqual([FRONT, BACK].sort());
		const folder = path.join(content, 'passes', result.slug);
		expect((await readdir(folder)).sort()).toEqual(['back.jpg', 'front.jpg', 'index.mdx']);

		const problems = await validateCatalog({ contentDir: content, root: path.dirname(content) });
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);

		const split = splitFrontmatter(await readFile(path.join(folder, 'index.mdx'), 'utf-8'));
		if ('error' in split) throw new Error(split.error);
		const data = passFrontmatterSchema.parse(split.frontmatter);
		expect(data).toMatchObject({
			band: 'fixture-band',
			tour: 'test-tour',
			printer: 'fixture-printer',
			securityFeatures: ['hologram', 'serial-number'],
			signatures: [{ signer: 'A. Singer', role: 'singer', date: '1985-04', medium: 'marker' }],
			condition: { grade: 'near-mint', flaws: ['creased'] },
			dimensions: { widthMm: 76, heightMm: 102 },
			contributors: ['Sam Collector'],
			added: '2026-12-05',
			example: false,
		});
		expect(data.photos.map((p) => [p.src, p.side, p.credit])).toEqual([
			['./front.jpg', 'front', 'Sam Collector'],
			['./back.jpg', 'back', 'Sam Collector'],
		]);
		expect(split.body).toContain('after the **London** show.');
		const front = await sharp(path.join(folder, 'front.jpg')).metadata();
		expect(front.exif).toBeUndefined();
		expect(result.comment).toContain('### Ready for review');
		expect(result.comment).toContain('location data (GPS) removed');
		expect(result.commitMessage).toBe('Add pass fixture-band-test-tour-1985-all-access-laminate (submission #7)\n\nCo-authored-by: sam-c <42+sam-c@users.noreply.github.com>\n');
		expect(result.pullRequestBody).toContain('Closes #7');
	});

	it('credits the GitHub user when the name is left empty, and numbers a folder name that is taken', async () => {
		const body = (await issue('good.md')).replace('### Your name in the catalog\n\nSam Collector', '### Your name in the catalog\n\n_No response_');
		const first = await runSubmission({ body, contentDir: content, env, author: { login: 'sam-c', id: '42' } });
		// Other photos of the same pass: the same photo twice is refused as a duplicate entry.
		github.routes.set(FRONT, await noisy(800, 600).jpeg().toBuffer());
		github.routes.set(BACK, await noisy(800, 600).png().toBuffer());
		const second = await runSubmission({ body, contentDir: content, env, author: { login: 'sam-c', id: '42' } });
		expect(first.ok && first.data.contributors).toEqual(['sam-c']);
		expect(second.ok && second.slug).toBe('fixture-band-test-tour-1985-all-access-laminate-2');
	});

	it('writes nothing for HTML and scripts in the story, and says what to fix under the field’s label', async () => {
		const before = await passFolders();
		const result = await runSubmission({ body: await issue('hostile-story-html.md'), contentDir: content, env });
		expect(result.ok).toBe(false);
		expect(await passFolders()).toEqual(before);
		expect(result.comment).toContain('### The pass needs a few changes');
		expect(result.comment).toMatch(/- \*\*The story\*\*: line 3\\:\u200b &lt;script&gt; is not allowed/);
		expect(result.comment).toMatch(/- \*\*The story\*\*: line 5\\:\u200b &lt;img&gt; is not allowed/);
		expect(result.comment).toMatch(/- \*\*The story\*\*: line 7\\:\u200b link to “javascript\\:\u200balert\\\(1\\\)” is not allowed/);
		expect(result.comment).not.toContain('<script');
	});

	it('keeps YAML-looking answers as text: no field is smuggled into the frontmatter', async () => {
		const result = await runSubmission({ body: await issue('hostile-yaml-injection.md'), contentDir: content, env });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const split = splitFrontmatter(await readFile(path.join(result.folder, 'index.mdx'), 'utf-8'));
		if ('error' in split) throw new Error(split.error);
		const data = passFrontmatterSchema.parse(split.frontmatter);
		expect(data.title).toBe('x" \\nfakeOf: "y", example: true #');
		expect(data.venue).toBe("'; fakeOf: fixture-band-test-tour-all-access");
		expect(data.condition.notes).toBe('---\\nexample: true');
		expect(data.fakeOf).toBeUndefined();
		expect(data.example).toBe(false);
		// A story that starts like frontmatter stays in the body, after the real frontmatter.
		expect(split.body.trimStart()).toMatch(/^---\nexample: true\nfakeOf: fixture-band-test-tour-all-access\n---/);
	});

	it('refuses path traversal in names and attachment links without fetching or writing anything', async () => {
		const parent = path.dirname(content);
		const before = (await readdir(parent)).sort();
		const result = await runSubmission({ body: await issue('hostile-path-traversal.md'), contentDir: content, env });
		expect(result.ok).toBe(false);
		expect(result.comment).toContain('**Band**: ` ../../../etc/passwd ` is not in the catalog yet');
		expect(result.comment).toMatch(/\*\*Photo: front\*\*: .*is not a GitHub attachment/);
		expect(result.comment).toMatch(/\*\*Variant of\*\*: must be a slug/);
		expect(github.requests).toEqual([BACK]);
		expect((await readdir(parent)).sort()).toEqual(before);
		expect(await passFolders()).toEqual(['fixture-band-test-tour-all-access']);
	});

	it('reads nothing further from an issue with a section the form does not have — not even its photos', async () => {
		const result = await runSubmission({ body: await issue('hostile-unknown-section.md'), contentDir: content, env });
		expect(result.ok).toBe(false);
		expect(result.comment).toContain('a section ` Maintainer override ` that the form does not have');
		expect(github.requests).toEqual([]);
	});

	it('never fetches a photo from another host, over http, or from a look-alike host', async () => {
		const result = await runSubmission({ body: await issue('hostile-other-hosts.md'), contentDir: content, env });
		expect(result.ok).toBe(false);
		expect(result.comment).toMatch(/\*\*Photo: front\*\*: ` http:\/\/127\.0\.0\.1:\d+\/user-attachments\/.* `: the link is not https/);
		expect(result.comment).toMatch(/\*\*Photo: back\*\*: ` https:\/\/github\.com\.evil\.example\/.* `: the link is not on GitHub’s attachment host/);
		expect(result.comment).toMatch(/\*\*Photo: detail\*\*: .*the link is not https/);
		expect(github.requests).toEqual([]);
	});

	it('refuses a file that is not an image', async () => {
		github.routes.set('/user-attachments/assets/99999999-2222-4333-8444-555555555555', new TextEncoder().encode('#!/bin/sh\necho hi\n'));
		const body = (await issue('good.md')).replace(FRONT, '/user-attachments/assets/99999999-2222-4333-8444-555555555555');
		const result = await runSubmission({ body, contentDir: content, env });
		expect(result.ok).toBe(false);
		expect(result.comment).toMatch(/\*\*Photo: front\*\*: is not an image/);
	});

	it('refuses huge answers', async () => {
		const body = (await issue('good.md')).replace('It has been kept in a sleeve since.', 'blah '.repeat(5000));
		const result = await runSubmission({ body, contentDir: content, env });
		expect(result.ok).toBe(false);
		expect(result.comment).toContain('**The story**: is 25');
		expect(github.requests).toEqual([]);
	});

	it('shows mentions, references, links and HTML from the issue only inside code, so none of them work', async () => {
		const result = await runSubmission({ body: await issue('hostile-mentions.md'), contentDir: content, env });
		expect(result.ok).toBe(false);
		const tree = fromMarkdown(result.comment);
		const all = mdastNodes(tree);
		expect(all.filter((n) => n.type === 'link' || n.type === 'image')).toEqual([]);
		expect(all.filter((n) => n.type === 'html').map((n) => (n as { value: string }).value)).toEqual(['<!-- pass-submission-check -->']);
		const text = all.flatMap((n) => (n.type === 'text' ? [n.value] : [])).join(' ');
		expect(text).not.toMatch(/@[a-z]|#\d|www\.|https?:/i);
		const code = all.flatMap((n) => (n.type === 'inlineCode' ? [n.value] : []));
		expect(code).toContain('@octocat #1 <b>x</b> [y](https://evil.example)');
	});
});

describe('the command line', { timeout: 60_000 }, () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(path.join(os.tmpdir(), 'submission-cli-'));
		vi.spyOn(console, 'log').mockImplementation(() => {});
	});
	afterEach(async () => {
		vi.restoreAllMocks();
		await rm(dir, { recursive: true, force: true });
	});

	it('takes photos from a local folder, writes the comment and the pull request texts; exit 0', async () => {
		const photos = path.join(dir, 'photos');
		await mkdir(photos);
		// A clean JPEG with something riding after its end: only the pixels may survive.
		const smuggled = Buffer.concat([await noisy(640, 480).jpeg().toBuffer(), Buffer.from('<script>alert(1)</script>')]);
		await writeFile(path.join(photos, 'front.jpg'), smuggled);
		await writeFile(path.join(photos, 'back.webp'), await noisy(640, 480).webp().toBuffer());
		const file = path.join(dir, 'issue.md');
		await writeFile(file, await issue('good.md'));
		const out: string[] = [];
		const code = await main([file, '--photos', photos, '--out', content, '--comment', path.join(dir, 'comment.md'), '--pull-request', path.join(dir, 'pr'), '--issue', '12'], {}, (l) => out.push(l));
		expect(code).toBe(0);
		expect(github.requests).toEqual([]);
		expect(await readFile(path.join(dir, 'comment.md'), 'utf-8')).toContain('Ready for review');
		expect(await readFile(path.join(dir, 'pr', 'branch.txt'), 'utf-8')).toBe('submission/issue-12\n');
		const folder = path.join(content, 'passes', 'fixture-band-test-tour-1985-all-access-laminate');
		expect(existsSync(path.join(folder, 'back.jpg'))).toBe(true);
		const written = await readFile(path.join(folder, 'front.jpg'));
		expect(written.equals(smuggled)).toBe(false);
		expect(written.includes('<script>')).toBe(false);
		expect((await sharp(written).metadata()).width).toBe(640);
	});

	it('reads the body from an environment variable; exit 1 with the comment on problems, 2 on usage', async () => {
		const comment = path.join(dir, 'c.md');
		const body = await readFile(path.join(SUBMISSION_FIXTURES, 'hostile-unknown-section.md'), 'utf-8');
		expect(await main(['--body-env', 'ISSUE_BODY', '--out', content, '--comment', comment], { ISSUE_BODY: body }, () => {})).toBe(1);
		expect(await readFile(comment, 'utf-8')).toContain('Maintainer override');
		expect(await main([], {}, () => {})).toBe(2);
		expect(await main(['a.md', 'b.md'], {}, () => {})).toBe(2);
		expect(await main(['--frobnicate'], {}, () => {})).toBe(2);
		expect(await main(['a.md', '--issue', '7; rm -rf /'], {}, () => {})).toBe(2);
	});
});
