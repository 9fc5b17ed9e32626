/** Field types shared by several collections: slugs, fuzzy dates, links and sources. */
import { z } from 'astro/zod';
import { normaliseDateInput, parseFuzzyDate } from '../lib/fuzzy-date.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_RULE = 'lowercase letters, digits and single hyphens, e.g. "in-utero-tour"';

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

export const webUrl = z.url({
	protocol: /^https?$/,
	error: 'must be a full web address starting with https:// or http://',
});

export const year = z
	.number({ error: 'must be a year written as a number, e.g. 1987' })
	.int()
	.min(1900)
	.max(2100);

/** Where a fact comes from. A URL, a printed citation, or both. */
export const source = z
	.strictObject({
		title: z.string().min(3).describe('What the source is: an article, book, auction listing, the owner’s own records'),
		url: webUrl.optional().describe('Address of the source, when it is online'),
		citation: z.string().min(3).optional().describe('Printed or offline reference (book, page, magazine issue)'),
	})
	.refine((s) => s.url !== undefined || s.citation !== undefined, {
		error: 'a source needs a url or a citation',
	});

export const sources = z
	.array(source)
	.min(1, { error: 'at least one source is required — where do these facts come from?' })
	.describe('Where the facts of this entry come from (at least one)');
