/** One collection: every `.md` file of BARE_CONTENT_DIR, with a title. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = process.env['BARE_CONTENT_DIR'] ?? './entries';

export const collections = {
	entries: defineCollection({ loader: glob({ pattern: '**/*.md', base }), schema: z.object({ title: z.string() }) }),
};
