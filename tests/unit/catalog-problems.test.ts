/** Cross-collection rules: each bad reference or date fails with the file and the field. */
import { describe, expect, it } from 'vitest';
import type { Entry, PassDataWithoutPhotos } from '../../src/lib/catalog/catalog-entry.ts';
import { type RawCatalog, findCatalogProblems as findStructured } from '../../src/lib/catalog/catalog-problems.ts';
import { formatProblem } from '../../src/lib/content-files/content-problems.ts';
import { normaliseName } from '../../src/lib/text/normalise-name.ts';
import type { BandData } from '../../src/schemas/band.ts';
import type { TourData } from '../../src/schemas/tour.ts';

const PASS_FILE = 'content/passes/p1/index.mdx';

/** Problems as the one-line text contributors see. */
const findCatalogProblems = (raw: RawCatalog) => findStructured(raw).map(formatProblem);

function band(id: string, name: string, extra: Partial<BandData> = {}): Entry<BandData> {
	return {
		id,
		filePath: `content/bands/${id}.json`,
		data: { name, aliases: [], country: 'UK', formed: 1980, activity: [{ from: '1980' }], links: {}, sources: [], ...extra },
	};
}

function tour(id: string, bandId: string, start: string, end: string, extra: Partial<TourData> = {}): Entry<TourData> {
	return { id, filePath: `content/tours/${id}.json`, data: { band: bandId, name: `Tour ${id}`, start, end, legs: [], sets: [], sources: [], ...extra } };
}

function pass(extra: Partial<PassDataWithoutPhotos>): Entry<PassDataWithoutPhotos> {
	return {
		id: 'p1',
		filePath: PASS_FILE,
		data: {
			title: 'A pass',
			band: 'alpha',
			tour: 'alpha-tour',
			type: 'all-access',
			format: 'laminate',
			securityFeatures: [],
			signatures: [],
			tells: [],
			condition: { grade: 'good', flaws: [] },
			sources: [],
			contributors: ['x'],
			added: '2026-01-01',
			example: true,
			validFrom: '1985-05-01',
			...extra,
		},
	};
}

function catalog(overrides: Partial<RawCatalog> = {}): RawCatalog {
	return {
		bands: [band('alpha', 'Alpha'), band('beta', 'Beta')],
		tours: [tour('alpha-tour', 'alpha', '1985-03-01', '1985-11-30', { legs: [{ name: 'Europe' }] }), tour('beta-tour', 'beta', '1990', '1991')],
		passTypes: [{ id: 'all-access', data: {} }],
		printers: [{ id: 'otto', data: {} }],
		passes: [pass({})],
		...overrides,
	};
}

