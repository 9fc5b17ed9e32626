/** `content/bands/<slug>.json`: a band and its history of splits, hiatuses and reunions. */
import { z } from 'astro/zod';
import { enumOf } from './enum-of.ts';
import { ACTIVITY_ENDINGS } from './enums.ts';
import { MAX_LIST, fuzzyDate, name, sources, text, webUrl, year } from './fields.ts';

/** A stretch of time the band was together. Gaps between periods are splits or hiatuses. */
export const activityPeriod = z.strictObject({
	from: fuzzyDate.describe('When this period began (the band formed, returned or reunited)'),
	to: fuzzyDate.optional().describe('When it ended; leave out while the band is still active'),
	ended: enumOf(ACTIVITY_ENDINGS, 'ending')
		.optional()
		.describe('How the period ended: "split" (the band broke up) or "hiatus" (a pause)'),
	note: text({ max: 500 }).optional().describe('What happened, in a few words (e.g. "singer died")'),
});

export const bandSchema = z
	.strictObject({
		name: name({ max: 200 }).describe('The name the band is best known by'),
		aliases: z
			.array(name({ max: 200 }))
			.max(MAX_LIST)
			.default([])
			.describe('Other names: earlier names, abbreviations, spellings fans search for'),
		country: name({ min: 2, max: 100 }).describe('Country the band comes from'),
		origin: name({ max: 200 }).optional().describe('City or region where the band formed'),
		formed: year.describe('Year the band formed'),
		activity: z
			.array(activityPeriod)
			.min(1, { error: 'list at least one period of activity' })
			.max(MAX_LIST)
			.describe('Periods the band was active, oldest first'),
		links: z
			.strictObject({
				official: webUrl.optional().describe('Official website'),
				wikipedia: webUrl.optional().describe('Wikipedia article'),
				musicbrainz: z.uuid().optional().describe('MusicBrainz artist id'),
			})
			.default({})
			.describe('Links about the band'),
		sources,
	})
	.superRefine((band, ctx) => {
		band.activity.forEach((period, i) => {
			const last = i === band.activity.length - 1;
			if (period.to !== undefined && period.ended === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['activity', i, 'ended'],
					message: 'a period with an end needs `ended`: "split" or "hiatus"',
				});
			}
			if (period.to === undefined && !last) {
				ctx.addIssue({
					code: 'custom',
					path: ['activity', i, 'to'],
					message: 'only the last period may be open-ended — add `to`',
				});
			}
		});
	});

export type BandData = z.infer<typeof bandSchema>;
