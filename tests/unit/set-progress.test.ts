import { describe, expect, it } from 'vitest';
import { setProgress } from '../../src/lib/collection/set-progress.ts';

describe('setProgress', () => {
	const designs = [
		{ id: 'leg-1', passIds: ['a', 'a-variant'] },
		{ id: 'leg-2', passIds: ['b'] },
		{ id: 'leg-3', passIds: [] },
	];

	it('counts a design owned when any of its passes is owned, wanted when one is wanted', () => {
		const status = new Map([['a-variant', 'owned'], ['b', 'wanted']] as const);
		expect(setProgress(designs, (id) => status.get(id as 'a-variant' | 'b'))).toEqual({
			owned: 1,
			wanted: 1,
			total: 3,
			designs: [{ id: 'leg-1', state: 'owned' }, { id: 'leg-2', state: 'wanted' }, { id: 'leg-3', state: 'missing' }],
		});
	});

	it('prefers owned over wanted within one design, and reports an empty collection as all missing', () => {
		expect(setProgress([{ id: 'x', passIds: ['p', 'q'] }], (id) => (id === 'p' ? 'wanted' : 'owned')).designs[0]?.state).toBe('owned');
		expect(setProgress(designs, () => undefined).owned).toBe(0);
	});
});
