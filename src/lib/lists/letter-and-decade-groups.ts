/**
 * The tour and band indexes stay small at any catalog size: tours are grouped by the decade they
 * started in (`/tours/decade/1990s/`), bands by the first letter of their name (`/bands/letter/a/`),
 * and a group longer than a page is split at `<group url>page/<n>/`.
 */
import { decadeLabel, decadeOf } from '../dates/fuzzy-date.ts';
import { type Page, pageParam, pageUrl, paginate } from './paginate.ts';

/** Rows per page of a tour or band table. */
export const TABLE_PAGE_SIZE = 100;

/** `/tours/decade/1990s/`, `/bands/letter/a/`: these segments are reserved slugs (reserved-slugs.ts). */
export const TOUR_DECADE_SEGMENT = 'decade';
export const BAND_LETTER_SEGMENT = 'letter';

export interface ListGroup<T> {
	/** URL segment: "1990s", "a", "0-9". */
	key: string;
	/** What a reader sees: "1990s", "A", "0–9". */
	label: string;
	items: T[];
	/** Page 1 of the group. */
	url: string;
}

/** Groups `items` by `keyOf`, keeping the items' order inside each group; groups in order of first appearance. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => { key: string; label: string }, urlOf: (key: string) => string): ListGroup<T>[] {
	const groups = new Map<string, ListGroup<T>>();
	for (const item of items) {
		const { key, label } = keyOf(item);
		let group = groups.get(key);
		if (!group) {
			group = { key, label, items: [], url: urlOf(key) };
			groups.set(key, group);
		}
		group.items.push(item);
	}
	return [...groups.values()];
}

export const tourDecadeUrl = (key: string) => `/tours/${TOUR_DECADE_SEGMENT}/${key}/`;
export const bandLetterUrl = (key: string) => `/bands/${BAND_LETTER_SEGMENT}/${key}/`;

/** Tours by the decade they started in, oldest decade first; the tours keep their order (oldest first). */
export function toursByDecade<T extends { start: { year: number } }>(tours: readonly T[]): ListGroup<T>[] {
	const groups = groupBy(
		tours,
		(t) => {
			const label = decadeLabel(decadeOf(t.start.year));
			return { key: label, label };
		},
		tourDecadeUrl,
	);
	return groups.sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
}

export const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const OTHER = { key: '0-9', label: '0–9' } as const;

/** The letter a band is filed under: the first letter of its name without accents; digits and signs under "0–9". */
export function letterOf(name: string): { key: string; label: string } {
	const first = name.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
	return LETTERS.includes(first) ? { key: first.toLowerCase(), label: first } : OTHER;
}

/** Bands by the letter of their name, "0–9" first then A–Z; the bands keep their order (by name). */
export function bandsByLetter<B extends { name: string }>(bands: readonly B[]): ListGroup<B>[] {
	const order = [OTHER.key, ...LETTERS.map((l) => l.toLowerCase())];
	return groupBy(bands, (b) => letterOf(b.name), bandLetterUrl).sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

/** The letter navigation: "0–9" and A–Z, each linking to its group, or unlinked when no band is filed there. */
export function letterNav<B>(groups: readonly ListGroup<B>[]): { key: string; label: string; count: number; url: string | undefined }[] {
	const byKey = new Map(groups.map((g) => [g.key, g]));
	return [OTHER, ...LETTERS.map((l) => ({ key: l.toLowerCase(), label: l }))].map(({ key, label }) => {
		const group = byKey.get(key);
		return { key, label, count: group?.items.length ?? 0, url: group?.url };
	});
}

/** Whether a whole list fits on its index page, so the index shows the table as well as the groups. */
export const fitsOnePage = (items: readonly unknown[], size = TABLE_PAGE_SIZE) => items.length <= size;

/** Page `n` of a group; page 1 is the group's own URL. */
export function groupPageUrl(group: { url: string }, n: number): string {
	return pageUrl(group.url, n);
}

export interface GroupPagePath<T> {
	/** `page` is undefined on page 1 and "page/<n>" after (a rest parameter). */
	params: { group: string; page: string | undefined };
	props: { group: ListGroup<T>; groups: readonly ListGroup<T>[]; page: Page<T> };
}

/** getStaticPaths entries for every page of every group. */
export function groupPagePaths<T>(groups: readonly ListGroup<T>[], size = TABLE_PAGE_SIZE): GroupPagePath<T>[] {
	return groups.flatMap((group) =>
		paginate(group.items, size, (n) => groupPageUrl(group, n)).map((page) => ({
			params: { group: group.key, page: pageParam(page.currentPage) },
			props: { group, groups, page },
		})),
	);
}
