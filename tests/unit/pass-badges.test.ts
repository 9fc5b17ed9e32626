import { describe, expect, it } from 'vitest';
import { passRow } from '../../src/lib/catalog/catalog-export.ts';
import { PASS_BADGES, badgeFactsOf, badgeFactsOfRow, passBadges, type BadgeFacts } from '../../src/lib/catalog/pass-badges.ts';
import { catalogFromFiles } from '../helpers/catalog-from-files.ts';

const catalog = catalogFromFiles();
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

describe('badgeFactsOfRow (the open-data row the collection pages read)', () => {
	const row = { signed: false, band_status_today: 'active', example: false, fake_of: null, fakes: 0 };
	it('reads each fact from its column', () => {
		expect(passBadges(badgeFactsOfRow(row))).toEqual([]);
		expect(passBadges(badgeFactsOfRow({ ...row, fake_of: 'genuine-pass' }))).toEqual(['fake']);
		expect(passBadges(badgeFactsOfRow({ ...row, fakes: 2 }))).toEqual(['has-fakes']);
		expect(passBadges(badgeFactsOfRow({ ...row, signed: true, band_status_today: 'defunct', example: true }))).toEqual(['signed', 'defunct', 'example']);
	});
	it('gives a row from an older export, without the fake columns, no fake warnings', () => {
		expect(badgeFactsOfRow({ signed: true })).toEqual({ isFake: false, fakeCount: 0, isSigned: true, bandDefunct: false, example: false });
		expect(badgeFactsOfRow({ fake_of: '', fakes: null })).toMatchObject({ isFake: false, fakeCount: 0 });
	});
	it('agrees with badgeFactsOf for every pass of the sample catalog, through the export row', () => {
		for (const pass of catalog.passes) expect(badgeFactsOfRow(passRow(pass, null))).toEqual(badgeFactsOf(pass));
	});
});
