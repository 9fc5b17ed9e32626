import { describe, expect, it } from 'vitest';
import { MIN_BAR_PERCENT, barOf, decadeTicks, percentOf } from '../../src/lib/lists/timeline-scale.ts';

const span = { firstYear: 1970, endYear: 2020 };

describe('timeline scale', () => {
	it('places dates proportionally between the span’s ends', () => {
		expect(percentOf('1970', span)).toBe(0);
		expect(percentOf('1995', span)).toBe(50);
		expect(percentOf('2020', span)).toBe(100);
		expect(percentOf('1995-07-01', span)).toBeCloseTo(51, 0);
	});
	it('clamps dates outside the span and survives an empty span', () => {
		expect(percentOf('1900', span)).toBe(0);
		expect(percentOf('2100', span)).toBe(100);
		expect(percentOf('1990', { firstYear: 1990, endYear: 1990 })).toBe(0);
	});
	it('keeps every bar visible and inside the chart', () => {
		const oneNight = barOf('2019-12-31', '2019-12-31', span);
		expect(oneNight.width).toBe(MIN_BAR_PERCENT);
		expect(oneNight.x + oneNight.width).toBeLessThanOrEqual(100);
		const reversed = barOf('1990', '1980', span);
		expect(reversed.width).toBe(MIN_BAR_PERCENT);
		for (let year = 1960; year <= 2030; year += 3) {
			const bar = barOf(String(year), String(year + 5), span);
			expect(bar.x).toBeGreaterThanOrEqual(0);
			expect(bar.x + bar.width).toBeLessThanOrEqual(100.001);
		}
		expect(barOf('1980', '1990', span)).toEqual({ x: 20, width: 20 });
	});
	it('ticks each decade inside the span, labels at the edges anchored inward', () => {
		expect(decadeTicks(span).map((t) => t.year)).toEqual([1970, 1980, 1990, 2000, 2010]);
		expect(decadeTicks(span)[0]).toEqual({ year: 1970, x: 0, anchor: 'start' });
		expect(decadeTicks({ firstYear: 1977, endYear: 2020 })[0]?.anchor).toBe('middle');
		expect(decadeTicks({ firstYear: 1961, endYear: 2000 }).at(-1)).toMatchObject({ year: 1990 });
	});
});
