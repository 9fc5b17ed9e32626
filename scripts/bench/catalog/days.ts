/** Calendar days as numbers, for dating generated bands, tours and passes. */

/** Last year a generated tour or pass may fall in. */
export const LAST_YEAR = 2025;

const DAY = 86_400_000;
export function dayNumber(iso: string): number {
	return Date.parse(`${iso}T00:00:00Z`) / DAY;
}
export function isoOfDay(day: number): string {
	return new Date(day * DAY).toISOString().slice(0, 10);
}
export function monthOf(iso: string): string {
	return iso.slice(0, 7);
}
