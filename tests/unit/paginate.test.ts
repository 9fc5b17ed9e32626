/** Every paginated list: which items a page holds, its URLs, and the page numbers it links. */
import { describe, expect, it } from 'vitest';
import { pageAt, pageCount, pageParam, pageUrl, pageWindow, paginate } from '../../src/lib/lists/paginate.ts';
import { RESERVED_BAND_SLUGS, RESERVED_PASS_SLUGS, RESERVED_TOUR_SLUGS } from '../../src/lib/lists/reserved-slugs.ts';
import { PASS_ORDER_NAMES, sortedListUrl } from '../../src/lib/lists/pass-sort-orders.ts';

const items = Array.from({ length: 7 }, (_, i) => i + 1);
const urlOf = (n: number) => pageUrl('/printers/perri/', n);

describe('pages of a list', () => {
	it('puts page 1 at the list’s own URL and later pages under page/N/', () => {
		expect(pageUrl('/printers/perri/', 1)).toBe('/printers/perri/');
		expect(pageUrl('/printers/perri/', 3)).toBe('/printers/perri/page/3/');
		expect([1, 2, 10].map(pageParam)).toEqual([undefined, 'page/2', 'page/10']);
	});

	it('gives each page its items, counted from 0 like Astro’s Page, and the URLs around it', () => {
		const pages = paginate(items, 3, urlOf);
		expect(pages.map((p) => [p.currentPage, p.data, p.start, p.end, p.total, p.lastPage, p.size])).toEqual([
			[1, [1, 2, 3], 0, 2, 7, 3, 3],
			[2, [4, 5, 6], 3, 5, 7, 3, 3],
			[3, [7], 6, 6, 7, 3, 3],
		]);
		expect(pages[1]?.url).toEqual({
			current: '/printers/perri/page/2/',
			prev: '/printers/perri/',
			next: '/printers/perri/page/3/',
			first: '/printers/perri/',
			last: '/printers/perri/page/3/',
		});
		expect(pages[0]?.url).toMatchObject({ prev: undefined, first: undefined });
		expect(pages[2]?.url).toMatchObject({ next: undefined, last: undefined });
		expect(pageAt(items, 2, 3, urlOf)).toEqual(pages[1]);
	});

	it('has one empty page for an empty list, and as many pages as the items fill', () => {
		expect(paginate([], 3, urlOf)).toEqual([
			{ data: [], start: 0, end: 0, total: 0, currentPage: 1, size: 3, lastPage: 1, url: { current: '/printers/perri/', prev: undefined, next: undefined, first: undefined, last: undefined } },
		]);
		for (let count = 0; count <= 50; count++) {
			const pages = paginate(Array.from({ length: count }, (_, i) => i), 7, urlOf);
			expect(pages.length).toBe(pageCount(count, 7));
			expect(pages.flatMap((p) => p.data)).toEqual(Array.from({ length: count }, (_, i) => i));
			expect(pages.slice(0, -1).every((p) => p.data.length === 7)).toBe(true);
		}
	});

	it('links the first, the last and the pages around the current one, with gaps between', () => {
		expect(pageWindow(1, 1)).toEqual([1]);
		expect(pageWindow(5, 10)).toEqual([1, null, 3, 4, 5, 6, 7, null, 10]);
		expect(pageWindow(1, 10)).toEqual([1, 2, 3, null, 10]);
		expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 6, null, 10]);
	});
});

describe('sorted pass lists and reserved slugs', () => {
	it('gives each order its own URL, paged the same way', () => {
		expect(PASS_ORDER_NAMES.map((o) => sortedListUrl('/passes/', o, 1))).toEqual(['/passes/', '/passes/newest/', '/passes/added/']);
		expect(sortedListUrl('/passes/', 'newest', 2)).toBe('/passes/newest/page/2/');
	});

	it('reserves every path segment that a list page takes', () => {
		expect([...RESERVED_PASS_SLUGS].sort()).toEqual(['added', 'newest', 'page']);
		expect([...RESERVED_TOUR_SLUGS]).toEqual(['decade']);
		expect([...RESERVED_BAND_SLUGS]).toEqual(['letter']);
	});
});
