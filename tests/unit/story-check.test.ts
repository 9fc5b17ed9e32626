/**
 * The story pipeline case by case: what is refused, with which words and on which line of the
 * file, and what a harmless story renders to. The fuzz test (story-fuzz.test.ts) covers the rest.
 */
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content-files/split-frontmatter.ts';
import { checkStory } from '../../src/lib/story/check-story.ts';
import { isSafeUrl, urlKind } from '../../src/lib/story/safe-url.ts';
import { storyToHtml } from '../../src/lib/story/story-to-html.ts';

const problems = (story: string, offset = 0) => checkStory(story, offset).problems.map((p) => `${p.line}: ${p.message}`);
const html = (story: string) => {
	const result = storyToHtml(story);
	if (result.html === undefined) throw new Error(result.problems.map((p) => p.message).join('; '));
	return result.html;
};

const FILE_HEAD = '---\ntitle: "A pass"\nband: nirvana\n---\n\n';

describe('checkStory', () => {
	it.each([
		['raw HTML inline', 'Kept in a <b>drawer</b>.', '1: <b> is not allowed in a pass'],
		['an HTML block', 'x\n\n<dialog open>Sign in</dialog>', '3: <dialog> is not allowed in a pass'],
		['an HTML comment', 'x <!-- hidden -->', '1: an HTML comment (<!-- … -->) is not allowed'],
		['a processing instruction', '<?php x ?>', '1: raw HTML (<?php x ?>) is not allowed'],
		['an image', '![front](https://example.org/a.jpg)', '1: images are not allowed in the story'],
		['an image reference', '![a][x]\n\n[x]: /a.jpg', '1: images are not allowed in the story'],
		['a javascript: link', '[x](javascript:alert(1))', '1: link to “javascript:alert(1)” is not allowed — links must start with https://, mailto: or /'],
		['an entity-encoded scheme', '[x](&#106;avascript:alert(1))', '1: link to “javascript:alert(1)” is not allowed'],
		['a scheme split by a tab entity', '[x](java&Tab;script:alert(1))', '1: link to “java\\u0009script:alert(1)” is not allowed'],
		['a protocol-relative link', '[x](//evil.example/)', '1: link to “//evil.example/” is not allowed'],
		['an http: link', '<http://example.org>', '1: link to “http://example.org” is not allowed'],
		['a bare www address', 'see www.example.org', '1: link to “http://www.example.org” is not allowed — links must start with https://, mailto: or / (a page of this site) (a bare “www.…” address is read as http://www.… — write https://www.…)'],
		['a bad definition', '[x]\n\n[x]: data:text/html,hi', '3: link to “data:text/html,hi” is not allowed'],
		['a footnote', 'a[^1]\n\n[^1]: b', '1: footnotes (“[^1]”) are not allowed'],
		['a task box', '- [x] done', '1: task-list boxes (“- [ ]”, “- [x]”) are not allowed'],
		['a heading 1', '# Title', '1: a heading 1 (“# …”, or a line of === under text) is not allowed'],
		['a setext heading 1', 'Title\n===', '1: a heading 1'],
		['a heading 5', '##### Small', '1: a heading 5 is too deep for a story — use ##, ### or ####'],
		['a NUL character', 'a\n\nb\u0000c', '3: invisible control character U+0000 — remove it'],
		['a bidi override', 'abc\u202edef', '1: invisible control character U+202E'],
		['a story too long', 'x'.repeat(20_001), '1: the story is 20,001 characters long — keep it under 20,000'],
		['deeply nested quotes', `${'> '.repeat(40)}x`, '1: lists, quotes or emphasis are nested too deeply — flatten them'],
		['a long run of marks', `${'*'.repeat(60)}x`, '1: a run of 60 “***…” marks — write at most 50 in a row'],
	])('refuses %s', (_, story, expected) => {
		expect(problems(story).some((p) => p.startsWith(expected)), problems(story).join('\n')).toBe(true);
	});

	it('says each problem once per line, sorted by line', () => {
		expect(problems('<b>x</b> and <b>y</b>\n\n<i>z</i>')).toEqual([
			expect.stringMatching(/^1: <b> is not allowed/),
			expect.stringMatching(/^3: <i> is not allowed/),
		]);
	});

	it('reports lines in the file: the body keeps the file’s line numbers', () => {
		const file = `${FILE_HEAD}Fine.\n\n| a | b |\n|---|---|\n| <img src="//t.example/p.gif"> | x |\n`;
		const split = splitFrontmatter(file);
		if ('error' in split) throw new Error(split.error);
		expect(problems(split.body)).toEqual([expect.stringMatching(/^10: <img> is not allowed in a pass/)]);
		expect(file.split('\n')[9]).toContain('<img');
	});

	it('adds an offset for a story that starts further down', () => {
		expect(problems('ok\n<b>x</b>', 20)).toEqual([expect.stringMatching(/^22: <b>/)]);
	});

	it('accepts braces, import and export lines, "<3" and a lone "<": in Markdown they are text', () => {
		expect(problems('I <3 this pass {really}\n\nimport x from "y"\n\nexport const a = 1\n\na < b')).toEqual([]);
	});
});

