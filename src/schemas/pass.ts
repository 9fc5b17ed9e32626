/**
 * `content/passes/<slug>/index.mdx`: one pass. The frontmatter is data; the body is its story.
 * This is the contributors' public contract: every field says what it is for, unknown keys are errors.
 */
import { z } from 'astro/zod';
import {
	CONDITION_FLAWS,
	CONDITION_GRADES,
	PASS_FORMATS,
	PHOTO_SIDES,
	SECURITY_FEATURES,
	SIGNATURE_MEDIA,
	SIGNATURE_OCCASIONS,
} from './enums.ts';
import { enumOf } from './enum-of.ts';
import { MAX_LIST, exactDate, fuzzyDate, name, slug, sources, text, webUrl } from './fields.ts';
import { isAfter, fuzzyDate as toFuzzyDate } from '../lib/dates/fuzzy-date.ts';

/**
 * A photo file in the pass's own folder. Only the name: the build reads the file itself
 * (`src/loaders/photo-loader.ts`), so photo bytes never pass through Astro's bundler.
 */
export const photoFile = z.string().regex(/^\.\/[\w.-]+\.(jpe?g|png|webp)$/i, {
	error: 'must be a photo file in the pass folder, written like "./front.jpg" (jpg, png or webp; `npm run photos` converts others)',
});

export const signature = z
	.strictObject({
		signer: name({ max: 200 }).describe('Who signed, as they are known'),
		role: name({ max: 200 }).optional().describe('Their part in the band or tour, e.g. "bassist"'),
		date: fuzzyDate.optional().describe('When it was signed, if known'),
		medium: enumOf(SIGNATURE_MEDIA, 'signature medium').default('unknown').describe('What it was signed with'),
		occasion: enumOf(SIGNATURE_OCCASIONS, 'signature occasion')
			.default('afterwards')
			.describe('"afterwards" for an autograph added later (nearly all), "as-issued" only when a source shows it was part of the pass as handed out'),
		authenticated: z.boolean().default(false).describe('Whether an authenticator has certified it'),
		authenticatedBy: text({ max: 300, multiline: false }).optional().describe('Who certified it (company and certificate number)'),
	})
	.refine((s) => !s.authenticated || s.authenticatedBy !== undefined, {
		error: 'an authenticated signature needs `authenticatedBy` — who certified it?',
		path: ['authenticatedBy'],
	});

export const condition = z.strictObject({
	grade: enumOf(CONDITION_GRADES, 'condition grade').describe('Overall grade, from mint to poor'),
	flaws: z
		.array(enumOf(CONDITION_FLAWS, 'flaw'))
		.max(MAX_LIST)
		.default([])
		.describe('Specific faults: backing missing or peeled (stickies), creased, cut or punched (laminates)…'),
	notes: text({ max: 2000 }).optional().describe('Anything else about its state, in a sentence'),
});

function photo() {
	return z.strictObject({
		src: photoFile.describe('The photo file, next to index.mdx: "./front.jpg"'),
		alt: text({ min: 10, max: 1000, hint: 'describe what the photo shows in a sentence' })
			.refine((alt) => !/\.(jpe?g|png|webp|avif|gif)$/i.test(alt.trim()), {
				error: 'is a file name — describe what the photo shows',
			})
			.describe('What the photo shows, for people who cannot see it'),
		side: enumOf(PHOTO_SIDES, 'photo side').describe('"front", "back" or "detail"'),
		credit: name({ min: 2, max: 200 }).describe('Who took or made the photo'),
		caption: text({ max: 500 }).optional().describe('A short caption shown under the photo'),
	});
}

