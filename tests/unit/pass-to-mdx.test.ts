import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { passToMdx } from '../../src/lib/content-files/pass-to-mdx.ts';
import { checkStory } from '../../src/lib/story/check-story.ts';
import { passFrontmatterSchema } from '../../src/schemas/pass.ts';

const pass = {
	title: 'A "quoted" title: with colon # and hash',
	band: 'nirvana',
	tour: 'in-utero-tour',
	type: 'all-access',
	validFrom: '1993-10-18',
	format: 'laminate',
	securityFeatures: ['hologram', 'signature'],
	signatures: [{ signer: "Dave O'Brien", role: 'drums', medium: 'marker', occasion: 'as-issued', authenticated: true, authenticatedBy: 'PSA 123' }],
	condition: { grade: 'good', flaws: ['creased'], notes: 'Line one\nline two' },
	photos: [{ src: './front.jpg', alt: 'Front of the pass — with “curly” quotes', side: 'front', credit: 'Me' }],
	sources: [{ title: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/In_Utero_Tour' }],
	contributors: ['Ann Example'],
	added: '2026-11-27',
	example: false,
};

describe('passToMdx', () => {
	it('round-trips every value through YAML and the schema', () => {
		const text = passToMdx(pass, 'The story.\n\nSecond paragraph.');
		const { frontmatter, content } = parseFrontmatter(text);
		expect(passFrontmatterSchema.parse(frontmatter)).toEqual(passFrontmatterSchema.parse(pass));
		expect(content.trim()).toBe('The story.\n\nSecond paragraph.');
		expect(checkStory(content).problems).toEqual([]);
	});

	it('writes keys in schema order and leaves out what is undefined', () => {
		const text = passToMdx({ ...pass, tour: undefined }, 'x');
		expect(text.startsWith('---\ntitle: ')).toBe(true);
		expect(text).not.toContain('tour:');
		expect(text.indexOf('band:')).toBeLessThan(text.indexOf('type:'));
		expect(text).toContain('securityFeatures: ["hologram", "signature"]');
		expect(text).toContain('  - signer: "Dave O\'Brien"\n    role: "drums"');
	});

	it('leaves out empty lists the schema reads as empty anyway, and keeps the entry the same', () => {
		const empty = { ...pass, tells: [], signatures: [], securityFeatures: [] };
		const text = passToMdx(empty, 'x');
		for (const key of ['tells', 'signatures', 'securityFeatures']) expect(text, key).not.toMatch(new RegExp(`^${key}:`, 'm'));
		expect(passFrontmatterSchema.parse(parseFrontmatter(text).frontmatter)).toEqual(passFrontmatterSchema.parse(empty));
		// Left out or written as [], a list is judged the same, refused included: a fake needs a tell.
		const fake = { ...empty, fakeOf: 'some-genuine-pass' };
		const judged = (input: unknown) => passFrontmatterSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		expect(judged(parseFrontmatter(passToMdx(fake, 'x')).frontmatter)).toEqual(judged(fake));
		expect(judged(fake)).toEqual(['tells: a known fake needs at least one tell: how can a collector spot it?']);
		// A list the schema has no default for is written as given, so the schema still judges it.
		expect(passToMdx({ ...pass, contributors: [] }, 'x')).toMatch(/^contributors: \[\]$/m);
	});
});