describe('a story that looks like frontmatter is Markdown', () => {
	it('renders a second --- block as a rule and a heading, never as data', () => {
		const file = `${FILE_HEAD}---\ntitle: Authenticated\n---\n\nText.\n`;
		const split = splitFrontmatter(file);
		if ('error' in split) throw new Error(split.error);
		expect(split.frontmatter).toEqual({ title: 'A pass', band: 'nirvana' });
		expect(html(split.body)).toBe('<hr>\n<h2>title: Authenticated</h2>\n<p>Text.</p>');
	});

	it('refuses HTML hidden behind a second --- block, on its line in the file', () => {
		const file = `${FILE_HEAD}\n---\n<span class="badge">authenticated</span>\n---\n`;
		const split = splitFrontmatter(file);
		if ('error' in split) throw new Error(split.error);
		expect(problems(split.body)).toEqual([expect.stringMatching(/^8: <span> is not allowed in a pass/)]);
	});
});

describe('renderStory', () => {
	it('keeps smart punctuation, as the site’s Markdown always had', () => {
		expect(html('Nirvana\'s "first" tour -- it was... loud.')).toBe('<p>Nirvana’s “first” tour — it was… loud.</p>');
	});

	it('marks external links and leaves site links plain', () => {
		expect(html('[a](https://example.org/x) [b](/bands/nirvana/) <me@example.org>')).toBe(
			'<p><a href="https://example.org/x" rel="nofollow ugc noopener">a</a> <a href="/bands/nirvana/">b</a> <a href="mailto:me@example.org" rel="nofollow ugc noopener">me@example.org</a></p>',
		);
	});

	it('renders headings without ids, tables with alignment, and code as text', () => {
		expect(html('## Where')).toBe('<h2>Where</h2>');
		expect(html('| a | b |\n|:--|--:|\n| `<b>` | 2 |')).toBe(
			'<table>\n<thead>\n<tr>\n<th align="left">a</th>\n<th align="right">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align="left"><code>&#x3C;b></code></td>\n<td align="right">2</td>\n</tr>\n</tbody>\n</table>',
		);
		expect(html('```html\n<script>x</script>\n```')).toBe('<pre><code>&#x3C;script>x&#x3C;/script>\n</code></pre>');
	});

	it('shows braces as they were written', () => {
		expect(html('Hello {process.exit(1)}')).toBe('<p>Hello {process.exit(1)}</p>');
	});
});

describe('the URL rule', () => {
	it.each(['https://example.org', 'HTTPS://example.org', 'mailto:a@b.example', '/bands/', '#notes', '../x/', 'page', '?q=1', ''])('accepts %j', (url) => {
		expect(isSafeUrl(url)).toBe(true);
	});

	it.each(['javascript:alert(1)', ' JavaScript:x', 'java\tscript:x', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'http://example.org', '//evil.example', '/\\evil.example', '\\\\evil.example', 'file:///etc/passwd', 'x:y', 'javascri[x]:y', 'a b:c'])('refuses %j', (url) => {
		expect(isSafeUrl(url)).toBe(false);
	});

	it('tells external links from site links', () => {
		expect(urlKind('https://example.org')).toBe('external');
		expect(urlKind('mailto:a@b.example')).toBe('external');
		expect(urlKind('/passes/')).toBe('site');
	});
});
