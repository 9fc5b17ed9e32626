/** `content/guides/<slug>.mdx`: a reader's guide (authentication, care, history), written by the team. */
import { z } from 'astro/zod';
import { name, text } from './fields.ts';

export const guideSchema = z.strictObject({
	title: name({ max: 200 }).describe('Title of the guide'),
	description: text({ min: 10, max: 200, multiline: false }).describe('One sentence for lists and link previews'),
	order: z.number().int().default(100).describe('Position in the list of guides (lower first)'),
});

export type GuideData = z.infer<typeof guideSchema>;
