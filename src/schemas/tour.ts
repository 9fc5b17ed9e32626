/** `content/tours/<slug>.json`: a concert tour of one band. */
import { z } from 'astro/zod';
import { fuzzyDate, slug, sources, webUrl } from './fields.ts';

export const tourLeg = z.strictObject({
	name: z.string().min(1).describe('Name of the leg, e.g. "North America" or "Leg 2"'),
	start: fuzzyDate.optional().describe('First show of the leg'),
	end: fuzzyDate.optional().describe('Last show of the leg'),
});

export const tourSchema = z.strictObject({
	band: slug.describe('The band that toured: a file name in content/bands/ without .json'),
	name: z.string().min(1).describe('The tour’s name as billed'),
	start: fuzzyDate.describe('First show (YYYY, YYYY-MM or YYYY-MM-DD)'),
	end: fuzzyDate.describe('Last show (YYYY, YYYY-MM or YYYY-MM-DD)'),
	legs: z.array(tourLeg).default([]).describe('Legs of the tour, in order (optional)'),
	setlistFm: webUrl.optional().describe('The tour’s page on setlist.fm'),
	sources,
});

export type TourData = z.infer<typeof tourSchema>;
