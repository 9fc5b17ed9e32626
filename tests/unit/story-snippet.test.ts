/** The plain-text snippet of a story that search results show. */
import { describe, expect, it } from 'vitest';
import { storySnippet, storyText } from '../../src/lib/story/story-snippet.ts';
import { storyToHtml } from '../../src/lib/story/story-to-html.ts';

describe('storyText', () => {
	it('keeps the words, drops the tags, decodes entities once', () => {
		expect(storyText('<h2>Where</h2>\n<p>Found at <em>Reading</em> &amp; kept in a &lt;box&gt; &#x27;93 &amp;lt;</p>')).toBe("Where Found at Reading & kept in a <box> '93 &lt;");
	});

	it('leaves an unknown or impossible entity as it was', () => {
		expect(storyText('&bogus; &#0; &#x110000;')).toBe('&bogus; &#0; &#x110000;');
	});
});

describe('storySnippet', () => {
	it('cuts long stories at a word and says so', () => {
		const html = `<p>${Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')}</p>`;
		expect(storySnippet(html, 5)).toBe('w0 w1 w2 w3 w4…');
		expect(storySnippet('<p>short story</p>', 5)).toBe('short story');
	});

	it('gives the text of a story rendered by the real pipeline', () => {
		const rendered = storyToHtml('Bought from **a roadie** at [the show](https://example.org/) — 1993.\n\n- one\n- two\n');
		expect(rendered.html === undefined ? '' : storySnippet(rendered.html)).toBe('Bought from a roadie at the show — 1993. one two');
	});
});
