/**
 * Filtering and sorting the collection page's list, like the catalog's browse pages: by band, by
 * pass type, by what the collector holds (owned, wanted, duplicates for trade); sorted by band,
 * by the latest day a copy was acquired, or by the day the pass was added.
 */
import { type CollectionItem, type CollectionRow, lastAcquired, sparesOf } from './model.ts';

export const SHOW_OPTIONS = { all: 'Owned and wanted', owned: 'Owned', wanted: 'Wanted', duplicates: 'Duplicates for trade' } as const;
export const SORT_OPTIONS = { band: 'Band and title', acquired: 'Date acquired (newest first)', added: 'Date added (newest first)' } as const;
export type ShowOption = keyof typeof SHOW_OPTIONS;
export type SortOption = keyof typeof SORT_OPTIONS;

export interface ListView {
	/** Band name, or '' for every band. */
	band: string;
	/** Pass type name, or '' for every type. */
	type: string;
	show: ShowOption;
	sort: SortOption;
}

export const DEFAULT_VIEW: ListView = { band: '', type: '', show: 'all', sort: 'band' };

export interface ListEntry {
	id: string;
	item: CollectionItem;
	row: CollectionRow | undefined;
}

function matches(entry: ListEntry, view: ListView): boolean {
	if (view.band && entry.row?.band_name !== view.band) return false;
	if (view.type && entry.row?.type_name !== view.type) return false;
	if (view.show === 'owned' || view.show === 'wanted') return entry.item.status === view.show;
	if (view.show === 'duplicates') return sparesOf(entry.item) > 0;
	return true;
}

const byBand = (a: ListEntry, b: ListEntry) =>
	(a.row ? 0 : 1) - (b.row ? 0 : 1) ||
	(a.row?.band_name ?? '').localeCompare(b.row?.band_name ?? '') ||
	(a.row?.title ?? a.id).localeCompare(b.row?.title ?? b.id) ||
	a.id.localeCompare(b.id);

/** Newest first; entries without the date last, then by band. */
const byDay = (day: (e: ListEntry) => string | undefined) => (a: ListEntry, b: ListEntry) => {
	const [x, y] = [day(a), day(b)];
	if (x !== y) return x === undefined ? 1 : y === undefined ? -1 : y.localeCompare(x);
	return byBand(a, b);
};

const SORTS: Record<SortOption, (a: ListEntry, b: ListEntry) => number> = {
	band: byBand,
	acquired: byDay((e) => lastAcquired(e.item)),
	added: byDay((e) => e.item.added),
};

export function viewList(entries: readonly ListEntry[], view: ListView): ListEntry[] {
	return entries.filter((e) => matches(e, view)).sort(SORTS[view.sort]);
}

/** The distinct values of a column among the entries, sorted: the options of a filter. */
export function optionsOf(entries: readonly ListEntry[], key: 'band_name' | 'type_name'): string[] {
	return [...new Set(entries.flatMap((e) => e.row?.[key] ?? []))].sort((a, b) => a.localeCompare(b));
}
