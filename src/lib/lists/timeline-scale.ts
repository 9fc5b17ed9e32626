/**
 * Where the timeline draws things, as percentages of its width: the chart scales to any screen
 * (SVG lengths in % need no viewBox, so text is never stretched) and never scrolls sideways.
 * Pure: dates in, percentages out.
 */

/** The span the chart covers: from 1 January of `firstYear` to 1 January of `endYear`. */
export interface TimelineSpan {
	firstYear: number;
	endYear: number;
}

/** A bar's narrowest width, so a one-night tour is still visible and clickable. */
export const MIN_BAR_PERCENT = 0.8;

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Fractional year of an ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
function yearOf(iso: string): number {
	const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
	return y + (m - 1) / 12 + (d - 1) / 365;
}

/** A date's position from the chart's left edge, 0–100, clamped to the chart. */
export function percentOf(iso: string, span: TimelineSpan): number {
	const width = span.endYear - span.firstYear;
	if (width <= 0) return 0;
	return round(Math.min(100, Math.max(0, ((yearOf(iso) - span.firstYear) / width) * 100)));
}

/** A bar from its start to its end date: left edge and width in %, kept inside the chart. */
export function barOf(startIso: string, endIso: string, span: TimelineSpan): { x: number; width: number } {
	const start = percentOf(startIso, span);
	const end = Math.max(percentOf(endIso, span), start);
	const width = Math.max(MIN_BAR_PERCENT, end - start);
	const x = Math.min(start, 100 - width);
	return { x: round(Math.max(0, x)), width: round(Math.min(100, width)) };
}

/** The decades that start inside the span, each with its position and how to anchor its label. */
export function decadeTicks(span: TimelineSpan): { year: number; x: number; anchor: 'start' | 'middle' | 'end' }[] {
	const ticks = [];
	for (let year = Math.ceil(span.firstYear / 10) * 10; year < span.endYear; year += 10) {
		const x = percentOf(String(year), span);
		ticks.push({ year, x, anchor: x < 4 ? 'start' : x > 96 ? 'end' : 'middle' } as const);
	}
	return ticks;
}
