/**
 * Fuzzy dates: a year ("1993"), a year and month ("1993-10") or a full date ("1993-10-18").
 * Collectors often know only the year a pass was used, so every date in the catalog may be fuzzy.
 * A fuzzy date stands for a span of days; comparisons use the span's first and last day.
 */

export type Precision = 'year' | 'month' | 'day';

export interface FuzzyDate {
	/** The text as written, normalised (e.g. "1993-10"). */
	readonly text: string;
	readonly precision: Precision;
	readonly year: number;
	/** 1–12, when known. */
	readonly month?: number;
	/** 1–31, when known. */
	readonly day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
] as const;

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a fuzzy date; returns an explanation instead of throwing so schemas can report it. */
export function parseFuzzyDate(text: string): FuzzyDate | { error: string } {
	const match = PATTERN.exec(text);
	if (!match) return { error: `"${text}" is not a date — write YYYY, YYYY-MM or YYYY-MM-DD` };
	const year = Number(match[1]);
	if (year < 1900 || year > 2100) return { error: `year ${year} is out of range (1900–2100)` };
	if (match[2] === undefined) return { text, precision: 'year', year };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return { error: `month ${match[2]} in "${text}" does not exist` };
	if (match[3] === undefined) return { text, precision: 'month', year, month };
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) {
		return { error: `day ${match[3]} in "${text}" does not exist` };
	}
	return { text, precision: 'day', year, month, day };
}

/** Parses a date the schemas already accepted; throws on anything else (a programming error). */
export function fuzzyDate(text: string): FuzzyDate {
	const parsed = parseFuzzyDate(text);
	if ('error' in parsed) throw new Error(parsed.error);
	return parsed;
}

/** YAML reads `1993-10-18` as a Date and `1993` as a number; both mean the text the author wrote. */
export function normaliseDateInput(value: unknown): unknown {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	if (typeof value === 'number' && Number.isInteger(value)) return String(value);
	return value;
}

/** First day of the span, as "YYYY-MM-DD" (sortable as text). */
export function startOf(date: FuzzyDate): string {
	return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/** Last day of the span, as "YYYY-MM-DD". */
export function endOf(date: FuzzyDate): string {
	const month = date.month ?? 12;
	const day = date.day ?? daysInMonth(date.year, month);
	return `${date.year}-${pad(month)}-${pad(day)}`;
}

/** True when the two spans cannot be in the order a → b (a starts after b has ended). */
export function isAfter(a: FuzzyDate, b: FuzzyDate): boolean {
	return startOf(a) > endOf(b);
}

/** True when the span `inner` overlaps `[from, to]` at all — fuzzy dates give the benefit of the doubt. */
export function overlaps(inner: FuzzyDate, from: FuzzyDate, to: FuzzyDate): boolean {
	return endOf(inner) >= startOf(from) && startOf(inner) <= endOf(to);
}

/** The decade a year belongs to, e.g. 1993 → 1990. */
export function decadeOf(year: number): number {
	return Math.floor(year / 10) * 10;
}

/** "1990s" */
export function decadeLabel(decade: number): string {
	return `${decade}s`;
}

/** Month names as printed on passes: "18 OCT 1993" (the artwork uses these). */
export const PRINTED_MONTHS = MONTHS.map((m) => m.slice(0, 3).toUpperCase());

/** Human text: "1993", "October 1993", "18 October 1993" (or "18 OCT 1993" with PRINTED_MONTHS). */
export function formatFuzzyDate(date: FuzzyDate, months: readonly string[] = MONTHS): string {
	if (date.month === undefined) return String(date.year);
	const month = months[date.month - 1];
	return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/**
 * Human text for a span, collapsing what the two ends share: "18–20 October 1993", "May–July 1977",
 * "1993–1994". Ends known to different precisions are said in words, because "May 1977 – 1977"
 * or "1991 – 17 July 1993" read as typos: "1977, from May", "from 1991 to 17 July 1993".
 * `months` names the months (the artwork prints "OCT").
 */
export function formatFuzzyRange(from: FuzzyDate, to?: FuzzyDate, months: readonly string[] = MONTHS): string {
	const full = (date: FuzzyDate) => formatFuzzyDate(date, months);
	if (!to || to.text === from.text) return full(from);
	if (from.year !== to.year) {
		if (from.precision === 'year' && to.precision === 'year') return `${from.year}–${to.year}`;
		if (from.precision === to.precision) return `${full(from)} – ${full(to)}`;
		return `from ${full(from)} to ${full(to)}`;
	}
	if (to.precision === 'year') return `${from.year}, from ${withoutYear(from, months)}`;
	if (from.precision === 'year') return `${from.year}, until ${withoutYear(to, months)}`;
	if (from.precision === 'day' && to.precision === 'day' && from.month === to.month) {
		return `${from.day}–${to.day} ${months[(to.month ?? 1) - 1]} ${to.year}`;
	}
	const joiner = from.precision === 'month' && to.precision === 'month' ? '–' : ' – ';
	return `${withoutYear(from, months)}${joiner}${full(to)}`;
}

/** "18 October" or "October": a date inside a range whose year is said once. */
function withoutYear(date: FuzzyDate, months: readonly string[]): string {
	const month = months[(date.month ?? 1) - 1] ?? '';
	return date.day === undefined ? month : `${date.day} ${month}`;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}
