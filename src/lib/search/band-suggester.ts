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

/** The parts of a query worth comparing: the whole, each word, each pair of neighbouring words. */
function candidates(query: string): string[] {
	const words = query.split(/\s+/).filter(Boolean);
	const parts = [query, ...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
	return [...new Set(parts.map(normaliseName).filter((p) => p.length >= 2))];
}

export function suggestBands(query: string, bands: readonly SuggestibleBand[], limit = 3): BandSuggestion[] {
	const parts = candidates(query);
	if (parts.length === 0) return [];
	const best = new Map<SuggestibleBand, BandSuggestion>();
	for (const band of bands) {
		for (const name of band.names) {
			parts.forEach((part, i) => {
				const max = allowedEdits(Math.min(part.length, name.length));
				let distance = editDistance(part, name, max);
				// A query that is a whole word of a longer name ("zeppelin") is a near match too.
				if (distance > max && part.length >= 4 && name.includes(part)) distance = max;
				if (distance <= max && distance < (best.get(band)?.distance ?? Number.POSITIVE_INFINITY)) {
					best.set(band, { band, distance, wholeQuery: i === 0 });
				}
			});
		}
	}
	return [...best.values()]
		.sort((a, b) => a.distance - b.distance || a.band.name.localeCompare(b.band.name, 'en'))
		.slice(0, limit);
}
