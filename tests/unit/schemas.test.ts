/**
 * The schemas are the contributors' contract: the sample catalog must pass, and every kind of
 * mistake must be refused with a message that names the field and says how to fix it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { formatIssue, passFileSchema, readCatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';
import { bandSchema } from '../../src/schemas/band.ts';
import { tourSchema } from '../../src/schemas/tour.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Field-and-message lines for `input`, or [] when it is valid. */
function issuesOf(schema: z.ZodType, input: unknown): string[] {
	const result = schema.safeParse(input);
	return result.success ? [] : result.error.issues.map(formatIssue);
}

const validPass = {
	title: 'Test Tour all-access laminate',
	band: 'fixture-band',
	tour: 'test-tour',
	type: 'all-access',
	validFrom: '1985-04-02',
	format: 'laminate',
	securityFeatures: ['hologram'],
	condition: { grade: 'near-mint' },
	photos: [{ src: './front.jpg', alt: 'Front of the pass with red lettering', side: 'front', credit: 'Tester' }],
	sources: [{ title: 'A book', citation: 'Page 12' }],
	contributors: ['Tester'],
	added: '2026-01-01',
};

const with_ = (patch: Record<string, unknown>) => ({ ...validPass, ...patch });

describe('the sample catalog', () => {
	const files = readCatalogFiles(`${root}content`, root);

	it('validates without a single problem', () => {
		expect(files.problems).toEqual([]);
	});

	it('is big and varied enough to show the catalog', () => {
		expect(files.passes.length).toBeGreaterThanOrEqual(30);
		expect(new Set(files.passes.map((p) => p.data.band)).size).toBeGreaterThanOrEqual(12);
		expect(new Set(files.passes.flatMap((p) => (p.data.tour ? [p.data.tour] : []))).size).toBeGreaterThanOrEqual(15);
		const usedTypes = new Set(files.passes.map((p) => p.data.type));
		for (const type of files.passTypes) expect(usedTypes, `no pass of type ${type.id}`).toContain(type.id);
		expect(new Set(files.passes.map((p) => p.data.format)).size).toBeGreaterThanOrEqual(4);
	});

	it('marks every sample pass as an illustrative example', () => {
		expect(files.passes.filter((p) => !p.data.example).map((p) => p.id)).toEqual([]);
	});
});

