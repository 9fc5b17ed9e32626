/** A pass file's frontmatter is plain YAML data, refused with its line otherwise; the story keeps its lines. */
import { describe, expect, it } from 'vitest';
import { MAX_DATA_BYTES, MAX_STORY_CHARS } from '../../src/lib/content-files/content-limits.ts';
import { splitFrontmatter } from '../../src/lib/content-files/split-frontmatter.ts';

const file = (frontmatter: string, story = 'The story.\n') => `---\ntitle: A pass\n${frontmatter}---\n\n${story}`;

describe('splitFrontmatter', () => {
	it('reads plain fields and keeps the story on its own lines', () => {
		const split = splitFrontmatter(file('added: 2024-01-05\nyear: 1993\n', 'Line seven.\n'));
		expect(split).toEqual({ frontmatter: { title: 'A pass', added: '2024-01-05', year: 1993 }, body: expect.any(String) });
		if (!('body' in split)) throw new Error('no body');
		expect(split.body.split('\n')[6]).toBe('Line seven.');
		expect(split.body.split('\n').slice(0, 6).every((line) => line.trim() === '')).toBe(true);
	});

	it.each([
		['an anchor and aliases (a billion laughs)', 'a: &a ["lol","lol","lol"]\nb: [*a,*a,*a,*a]\n', 3, /YAML anchor \(&a\)/],
		['an alias alone', 'a: *nothing\n', 3, /not valid YAML|alias/],
		['an explicit tag', 'year: !!str 1993\n', 3, /YAML tag \(tag:yaml\.org,2002:str\)/],
		['a custom tag', 'title2: !js/function x\n', 3, /not valid YAML: Unresolved tag|YAML tag/],
		['a key given twice', 'year: 1993\nyear: 1994\n', 4, /Map keys must be unique/],
		['a tab as indentation', 'condition:\n\tgrade: mint\n', 4, /Tabs are not allowed/],
		['an unclosed quote', 'venue: "The Forum\nyear: 1993\n', 5, /not valid YAML: Missing closing "quote/],
	])('refuses %s, naming the line', (_name, frontmatter, line, message) => {
		const split = splitFrontmatter(file(frontmatter));
		expect(split).toEqual({ error: expect.stringMatching(message), line });
	});

	it('leaves a second --- or +++ block to the story, which reads it as Markdown (one parse, no second frontmatter)', () => {
		const split = splitFrontmatter(file('', '---\nfoo: [\n---\nStory.\n'));
		expect(split).toEqual({ frontmatter: { title: 'A pass' }, body: expect.stringContaining('---\nfoo: [\n---\nStory.') });
		expect('body' in splitFrontmatter(file('', '\n\n+++\nx = 1\n+++\n'))).toBe(true);
	});

	it('refuses a file without frontmatter, or without its closing line', () => {
		expect(splitFrontmatter('title: x\n')).toEqual({ error: expect.stringMatching(/must start with a frontmatter block/), line: 1 });
		expect(splitFrontmatter('---\ntitle: x\n')).toEqual({ error: expect.stringMatching(/no closing "---"/), line: 1 });
		expect(splitFrontmatter('---\n- a\n- b\n---\n')).toEqual({ error: expect.stringMatching(/must be fields/), line: 2 });
	});

	it('caps the frontmatter and the story', () => {
		expect(splitFrontmatter(file(`notes: "${'x'.repeat(MAX_DATA_BYTES)}"\n`))).toEqual({ error: expect.stringMatching(/frontmatter is longer than 64 kB/), line: 2 });
		expect(splitFrontmatter(file('', `${'a'.repeat(MAX_STORY_CHARS + 1)}\n`))).toEqual({ error: expect.stringMatching(/story is 20,001 characters long/), line: 5 });
		expect('body' in splitFrontmatter(file('', `${'é'.repeat(MAX_STORY_CHARS)}\n`))).toBe(true);
	});

	it('parses a hostile alias bomb in bounded time', () => {
		const levels = Array.from({ length: 12 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(',')}]`);
		const bomb = `l0: &l0 "lol"\n${levels.join('\n')}\n`;
		const started = performance.now();
		expect(splitFrontmatter(file(bomb))).toEqual({ error: expect.stringMatching(/anchor|alias/), line: 3 });
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
