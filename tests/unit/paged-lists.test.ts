/** Pass lists of printers, types, bands and tours split into pages: which items, which URLs. */
import { describe, expect, it } from 'vitest';
import { laterPagePaths, pageOf, pagedListUrl } from '../../src/lib/paged-lists.ts';

const items = Array.from({ length: 7 }, (_, i) => i + 1);

describe('paged lists', () => {
	it('puts page 1 at the record’s own URL and later pages under page/N/', () => {
		expect(pagedListUrl('/printers/perri/', 1)).toBe('/printers/perri/');
		expect(pagedListUrl('/printers/perri/', 3)).toBe('/printers/perri/page/3/');
	});

	it('gives each page its items and their place in the whole list', () => {
		expect(pageOf(items, 1, 3)).toEqual({ items: [1, 2, 3], first: 1, last: 3, pages: 3 });
		expect(pageOf(items, 3, 3)).toEqual({ items: [7], first: 7, last: 7, pages: 3 });
		expect(pageOf([], 1, 3)).toMatchObject({ items: [], pages: 1 });
	});

	it('builds paths for pages 2… only, none for a list that fits on one page', () => {
		const records = [{ id: 'long', list: items }, { id: 'short', list: [1, 2] }];
		expect(laterPagePaths(records, (r) => r.list, 3).map((p) => [p.params, p.props.record.id, p.props.page])).toEqual([
			[{ slug: 'long', page: '2' }, 'long', 2],
			[{ slug: 'long', page: '3' }, 'long', 3],
		]);
	});
});
