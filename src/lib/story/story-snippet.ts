/**
 * The first words of a pass's story as plain text, for search results: what a reader sees of a
 * pass before opening it. Made from the story's sanitised HTML (the one render of a story), so
 * only text is kept; the page writes it as text, so nothing here can become markup.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name.startsWith('#')) {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
			return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/** Plain text of sanitised story HTML: tags become spaces, entities characters, runs of space one. */
export function storyText(html: string): string {
	return decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** At most `words` words of the story, cut at a word with "…" when there is more. */
export function storySnippet(html: string, words = 30): string {
	const all = storyText(html).split(' ').filter(Boolean);
	return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}
