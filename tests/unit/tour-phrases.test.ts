import { describe, expect, it } from 'vitest';
import { legPhrase, tourWithArticle } from '../../src/lib/text/tour-phrases.ts';

describe('tour phrases', () => {
	it('adds "the" only when the tour name has no article of its own', () => {
		expect(tourWithArticle('In Utero Tour')).toBe('the In Utero Tour');
		expect(tourWithArticle('The Joshua Tree Tour')).toBe('The Joshua Tree Tour');
		expect(tourWithArticle('Theatre of Pain Tour')).toBe('the Theatre of Pain Tour');
	});
	it('adds "leg" only when the leg name does not say it', () => {
		expect(legPhrase('Europe')).toBe('Europe leg');
		expect(legPhrase('Leg 1: North America')).toBe('Leg 1: North America');
		expect(legPhrase('Legacy dates')).toBe('Legacy dates leg');
	});
});
