import { describe, expect, it } from 'vitest';
import { activeYearsLabel, bandStatusAt, todayIso } from '../../src/lib/catalog/band-status.ts';
import type { BandData } from '../../src/schemas/band.ts';

type Activity = BandData['activity'];

// The Police's shape: together 1977–1986, split, reunion tour 2007–2008, split again.
const splitAndReunited: Activity = [
	{ from: '1977-01', to: '1986', ended: 'split' },
	{ from: '2007-02', to: '2008-08', ended: 'split' },
];
const withHiatus: Activity = [
	{ from: '1992', to: '2005-02', ended: 'hiatus' },
	{ from: '2009-02' },
];
const stillGoing: Activity = [{ from: '1962' }];

describe('bandStatusAt', () => {
	it('is not-formed before the first period', () => {
		expect(bandStatusAt(splitAndReunited, '1976-12-31')).toBe('not-formed');
	});

	it('is active during the first period, including its fuzzy last year', () => {
		expect(bandStatusAt(splitAndReunited, '1977-01-01')).toBe('active');
		expect(bandStatusAt(splitAndReunited, '1986-12-31')).toBe('active');
	});

	it('is defunct in the gap after a split', () => {
		expect(bandStatusAt(splitAndReunited, '1987-01-01')).toBe('defunct');
		expect(bandStatusAt(splitAndReunited, '2007-01-31')).toBe('defunct');
	});

	it('is reunited in a period that follows a split', () => {
		expect(bandStatusAt(splitAndReunited, '2007-02-01')).toBe('reunited');
		expect(bandStatusAt(splitAndReunited, '2008-08-31')).toBe('reunited');
	});

	it('is defunct again after the reunion ends in a split', () => {
		expect(bandStatusAt(splitAndReunited, '2026-11-27')).toBe('defunct');
	});

	it('is on hiatus during a pause, and active (not reunited) after it', () => {
		expect(bandStatusAt(withHiatus, '2007-06-01')).toBe('hiatus');
		expect(bandStatusAt(withHiatus, '2010-01-01')).toBe('active');
	});

	it('stays active with an open-ended period', () => {
		expect(bandStatusAt(stillGoing, '2026-11-27')).toBe('active');
	});
});

describe('labels and today', () => {
	it('lists the active years of each period', () => {
		expect(activeYearsLabel(splitAndReunited)).toBe('1977–1986, 2007–2008');
		expect(activeYearsLabel(stillGoing)).toBe('1962–present');
	});

	it('todayIso uses the UTC calendar day', () => {
		expect(todayIso(new Date('2026-11-27T23:59:59Z'))).toBe('2026-11-27');
	});
});