export function passSchema() {
	return z
		.strictObject({
			title: name({ min: 3, max: 200 }).describe('What is printed on the pass, or a short description of it'),
			band: slug.describe('The band: a file name in content/bands/ without .json'),
			tour: slug.optional().describe('The tour: a file name in content/tours/; leave out for one-off shows'),
			leg: name({ max: 200 }).optional().describe('The tour leg, as named in the tour file'),
			type: slug.describe('The access the pass gave (all access, guest, after-show…): a file name in content/pass-types/ without .mdx. How it was made, e.g. a satin sticky, is `format`'),
			validFrom: fuzzyDate.optional().describe('First day the pass was valid (dated passes), or the show date'),
			validTo: fuzzyDate.optional().describe('Last day the pass was valid, for passes covering several days'),
			year: z
				.number()
				.int()
				.min(1900)
				.max(2100)
				.optional()
				.describe('Year of use, when there is no date on the pass and no tour to date it'),
			venue: name({ max: 200 }).optional().describe('Venue of the show'),
			setlistFm: webUrl.optional().describe('The show on setlist.fm, for a pass used at one show'),
			city: name({ max: 200 }).optional().describe('City of the show'),
			format: enumOf(PASS_FORMATS, 'format').describe('How the pass was made (laminate, satin, cloth or paper sticky, card…), whatever access it gave'),
			dimensions: z
				.strictObject({
					widthMm: z.number().positive().describe('Width in millimetres'),
					heightMm: z.number().positive().describe('Height in millimetres'),
				})
				.optional()
				.describe('Size of the pass'),
			printer: slug.optional().describe('Who printed it: a file name in content/printers/'),
			design: slug
				.optional()
				.describe('Which design of its tour’s set this is: an id from the tour file’s `sets`'),
			variantOf: slug
				.optional()
				.describe('The pass this is a variant of (another colour, printer run or date): its folder name'),
			variantNote: text({ max: 2000 }).optional().describe('How this variant differs from the pass it varies'),
			fakeOf: slug
				.optional()
				.describe('For a known fake or reprint: the folder name of the genuine pass it copies'),
			tells: z
				.array(text({ min: 3, max: 1000 }))
				.max(MAX_LIST)
				.default([])
				.describe('For a fake: the tell-tale differences from the genuine pass, one per line'),
			securityFeatures: z
				.array(enumOf(SECURITY_FEATURES, 'security feature'))
				.max(MAX_LIST)
				.default([])
				.refine((list) => new Set(list).size === list.length, { error: 'lists a feature twice' })
				.describe('Anti-counterfeiting features visible on the pass'),
			signatures: z.array(signature).max(MAX_LIST).default([]).describe('Signatures on the pass'),
			condition: condition.describe('State of the pass'),
			photos: z
				.array(photo())
				.min(1, { error: 'add at least one photo (front)' })
				.max(20, { error: 'lists more than 20 photos — keep the front, the back and the telling details' })
				.describe('Photos of the pass: front first, then back and details'),
			sources,
			contributors: z
				.array(name({ max: 100 }))
				.min(1, { error: 'name at least one contributor' })
				.max(MAX_LIST)
				.describe('Who added or improved this entry'),
			added: exactDate.describe('Date the entry was added to the catalog, YYYY-MM-DD'),
			example: z
				.boolean()
				.default(false)
				.describe('true when details of this pass are illustrative rather than documented'),
		})
		// Each rule runs as soon as the fields it reads are valid, even while other fields are missing
		// or wrong: one parse reports reversed dates together with the empty required fields.
		.superRefine((pass, ctx) => {
			if (pass.validFrom && pass.validTo && isAfter(toFuzzyDate(pass.validFrom), toFuzzyDate(pass.validTo))) {
				ctx.addIssue({
					code: 'custom',
					path: ['validTo'],
					message: `is before validFrom (${pass.validFrom}) — swap them or fix the dates`,
				});
			}
			if (pass.validTo && !pass.validFrom) {
				ctx.addIssue({ code: 'custom', path: ['validFrom'], message: 'is required when validTo is set' });
			}
		}, whenValid('validFrom', 'validTo'))
		.superRefine((pass, ctx) => {
			if (!pass.tour && !pass.validFrom && pass.year === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['validFrom'],
					message: 'a pass without a tour needs a date (validFrom) or at least a `year`',
				});
			}
		}, whenValid('tour', 'validFrom', 'year'))
		.superRefine((pass, ctx) => {
			if (pass.fakeOf !== undefined && pass.variantOf !== undefined) {
				ctx.addIssue({ code: 'custom', path: ['variantOf'], message: 'a pass is either a fake (fakeOf) or a variant (variantOf), not both' });
			}
			if (pass.tells.length > 0 && pass.fakeOf === undefined) {
				ctx.addIssue({ code: 'custom', path: ['tells'], message: 'tells describe a fake — add `fakeOf` with the genuine pass, or remove them' });
			}
			if (pass.fakeOf !== undefined && pass.tells.length === 0) {
				ctx.addIssue({ code: 'custom', path: ['tells'], message: 'a known fake needs at least one tell: how can a collector spot it?' });
			}
		}, whenValid('fakeOf', 'variantOf', 'tells'))
		.superRefine((pass, ctx) => {
			// "signature" as a security feature means signed as issued; an autograph added later is not one.
			const signedAsIssued = pass.signatures.some((s) => s.occasion === 'as-issued');
			if (signedAsIssued && !pass.securityFeatures.includes('signature')) {
				ctx.addIssue({ code: 'custom', path: ['securityFeatures'], message: 'a signature made as issued is a security feature — add "signature" to securityFeatures' });
			}
			if (!signedAsIssued && pass.securityFeatures.includes('signature')) {
				ctx.addIssue({
					code: 'custom',
					path: ['securityFeatures'],
					message: '"signature" here means signed as issued — mark that signature `occasion: as-issued` (with a source), or remove "signature": an autograph added later is not a security feature',
				});
			}
		}, whenValid('signatures', 'securityFeatures'));
}

/**
 * A cross-field rule's guard: run it when the parse so far found no problem in any of these
 * top-level fields (by default zod skips every refinement once any field has one).
 */
function whenValid(...fields: string[]) {
	return {
		when: (payload: { value: unknown; issues: readonly { path?: readonly PropertyKey[] | undefined }[] }) =>
			typeof payload.value === 'object' &&
			payload.value !== null &&
			!payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))),
	};
}

/** The frontmatter of a pass file on its own, photos as file names: for tools and the web form. */
export const passFrontmatterSchema = passSchema();

/** A pass as the schema outputs it, with photos as file names (what scripts and tests see). */
export type PassData = z.infer<typeof passFrontmatterSchema>;
