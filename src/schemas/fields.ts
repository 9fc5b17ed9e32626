/**
 * Field types shared by several collections: text and names, slugs, fuzzy dates, links and sources.
 * Every string a contributor writes goes through `text()` or `name()`, so the rules for characters
 * and lengths live here once.
 */
import { z } from 'astro/zod';
import { normaliseDateInput, parseFuzzyDate } from '../lib/dates/fuzzy-date.ts';
import { SLUG_PATTERN, SLUG_RULE } from '../lib/text/slugify.ts';
import { disallowedCharacter } from '../lib/text/text-characters.ts';

interface Length {
	/** Fewest characters (default 1: not empty). */
	min?: number;
	/** Most characters. */
	max: number;
	/** What to write, added to "required" and "too short" (e.g. "describe what the photo shows"). */
	hint?: string;
}

function lengthRules({ min = 1, max, hint }: Length) {
	const then = hint === undefined ? '' : ` — ${hint}`;
	return z
		.string({ error: (issue) => (issue.input === undefined ? `required${then}` : 'must be text (put it in quotes)') })
		.min(min, { error: min === 1 ? `must not be empty${then}` : `too short${then || ` — write at least ${min} characters`}` })
		.max(max, { error: (issue) => `is ${String(issue.input).length} characters long, more than the ${max} allowed — shorten it` });
}

/**
 * Prose: a note, a caption, alt text, a story-like field. Letters of any script, numbers,
 * punctuation, symbols and emoji, spaces, tabs and line breaks (single-line fields say so) —
 * no control characters, no invisible formatting characters (bidi overrides and isolates,
 * zero-width spaces; the zero-width joiners that scripts and emoji need are allowed), nothing
 * unassigned or private: what is left is valid in HTML, XML feeds, JSON and CSV alike.
 */
export function text({ multiline = true, ...length }: Length & { multiline?: boolean }) {
	const kind = multiline ? 'prose' : 'line';
	return lengthRules(length).superRefine((value, ctx) => {
		const found = disallowedCharacter(value, kind);
		if (found !== undefined) ctx.addIssue({ code: 'custom', message: found });
	});
}

/**
 * A name or title people compare and search for: a band, an alias, a tour, a printer, a signer, a
 * pass title. One line, the characters of `text()` without tabs, joiners or any space but the plain
 * one, no run of more than four combining marks, no space at either end.
 */
export function name(length: Length) {
	return lengthRules(length).superRefine((value, ctx) => {
		const found = disallowedCharacter(value, 'name');
		if (found !== undefined) ctx.addIssue({ code: 'custom', message: found });
		else if (value.trim() !== value) ctx.addIssue({ code: 'custom', message: 'starts or ends with a space — remove it' });
	});
}

// Declared beside slugify, where browser code can read them without zod.
export { SLUG_PATTERN, SLUG_RULE };

/** Most items in any list a contributor writes (sources, aliases, photos, tells…). */
export const MAX_LIST = 50;

/** The id of another entry (file or folder name without extension). */
export const slug = z
	.string()
	.regex(SLUG_PATTERN, { error: `must be a slug: ${SLUG_RULE}` })
	.describe('The id of an entry: its file or folder name');

/** A date that may be only a year or a month: "1993", "1993-10" or "1993-10-18". */
export const fuzzyDate = z.preprocess(
	normaliseDateInput,
	z.string({ error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' }).superRefine((text, ctx) => {
		const parsed = parseFuzzyDate(text);
		if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
	}),
);

/** A full calendar date "YYYY-MM-DD" (for bookkeeping dates that are always known exactly). */
export const exactDate = z.preprocess(
	normaliseDateInput,
	z.iso.date({ error: 'must be a full date written YYYY-MM-DD' }),
);

export const webUrl = z
	.url({
		protocol: /^https?$/,
		error: 'must be a full web address starting with https:// or http://',
	})
	.max(2000, { error: 'is longer than 2,000 characters — use a shorter address' })
	.superRefine((value, ctx) => {
		const found = disallowedCharacter(value, 'url');
		if (found !== undefined) ctx.addIssue({ code: 'custom', message: found });
	});

export const year = z
	.number({ error: 'must be a year written as a number, e.g. 1987' })
	.int()
	.min(1900)
	.max(2100);

/** Where a fact comes from. A URL, a printed citation, or both. */
export const source = z
	.strictObject({
		title: text({ min: 3, max: 300, multiline: false }).describe('What the source is: an article, book, auction listing, the owner’s own records'),
		url: webUrl.optional().describe('Address of the source, when it is online'),
		citation: text({ min: 3, max: 1000 }).optional().describe('Printed or offline reference (book, page, magazine issue)'),
	})
	.refine((s) => s.url !== undefined || s.citation !== undefined, {
		error: 'a source needs a url or a citation',
	});

export const sources = z
	.array(source)
	.min(1, { error: 'at least one source is required — where do these facts come from?' })
	.max(MAX_LIST, { error: `lists more than ${MAX_LIST} — keep the best` })
	.describe('Where the facts of this entry come from (at least one)');
