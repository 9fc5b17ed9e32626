/**
 * The catalog as the art generator sees it: read by the site's own typed reader and model
 * (`readCatalogFiles`, `buildCatalog`), each pass turned into the `ArtModel` it is drawn from.
 * Nothing is re-read or re-derived here: names, dates and years are the model's.
 *
 * A pass is drawn when its file reads and its references resolve; the photos it names may be
 * missing (drawing them is the point). Whatever stops a pass from being drawn is reported with the
 * catalog's own message, naming the file and field.
 */
import path from 'node:path';
import { todayIso } from '../../src/lib/catalog/band-status.ts';
import { type PassRecord, buildCatalog } from '../../src/lib/catalog/catalog-model.ts';
import type { Entry, PassDataWithoutPhotos } from '../../src/lib/catalog/catalog-entry.ts';
import { findCatalogProblems } from '../../src/lib/catalog/catalog-problems.ts';
import { type Problem, formatProblem } from '../../src/lib/content-files/content-problems.ts';
import { PRINTED_MONTHS, formatFuzzyRange, fuzzyDate } from '../../src/lib/dates/fuzzy-date.ts';
import { type CatalogFiles, readCatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';
import type { ArtModel } from '../lib/pass-art.ts';

/** The photos the generator draws, by side. */
export const ART_FILES = { front: 'front.jpg', back: 'back.jpg' } as const;
export type ArtSide = keyof typeof ART_FILES;

export interface LoadedPass {
	readonly model: ArtModel;
	readonly example: boolean;
	/** Files the artwork was drawn from (index.mdx and the band, tour, type and printer files), absolute. */
	readonly sources: readonly string[];
}

export interface ArtCatalog {
	/** Drawable passes by slug. */
	readonly passes: ReadonlyMap<string, LoadedPass>;
	/** Pass folders that cannot be drawn, by slug, with why (formatted problems). */
	readonly refused: ReadonlyMap<string, readonly string[]>;
	/** Pass folders without an index.mdx: skipped, not an error (a folder being set up). */
	readonly empty: readonly string[];
	/** Problems of the band, tour, type and printer files. */
	readonly shared: readonly string[];
}

type PassEntry = CatalogFiles['passes'][number];

/** A fuzzy date or span as printed on a pass: "18 OCT 1993", "18–20 OCT 1993", "OCT 1993", "1993–1994". */
export function formatDateSpan(from: string, to: string | null = null): string {
	return formatFuzzyRange(fuzzyDate(from), to === null ? undefined : fuzzyDate(to), PRINTED_MONTHS);
}

/** The date a pass prints: its own dates; its year; or its tour's years, short ("1993–94"). */
function printedDate(pass: PassRecord<PassEntry>): string {
	if (!pass.datedByTour) return formatFuzzyRange(pass.from, pass.to, PRINTED_MONTHS);
	const start = pass.from.year;
	const end = pass.to?.year ?? start;
	return end !== start ? `${start}–${String(end).slice(-2)}` : String(start);
}

export function artModelOf(pass: PassRecord<PassEntry>): ArtModel {
	const data = pass.entry.data;
	const place = [data.venue?.trim(), data.city?.trim()].filter((s) => s !== undefined && s !== '').join(', ');
	return {
		// A known fake copies the genuine pass's design (and serial); what it leaves out of its own
		// securityFeatures and printer is what gives it away in the drawing.
		slug: data.fakeOf ?? pass.id,
		band: pass.band.name,
		tour: pass.tour?.name ?? null,
		passType: pass.type.name,
		date: printedDate(pass),
		year: pass.year,
		place: place === '' ? null : place,
		format: data.format,
		printer: pass.printer?.name ?? null,
		// The drawing shows a marker signature for any signature on the pass, autographs included.
		features: data.signatures.length > 0 && !data.securityFeatures.includes('signature') ? [...data.securityFeatures, 'signature'] : data.securityFeatures,
		aspect: data.dimensions ? data.dimensions.widthMm / data.dimensions.heightMm : null,
	};
}

/** A photo the generator is about to draw: its absence is not a problem here. */
function isArtPhotoMissing(p: Problem): boolean {
	return /^photos\[\d+\]\.src$/.test(p.field ?? '') && Object.values(ART_FILES).some((file) => p.message === `no file ./${file} next to index.mdx`);
}

/** The passes whose references all resolve, among themselves too (a variant of an undrawable pass is not drawable). */
function resolvable(files: CatalogFiles): { passes: PassEntry[]; tours: CatalogFiles['tours'] } {
	const bands = new Set(files.bands.map((b) => b.id));
	const tours = files.tours.filter((t) => bands.has(t.data.band));
	const tourIds = new Set(tours.map((t) => t.id));
	const types = new Set(files.passTypes.map((t) => t.id));
	const printers = new Set(files.printers.map((p) => p.id));
	let passes = files.passes.filter(
		(p) =>
			bands.has(p.data.band) &&
			(p.data.tour === undefined || tourIds.has(p.data.tour)) &&
			types.has(p.data.type) &&
			(p.data.printer === undefined || printers.has(p.data.printer)),
	);
	for (let size = -1; size !== passes.length; ) {
		size = passes.length;
		const ids = new Set(passes.map((p) => p.id));
		passes = passes.filter((p) => [p.data.variantOf, p.data.fakeOf].every((id) => id === undefined || ids.has(id)));
	}
	return { passes, tours };
}

/** Reads the catalog under `contentDir` (files are shown relative to its parent folder). */
export function readArtCatalog(contentDir: string): ArtCatalog {
	const root = path.dirname(contentDir);
	const files = readCatalogFiles(contentDir, root);
	const { passes, tours } = resolvable(files);
	const catalog = buildCatalog<Entry<PassDataWithoutPhotos> & PassEntry>({ ...files, passes, tours, today: todayIso() });
	const problems = [...files.problems, ...findCatalogProblems(files)].filter((p) => p.severity === 'error' && !isArtPhotoMissing(p));
	const passesDir = path.relative(root, path.join(contentDir, 'passes'));
	const slugOf = (file: string) => (file.startsWith(`${passesDir}/`) ? file.slice(passesDir.length + 1).split('/')[0] : undefined);

	const drawn = new Map<string, LoadedPass>();
	for (const pass of catalog.passes) {
		const sources = [pass.entry.filePath, pass.band.entry.filePath, pass.tour?.entry.filePath, pass.type.entry.filePath, pass.printer?.entry.filePath];
		drawn.set(pass.id, {
			model: artModelOf(pass),
			example: pass.entry.data.example,
			sources: sources.filter((f) => f !== undefined).map((f) => path.resolve(root, f)),
		});
	}
	const refused = new Map<string, string[]>();
	const empty: string[] = [];
	const shared: string[] = [];
	for (const p of problems) {
		const slug = slugOf(p.file);
		if (slug === undefined) shared.push(formatProblem(p));
		else if (p.message.startsWith('has no index.mdx')) empty.push(slug);
		else if (!drawn.has(slug)) refused.set(slug, [...(refused.get(slug) ?? []), formatProblem(p)]);
	}
	for (const pass of files.passes) {
		if (!drawn.has(pass.id) && !refused.has(pass.id)) refused.set(pass.id, [`${pass.filePath}: names an entry that cannot be drawn (see the problems above)`]);
	}
	return { passes: drawn, refused, empty, shared };
}

/** One pass, read with the whole catalog (its references are checked against it). */
export async function loadPass(contentDir: string, slug: string): Promise<LoadedPass> {
	const catalog = readArtCatalog(contentDir);
	const pass = catalog.passes.get(slug);
	if (pass) return pass;
	throw new Error(catalog.refused.get(slug)?.join('\n') ?? `no pass folder ${slug} in ${contentDir}`);
}
