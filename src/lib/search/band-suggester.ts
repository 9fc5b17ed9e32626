/**
 * "Did you mean…?" for band names. Pagefind matches words and prefixes, so one typo in a band's
 * name ("nirvanna", "metalica") often finds nothing; this compares the query with every band's
 * names and aliases by edit distance and proposes the closest bands. Small enough to ship
 * with the search page: the band list is the only data it needs.
 */
import { normaliseName } from '../text/normalise-name.ts';

export interface SuggestibleBand {
	name: string;
	url: string;
	/** The band's name and aliases, as `suggestibleNames` writes them. */
	names: string[];
}

export interface BandSuggestion {
	band: SuggestibleBand;
	/** Edits between the query and the closest name; 0 is an exact match after normalising. */
	distance: number;
	/** True when the whole query (not one of its words) is what matched the name. */
	wholeQuery: boolean;
}

/**
 * The forms of a band's names to compare against: each normalised, and also with a leading
 * "The" kept, since people type "theclash" as often as "clash".
 */
export function suggestibleNames(names: readonly string[]): string[] {
	const forms = names.flatMap((name) => [normaliseName(name), normaliseName(name.replace(/^the\s+/i, 'the'))]);
	return [...new Set(forms)];
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
			}
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > max) return max + 1;
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length] ?? max + 1;
}

/** How many typos a name of this length may carry and still be recognised. */
export function allowedEdits(length: number): number {
	return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/** A stretch of the query's words, normalised: the whole query, one word, or two neighbours. */
interface QueryPart {
	text: string;
	/** First and last word covered (inclusive). */
	from: number;
	to: number;
}

/** The parts of a query worth comparing: the whole, each word, each pair of neighbouring words. */
function candidates(query: string): QueryPart[] {
	const words = query.split(/\s+/).filter(Boolean);
	const last = Math.max(0, words.length - 1);
	const parts: QueryPart[] = [
		{ text: query, from: 0, to: last },
		...words.map((w, i) => ({ text: w, from: i, to: i })),
		...words.slice(1).map((w, i) => ({ text: `${words[i]} ${w}`, from: i, to: i + 1 })),
	];
	const unique = new Map<string, QueryPart>();
	for (const part of parts) {
		const text = normaliseName(part.text);
		const key = `${part.from} ${part.to} ${text}`;
		if (text.length >= 2 && !unique.has(key)) unique.set(key, { ...part, text });
	}
	return [...unique.values()];
}

interface Match {
	band: SuggestibleBand;
	part: QueryPart;
	distance: number;
}

const overlaps = (a: QueryPart, b: QueryPart) => a.from <= b.to && b.from <= a.to;

/**
 * Bands the query may mean, closest first. A band is only proposed for words that no other band
 * matches better: "blink 182" is Blink-182 exactly, so "blink" is not also read as a typo of
 * Nirvana's alias "Bliss".
 */
export function suggestBands(query: string, bands: readonly SuggestibleBand[], limit = 3): BandSuggestion[] {
	const parts = candidates(query);
	if (parts.length === 0) return [];
	const lastWord = Math.max(...parts.map((p) => p.to));
	const matches: Match[] = [];
	for (const band of bands) {
		for (const part of parts) {
			let best = Number.POSITIVE_INFINITY;
			for (const name of band.names) {
				const max = allowedEdits(Math.min(part.text.length, name.length));
				let distance = editDistance(part.text, name, max);
				// A query that is a whole word of a longer name ("zeppelin") is a near match too.
				if (distance > max && part.text.length >= 4 && name.includes(part.text)) distance = max;
				if (distance <= max) best = Math.min(best, distance);
			}
			if (best !== Number.POSITIVE_INFINITY) matches.push({ band, part, distance: best });
		}
	}
	const outdone = (m: Match) => matches.some((o) => o.band !== m.band && o.distance < m.distance && overlaps(o.part, m.part));
	const best = new Map<SuggestibleBand, BandSuggestion>();
	for (const match of matches) {
		if (outdone(match)) continue;
		const wholeQuery = match.part.from === 0 && match.part.to === lastWord;
		const known = best.get(match.band);
		if (!known || match.distance < known.distance || (match.distance === known.distance && wholeQuery && !known.wholeQuery)) {
			best.set(match.band, { band: match.band, distance: match.distance, wholeQuery });
		}
	}
	return [...best.values()]
		.sort((a, b) => a.distance - b.distance || a.band.name.localeCompare(b.band.name, 'en'))
		.slice(0, limit);
}

/** What the search page says about band names: a correction it searched instead, or bands to offer. */
export interface BandAdvice {
	/** The band searched instead of the words typed (a misspelt band name on its own). */
	corrected: SuggestibleBand | undefined;
	/** "Did you mean …?" bands. */
	offered: SuggestibleBand[];
}

/**
 * The one rule for what the search page proposes. `exact` is the reader asking for the words
 * as typed; `results` is how many results the words found, or undefined before searching
 * (only the correction is decided then).
 */
export function bandAdvice(query: string, bands: readonly SuggestibleBand[], options: { exact: boolean; results?: number }): BandAdvice {
	const suggestions = query.trim() ? suggestBands(query, bands) : [];
	const top = suggestions[0];
	const corrected = !options.exact && top && top.distance > 0 && top.wholeQuery ? top.band : undefined;
	if (corrected || options.results === undefined) return { corrected, offered: [] };
	// An exact name is worth offering only when the words found nothing (a band page links its passes).
	const offered = suggestions.filter((s) => s.distance > 0 || options.results === 0).map((s) => s.band);
	return { corrected, offered };
}