describe('pass schema', () => {
	it('accepts a complete pass and fills defaults', () => {
		const result = passFileSchema.parse(validPass);
		expect(result.example).toBe(false);
		expect(result.signatures).toEqual([]);
		expect(result.condition.flaws).toEqual([]);
	});

	it('reads YAML dates (Date objects) and bare years back as text', () => {
		const result = passFileSchema.parse(with_({ validFrom: new Date('1985-04-02T00:00:00Z'), added: new Date('2026-01-01T00:00:00Z') }));
		expect(result.validFrom).toBe('1985-04-02');
		expect(result.added).toBe('2026-01-01');
	});

	it.each([
		['a misspelt key', with_({ venu: 'Hall' }), /Unrecognized key.*venu/],
		['an unknown format', with_({ format: 'laminat' }), /^format: unknown format "laminat" — use one of: laminate/],
		['an unknown security feature', with_({ securityFeatures: ['holo'] }), /^securityFeatures\[0\]: unknown security feature "holo"/],
		['a feature listed twice', with_({ securityFeatures: ['foil', 'foil'] }), /^securityFeatures: lists a feature twice/],
		['an impossible date', with_({ validFrom: '1985-02-30' }), /^validFrom: day 30 in "1985-02-30" does not exist/],
		['validFrom after validTo', with_({ validFrom: '1985-05', validTo: '1985-04-30' }), /^validTo: is before validFrom/],
		['validTo without validFrom', with_({ validFrom: undefined, validTo: '1985-05' }), /^validFrom: is required when validTo is set/],
		['no date and no tour', with_({ tour: undefined, validFrom: undefined }), /^validFrom: a pass without a tour needs a date/],
		['a band that is not a slug', with_({ band: 'Fixture Band' }), /^band: must be a slug/],
		['no photo', with_({ photos: [] }), /^photos: add at least one photo/],
		['a photo without alt', with_({ photos: [{ src: './a.jpg', side: 'front', credit: 'x' }] }), /^photos\[0\]\.alt: required — describe what the photo shows/],
		['alt text that is a file name', with_({ photos: [{ src: './a.jpg', alt: 'IMG_20240101.jpg', side: 'front', credit: 'x' }] }), /^photos\[0\]\.alt: is a file name/],
		['tells without fakeOf', with_({ tells: ['thin card'] }), /^tells: tells describe a fake/],
		['a fake without tells', with_({ fakeOf: 'other-pass' }), /^tells: a known fake needs at least one tell/],
		['both fake and variant', with_({ fakeOf: 'a-pass', variantOf: 'b-pass', tells: ['x y z'] }), /^variantOf: a pass is either a fake/],
		['a photo outside the pass folder', with_({ photos: [{ src: '../other-pass/front.jpg', alt: 'The front of the pass', side: 'front', credit: 'x' }] }), /^photos\[0\]\.src: must be a photo file in the pass folder/],
		['an unknown photo side', with_({ photos: [{ src: './a.jpg', alt: 'The front of the pass', side: 'top', credit: 'x' }] }), /^photos\[0\]\.side: unknown photo side "top"/],
		['no sources', with_({ sources: [] }), /^sources: at least one source is required/],
		['a source with neither url nor citation', with_({ sources: [{ title: 'My memory' }] }), /^sources\[0\]: a source needs a url or a citation/],
		['a javascript: source url', with_({ sources: [{ title: 'x y z', url: 'javascript:alert(1)' }] }), /^sources\[0\]\.url: must be a full web address/],
		['no contributor', with_({ contributors: [] }), /^contributors: name at least one contributor/],
		['a fuzzy added date', with_({ added: '2026-01' }), /^added: must be a full date/],
		['an unknown condition grade', with_({ condition: { grade: 'great' } }), /^condition\.grade: unknown condition grade "great"/],
		['the signature feature for an autograph added later', with_({ securityFeatures: ['signature'], signatures: [{ signer: 'A. Singer' }] }), /^securityFeatures: "signature" here means signed as issued/],
		['a signature made as issued without the signature feature', with_({ signatures: [{ signer: 'A. Singer', occasion: 'as-issued' }] }), /^securityFeatures: a signature made as issued is a security feature/],
		['an authenticated signature without authenticator', with_({ signatures: [{ signer: 'A. Singer', authenticated: true }] }), /^signatures\[0\]\.authenticatedBy: an authenticated signature needs/],
	])('rejects %s', (_what, input, message) => {
		const issues = issuesOf(passFileSchema, input);
		expect(issues.some((line) => message.test(line)), issues.join('\n')).toBe(true);
	});
});

describe('band and tour schemas', () => {
	const band = {
		name: 'Fixture Band',
		country: 'United Kingdom',
		formed: 1980,
		activity: [{ from: '1980', to: '1989', ended: 'split' }, { from: '2005' }],
		sources: [{ title: 'A book', citation: 'p. 1' }],
	};

	it('accepts a band with a split and a reunion', () => {
		expect(issuesOf(bandSchema, band)).toEqual([]);
	});

	it('requires `ended` on a closed period and only allows the last to be open', () => {
		expect(issuesOf(bandSchema, { ...band, activity: [{ from: '1980', to: '1989' }] })).toContain(
			'activity[0].ended: a period with an end needs `ended`: "split" or "hiatus"',
		);
		expect(issuesOf(bandSchema, { ...band, activity: [{ from: '1980' }, { from: '2005' }] })).toContain(
			'activity[0].to: only the last period may be open-ended — add `to`',
		);
	});

	it('rejects a band without sources and an invalid MusicBrainz id', () => {
		expect(issuesOf(bandSchema, { ...band, sources: [] })).toContain('sources: at least one source is required — where do these facts come from?');
		expect(issuesOf(bandSchema, { ...band, links: { musicbrainz: 'nirvana' } }).join()).toMatch(/^links\.musicbrainz:/);
	});

	it('rejects a tour with a malformed date', () => {
		const tour = { band: 'fixture-band', name: 'Test Tour', start: '1985-3-1', end: '1985', sources: [{ title: 'A book', citation: 'p. 1' }] };
		expect(issuesOf(tourSchema, tour)).toEqual(['start: "1985-3-1" is not a date — write YYYY, YYYY-MM or YYYY-MM-DD']);
	});
});
