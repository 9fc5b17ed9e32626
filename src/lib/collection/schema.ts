/**
 * The collection file (export/import, JSON) as one zod schema: strict — an unknown field is an
 * error, not silently dropped — with every field described and every size capped. Version 2 holds
 * copies; version 1 files (exported before copies existed) are still read and migrated.
 * The CSV reader builds the same objects and checks them with the same `copySchema`.
 */
import { z } from 'astro/zod';
import { enumOf } from '../../schemas/enum-of.ts';
import { CONDITION_GRADES } from '../../schemas/enums.ts';
import { LIMITS, PASS_ID, isDay } from './model.ts';

const day = (what: string) =>
	z.string({ error: `${what} must be a date written YYYY-MM-DD` }).refine(isDay, { error: `${what} must be a real date written YYYY-MM-DD, e.g. 2024-05-31` });

const text = (max: number, what: string) =>
	z.string({ error: `${what} must be text` }).max(max, { error: `${what} is longer than ${max.toLocaleString('en')} characters` });

export const priceSchema = z
	.strictObject({
		amount: z
			.number({ error: 'the price must be a number, e.g. 25 or 12.50' })
			.min(0, { error: 'the price cannot be negative' })
			.max(LIMITS.priceAmount, { error: `the price is more than ${LIMITS.priceAmount.toLocaleString('en')}` })
			.describe('What was paid, in `currency`'),
		currency: z
			.string({ error: 'the currency must be a three-letter code such as EUR or USD' })
			.regex(/^[A-Z]{3}$/, { error: 'the currency must be a three-letter code in capitals, such as EUR, USD or GBP' })
			.describe('ISO 4217 currency code, e.g. "EUR"'),
	})
	.describe('The price paid');

export const copySchema = z
	.strictObject({
		quantity: z
			.number({ error: 'the quantity must be a whole number from 1' })
			.int({ error: 'the quantity must be a whole number' })
			.min(1, { error: 'the quantity must be at least 1' })
			.max(LIMITS.quantity, { error: `the quantity is more than ${LIMITS.quantity}` })
			.describe('How many identical copies this line stands for; more than one copy of a pass in all are duplicates for trade'),
		grade: enumOf(CONDITION_GRADES, 'condition grade').optional().describe('The copy’s condition, on the catalog’s scale from mint to poor'),
		notes: text(LIMITS.noteChars, 'the notes').optional().describe('Anything about this copy: flaws, provenance, signatures'),
		price: priceSchema.optional(),
		acquired: day('the acquired date').optional().describe('The day the collector got it (their local day)'),
		where: text(LIMITS.whereChars, 'where acquired').optional().describe('Where it came from: a seller, a show, a trade'),
	})
	.describe('One copy (or several identical ones) the collector owns');

const base = {
	added: day('"added"').describe('The day the pass got its status in the collection'),
	note: text(LIMITS.noteChars, 'the note').optional().describe('A note about the pass as a whole'),
};

const ownedSchema = z
	.strictObject({
		status: z.literal('owned').describe('The collector has it'),
		...base,
		copies: z
			.array(copySchema)
			.min(1, { error: 'an owned pass needs at least one copy' })
			.max(LIMITS.copiesPerPass, { error: `more than ${LIMITS.copiesPerPass} copies` })
			.describe('The copies owned'),
	})
	.describe('A pass the collector owns');

const wantedSchema = z.strictObject({ status: z.literal('wanted').describe('The collector is looking for it'), ...base }).describe('A pass on the wantlist');

const passId = z.string().regex(PASS_ID, { error: 'is not a pass id (ids are lowercase words joined by hyphens)' });

const items = <T extends z.ZodType>(item: T) =>
	z
		.record(passId, item)
		.refine((value) => Object.keys(value).length <= LIMITS.passes, { error: `more than ${LIMITS.passes.toLocaleString('en')} passes` })
		.describe('Pass id → its entry');

export const collectionFileV2 = z
	.strictObject({
		version: z.literal(2).describe('Format version'),
		items: items(
			z.discriminatedUnion('status', [ownedSchema, wantedSchema], { error: 'needs "status": "owned" or "wanted"' }),
		),
	})
	.describe('A collection file, version 2: owned passes with their copies, and the wantlist');

/** Version 1, before copies: read so older exports still import. */
export const collectionFileV1 = z
	.strictObject({
		version: z.literal(1).describe('Format version'),
		items: items(
			z.strictObject({
				status: z.enum(['owned', 'wanted'], { error: 'needs "status": "owned" or "wanted"' }).describe('Owned or wanted'),
				...base,
			}),
		),
	})
	.describe('A collection file, version 1 (no copies)');

export type CollectionFileV2 = z.infer<typeof collectionFileV2>;
export type CollectionFileV1 = z.infer<typeof collectionFileV1>;
