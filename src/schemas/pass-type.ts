/**
 * `content/pass-types/<slug>.mdx`: a guide to one kind of access (all access, guest, crew…), written
 * by the catalog team. A type says where the holder could go; how the pass was made (laminate,
 * satin sticky…) is the pass's `format`, so "sticky" is not a type (docs/architecture.md).
 */
import { z } from 'astro/zod';
import { enumOf } from './enum-of.ts';
import { PASS_TYPE_RARITIES } from './enums.ts';
import { MAX_LIST, name, text } from './fields.ts';

export const passTypeSchema = z.strictObject({
	name: name({ max: 200 }).describe('Name of the type, e.g. "All access"'),
	aliases: z.array(name({ max: 200 })).max(MAX_LIST).default([]).describe('Other names printed on passes, e.g. "AAA"'),
	summary: text({ min: 10, max: 200, multiline: false }).describe('One sentence for lists and search results'),
	grants: text({ min: 3, max: 1000 }).describe('Where the holder could go'),
	issuedTo: text({ min: 3, max: 1000 }).describe('Who was given this type'),
	rarity: enumOf(PASS_TYPE_RARITIES, 'rarity').describe('How often the type turns up among collectors'),
	order: z.number().int().describe('Position in lists of types (lower first)'),
});

export type PassTypeData = z.infer<typeof passTypeSchema>;
