import { describe, expect, it } from 'vitest';
import {
	decadeOf,
	endOf,
	formatFuzzyDate,
	formatFuzzyRange,
	fuzzyDate,
	isAfter,
	normaliseDateInput,
	overlaps,
	parseFuzzyDate,
	startOf,
} from '../../src/lib/dates/fuzzy-date.ts';

describe('parseFuzzyDate', () => {
	it('reads year, year-month and full dates with their precision', () => {
		expect(parseFuzzyDate('1993')).toEqual({ text: '1993', precision: 'year', year: 1993 });
		expect(parseFuzzyDate('1993-10')).toMatchObject({ precision: 'month', year: 1993, month: 10 });
		expect(parseFuzzyDate('1993-10-18')).toMatchObject({ precision: 'day', day: 18 });
	});

	it.each([
		['93', 'is not a date'],
		['1993/10/18', 'is not a date'],
		['1993-13', 'month 13'],
		['1993-00', 'month 00'],
		['1993-02-29', 'day 29'],
		['1993-04-31', 'day 31'],
		['1850', 'out of range'],
	])('refuses %s', (text, message) => {
		const parsed = parseFuzzyDate(text);
		expect('error' in parsed && parsed.error).toContain(message);
	});

	it('accepts 29 February in a leap year', () => {
		expect(parseFuzzyDate('1992-02-29')).toMatchObject({ day: 29 });
	});
});

describe('normaliseDateInput', () => {
	it('turns YAML dates and numbers back into the text the author wrote', () => {
		expect(normaliseDateInput(new Date('1993-10-18T00:00:00Z'))).toBe('1993-10-18');
		expect(normaliseDateInput(1993)).toBe('1993');
		expect(normaliseDateInput('1993-10')).toBe('1993-10');
		expect(normaliseDateInput(19.5)).toBe(19.5);
	});
});

describe('spans', () => {
	it('a year spans 1 January to 31 December; a month its own days', () => {
		expect(startOf(fuzzyDate('1993'))).toBe('1993-01-01');
		expect(endOf(fuzzyDate('1993'))).toBe('1993-12-31');
		expect(endOf(fuzzyDate('1992-02'))).toBe('1992-02-29');
		expect(endOf(fuzzyDate('1993-02'))).toBe('1993-02-28');
	});

	it('isAfter only when one span starts after the other ends', () => {
		expect(isAfter(fuzzyDate('1994'), fuzzyDate('1993-12-31'))).toBe(true);
		expect(isAfter(fuzzyDate('1993'), fuzzyDate('1993-06'))).toBe(false);
		expect(isAfter(fuzzyDate('1993-06-02'), fuzzyDate('1993-06'))).toBe(false);
	});

	it('overlaps gives fuzzy dates the benefit of the doubt at the edges', () => {
		const from = fuzzyDate('1993-10-18');
		const to = fuzzyDate('1994-03-01');
		expect(overlaps(fuzzyDate('1993'), from, to)).toBe(true);
		expect(overlaps(fuzzyDate('1994-03'), from, to)).toBe(true);
		expect(overlaps(fuzzyDate('1993-10-17'), from, to)).toBe(false);
		expect(overlaps(fuzzyDate('1994-03-02'), from, to)).toBe(false);
		expect(overlaps(fuzzyDate('1995'), from, to)).toBe(false);
	});
});

describe('decades and display', () => {
	it('puts years ending in 0 at the start of their decade', () => {
		expect(decadeOf(1990)).toBe(1990);
		expect(decadeOf(1989)).toBe(1980);
		expect(decadeOf(2009)).toBe(2000);
	});

	it('formats dates at their precision', () => {
		expect(formatFuzzyDate(fuzzyDate('1993'))).toBe('1993');
		expect(formatFuzzyDate(fuzzyDate('1993-10'))).toBe('October 1993');
		expect(formatFuzzyDate(fuzzyDate('1993-10-08'))).toBe('8 October 1993');
	});

	it('collapses what both ends of a range share', () => {
		expect(formatFuzzyRange(fuzzyDate('1993-10-18'), fuzzyDate('1993-10-20'))).toBe('18–20 October 1993');
		expect(formatFuzzyRange(fuzzyDate('1993-10-18'), fuzzyDate('1993-11-02'))).toBe('18 October – 2 November 1993');
		expect(formatFuzzyRange(fuzzyDate('1993-10-18'), fuzzyDate('1994-03-01'))).toBe('18 October 1993 – 1 March 1994');
		expect(formatFuzzyRange(fuzzyDate('1991'), fuzzyDate('1993'))).toBe('1991–1993');
		expect(formatFuzzyRange(fuzzyDate('1991'))).toBe('1991');
		expect(formatFuzzyRange(fuzzyDate('1991-05'), fuzzyDate('1991-05'))).toBe('May 1991');
		expect(formatFuzzyRange(fuzzyDate('1977-05'), fuzzyDate('1977-07'))).toBe('May–July 1977');
	});

	it('says ranges whose ends differ in precision in words, never "May 1977 – 1977"', () => {
		expect(formatFuzzyRange(fuzzyDate('1977-05'), fuzzyDate('1977'))).toBe('1977, from May');
		expect(formatFuzzyRange(fuzzyDate('1977'), fuzzyDate('1977-07-17'))).toBe('1977, until 17 July');
		expect(formatFuzzyRange(fuzzyDate('1991'), fuzzyDate('1993-07-17'))).toBe('from 1991 to 17 July 1993');
		expect(formatFuzzyRange(fuzzyDate('1977-05'), fuzzyDate('1977-07-17'))).toBe('May – 17 July 1977');
		expect(formatFuzzyRange(fuzzyDate('1993-10-18'), fuzzyDate('1994-03'))).toBe('from 18 October 1993 to March 1994');
	});
});
