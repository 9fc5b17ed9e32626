/**
 * "My collection / wantlist": the passes a visitor owns or wants, kept in their own browser and
 * never sent anywhere. This module is the stored shape and the small pure helpers every page
 * shares; it imports no zod, so a pass page's toggle stays tiny. The file format's schema lives in
 * `schema.ts`, the JSON and CSV readers and writers next to it, and `src/scripts/collection/` does
 * the DOM and storage.
 *
 * Shape (version 2): each pass id maps to an entry that is owned — with one or more *copies*, each
 * with its own grade, notes, price paid, date and place acquired and a quantity (more than one
 * copy in all = duplicates for trade) — or wanted. Version 1 (no copies) is read and migrated by
 * `migrate.ts`: an owned v1 entry becomes one copy with no details, so nothing is lost.
 */
import type { ConditionGrade } from '../../schemas/enums.ts';

export const COLLECTION_VERSION = 2;
export type CollectionStatus = 'owned' | 'wanted';

export interface Price {
	amount: number;
	/** ISO 4217 code, e.g. "EUR". */
	currency: string;
}

export interface Copy {
	/** How many identical copies this line stands for; ≥ 1. */
	quantity: number;
	grade?: ConditionGrade;
	notes?: string;
	price?: Price;
	/** The local day it was acquired, YYYY-MM-DD. */
	acquired?: string;
	where?: string;
}

interface EntryBase {
	/** The day the pass got this status, YYYY-MM-DD. */
	added: string;
	note?: string;
}
export interface OwnedItem extends EntryBase {
	status: 'owned';
	copies: Copy[];
}
export interface WantedItem extends EntryBase {
	status: 'wanted';
}
export type CollectionItem = OwnedItem | WantedItem;

export interface Collection {
	version: 2;
	items: Record<string, CollectionItem>;
}

export type ParseResult = { ok: true; collection: Collection; warnings: string[] } | { ok: false; error: string };

/** The fields of a /data/passes.json row the collection uses. */
export interface CollectionRow {
	id: string;
	title: string;
	url?: string;
	band_name: string;
	tour_name: string | null;
	type_name?: string;
	year?: number | string | null;
	image?: string | null;
	/** What the pass's badges are computed from (src/lib/catalog/pass-badges.ts, badgeFactsOfRow). */
	signed?: boolean | null;
	band_status_today?: string | null;
	example?: boolean | null;
	fake_of?: string | null;
	fakes?: number | null;
}

/** Label for passes without a tour (one-off shows) in counts per tour. */
export const NO_TOUR = 'No tour (one-off shows)';

/** Caps on what a file, a share link or storage may hold: far beyond any real collection. */
export const LIMITS = {
	importChars: 5_000_000,
	passes: 50_000,
	copiesPerPass: 100,
	quantity: 999,
	noteChars: 2_000,
	whereChars: 200,
	priceAmount: 10_000_000,
} as const;

export const PASS_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function emptyCollection(): Collection {
	return { version: COLLECTION_VERSION, items: {} };
}

/** A real calendar day written YYYY-MM-DD (not 2023-02-30). */
export function isDay(value: unknown): value is string {
	const m = typeof value === 'string' ? DAY.exec(value) : null;
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A copy with its fields in a fixed order and empty texts left out: equal copies, equal files. */
export function cleanCopy(copy: Copy): Copy {
	const out: Copy = { quantity: copy.quantity };
	if (copy.grade) out.grade = copy.grade;
	if (copy.notes?.trim()) out.notes = copy.notes;
	if (copy.price) out.price = { amount: copy.price.amount, currency: copy.price.currency };
	if (copy.acquired) out.acquired = copy.acquired;
	if (copy.where?.trim()) out.where = copy.where;
	return out;
}

/** An entry in canonical form (fields in order, no empty note). */
export function cleanItem(item: CollectionItem): CollectionItem {
	const note = item.note !== undefined && item.note.trim() !== '' ? { note: item.note } : {};
	return item.status === 'owned'
		? { status: 'owned', added: item.added, ...note, copies: item.copies.map(cleanCopy) }
		: { status: 'wanted', added: item.added, ...note };
}

/** Copies of a pass in all (the sum of quantities); 0 for a wanted pass. */
export function quantityOf(item: CollectionItem | undefined): number {
	return item?.status === 'owned' ? item.copies.reduce((n, c) => n + c.quantity, 0) : 0;
}

/** Copies beyond the first: what a collector can trade. */
export function sparesOf(item: CollectionItem | undefined): number {
	return Math.max(0, quantityOf(item) - 1);
}

/** The latest day any copy was acquired, if one says. */
export function lastAcquired(item: CollectionItem): string | undefined {
	if (item.status !== 'owned') return undefined;
	return item.copies.reduce<string | undefined>((day, c) => (c.acquired && (!day || c.acquired > day) ? c.acquired : day), undefined);
}

export { listOf } from '../text/list-of.ts';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
