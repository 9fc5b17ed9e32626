/** new-pass's slugs, and its field table derived from the pass schema. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { deriveSlug, slugify } from '../../../scripts/new-pass.ts';
import { PASS_FIELDS, flagUsage, passFields } from '../../../scripts/new-pass/pass-fields.ts';
import { passFrontmatterSchema } from '../../../src/schemas/pass.ts';

describe('slugs', () => {
	it('folds names into slugs', () => {
		expect(slugify("Guns N' Roses")).toBe('guns-n-roses');
		expect(slugify('Motörhead')).toBe('motorhead');
		expect(slugify('AC/DC')).toBe('ac-dc');
	});

	it('derives band-tour-year-type-format, without repeating the band', () => {
		expect(deriveSlug({ band: 'nirvana', tour: 'in-utero-tour', year: 1993, type: 'all-access', format: 'laminate' })).toBe('nirvana-in-utero-tour-1993-all-access-laminate');
		expect(deriveSlug({ band: 'blink-182', tour: 'blink-182-in-concert', year: 2009, type: 'guest', format: 'satin-sticky' })).toBe('blink-182-in-concert-2009-guest-satin-sticky');
		expect(deriveSlug({ band: 'motorhead', year: 2015, type: 'guest', format: 'satin-sticky' })).toBe('motorhead-2015-guest-satin-sticky');
	});
});

describe('the field table', () => {
	it('has one row per field of the pass schema, in its order, with its description', () => {
		const shape = passFrontmatterSchema.shape;
		expect(PASS_FIELDS.map((f) => f.key)).toEqual(Object.keys(shape));
		for (const field of PASS_FIELDS) expect(field.description, field.key).toBe(peelDescription(shape[field.key as keyof typeof shape]));
	});

	it('derives an option, its help and its reading for a field added to the schema', () => {
		const fields = passFields({
			...passFrontmatterSchema.shape,
			lanyardColour: z.string().min(3).optional().describe('Colour of the lanyard the pass hung on'),
			lanyardLength: z.number().positive().optional().describe('Length of the lanyard in centimetres'),
			lanyardClip: z.enum(['metal', 'plastic']).optional().describe('What the clip is made of'),
		});
		const colour = fields.find((f) => f.key === 'lanyardColour');
		expect(colour && flagUsage(colour)).toBe('--lanyard-colour TEXT');
		expect(colour?.flag?.help).toBe('Colour of the lanyard the pass hung on');
		expect(colour?.parse('  dark red ')).toEqual({ ok: true, value: 'dark red' });
		expect(colour?.parse('re')).toMatchObject({ ok: false });
		const length = fields.find((f) => f.key === 'lanyardLength');
		expect(length && flagUsage(length)).toBe('--lanyard-length NUMBER');
		expect(length?.parse('45')).toEqual({ ok: true, value: 45 });
		expect(length?.parse('-1')).toMatchObject({ ok: false });
		expect(length?.parse('long')).toEqual({ ok: false, error: '"long" is not a number' });
		const clip = fields.find((f) => f.key === 'lanyardClip');
		expect(clip && flagUsage(clip)).toBe('--lanyard-clip LANYARDCLIP');
		expect(clip?.hints).toEqual(['(one of: metal, plastic)']);
		expect(clip?.parse('2', true)).toEqual({ ok: true, value: 'plastic' });
		expect(clip?.parse('wood')).toMatchObject({ ok: false });
	});

	it('keeps the historical option names, and none for what the script sets itself', () => {
		const byKey = new Map(PASS_FIELDS.map((f) => [f.key, f]));
		const usage = (key: string) => {
			const field = byKey.get(key);
			return field ? flagUsage(field) : undefined;
		};
		expect(usage('validFrom')).toBe('--from DATE');
		expect(usage('securityFeatures')).toBe('--features a,b');
		expect(usage('condition')).toBe('--condition GRADE');
		expect(usage('contributors')).toBe('--contributor NAME');
		expect(usage('photos')).toBe('--credit NAME');
		expect(usage('added')).toBe('');
		expect(usage('dimensions')).toBe('');
	});
});

function peelDescription(schema: z.ZodType): string | undefined {
	let current: z.ZodType = schema;
	for (;;) {
		if (current.description !== undefined) return current.description;
		if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
		else return undefined;
	}
}
