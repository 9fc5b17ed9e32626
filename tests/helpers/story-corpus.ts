/**
 * Hostile and awkward pass stories, one or more per trick class: the seeds of the story fuzz test
 * and the cases of the story checker's unit tests. Each class is a way a checker and a renderer
 * reading different grammars (or a blocklist) were or could be fooled.
 */

export interface StorySeed {
	/** The trick class, as listed in the report and README. */
	trick: string;
	story: string;
	/** True for the seeds that are harmless Markdown and must render; every other seed is refused. */
	renders?: true;
}

const LONG = 'a'.repeat(5_000);

export const STORY_SEEDS: readonly StorySeed[] = [
	// Frontmatter-looking blocks: a second `---` block after the real frontmatter was read as more frontmatter.
	{ trick: 'frontmatter-looking block', story: '---\ntitle: Fake\nverified: true\n---\n\n<span class="badge">authenticated</span>\n' },
	{ trick: 'frontmatter-looking block', story: '\n\n---\n<dialog open>Log in again</dialog>\n---\n' },
	{ trick: 'frontmatter-looking block', story: '+++\ntitle = "toml"\n+++\n<b>x</b>\n' },
	{ trick: 'frontmatter-looking block', story: '---\n---\n---\n', renders: true },
	// GFM tables: cells with HTML, escaped pipes, code spans that swallow pipes.
	{ trick: 'GFM table with HTML', story: '| a | b |\n| - | - |\n| <img src=//evil.example/t.gif> | <b onmouseover=alert(1)>x</b> |\n' },
	{ trick: 'GFM table with pipes/backticks', story: '| `a | b` | c |\n|---|---|\n| `<dialog open>` | \\| <i>x</i> |\n' },
	{ trick: 'GFM table with pipes/backticks', story: 'x | y\n--|--\n`|` | <details open><summary>s</summary>hidden</details>\n' },
	// Code spans and fences whose ends differ between grammars.
	{ trick: 'code span/fence differential', story: '``\n<dialog open>\n``\n\n```\n<script>alert(1)</script>\n```\n' },
	{ trick: 'code span/fence differential', story: '~~~\n<b>a</b>\n```\n<b>still code</b>\n~~~\n<b>after</b>\n' },
	{ trick: 'code span/fence differential', story: '    indented <b>code</b>\n\n`` ` <b>x</b> ` ``\n', renders: true },
	{ trick: 'code span/fence differential', story: '```js\n{process.exit(1)}\n', renders: true },
	// Setext headings: a line of --- or === under text.
	{ trick: 'setext heading', story: 'title: Fake\n---\n\nBig\n===\n' },
	{ trick: 'setext heading', story: '<b>x</b>\n---\n' },
	// Comments, CDATA, processing instructions, declarations.
	{ trick: 'HTML comment', story: 'Before <!-- a comment --> after\n\n<!--\n<script>alert(1)</script>\n-->\n' },
	{ trick: 'CDATA', story: '<![CDATA[<script>alert(1)</script>]]>\n\ninline <![CDATA[x]]> too\n' },
	{ trick: 'processing instruction', story: '<?xml version="1.0"?>\n\ntext <?php echo 1 ?>\n' },
	{ trick: 'declaration', story: '<!DOCTYPE html>\n<html><body>x</body></html>\n' },
	// Remote images and search-index poisoning.
	{ trick: 'remote image', story: '<img src=//tracker.example/p.gif>\n\n![pixel](https://tracker.example/p.gif)\n\n![ref][p]\n\n[p]: https://tracker.example/p.gif\n' },
	{ trick: 'data-pagefind attributes', story: '<span data-pagefind-filter="type:All access">x</span>\n\n<p data-pagefind-meta="title:Fake">y</p>\n' },
	{ trick: 'dialog/details', story: '<dialog open><form method="dialog"><input name=password></form></dialog>\n\n<details open><summary>More</summary>x</details>\n' },
	{ trick: 'SVG/MathML', story: '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>\n\n<math><mi xlink:href="javascript:alert(1)">x</mi></math>\n' },
	// URLs: entity-encoded schemes, control characters, protocol-relative, backslashes, autolinks, references.
	{ trick: 'entity-encoded javascript:', story: '[x](&#106;avascript:alert(1))\n\n[y](jav&#x09;ascript:alert(1))\n\n[z](java&Tab;script:alert(1))\n' },
	{ trick: 'entity-encoded javascript:', story: '[a](JaVaScRiPt:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](vbscript:x)\n' },
	{ trick: 'URL tricks', story: '[a](//evil.example) [b](/\\evil.example) [c](http://plain.example) [d](https:evil.example)\n' },
	{ trick: 'autolink', story: '<javascript:alert(1)> <https://ok.example> <mailto:a@b.example> www.example.com x@y.example http://z.example\n' },
	{ trick: 'reference definition', story: '[click][x]\n\n[x]: javascript:alert(1) "title"\n\n[ok]: https://ok.example\n' },
	{ trick: 'reference definition', story: '[x]:\n<javascript:alert(1)>\n\n[x]\n' },
	// Footnotes and task lists (GFM).
	{ trick: 'footnote', story: 'Text[^1].\n\n[^1]: <b>note</b> [x](javascript:y)\n' },
	{ trick: 'task list', story: '- [ ] one\n- [x] two\n' },
	// Nesting, lazy continuation, tabs.
	{ trick: 'nested lists/quotes, lazy continuation', story: '> quote\nlazy <b>continuation</b>\n> - item\n>   > deeper\n<i>lazy</i>\n' },
	{ trick: 'nested lists/quotes, lazy continuation', story: `${'> '.repeat(12)}deep\n\n${Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n` },
	{ trick: 'tabs', story: '-\tone\n\t- two\n\t\t<b>code?</b>\n\n>\t<i>x</i>\n' },
	// Headings.
	{ trick: 'heading levels', story: '# Top\n\n## Fine\n\n##### Deep\n' },
	// Braces and MDX syntax that is plain text now.
	{ trick: 'MDX syntax as text', story: 'Hello {process.exit(1)}\n\nimport fs from "node:fs"\n\nexport const x = 1\n', renders: true },
	{ trick: 'MDX syntax as text', story: 'A component: <Component />\n' },
	// Invisible characters.
	{ trick: 'NUL and control characters', story: 'a\u0000b\n\nc\u0007d <b\u0000>x</b>\n\u202eevil\u202c\n' },
	{ trick: 'NUL and control characters', story: '[x](java\u0000script:alert(1))\n' },
	// Size.
	{ trick: 'very long lines', story: `${LONG} ${'* '.repeat(1_000)} ${'[a'.repeat(1_000)}\n`, renders: true },
	{ trick: 'very long lines', story: `${'*'.repeat(3_000)} ${'['.repeat(2_000)}${']('.repeat(1_000)}\n` },
	{ trick: 'very long lines', story: `${'> '.repeat(5_000)}deep\n` },
	{ trick: 'very long lines', story: `${'x'.repeat(21_000)}\n` },
	// Ordinary stories that must render.
	{ trick: 'plain story', story: 'Nirvana\'s "first" arena tour -- worn by the crew... \n\n## Provenance\n\n- bought in 1994\n- [source](https://example.org/x)\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n', renders: true },
];

