/**
 * Draws original illustrative artwork of every pass — `front.jpg` and `back.jpg` next to
 * `content/passes/<slug>/index.mdx` — from the pass's data. The artwork is made up (palette, layout
 * and pattern come from a hash of the slug) and says "ILLUSTRATION" in a corner; it stands in until
 * someone photographs the real pass.
 *
 *   node scripts/generate-art.ts [--content DIR] [--only slug1,slug2] [--force] [--write-alt]
 *
 * Idempotent: a pass whose two images are newer than its index.mdx (and the band, tour, type and
 * printer files it uses) is skipped unless --force. An existing image is only ever replaced when the
 * pass is `example: true` — for any other pass it may be a contributor's photo of the real thing.
 *
 * --write-alt also rewrites, in the index.mdx of every `example: true` pass, the `alt:` of the photos
 * whose src is ./front.jpg or ./back.jpg to a description of what the drawing shows (describeFront /
 * describeBack). Only those alt lines change; every other byte of the file is kept. Passes that are
 * not examples are never touched.
 *
 * The catalog is read by the site's typed reader and model (`generate-art/art-catalog.ts`); the steps
 * are in `generate-art/`: `generate.ts` (drawing and writing) and `alt-text.ts` (--write-alt).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatBytes } from '../src/lib/text/format-bytes.ts';
import { generateArt } from './generate-art/generate.ts';

export { ALT_MAX, describeBack, describeFront } from './lib/describe-art.ts';
export {
	backFacts,
	canvasFor,
	designFor,
	frontFacts,
	renderBackSvg,
	renderFrontSvg,
	serialFor,
	shapeOf,
	typeLettering,
} from './lib/pass-art.ts';
export type { ArtModel, BackFacts, Design, FrontFacts } from './lib/pass-art.ts';
export { hashSlug } from './lib/art-random.ts';
export { escapeXml } from './lib/art-text.ts';
export { ART_FILES, type ArtSide, type LoadedPass, formatDateSpan, loadPass, readArtCatalog } from './generate-art/art-catalog.ts';
export { altTextsFor, rewritePhotoAlts } from './generate-art/alt-text.ts';
export { JPEG_QUALITY, type GenerateOptions, type GenerateSummary, generateArt, renderJpeg } from './generate-art/generate.ts';

const USAGE = 'usage: node scripts/generate-art.ts [--content DIR] [--only slug1,slug2] [--force] [--write-alt]';

export interface CliOptions {
	readonly contentDir: string;
	readonly only: readonly string[];
	readonly force: boolean;
	readonly writeAlt: boolean;
}

/** Parses the command line; returns an error message for anything it does not understand. */
export function parseArgs(argv: readonly string[]): CliOptions | { error: string } | 'help' {
	let contentDir = 'content';
	let only: string[] = [];
	let force = false;
	let writeAlt = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const value = (): string | null => {
			if (inline !== undefined) return inline;
			const next = argv[i + 1];
			if (next === undefined || next.startsWith('--')) return null;
			i++;
			return next;
		};
		if (flag === '--help' || flag === '-h') return 'help';
		if (flag === '--force') force = true;
		else if (flag === '--write-alt') writeAlt = true;
		else if (flag === '--content') {
			const dir = value();
			if (dir === null || dir === '') return { error: '--content needs a folder, e.g. --content content' };
			contentDir = dir;
		} else if (flag === '--only') {
			const list = value();
			if (list === null) return { error: '--only needs pass slugs, e.g. --only nirvana-in-utero-aaa,metallica-crew' };
			only = list.split(',').map((s) => s.trim()).filter((s) => s !== '');
		} else return { error: `unknown argument "${arg}"` };
	}
	return { contentDir, only, force, writeAlt };
}

/** The CLI: returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
	const args = parseArgs(argv);
	if (args === 'help') {
		console.log(USAGE);
		return 0;
	}
	if ('error' in args) {
		console.error(`generate-art: ${args.error}\n${USAGE}`);
		return 2;
	}
	const summary = await generateArt({
		contentDir: path.resolve(args.contentDir),
		only: args.only,
		force: args.force,
		writeAlt: args.writeAlt,
		log: (line) => console.log(line),
	});
	const images = summary.written.length;
	console.log(
		`generate-art: ${summary.passes} pass${summary.passes === 1 ? '' : 'es'} — ${images} image${images === 1 ? '' : 's'} written ` +
			`(${formatBytes(summary.bytes)}), ${summary.upToDate.length} up to date, ${summary.kept.length} existing image${summary.kept.length === 1 ? '' : 's'} kept, ` +
			(args.writeAlt ? `${summary.altWritten.length} alt text file${summary.altWritten.length === 1 ? '' : 's'} rewritten, ` : '') +
			`in ${(summary.milliseconds / 1000).toFixed(1)} s`,
	);
	if (summary.errors.length > 0) {
		for (const error of summary.errors) console.error(`generate-art: error: ${error}`);
		console.error(`generate-art: failed — ${summary.errors.length} error${summary.errors.length === 1 ? '' : 's'}`);
		return 1;
	}
	return 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
	process.exitCode = await main(process.argv.slice(2));
}
