/**
 * The form of a name used to compare names: case, accents, a leading "The", "&"/"and" and
 * punctuation folded away, so "Motörhead" = "motorhead" and "Guns N' Roses" = "guns n roses".
 */
export function normaliseName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/&/g, 'and')
		.replace(/^the\s+/, '')
		.replace(/[^a-z0-9]/g, '');
}
