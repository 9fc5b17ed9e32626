/**
 * The catalog every page reads: collections loaded once, cross-checked, then derived
 * (`src/lib/catalog-model.ts`). A page never calls getCollection itself.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { todayIso } from '../lib/band-status.ts';
import {
	type BandRecord,
	type PassRecord,
	type PassTypeRecord,
	type PrinterRecord,
	type TourRecord,
	buildCatalog,
} from '../lib/catalog-model.ts';
import { browseValues } from '../lib/browse-facets.ts';
import { findCatalogProblems } from '../lib/catalog-problems.ts';
import { facetValueOrders } from '../lib/search-facets.ts';
import { ContentProblems } from '../lib/content-problems.ts';

type PassEntry = CollectionEntry<'passes'>;
export type Pass = PassRecord<PassEntry>;
export type Band = BandRecord<PassEntry>;
export type Tour = TourRecord<PassEntry>;
export type PassType = PassTypeRecord<PassEntry>;
export type Printer = PrinterRecord<PassEntry>;

const [passes, bands, tours, passTypes, printers, guides] = await Promise.all([
	getCollection('passes'),
	getCollection('bands'),
	getCollection('tours'),
	getCollection('passTypes'),
	getCollection('printers'),
	getCollection('guides'),
]);

const problems = findCatalogProblems({ passes, bands, tours, passTypes, printers });
if (problems.length > 0) throw new ContentProblems(problems);

export const catalog = buildCatalog({ passes, bands, tours, passTypes, printers, today: todayIso() });
/** The order each facet lists its values in (pass types in their guides' order…), for every page. */
export const facetOrders = facetValueOrders(catalog);
/** Static browse pages by facet. */
export const browse = browseValues(catalog);

export const sortedGuides = [...guides].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));

const passTypeEntries = new Map(passTypes.map((entry) => [entry.id, entry]));

/** The typed collection entry behind a pass type, for `render()` of its guide text. */
export function entryOfPassType(type: PassType): CollectionEntry<'passTypes'> {
	const entry = passTypeEntries.get(type.id);
	if (!entry) throw new Error(`no pass type entry ${type.id}`);
	return entry;
}
