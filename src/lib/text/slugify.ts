/**
 * Folds a name into a slug: "Guns N' Roses" → "guns-n-roses", "Motörhead" → "motorhead",
 * "Printer’s mark" → "printers-mark". One rule for every slug the project derives from a name:
 * new-pass (folder and file names), the browse pages' URLs and the contribute form's suggestion.
 * Browser-safe: no Node APIs.
 */
/** What a slug is: the name of every file and folder entries refer to each other by. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_RULE = 'lowercase letters, digits and single hyphens, e.g. "in-utero-tour"';

export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		// An apostrophe joins the letters around it ("don't" → "dont"), it does not split them.
		.replace(/['’‘`´]/g, '')
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
