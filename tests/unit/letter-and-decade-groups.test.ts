/** The tour index by decade and the band index by letter: which group, which order, which URLs. */
import { describe, expect, it } from 'vitest';
import {
	TABLE_PAGE_SIZE,
	bandsByLetter,
	fitsOnePage,
	groupPagePaths,
	groupPageUrl,
	letterNav,
	letterOf,
	toursByDecade,
} from '../../src/lib/lists/letter-and-decade-groups.ts';

const tour = (name: string, year: number) => ({ name, start: { year } });
const band = (name: string) => ({ name });

describe('tours by decade', () => {
	it('groups tours by the decade they started in, oldest decade first, keeping their order', () => {
		const tours = [tour('a', 1969), tour('b', 1970), tour('c', 1979), tour('d', 1980), tour('e', 2001)];
		const groups = toursByDecade(tours);
		expect(groups.map((g) => [g.key, g.label, g.url, g.items.map((t) => t.name)])).toEqual([
			['1960s', '1960s', '/tours/decade/1960s/', ['a']],
			['1970s', '1970s', '/tours/decade/1970s/', ['b', 'c']],
			['1980s', '1980s', '/tours/decade/1980s/', ['d']],
			['2000s', '2000s', '/tours/decade/2000s/', ['e']],
		]);
	});

	it('orders decades by number even when the input is not sorted', () => {
		expect(toursByDecade([tour('x', 2010), tour('y', 1990), tour('z', 2015)]).map((g) => [g.key, g.items.length])).toEqual([
			['1990s', 1],
			['2010s', 2],
		]);
	});

	it('has no groups for no tours', () => {
		expect(toursByDecade([])).toEqual([]);
	});
});

describe('bands by letter', () => {
	it('files a band under its first letter, without accents; digits and signs under 0–9', () => {
		expect(letterOf('Alpha')).toEqual({ key: 'a', label: 'A' });
		expect(letterOf('the Beta')).toEqual({ key: 't', label: 'T' });
		expect(letterOf('Ülk')).toEqual({ key: 'u', label: 'U' });
		expect(letterOf('  ça va')).toEqual({ key: 'c', label: 'C' });
		expect(letterOf('10cc')).toEqual({ key: '0-9', label: '0–9' });
		expect(letterOf('!!!')).toEqual({ key: '0-9', label: '0–9' });
		expect(letterOf('Ωmega')).toEqual({ key: '0-9', label: '0–9' });
	});

	it('puts 0–9 first, then A–Z, each keeping the bands’ order', () => {
		const groups = bandsByLetter([band('Zeta'), band('Abba'), band('10cc'), band('Ärzte'), band('Acdc')]);
		expect(groups.map((g) => [g.key, g.url, g.items.map((b) => b.name)])).toEqual([
			['0-9', '/bands/letter/0-9/', ['10cc']],
			['a', '/bands/letter/a/', ['Abba', 'Ärzte', 'Acdc']],
			['z', '/bands/letter/z/', ['Zeta']],
		]);
	});

	it('lists 0–9 and every letter in the navigation, linking only those with bands', () => {
		const nav = letterNav(bandsByLetter([band('Abba'), band('Acdc'), band('Queen')]));
		expect(nav).toHaveLength(27);
		expect(nav.map((l) => l.label).join('')).toBe('0–9ABCDEFGHIJKLMNOPQRSTUVWXYZ');
		expect(nav.filter((l) => l.url !== undefined)).toEqual([
			{ key: 'a', label: 'A', count: 2, url: '/bands/letter/a/' },
			{ key: 'q', label: 'Q', count: 1, url: '/bands/letter/q/' },
		]);
		expect(nav.find((l) => l.key === 'b')).toEqual({ key: 'b', label: 'B', count: 0, url: undefined });
	});
});

describe('pages of a group', () => {
	const groups = toursByDecade([...Array.from({ length: 7 }, (_, i) => tour(`t${i}`, 1990 + i)), tour('old', 1975)]);

	it('puts page 1 at the group’s URL and later pages under page/N/', () => {
		const nineties = groups[1];
		if (!nineties) throw new Error('no 1990s');
		expect(groupPageUrl(nineties, 1)).toBe('/tours/decade/1990s/');
		expect(groupPageUrl(nineties, 3)).toBe('/tours/decade/1990s/page/3/');
	});

	it('builds a path for every page of every group, each with its slice of the items', () => {
		const paths = groupPagePaths(groups, 3);
		const { page } = paths[1]?.props ?? {};
		expect(paths.map((p) => [p.params, p.props.page.currentPage, p.props.page.lastPage, p.props.page.start, p.props.page.data.map((t) => t.name)])).toEqual([
			[{ group: '1970s', page: undefined }, 1, 1, 0, ['old']],
			[{ group: '1990s', page: undefined }, 1, 3, 0, ['t0', 't1', 't2']],
			[{ group: '1990s', page: 'page/2' }, 2, 3, 3, ['t3', 't4', 't5']],
			[{ group: '1990s', page: 'page/3' }, 3, 3, 6, ['t6']],
		]);
		expect(paths.map((p) => p.props.page.url.current)).toEqual(['/tours/decade/1970s/', '/tours/decade/1990s/', '/tours/decade/1990s/page/2/', '/tours/decade/1990s/page/3/']);
		expect(page?.url).toEqual({ current: '/tours/decade/1990s/', prev: undefined, next: '/tours/decade/1990s/page/2/', first: undefined, last: '/tours/decade/1990s/page/3/' });
	});

	it('keeps a whole list on the index page only while it fits on one page', () => {
		expect(fitsOnePage(Array.from({ length: TABLE_PAGE_SIZE }))).toBe(true);
		expect(fitsOnePage(Array.from({ length: TABLE_PAGE_SIZE + 1 }))).toBe(false);
	});
});
