import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/split-frontmatter.ts';

describe('splitFrontmatter', () => {
	it('keeps the file’s line numbers in the body, so story lines are file lines', () => {
		const split = splitFrontmatter('---\ntitle: x\n---\n\nStory line five.\n');
		if ('error' in split) throw new Error(split.error);
		expect(split.frontmatter).toEqual({ title: 'x' });
		expect(split.body.split('\n')[4]).toBe('Story line five.');
	});

	it('names the line of a YAML error in the file', () => {
		expect(splitFrontmatter('---\ntitle: x\nbad: [\n---\n')).toEqual({ error: 'unexpected end of the stream within a flow collection', line: 4 });
		expect(splitFrontmatter('\n\n---\na: 1\n  b: 2\n---\n')).toEqual({ error: 'bad indentation of a mapping entry', line: 5 });
	});

	it('leaves a second --- block to the story', () => {
		const split = splitFrontmatter('---\na: 1\n---\n---\nb: 2\n---\n');
		if ('error' in split) throw new Error(split.error);
		expect(split.frontmatter).toEqual({ a: 1 });
		expect(split.body.trim()).toBe('---\nb: 2\n---');
	});
});
