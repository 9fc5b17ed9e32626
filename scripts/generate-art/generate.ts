/**
 * Draws the artwork of every pass of a catalog (or of some), skipping what is up to date and never
 * replacing an image of a pass that is not `example: true` — it may be a photo of the real thing.
 */
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { errorMessage } from '../../src/lib/text/error-message.ts';
import { formatBytes } from '../../src/lib/text/format-bytes.ts';
import { canvasFor, renderBackSvg, renderFrontSvg, shapeOf } from '../lib/pass-art.ts';
import { altTextsFor, checkAltEdit, rewritePhotoAlts } from './alt-text.ts';
import { ART_FILES, type ArtCatalog, readArtCatalog } from './art-catalog.ts';

export const JPEG_QUALITY = 82;

/** A path as logs show it: relative to the working folder when it is inside it. */
function display(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative === '' || relative.startsWith('..') ? file : relative;
}

function isMissing(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/** Renders an SVG to the JPEG bytes written next to the pass. */
export async function renderJpeg(svg: string): Promise<Buffer> {
	return sharp(Buffer.from(svg))
		.flatten({ background: '#ffffff' })
		.jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
		.toBuffer();
}

async function mtimeOf(file: string): Promise<number | null> {
	try {
		return (await stat(file)).mtimeMs;
	} catch (error) {
		if (isMissing(error)) return null;
		throw error;
	}
}

async function writeAtomically(file: string, bytes: Buffer): Promise<void> {
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		await writeFile(temporary, bytes);
		await rename(temporary, file);
	} catch (error) {
		await unlink(temporary).catch(() => undefined);
		throw error;
	}
}

export interface GenerateOptions {
	/** The content folder (with passes/, bands/, tours/, pass-types/, printers/). */
	readonly contentDir: string;
	/** Only these pass slugs. */
	readonly only?: readonly string[];
	/** Redraw even when the images are newer than the data (existing images of non-example passes are still kept). */
	readonly force?: boolean;
	/** Rewrite the alt text of the front.jpg/back.jpg photos of example passes to describe the drawings. */
	readonly writeAlt?: boolean;
	readonly log?: (line: string) => void;
}

export interface GenerateSummary {
	readonly passes: number;
	/** Images written. */
	readonly written: string[];
	/** Passes skipped because their images are up to date. */
	readonly upToDate: string[];
	/** Existing images left alone because their pass is not an example. */
	readonly kept: string[];
	/** index.mdx files whose alt texts --write-alt rewrote. */
	readonly altWritten: string[];
	readonly errors: string[];
	/** Total size of the images written. */
	readonly bytes: number;
	readonly milliseconds: number;
}

/** The pass folders to work on, in name order: all of them, or `only` (an unknown slug is an error). */
function chosen(catalog: ArtCatalog, only: readonly string[] | undefined, passesDir: string, errors: string[]): string[] {
	const all = [...catalog.passes.keys(), ...catalog.refused.keys(), ...catalog.empty].sort();
	if (only === undefined || only.length === 0) return all;
	for (const slug of only) {
		if (!all.includes(slug)) errors.push(`--only: there is no pass folder ${display(path.join(passesDir, slug))}`);
	}
	return all.filter((slug) => only.includes(slug));
}

/** Draws the artwork of every pass (or of `only`); the CLI is a thin wrapper around this. */
export async function generateArt(options: GenerateOptions): Promise<GenerateSummary> {
	const started = performance.now();
	const log = options.log ?? (() => undefined);
	const passesDir = path.join(options.contentDir, 'passes');
	const summary = {
		passes: 0,
		written: [] as string[],
		upToDate: [] as string[],
		kept: [] as string[],
		altWritten: [] as string[],
		errors: [] as string[],
		bytes: 0,
	};
	const done = (): GenerateSummary => ({ ...summary, milliseconds: performance.now() - started });

	let catalog: ArtCatalog;
	try {
		catalog = readArtCatalog(options.contentDir);
	} catch (error) {
		summary.errors.push(`${display(options.contentDir)}: cannot read the catalog — ${errorMessage(error)}`);
		return done();
	}
	summary.errors.push(...catalog.shared);

	for (const slug of chosen(catalog, options.only, passesDir, summary.errors)) {
		const folder = path.join(passesDir, slug);
		const indexFile = path.join(folder, 'index.mdx');
		if (catalog.empty.includes(slug)) {
			log(`skipped ${display(folder)}: no index.mdx in it`);
			continue;
		}
		summary.passes++;
		const pass = catalog.passes.get(slug);
		if (!pass) {
			summary.errors.push(...(catalog.refused.get(slug) ?? []));
			continue;
		}
		// Alt text first, so that the images drawn below end up newer than the index.mdx it changes.
		if (options.writeAlt && pass.example) {
			try {
				const alts = altTextsFor(pass.model);
				const before = await readFile(indexFile, 'utf8');
				const { text: after, changed } = rewritePhotoAlts(before, alts);
				if (changed.length > 0) {
					checkAltEdit(before, after, alts);
					await writeAtomically(indexFile, Buffer.from(after, 'utf8'));
					summary.altWritten.push(indexFile);
					log(`alt ${display(indexFile)}: ${changed.map((side) => ART_FILES[side]).join(', ')}`);
				}
			} catch (error) {
				summary.errors.push(`${display(indexFile)}: could not rewrite the alt text — ${errorMessage(error)}`);
			}
		}
		const targets = [
			{ file: path.join(folder, ART_FILES.front), render: renderFrontSvg },
			{ file: path.join(folder, ART_FILES.back), render: renderBackSvg },
		];
		const mtimes = await Promise.all(targets.map((t) => mtimeOf(t.file)));
		const newestSource = Math.max(...(await Promise.all(pass.sources.map(mtimeOf))).map((m) => m ?? 0));
		if (!options.force && mtimes.every((m) => m !== null && m > newestSource)) {
			summary.upToDate.push(slug);
			continue;
		}
		const wrote: string[] = [];
		let bytes = 0;
		const jobs = targets.filter((target, i) => {
			if (mtimes[i] === null || pass.example) return true;
			summary.kept.push(target.file);
			log(
				`kept ${display(target.file)}: it already exists and the pass is not "example: true", ` +
					'so it may be a photo of the real pass — delete it to get a drawing',
			);
			return false;
		});
		// Both sides render at once; sharp works in its own threads.
		const results = await Promise.allSettled(jobs.map((target) => renderJpeg(target.render(pass.model))));
		for (const [i, target] of jobs.entries()) {
			const result = results[i];
			try {
				if (result === undefined) throw new Error('not rendered');
				if (result.status === 'rejected') throw result.reason;
				await writeAtomically(target.file, result.value);
				summary.written.push(target.file);
				wrote.push(path.basename(target.file));
				bytes += result.value.length;
			} catch (error) {
				summary.errors.push(`${display(target.file)}: could not draw it — ${errorMessage(error)}`);
			}
		}
		summary.bytes += bytes;
		if (wrote.length > 0) {
			const { width, height } = canvasFor(pass.model);
			log(
				`wrote ${display(folder)}/{${wrote.join(',')}} — ${pass.model.format} (${shapeOf(pass.model.format)}), ` +
					`${width}×${height}, ${formatBytes(bytes)}`,
			);
		}
	}
	return done();
}
