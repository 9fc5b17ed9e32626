/**
 * The catalog every page reads: collections loaded once, cross-checked, then derived
 * (`src/lib/catalog/catalog-model.ts`). A page never calls getCollection itself.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { todayIso } from '../lib/catalog/band-status.ts';
import {
	type BandRecord,
	type PassRecord,
	type PassTypeRecord,
	type PrinterRecord,
	type TourRecord,
	buildCatalog,
} from '../lib/catalog/catalog-model.ts';
import { browseValues } from '../lib/search/browse-facets.ts';
import { findCatalogProblems } from '../lib/catalog/catalog-problems.ts';
import { facetValueOrders } from '../lib/search/search-facets.ts';
import { ContentProblems } from '../lib/content-files/content-problems.ts';
import { contentTreeProblems, listedPhotoNames } from '../lib/content-files/content-tree-fs.ts';
import { type ShownPhoto, joinPassPhotos } from '../lib/photos/shown-photo.ts';
import { guideReferenceProblems } from '../lib/team-mdx/guide-references.ts';
import { readTeamPages } from '../lib/team-mdx/team-pages-fs.ts';
import { CONTENT_DIR } from '../content-dir.ts';
import { dirname, resolve } from 'node:path';

type PassEntry = CollectionEntry<'passes'>;
export type Pass = PassRecord<PassEntry>;
export type Band = BandRecord<PassEntry>;
export type Tour = TourRecord<PassEntry>;
export type PassType = PassTypeRecord<PassEntry>;
export type Printer = PrinterRecord<PassEntry>;

const [passes, bands, tours, passTypes, printers, guides, photoEntries] = await Promise.all([
	getCollection('passes'),
	getCollection('bands'),
	getCollection('tours'),
	getCollection('passTypes'),
	getCollection('printers'),
	getCollection('guides'),
	getCollection('photos'),
]);

// The same checks as `npm run validate`, in one report: cross-checks; the files themselves (strays,
// links, encodings, photos no pass lists); and each listed photo as the photo loader found it —
// its verdict from the committed-photo checks is cached by the hash of its bytes, so an unchanged
// photo is never decoded again (src/lib/photos/photo-gate-fs.ts). The build runs from the project root.
const root = process.cwd();
const passFile = (pass: PassEntry) => pass.filePath ?? `${CONTENT_DIR}/passes/${pass.id}/index.mdx`;
const listed = listedPhotoNames(passes.map((pass) => ({ folder: dirname(passFile(pass)), photos: pass.data.photos.map((photo) => photo.src) })));
const joined = joinPassPhotos(
	passes.map((pass) => ({ id: pass.id, filePath: passFile(pass), photos: pass.data.photos })),
	new Map(photoEntries.map((entry) => [entry.id, entry.data])),
	// Generated benchmark catalogs hard-link a small pool of photos into thousands of passes, and a
	// few tests copy a fixture pass; nothing else sets this.
	{ sharedPhotos: process.env['ALLOW_SHARED_PHOTOS'] === '1' },
);
const teamPages = readTeamPages(root, [
	...guides.map((entry) => ({ entry, folder: `${CONTENT_DIR}/guides` })),
	...passTypes.map((entry) => ({ entry, folder: `${CONTENT_DIR}/pass-types` })),
]);
const problems = [
	...findCatalogProblems({ passes, bands, tours, passTypes, printers }),
	...guideReferenceProblems(teamPages, passes, root),
	...contentTreeProblems({ contentDir: resolve(root, CONTENT_DIR), root, photosOf: (folder) => listed.get(folder) }),
	...joined.problems,
];
if (problems.length > 0) throw new ContentProblems(problems);

/** Every pass's photos as pages show them (sizes and derivative URLs, no pixels), by pass id. */
export const passPhotos: ReadonlyMap<string, readonly ShownPhoto[]> = joined.photos;

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
