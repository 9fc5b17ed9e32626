/** The band-name suggester: edit distance, normalisation, and the single-typo target (≥ 90 % top 3). */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allowedEdits, bandAdvice, editDistance, suggestBands, suggestibleNames, type SuggestibleBand } from '../../src/lib/search/band-suggester.ts';
import { readCatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bands: SuggestibleBand[] = readCatalogFiles(`${root}content`, root).bands.map((b) => ({
	name: b.data.name,
	url: `/bands/${b.id}/`,
	names: suggestibleNames([b.data.name, ...b.data.aliases]),
}));
const top = (query: string) => suggestBands(query, bands).map((s) => s.band.name);

describe('editDistance', () => {
	it.each([
		['nirvana', 'nirvana', 0],
		['nirvanna', 'nirvana', 1],
		['nirvna', 'nirvana', 1],
		['nrivana', 'nirvana', 1],
		['metalica', 'metallica', 1],
		['kitten', 'sitting', 3],
		['', 'abc', 3],
	])('%s → %s is %i', (a, b, expected) => {
		expect(editDistance(a, b)).toBe(expected);
		expect(editDistance(b, a)).toBe(expected);
	});

	it('stops early past the cap', () => {
		expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
	});
});

describe('suggestBands', () => {
	it('offers Nirvana for "nirvanna" and Motörhead for "motorhead"', () => {
		expect(top('nirvanna')[0]).toBe('Nirvana');
		expect(top('motorhead')[0]).toBe('Motörhead');
		expect(suggestBands('motorhead', bands)[0]?.distance).toBe(0);
	});

	it('finds bands by alias and by a word of the query', () => {
		expect(top('GNR')[0]).toBe("Guns N' Roses");
		expect(top('zeppelin')).toContain('Led Zeppelin');
		expect(top('metalica 1988 laminate')[0]).toBe('Metallica');
	});

	it('proposes nothing for queries unlike any band', () => {
		expect(top('hologram')).toEqual([]);
		expect(top('x')).toEqual([]);
	});

	it('allows more typos in longer names', () => {
		expect([allowedEdits(3), allowedEdits(7), allowedEdits(12)]).toEqual([1, 2, 3]);
	});
});

/** Every single-keystroke typo of `word`: a letter dropped, doubled, swapped with its neighbour, or replaced. */
function singleTypos(word: string): string[] {
	const letters = 'abcdefghijklmnopqrstuvwxyz';
	const out = new Set<string>();
	for (let i = 0; i < word.length; i++) {
		out.add(word.slice(0, i) + word.slice(i + 1));
		out.add(word.slice(0, i) + word[i] + word.slice(i));
		if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
		for (const c of letters) out.add(word.slice(0, i) + c + word.slice(i + 1));
	}
	out.delete(word);
	return [...out];
}

describe('single-typo band names', () => {
	it('puts the right band in the top 3 for at least 90 % of them', () => {
		let hits = 0;
		let total = 0;
		const misses: string[] = [];
		for (const band of bands) {
			for (const typo of singleTypos(band.name.toLowerCase())) {
				total++;
				if (top(typo).includes(band.name)) hits++;
				else if (misses.length < 15) misses.push(`${typo} (${band.name})`);
			}
		}
		const rate = hits / total;
		console.log(`band suggester: ${hits}/${total} single-typo names put the band in the top 3 (${(rate * 100).toFixed(1)} %); e.g. missed: ${misses.join(', ')}`);
		expect(total).toBeGreaterThan(1000);
		expect(rate).toBeGreaterThanOrEqual(0.9);
	});
});

/**
 * Ways people type a name they know: case, spacing, punctuation, a hyphen or "the" left out.
 * Each is applied alone and in pairs, so "Blink-182" is also tried as "blink 182", "BLINK182"…
 */
const TYPINGS: Record<string, (name: string) => string> = {
	lower: (n) => n.toLowerCase(),
	upper: (n) => n.toUpperCase(),
	'no hyphen': (n) => n.replace(/-/g, ''),
	'hyphen as space': (n) => n.replace(/-/g, ' '),
	'no spaces': (n) => n.replace(/\s+/g, ''),
	'double spaces': (n) => n.replace(/\s+/g, '  '),
	'padded': (n) => `  ${n} `,
	'no punctuation': (n) => n.replace(/[^\p{L}\p{N}\s]/gu, ''),
	'punctuation as space': (n) => n.replace(/[^\p{L}\p{N}\s]/gu, ' '),
	'without the': (n) => n.replace(/^the\s+/i, ''),
	'dot between words': (n) => n.replace(/\s+/g, '.'),
};

function typingsOf(name: string): string[] {
	const ways = Object.values(TYPINGS);
	const out = new Set<string>([name]);
	for (const a of ways) {
		out.add(a(name));
		for (const b of ways) out.add(b(a(name)));
	}
	return [...out].filter((q) => q.trim() !== '');
}

describe('a band typed as itself is never corrected to another band', () => {
	const raw = readCatalogFiles(`${root}content`, root).bands;
	const cases = raw.flatMap((b) => [b.data.name, ...b.data.aliases].flatMap((name) => typingsOf(name).map((query) => ({ band: b.data.name, query }))));

	it('holds for every name and alias of every band, typed every way', () => {
		expect(cases.length).toBeGreaterThan(500);
		const wrong: string[] = [];
		for (const { band, query } of cases) {
			for (const results of [undefined, 0, 3]) {
				const { corrected, offered } = bandAdvice(query, bands, { exact: false, ...(results === undefined ? {} : { results }) });
				const others = [corrected, ...offered].filter((b) => b && b.name !== band).map((b) => b?.name);
				if (others.length > 0) wrong.push(`"${query}" (${band}) → ${others.join(', ')}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('also when the name comes with other words, or a word with a typo', () => {
		const wrong: string[] = [];
		for (const { band, query } of cases) {
			for (const full of [`${query} laminate`, `1993 ${query}`, `${query} tuor`]) {
				const { corrected, offered } = bandAdvice(full, bands, { exact: false, results: 2 });
				const others = [corrected, ...offered].filter((b) => b && b.name !== band && !full.toLowerCase().includes(b.name.toLowerCase()));
				// Another band may be offered only for words the name does not cover.
				const covering = others.filter((b) => suggestBands(query, bands).some((s) => s.band === b));
				if (covering.length > 0) wrong.push(`"${full}" (${band}) → ${covering.map((b) => b?.name).join(', ')}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('answers "blink 182" with no correction and no other band', () => {
		expect(bandAdvice('blink 182', bands, { exact: false, results: 3 })).toEqual({ corrected: undefined, offered: [] });
		expect(top('blink 182')[0]).toBe('Blink-182');
		expect(top('blink 182')).not.toContain('Nirvana');
	});

	it('still corrects a misspelt name and offers the literal search', () => {
		expect(bandAdvice('nirvanna', bands, { exact: false }).corrected?.name).toBe('Nirvana');
		expect(bandAdvice('nirvanna', bands, { exact: true, results: 0 }).offered.map((b) => b.name)).toContain('Nirvana');
		expect(bandAdvice('metalica nirvana', bands, { exact: false, results: 1 }).offered.map((b) => b.name)).toEqual(['Metallica']);
	});
});
