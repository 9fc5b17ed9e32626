/**
 * The tour and band indexes stay small at any catalog size: tours are grouped by the decade they
 * started in (`/tours/decade/1990s/`), bands by the first letter of their name (`/bands/letter/a/`),
 * and a group longer than a page is split at `<group url>page/<n>/`.
 */
import { decadeLabel, decadeOf } from './fuzzy-date.ts';

/** Rows per page of a tour or band table. */
export const TABLE_PAGE_SIZE = 100;

/** Tour slugs the catalog refuses, because `/tours/<segment>/` holds list pages. */
export const RESERVED_TOUR_SLUGS: ReadonlySet<string> = new Set(['decade']);
/** Band slugs the catalog refuses, because `/bands/<segment>/` holds list pages. */
export const RESERVED_BAND_SLUGS: ReadonlySet<string> = new Set(['letter']);

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

export const tourDecadeUrl = (key: string) => `/tours/decade/${key}/`;
export const bandLetterUrl = (key: string) => `/bands/letter/${key}/`;

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
	return n > 1 ? `${group.url}page/${n}/` : group.url;
}

/**
 * getStaticPaths entries for every page of every group, at params `{ group, page }` where `page` is
 * undefined on page 1 and "page/<n>" after (a rest parameter).
 */
export function groupPagePaths<T>(groups: readonly ListGroup<T>[], size = TABLE_PAGE_SIZE) {
	return groups.flatMap((group) => {
		const last = Math.max(1, Math.ceil(group.items.length / size));
		return Array.from({ length: last }, (_, i) => ({
			params: { group: group.key, page: i === 0 ? undefined : `page/${i + 1}` },
			props: { group, groups, current: i + 1, last, items: group.items.slice(i * size, (i + 1) * size), first: i * size + 1 },
		}));
	});
}

/** Every URL of every group's pages, for the sitemap. */
export function groupPageUrls(groups: readonly ListGroup<unknown>[], size = TABLE_PAGE_SIZE): string[] {
	return groupPagePaths(groups, size).map((p) => groupPageUrl(p.props.group, p.props.current));
}
