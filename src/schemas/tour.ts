/** `content/tours/<slug>.json`: a concert tour of one band. */
import { z } from 'astro/zod';
import { MAX_LIST, fuzzyDate, name, slug, sources, text, webUrl } from './fields.ts';

export const tourLeg = z.strictObject({
	name: name({ max: 200 }).describe('Name of the leg, e.g. "North America" or "Leg 2"'),
	start: fuzzyDate.optional().describe('First show of the leg'),
	end: fuzzyDate.optional().describe('Last show of the leg'),
});

/** One design of a tour's set of passes (a leg's laminate, a show's sticky, a piece of a puzzle set). */
export const tourDesign = z.strictObject({
	id: slug.describe('Short id of the design within the tour, used by passes as `design`'),
	name: name({ max: 200 }).describe('What the design is, e.g. "Leg 2 all-access laminate"'),
	leg: name({ max: 200 }).optional().describe('The leg it belongs to, if any'),
	date: fuzzyDate.optional().describe('The show it was made for, if any'),
});

export const tourSet = z.strictObject({
	name: name({ max: 200 }).describe('Name of the set, e.g. "Laminates by leg" or "Puzzle set"'),
	description: text({ max: 2000 }).optional().describe('What makes up the set, in a sentence'),
	example: z
		.boolean()
		.default(false)
		.describe('true when the designs of this set are illustrative rather than documented'),
	designs: z.array(tourDesign).min(1, { error: 'a set lists at least one design' }).max(500).describe('The designs of the set, in order'),
});

export const tourSchema = z.strictObject({
	band: slug.describe('The band that toured: a file name in content/bands/ without .json'),
	name: name({ max: 200 }).describe('The tour’s name as billed'),
	start: fuzzyDate.describe('First show (YYYY, YYYY-MM or YYYY-MM-DD)'),
	end: fuzzyDate.describe('Last show (YYYY, YYYY-MM or YYYY-MM-DD)'),
	legs: z.array(tourLeg).max(500).default([]).describe('Legs of the tour, in order (optional)'),
	setlistFm: webUrl.optional().describe('The tour’s page on setlist.fm'),
	sets: z.array(tourSet).max(MAX_LIST).default([]).describe('Sets of pass designs the tour issued (optional)'),
	sources,
});

export type TourData = z.infer<typeof tourSchema>;
