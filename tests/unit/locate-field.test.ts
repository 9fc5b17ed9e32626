import { describe, expect, it } from 'vitest';
import { fieldPath } from '../../src/lib/content-files/content-problems.ts';
import { lineOfField } from '../../src/lib/content-files/locate-field.ts';

const mdx = `---
title: A pass
band: nirvana
photos:
  - src: ./front.jpg
    alt: Front
  - src: ./back.jpg
condition:
  grade: good
---

Story.
`;

const json = `{
  "name": "Nirvana",
  "activity": [
    { "from": "1987" },
    {
      "from": "1993",
      "to": "1994"
    }
  ]
}`;

describe('fieldPath', () => {
	it('splits dotted paths with indexes', () => {
		expect(fieldPath('photos[1].alt')).toEqual(['photos', 1, 'alt']);
		expect(fieldPath('condition.grade')).toEqual(['condition', 'grade']);
	});
});

describe('lineOfField', () => {
	it('finds keys in frontmatter, counting the --- line', () => {
		expect(lineOfField(mdx, 'band', true)).toBe(3);
		expect(lineOfField(mdx, 'photos[0].alt', true)).toBe(6);
		expect(lineOfField(mdx, 'condition.grade', true)).toBe(9);
	});

	it('points a missing field at its nearest parent', () => {
		expect(lineOfField(mdx, 'photos[1].alt', true)).toBe(7);
		expect(lineOfField(mdx, 'sources', true)).toBe(2);
	});

	it('finds keys in JSON', () => {
		expect(lineOfField(json, 'name', false)).toBe(2);
		expect(lineOfField(json, 'activity[1].to', false)).toBe(7);
	});
});
