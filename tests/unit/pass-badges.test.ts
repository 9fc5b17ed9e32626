import { describe, expect, it } from 'vitest';
import { PASS_BADGES, passBadges, type BadgeFacts } from '../../src/lib/catalog/pass-badges.ts';

const plain: BadgeFacts = { isFake: false, fakeCount: 0, isSigned: false, bandDefunct: false, example: false };

describe('passBadges', () => {
	it('gives a plain genuine pass no badge', () => {
		expect(passBadges(plain)).toEqual([]);
	});
	it('warns on a fake and never calls a fake "known fakes exist"', () => {
		expect(passBadges({ ...plain, isFake: true, fakeCount: 2 })).toEqual(['fake']);
	});
	it('warns on a genuine pass with fakes in the register', () => {
		expect(passBadges({ ...plain, fakeCount: 1 })).toEqual(['has-fakes']);
	});
	it('lists badges in the declared order', () => {
		const all = passBadges({ isFake: false, fakeCount: 3, isSigned: true, bandDefunct: true, example: true });
		expect(all).toEqual(Object.keys(PASS_BADGES).filter((b) => b !== 'fake'));
	});
});
