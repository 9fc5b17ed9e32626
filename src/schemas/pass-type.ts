/** `content/pass-types/<slug>.mdx`: a guide to one kind of pass, written by the catalog team. */
import { z } from 'astro/zod';
import { enumOf } from './enum-of.ts';
import { PASS_TYPE_RARITIES } from './enums.ts';

export const passTypeSchema = z.strictObject({
	name: z.string().min(1).describe('Name of the type, e.g. "All access"'),
	aliases: z.array(z.string()).default([]).describe('Other names printed on passes, e.g. "AAA"'),
	summary: z.string().min(10).max(200).describe('One sentence for lists and search results'),
	grants: z.string().min(3).describe('Where the holder could go'),
	issuedTo: z.string().min(3).describe('Who was given this type'),
	rarity: enumOf(PASS_TYPE_RARITIES, 'rarity').describe('How often the type turns up among collectors'),
	order: z.number().int().describe('Position in lists of types (lower first)'),
});

export type PassTypeData = z.infer<typeof passTypeSchema>;
