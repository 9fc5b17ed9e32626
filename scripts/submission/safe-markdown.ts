/**
 * Text from a submission shown back in a GitHub comment. GitHub renders comments as Markdown with
 * HTML, @mentions, #references and bare links, so a stranger's words are either shown inside a
 * code span (where none of that applies) or escaped character by character.
 */

/** Characters never kept: C0/C1 controls (but tab and newline) and bidirectional overrides. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const INVISIBLE_BREAK = '\u200b';
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~:]/g;

/** Markdown built by this tool; only `quote`, `escapeText` and literals make one. */
export type Markdown = string & { readonly markdown: true };

export function md(text: string): Markdown {
	return text as Markdown;
}

/** One line, at most `max` characters, shown verbatim in a code span. */
export function quote(value: string, max = 60): Markdown {
	const flat = value.replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim();
	const short = [...flat].length > max ? `${[...flat].slice(0, max - 1).join('')}…` : flat;
	if (short === '') return md('(empty)');
	const longestRun = Math.max(0, ...[...short.matchAll(/`+/g)].map((m) => m[0].length));
	const fence = '`'.repeat(longestRun + 1);
	// A space on each side keeps a leading or trailing backtick out of the fence.
	return md(`${fence} ${short} ${fence}`);
}

/**
 * Plain text (e.g. a checker's message) as Markdown that renders as the same words: no markup,
 * no HTML, no mention, no issue reference, no automatic link.
 */
export function escapeText(text: string): Markdown {
	return md(
		text
			.replace(CONTROL_CHARACTERS, '')
			.replace(/\s+/g, ' ')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
			// An invisible break after @ and # stops mentions and references; in "www" and after ":" it stops autolinks.
			.replace(/[@#]/g, (c) => `${c}${INVISIBLE_BREAK}`)
			.replace(/www/gi, (w) => `${w[0]}${INVISIBLE_BREAK}${w.slice(1)}`)
			.replace(/\\:/g, `\\:${INVISIBLE_BREAK}`),
	);
}

/** `quote` for a cell of a GFM table, where a bare | would end the cell even inside code. */
export function quoteCell(value: string, max = 60): Markdown {
	return md(quote(value, max).replace(/\|/g, '\\|'));
}
