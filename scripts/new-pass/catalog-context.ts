/** The catalog as read from disk, plus the band and tour this run may add; where their files go. */
import path from 'node:path';
import type { Entry, PassDataWithoutPhotos } from '../../src/lib/catalog/catalog-entry.ts';
import { findCatalogProblems } from '../../src/lib/catalog/catalog-problems.ts';
import type { Problem } from '../../src/lib/content-files/content-problems.ts';
import { suggestBands, suggestibleNames } from '../../src/lib/search/band-suggester.ts';
import type { CatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';
import type { BandData } from '../../src/schemas/band.ts';
import type { TourData } from '../../src/schemas/tour.ts';
import type { Choice } from './parse.ts';

export interface NewBand extends Entry<BandData> {
	filePath: string;
	raw: Record<string, unknown>;
}
export interface NewTour extends Entry<TourData> {
	filePath: string;
	raw: Record<string, unknown>;
}

export interface Context {
	contentDir: string;
	root: string;
	files: CatalogFiles;
	newBand?: NewBand | undefined;
	newTour?: NewTour | undefined;
}

export function shown(ctx: Context, file: string): string {
	return path.relative(ctx.root, file);
}

export function bandFile(ctx: Context, id: string): string {
	return path.join(ctx.contentDir, 'bands', `${id}.json`);
}
export function tourFile(ctx: Context, id: string): string {
	return path.join(ctx.contentDir, 'tours', `${id}.json`);
}
export function passDir(ctx: Context, slug: string): string {
	return path.join(ctx.contentDir, 'passes', slug);
}

export function bands(ctx: Context): Entry<BandData>[] {
	return [...ctx.files.bands, ...(ctx.newBand ? [ctx.newBand] : [])];
}
export function tours(ctx: Context): Entry<TourData>[] {
	return [...ctx.files.tours, ...(ctx.newTour ? [ctx.newTour] : [])];
}

export function bandChoices(ctx: Context): Choice[] {
	return bands(ctx).map((b) => ({ id: b.id, label: b.data.name, names: [b.data.name, ...b.data.aliases] }));
}
/** " — did you mean Nirvana (nirvana)?" for a misspelt band, or nothing. */
export function didYouMean(ctx: Context, typed: string): string {
	const list = bands(ctx).map((b) => ({ name: b.data.name, url: b.id, names: suggestibleNames([b.data.name, ...b.data.aliases]) }));
	const near = suggestBands(typed, list).map((s) => `${s.band.name} (${s.band.url})`);
	return near.length > 0 ? ` — did you mean ${near.join(' or ')}?` : '';
}

export function tourChoices(ctx: Context, band: string | undefined): Choice[] {
	return tours(ctx)
		.filter((t) => t.data.band === band)
		.map((t) => ({ id: t.id, label: `${t.data.name}, ${t.data.start} to ${t.data.end}`, names: [t.data.name] }));
}
export function typeChoices(ctx: Context): Choice[] {
	return [...ctx.files.passTypes]
		.sort((a, b) => a.data.order - b.data.order)
		.map((t) => ({ id: t.id, label: t.data.name, names: [t.data.name, ...t.data.aliases] }));
}
export function printerChoices(ctx: Context): Choice[] {
	return ctx.files.printers.map((p) => ({ id: p.id, label: p.data.name, names: [p.data.name] }));
}

/** Problems the catalog's own checks find in the files this run would write. */
export function catalogProblemsFor(ctx: Context, pass: Entry<PassDataWithoutPhotos> | undefined): Problem[] {
	const mine = new Set([pass?.filePath, ctx.newBand?.filePath, ctx.newTour?.filePath].filter((f) => f !== undefined));
	return findCatalogProblems({
		passes: [...ctx.files.passes.filter((p) => p.id !== pass?.id), ...(pass ? [pass] : [])],
		bands: bands(ctx),
		tours: tours(ctx),
		passTypes: ctx.files.passTypes,
		printers: ctx.files.printers,
	}).filter((p) => mine.has(p.file));
}
