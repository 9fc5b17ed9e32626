/** Marks of numbered form controls follow their answers when one before them is removed. */
import { describe, expect, it } from 'vitest';
import { moveMarks, movesAfterRemoval } from '../../src/scripts/contribute/control-moves.ts';

const idsAt = (i: number) => [`f-a-${i}`, `f-b-${i}`];

describe('control moves', () => {
	it('lists the removed item’s ids, then every later item’s ids moving down by one', () => {
		expect(movesAfterRemoval(4, 1, idsAt)).toEqual([
			['f-a-1', undefined],
			['f-b-1', undefined],
			['f-a-2', 'f-a-1'],
			['f-b-2', 'f-b-1'],
			['f-a-3', 'f-a-2'],
			['f-b-3', 'f-b-2'],
		]);
		expect(movesAfterRemoval(3, 2, idsAt)).toEqual([
			['f-a-2', undefined],
			['f-b-2', undefined],
		]);
	});

	it('moves a mark with its control, drops the removed one’s and clears a place nothing marked moved into', () => {
		for (let count = 1; count <= 5; count++) {
			for (let removed = 0; removed < count; removed++) {
				for (let pattern = 0; pattern < 1 << count; pattern++) {
					const marked = (i: number) => (pattern & (1 << i)) !== 0;
					const marks = new Set(Array.from({ length: count }, (_, i) => i).filter(marked).map((i) => `f-a-${i}`));
					moveMarks(marks, movesAfterRemoval(count, removed, idsAt));
					// What the items left hold, in their new places.
					const expected = Array.from({ length: count }, (_, i) => i).filter((i) => i !== removed && marked(i)).map((i) => `f-a-${i > removed ? i - 1 : i}`);
					expect([...marks].sort(), `${count} items, removed ${removed}, marks ${pattern.toString(2)}`).toEqual(expected.sort());
				}
			}
		}
	});
});