describe('findCatalogProblems', () => {
	it('finds nothing in a consistent catalog', () => {
		expect(findCatalogProblems(catalog())).toEqual([]);
	});

	it('refuses a pass type named after a format: sticky, laminate… say how a pass was made, not where it let you go', () => {
		for (const id of ['sticky', 'laminate', 'cloth-sticky']) {
			const problems = findCatalogProblems(catalog({ passTypes: [{ id: 'all-access', data: {} }, { id, filePath: `content/pass-types/${id}.mdx`, data: {} }] }));
			expect(problems).toEqual([`content/pass-types/${id}.mdx: "${id}" is a format, not an access type — a guide to a format belongs in content/guides/ (see sticky-passes.mdx)`]);
		}
	});

	it.each([
		['an unknown band', { band: 'alpah', tour: undefined }, `${PASS_FILE}: band: no band "alpah" — add content/bands/alpah.json or use an existing one (alpha`],
		['an unknown tour', { tour: 'alpha-tuor' }, `${PASS_FILE}: tour: no tour "alpha-tuor"`],
		['an unknown type', { type: 'all-acess' }, `${PASS_FILE}: type: no pass type "all-acess" — add content/pass-types/all-acess.mdx`],
		['an unknown printer', { printer: 'oto' }, `${PASS_FILE}: printer: no printer "oto"`],
		['a format written as the type', { type: 'sticky' }, `${PASS_FILE}: type: "sticky" is how a pass was made, not the access it gave — write it in \`format\``],
		['a format key written as the type', { type: 'satin-sticky' }, `${PASS_FILE}: type: "satin-sticky" is how a pass was made, not the access it gave`],
		// A name every object inherits is not a format: `in` on the formats table would say it is.
		['an unknown type named like an inherited property', { type: 'constructor' }, `${PASS_FILE}: type: no pass type "constructor" — add content/pass-types/constructor.mdx`],
		['a tour of another band', { tour: 'beta-tour', validFrom: '1990-05' }, `${PASS_FILE}: tour: "beta-tour" is a tour of "beta", not of "alpha" — fix band or tour`],
		['a pass dated before its tour', { validFrom: '1985-02-28' }, `${PASS_FILE}: validFrom: 1985-02-28 is outside the tour "Tour alpha-tour" (1 March – 30 November 1985)`],
		['a pass ending after its tour', { validTo: '1986-01' }, `${PASS_FILE}: validTo: 1986-01 is outside the tour`],
		['a year outside the tour', { validFrom: undefined, year: 1984 }, `${PASS_FILE}: year: 1984 is outside the tour`],
		['a leg the tour does not have', { leg: 'Asia' }, `${PASS_FILE}: leg: "Asia" is not a leg of "Tour alpha-tour" — use one of: "Europe"`],
		['a leg without a tour', { tour: undefined, leg: 'Europe' }, `${PASS_FILE}: leg: a leg needs a tour`],
		['a pass before the band formed', { tour: undefined, validFrom: '1979-12' }, `${PASS_FILE}: validFrom: 1979-12 is before Alpha formed (1980)`],
	])('reports %s', (_what, patch, expected) => {
		const problems = findCatalogProblems(catalog({ passes: [pass(patch)] }));
		expect(problems.some((p) => p.startsWith(expected)), problems.join('\n')).toBe(true);
	});

	it('checks variants, fakes and tour designs point at real, fitting entries', () => {
		const genuine = { ...pass({}), id: 'genuine', filePath: 'content/passes/genuine/index.mdx' };
		const fake = { ...pass({ fakeOf: 'genuine', tells: ['thinner card'] }), id: 'fake', filePath: 'content/passes/fake/index.mdx' };
		const other = { ...pass({ band: 'beta', tour: 'beta-tour', validFrom: '1990' }), id: 'other', filePath: 'content/passes/other/index.mdx' };
		const lines = (passes: Entry<PassDataWithoutPhotos>[]) => findCatalogProblems(catalog({ passes }));
		expect(lines([genuine, fake, other])).toEqual([]);
		expect(lines([genuine, { ...fake, data: { ...fake.data, fakeOf: 'genuin' } }])[0]).toMatch(/^content\/passes\/fake\/index\.mdx: fakeOf: no pass "genuin" — add content\/passes\/genuin\/index\.mdx/);
		expect(lines([genuine, other, { ...fake, data: { ...fake.data, fakeOf: 'other' } }])).toContain('content/passes/fake/index.mdx: fakeOf: "other" is a pass of "beta", not of "alpha"');
		expect(lines([genuine, fake, { ...pass({ variantOf: 'fake' }), id: 'v', filePath: 'content/passes/v/index.mdx' }])).toContain('content/passes/v/index.mdx: variantOf: "fake" is itself a known fake — point at the genuine pass ("genuine")');
		expect(lines([{ ...genuine, data: { ...genuine.data, variantOf: 'genuine' } }])).toContain('content/passes/genuine/index.mdx: variantOf: a pass cannot point at itself');
		expect(lines([pass({ design: 'leg-1' })])).toContain(`${PASS_FILE}: design: "leg-1" is not a design of "Tour alpha-tour" — use one of: none (the tour lists no sets yet)`);
	});

	it('accepts a fuzzy pass date that overlaps its tour', () => {
		expect(findCatalogProblems(catalog({ passes: [pass({ validFrom: '1985' })] }))).toEqual([]);
	});

	it('refuses a pass folder named like a list page', () => {
		const problems = findCatalogProblems(catalog({ passes: [{ ...pass({}), id: 'newest', filePath: 'content/passes/newest/index.mdx' }] }));
		expect(problems[0]).toMatch(/^content\/passes\/newest\/index\.mdx: the folder name "newest" is reserved/);
	});

	it('refuses a tour or band file named like a path of the tour and band indexes', () => {
		const problems = findCatalogProblems(
			catalog({ bands: [band('alpha', 'Alpha'), band('letter', 'Letter')], tours: [tour('alpha-tour', 'alpha', '1985', '1985'), tour('decade', 'alpha', '1986', '1986')], passes: [] }),
		);
		expect(problems).toContain('content/bands/letter.json: the file name "letter" is reserved for the band index pages — rename the file');
		expect(problems).toContain('content/tours/decade.json: the file name "decade" is reserved for the tour index pages — rename the file');
		// The same words are fine the other way round: /tours/letter/ and /bands/decade/ are free.
		const swapped = findCatalogProblems(
			catalog({ bands: [band('alpha', 'Alpha'), band('decade', 'Decade')], tours: [tour('alpha-tour', 'alpha', '1985', '1985'), tour('letter', 'alpha', '1986', '1986')], passes: [] }),
		);
		expect(swapped.filter((p) => p.includes('reserved'))).toEqual([]);
	});

	it('reports a tour whose band does not exist and a tour that ends before it starts', () => {
		const problems = findCatalogProblems(catalog({ tours: [...catalog().tours, tour('gamma-tour', 'gamma', '1990', '1989')], passes: [] }));
		expect(problems).toContain('content/tours/gamma-tour.json: end: 1989 is before start 1990');
		expect(problems.some((p) => p.startsWith('content/tours/gamma-tour.json: band: no band "gamma"'))).toBe(true);
	});

	it('reports two bands sharing a name or alias on both files, each naming the other', () => {
		const problems = findCatalogProblems(catalog({ bands: [band('alpha', 'Alpha'), band('beta', 'Beta', { aliases: ['The Alpha'] })], passes: [] }));
		expect(problems).toEqual([
			'content/bands/alpha.json: name: "Alpha" reads as the same name as "The Alpha" (aliases[0] of band "beta", content/bands/beta.json) — is it the same band? Merge them, or tell them apart',
			'content/bands/beta.json: aliases[0]: "The Alpha" reads as the same name as "Alpha" (name of band "alpha", content/bands/alpha.json) — is it the same band? Merge them, or tell them apart',
		]);
	});

	it.each([
		['a Cyrillic а in a Latin name', 'Nirvana', 'Nirv\u0430na'],
		['a Greek capital', 'KISS', '\u039aISS'],
		['fullwidth letters', 'Nirvana', '\uff2e\uff29\uff32\uff36\uff21\uff2e\uff21'],
		['a digit for a letter', 'Blur', 'B1ur'],
		['a zero for an O', 'Motorhead', 'M0torhead'],
		['different case and punctuation', 'AC/DC', 'ac-dc'],
		['an accent', 'Motörhead', 'Motorhead'],
		['"rn" for "m"', 'Metallica', 'rnetallica'],
		['a Cyrillic capital К', 'Kino', '\u041aino'],
	])('sees through %s in band names', (_what, first, second) => {
		const problems = findStructured(catalog({ bands: [band('one', first), band('two', second)], passes: [] }));
		const clashes = problems.filter((p) => p.file.startsWith('content/bands/'));
		expect(clashes.map((p) => `${p.file} ${p.field}`).sort()).toEqual(['content/bands/one.json name', 'content/bands/two.json name']);
	});

	it('keeps names apart that only share letters', () => {
		expect(findCatalogProblems(catalog({ bands: [band('alpha', 'Simple Minds'), band('beta', 'Simple Plan'), band('gamma', 'U2'), band('delta', 'UB40')], passes: [] }))).toEqual([]);
	});

	it('reports two tours of one band with the same name, on both files', () => {
		const twin = tour('alpha-tour-2', 'alpha', '1985', '1985', { name: 'T\u043eur alpha-tour' });
		const problems = findCatalogProblems(catalog({ tours: [...catalog().tours, twin], passes: [] }));
		expect(problems).toContain('content/tours/alpha-tour-2.json: name: "T\u043eur alpha-tour" reads as the same tour name as "Tour alpha-tour" (tour "alpha-tour", content/tours/alpha-tour.json) of the same band — merge them, or tell them apart');
		expect(problems).toContain('content/tours/alpha-tour.json: name: "Tour alpha-tour" reads as the same tour name as "T\u043eur alpha-tour" (tour "alpha-tour-2", content/tours/alpha-tour-2.json) of the same band — merge them, or tell them apart');
		const otherBand = tour('beta-tour-2', 'beta', '1990', '1990', { name: 'Tour alpha-tour' });
		expect(findCatalogProblems(catalog({ tours: [...catalog().tours, otherBand], passes: [] }))).toEqual([]);
	});

	it('refuses chains and loops of variants and fakes, naming the genuine pass', () => {
		const at = (id: string, extra: Partial<PassDataWithoutPhotos>) => ({ ...pass(extra), id, filePath: `content/passes/${id}/index.mdx` });
		const genuine = at('genuine', {});
		const variant = at('variant', { variantOf: 'genuine' });
		const variantOfVariant = at('vv', { variantOf: 'variant' });
		const fakeOfVariant = at('fv', { fakeOf: 'variant', tells: ['thin'] });
		const problems = findCatalogProblems(catalog({ passes: [genuine, variant, variantOfVariant, fakeOfVariant] }));
		expect(problems).toEqual([
			'content/passes/vv/index.mdx: variantOf: "variant" is itself a variant — point at the genuine pass ("genuine")',
			'content/passes/fv/index.mdx: fakeOf: "variant" is itself a variant — point at the genuine pass ("genuine")',
		]);
		const loop = findCatalogProblems(catalog({ passes: [at('a', { variantOf: 'b' }), at('b', { variantOf: 'a' })] }));
		expect(loop).toEqual([
			'content/passes/a/index.mdx: variantOf: "b" is itself a variant — point at the genuine pass (these passes point at each other in a loop)',
			'content/passes/b/index.mdx: variantOf: "a" is itself a variant — point at the genuine pass (these passes point at each other in a loop)',
		]);
	});

	it('refuses an added date after tomorrow', () => {
		const withAdded = (added: string) => findStructured(catalog({ passes: [pass({ added })] }), '2026-12-31').map(formatProblem);
		expect(withAdded('2026-12-31')).toEqual([]);
		expect(withAdded('2027-01-01')).toEqual([]);
		expect(withAdded('2027-01-02')).toEqual([`${PASS_FILE}: added: 2027-01-02 is in the future (today is 2026-12-31) — write the day you add the entry`]);
	});

	it('reports activity periods out of order', () => {
		const b = band('alpha', 'Alpha', { activity: [{ from: '1990', to: '1995', ended: 'split' }, { from: '1993' }] });
		const problems = findCatalogProblems(catalog({ bands: [b, band('beta', 'Beta')], passes: [] }));
		expect(problems[0]).toMatch(/^content\/bands\/alpha\.json: activity\[1\]\.from: 1993 is before the previous period ended/);
	});
});

describe('normaliseName', () => {
	it('folds case, accents, a leading "The" and punctuation so variants collide', () => {
		expect(normaliseName('Motörhead')).toBe(normaliseName('motorhead'));
		expect(normaliseName('The Police')).toBe(normaliseName('Police'));
		expect(normaliseName("Guns N' Roses")).toBe('gunsnroses');
		expect(normaliseName('R.E.M.')).toBe('rem');
	});
});
