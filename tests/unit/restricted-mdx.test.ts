/** Hostile pass bodies: each way of running code is refused, with the line it is on. */
import { describe, expect, it } from 'vitest';
import { findUnsafeHtml, findUnsafeMarkdown, isSafeUrl } from '../../src/lib/restricted-mdx.ts';

const messages = (body: string) => findUnsafeMarkdown(body).map((p) => `${p.line}: ${p.message}`);

describe('findUnsafeMarkdown', () => {
	it('accepts ordinary Markdown prose', () => {
		const body = [
			'# A heading',
			'',
			'Some **bold** and _italic_ text with a [link](https://example.org/) and a [local one](/bands/nirvana/).',
			'',
			'- a list item',
			'- `inline code with <angle> brackets` is fine, and so is 3 < 5 with a space',
			'',
			'```',
			'<script>in a code block is shown, not run</script>',
			'```',
			'',
			'> A quote, an escaped brace \\{ and an entity &lt;.',
		].join('\n');
		expect(messages(body)).toEqual([]);
	});

	it.each([
		['an import', 'Hello\n\nimport x from "y"\n', /^3: `import`\/`export` is not allowed/],
		['an export', 'export const a = 1\n', /^1: `import`\/`export` is not allowed/],
		['a block expression', 'Text\n\n{alert(1)}\n', /^3: `\{…\}` expressions are not allowed/],
		['an inline expression', 'Text {process.exit()} more\n', /^1: `\{…\}` expressions are not allowed/],
		['a script tag', 'Fine\n\n<script>alert(1)</script>\n', /^3: <script> is not allowed/],
		['an iframe', '<iframe src="https://evil.example"></iframe>\n', /^1: <iframe> is not allowed/],
		['a style tag', '<style>{"body{display:none}"}</style>\n', /^1: <style> is not allowed/],
		['an element with an event handler', 'Look <img src="x" onerror="alert(1)" /> here\n', /^1: <img> is not allowed/],
		['a component', '<Gallery photos="all" />\n', /^1: <Gallery> is not allowed/],
		['a fragment', '<>hi</>\n', /^1: <fragment> is not allowed/],
		['a javascript: link', '[click](javascript:alert(1))\n', /^1: link to "javascript:alert\(1\)" is not allowed/],
		['an encoded javascript: link', '[click](jav&#x61;script:alert(1))\n', /^1: link to "javascript:alert\(1\)" is not allowed/],
		['a data: link in a definition', '[x]\n\n[x]: data:text/html,hi\n', /^3: link to "data:text\/html,hi" is not allowed/],
		['a protocol-relative link', '[x](//evil.example/)\n', /is not allowed/],
		['an image in the story', '![a pass](./front.jpg)\n', /^1: images are not allowed in the story/],
	])('refuses %s', (_what, body, expected) => {
		const found = messages(body);
		expect(found.some((m) => expected.test(m)), found.join('\n')).toBe(true);
	});

	it('reports text MDX cannot read ("<" before a digit) with the line and a hint', () => {
		const [problem] = findUnsafeMarkdown('Line one\n\nI <3 this pass\n');
		expect(problem?.line).toBe(3);
		expect(problem?.message).toMatch(/cannot be read as MDX: .* — a "<" starts a tag in MDX/);
	});

	it('adds the line offset so lines point into the whole file', () => {
		expect(findUnsafeMarkdown('{x}', 10)[0]?.line).toBe(11);
	});
});

describe('isSafeUrl', () => {
	it.each(['https://example.org', 'http://a.b/c', 'mailto:a@b.c', '/bands/x/', '#sources', './x', '../y', 'relative/path', ''])('allows %j', (url) => {
		expect(isSafeUrl(url)).toBe(true);
	});
	it.each(['javascript:alert(1)', 'JaVaScRiPt:x', 'java\tscript:x', ' javascript:x', 'data:text/html,x', 'vbscript:x', '//evil.example', 'file:///etc/passwd'])('refuses %j', (url) => {
		expect(isSafeUrl(url)).toBe(false);
	});
});

describe('findUnsafeHtml', () => {
	it('passes ordinary rendered Markdown', () => {
		expect(findUnsafeHtml('<p>Hi <a href="https://example.org/">x</a> <code>&lt;script&gt;</code></p>')).toEqual([]);
	});
	it.each([
		['<script>alert(1)</script>', 'an active HTML element'],
		['<p onclick="x()">hi</p>', 'an event handler attribute'],
		['<a href="javascript:alert(1)">x</a>', 'an unsafe link (javascript:alert(1))'],
		['<a href="&#106;avascript:alert(1)">x</a>', 'an unsafe link (javascript:alert(1))'],
	])('catches %s', (html, expected) => {
		expect(findUnsafeHtml(html)).toContain(expected);
	});
});
