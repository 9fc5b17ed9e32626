/**
 * Passes named by guide components must exist and fit what the component shows; each problem names
 * the file, the line of the element and the attribute. The build runs the same function
 * (src/data/catalog.ts; proven in tests/site/bad-content-fails-build.test.ts), and so does validate.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-files/content-problems.ts';
import { type ReferencedPass, guideReferenceProblems } from '../../src/lib/team-mdx/guide-references.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FILE = 'content/guides/example.mdx';
const IMPORTS = [
	"import FakeComparison from '../../src/components/guide/FakeComparison.astro';",
	"import SecurityCloseUp from '../../src/components/guide/SecurityCloseUp.astro';",
].join('\n');

function pass(id: string, data: Partial<ReferencedPass['data']> = {}): ReferencedPass {
	return { id, data: { securityFeatures: [], photos: [{ side: 'front' }], ...data } };
}

const passes = [
	pass('genuine', { securityFeatures: ['hologram'], photos: [{ side: 'front' }, { side: 'back' }] }),
	pass('reprint', { fakeOf: 'genuine' }),
	pass('other-fake', { fakeOf: 'someone-else' }),
	pass('sticky', { securityFeatures: ['printer-backing'] }),
];

/** Problems of a guide whose body (after a 4-line frontmatter and the imports) is `body`. */
function problems(body: string): string[] {
	const text = `---\ntitle: Example\ndescription: An example guide for the tests.\n---\n${IMPORTS}\n\n${body}\n`;
	return guideReferenceProblems([{ file: FILE, path: join(root, FILE), text }], passes, root).map(formatProblem);
}

describe('guideReferenceProblems', () => {
	it('accepts passes that exist and fit the component', () => {
		expect(problems('<FakeComparison genuine="genuine" fake="reprint" />\n\n<SecurityCloseUp pass="genuine" feature="hologram">x</SecurityCloseUp>')).toEqual([]);
	});

	it('names the file, the line and the attribute of a pass that does not exist', () => {
		expect(problems('Some text.\n\n<FakeComparison genuine="genuin" fake="reprint" />')).toEqual([
			`${FILE}:10: FakeComparison.genuine: no pass "genuin" — write the folder name of a pass in content/passes/`,
		]);
	});

	it('reports every wrong slug of an element, inline ones too', () => {
		expect(problems('A line with <SecurityCloseUp pass="nope" feature="hologram" /> inside.\n\n<FakeComparison genuine="a" fake="b" />')).toEqual([
			`${FILE}:8: SecurityCloseUp.pass: no pass "nope" — write the folder name of a pass in content/passes/`,
			`${FILE}:10: FakeComparison.genuine: no pass "a" — write the folder name of a pass in content/passes/`,
			`${FILE}:10: FakeComparison.fake: no pass "b" — write the folder name of a pass in content/passes/`,
		]);
	});

	it('refuses a comparison with a pass that is not a known fake of the genuine one', () => {
		expect(problems('<FakeComparison genuine="genuine" fake="other-fake" />')).toEqual([
			`${FILE}:8: FakeComparison.fake: "other-fake" is not a known fake of "genuine" (its fakeOf is "someone-else")`,
		]);
		expect(problems('<FakeComparison genuine="genuine" fake="sticky" />')[0]).toContain('(its fakeOf is not set)');
	});

	it('refuses a close-up of a feature the pass does not have, or on a side it has no photo of', () => {
		expect(problems('<SecurityCloseUp pass="reprint" feature="hologram" />')).toEqual([
			`${FILE}:8: SecurityCloseUp.feature: "reprint" does not list "hologram" in its securityFeatures — pick a pass that has it`,
		]);
		expect(problems('<SecurityCloseUp pass="sticky" feature="printer-backing" />')).toEqual([
			`${FILE}:8: SecurityCloseUp.pass: "sticky" has no back photo, where printer-backing shows`,
		]);
	});

	it('leaves pages the rules refuse to the rules', () => {
		expect(problems('<FakeComparison genuine={x} fake="nope"')).toEqual([]);
	});
});
