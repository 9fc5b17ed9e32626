/** Dates as people write them down. No dependencies, so every browser script can use it. */

/** A date as YYYY-MM-DD in the local time zone: the day a contributor or collector sees. */
export function localDay(date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
