/** The search page's URL state: parse, write, and what it asks Pagefind. */
import { describe, expect, it } from 'vitest';
import { parseSearchState, toPagefindFilters, toPagefindSort, toggleFilter, writeSearchState } from '../../src/lib/search/search-state.ts';

describe('search state in the URL', () => {
	it('reads query, repeated filters and sort; ignores unknown keys and empty values', () => {
		const state = parseSearchState('?q=%20nirvana%20&type=All+access&type=Guest&decade=1990s&sort=newest&utm=x&band=');
		expect(state).toEqual({ query: 'nirvana', filters: { type: ['All access', 'Guest'], decade: ['1990s'] }, sort: 'newest', exact: false });
	});

	it('falls back to relevance for an unknown sort', () => {
		expect(parseSearchState('?sort=price').sort).toBe('relevance');
	});

	it('writes a stable URL: groups in display order, values sorted, defaults left out', () => {
		const state = parseSearchState('?decade=1990s&type=Guest&type=All+access&q=tour');
		expect(writeSearchState(state)).toBe('q=tour&type=All+access&type=Guest&decade=1990s');
		expect(writeSearchState(parseSearchState(''))).toBe('');
	});

	it('round-trips any state through its URL', () => {
		const state = parseSearchState('?q=gnr&feature=Hologram&feature=Foil+stamping&signed=Yes&sort=added&exact=1');
		expect(parseSearchState(`?${writeSearchState(state)}`)).toEqual(state);
	});

	it('adds and removes filter values', () => {
		const on = toggleFilter(parseSearchState(''), 'band', 'Nirvana', true);
		expect(on.filters.band).toEqual(['Nirvana']);
		expect(toggleFilter(on, 'band', 'Nirvana', false).filters.band).toEqual([]);
	});
});

describe('what Pagefind is asked', () => {
	const state = parseSearchState('?type=All+access&type=Guest&feature=Hologram&feature=Foil+stamping');

	it('combines values of one group as either, security features as both', () => {
		expect(toPagefindFilters(state)).toEqual({ type: { any: ['All access', 'Guest'] }, feature: { all: ['Foil stamping', 'Hologram'] } });
	});

	it('leaves one group out when counting that group', () => {
		expect(toPagefindFilters(state, 'type')).toEqual({ feature: { all: ['Foil stamping', 'Hologram'] } });
	});

	it('maps sorts to Pagefind sort keys', () => {
		expect(toPagefindSort('relevance')).toBeUndefined();
		expect(toPagefindSort('newest')).toEqual({ date: 'desc' });
		expect(toPagefindSort('added')).toEqual({ added: 'desc' });
	});
});
