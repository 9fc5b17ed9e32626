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
import { guideReferenceProblems } from '../lib/team-mdx/guide-references.ts';
import { readTeamPages } from '../lib/team-mdx/team-pages-fs.ts';
import { contentFileProblems } from '../lib/content-files-fs.ts';
import { CONTENT_DIR } from '../content-dir.ts';
import { dirname, resolve } from 'node:path';

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

// The same checks as `npm run validate`: cross-checks, then the files themselves (strays, links,
// encodings, and every listed photo decoded). The build runs from the project root.
const root = process.cwd();
const passPhotos = passes.map((pass) => {
	const file = pass.filePath ?? `${CONTENT_DIR}/passes/${pass.id}/index.mdx`;
	return { file, folder: resolve(root, dirname(file)), photos: pass.data.photos.map((photo) => photo.src) };
});
const teamPages = readTeamPages(root, [
	...guides.map((entry) => ({ entry, folder: `${CONTENT_DIR}/guides` })),
	...passTypes.map((entry) => ({ entry, folder: `${CONTENT_DIR}/pass-types` })),
]);
const problems = [
	...findCatalogProblems({ passes, bands, tours, passTypes, printers }),
	...guideReferenceProblems(teamPages, passes, root),
	...(await contentFileProblems({ contentDir: resolve(root, CONTENT_DIR), root, passes: passPhotos })),
];
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