/** Markdown pieces the fuzzer interleaves: each changes how the text after it is read. */
export const MARKDOWN_FRAGMENTS: readonly string[] = [
	'---', '***', '+++', '===', '```', '~~~', '``', '`', '    ', '\t', '> ', '- ', '* ', '1. ', '3) ', '- [ ] ', '# ', '## ', '#### ', '###### ',
	'|', '| a | b |', '|---|:-:|', '\\|', '\\', '*', '**', '_', '~~', '[', ']', '(', ')', '![', '](', '[^1]', '[^1]: ', '[x]: ', '[x]', '>',
	'&#106;', '&#x6A;', '&Tab;', '&colon;', '&amp;', '&lt;', 'javascript:', 'data:', '//', '/\\', 'https://ok.example', 'http://x.example',
	'www.example.com', 'mailto:a@b.example', 'a@b.example', '<https://ok.example>', '{', '}', 'import x from "y"', 'export const a = 1',
	'\u0000', '\u0007', '\u202e', '\r', '\r\n', 'text', 'word ', "it's", '"q"', '--', '...',
];

/** HTML pieces: elements and attributes that must never reach a page, and the grammar's odd corners. */
export const HTML_FRAGMENTS: readonly string[] = [
	'<', '</', '<b>', '</b>', '<i>', '<img src=//e.example/p.gif>', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<style>*{}</style>',
	'<dialog open>', '</dialog>', '<details open>', '<summary>', '<svg>', '<math>', '<iframe src=//e.example>', '<a href="javascript:alert(1)">',
	'<span data-pagefind-filter="type:x">', '<p data-pagefind-meta="title:x">', '<div class="badge" style="color:red" id="x">', '<!--', '-->',
	'<![CDATA[', ']]>', '<?', '?>', '<!DOCTYPE html>', '<javascript:alert(1)>',
];
