/**
 * The photos of a submission: one per slot (front, back, detail), taken from the attachment link
 * in the issue — or, run locally with `--photos dir/`, from `dir/front.jpg`, `dir/back.png`… —
 * and put through `npm run photos`' processing, always re-encoded, before anything is written.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { downloadAttachment } from './attachments.ts';
import { processPhoto } from './catalog-adapter.ts';
import { FIELD_BY_ID, PHOTO_SLOTS, type PhotoSlot } from './form-fields.ts';
import { type SubmissionProblem, plainProblem } from './problems.ts';
import { md, quote } from './safe-markdown.ts';

export interface PreparedPhoto {
	readonly slot: PhotoSlot;
	/** The processed file, in the staging folder. */
	readonly file: string;
	/** What processing did, in words ("EXIF metadata removed (with GPS location), 2.1 MB → 480 kB"). */
	readonly note: string;
}

export interface PhotoSource {
	/** A local folder standing in for the attachments. */
	readonly dir?: string | undefined;
	readonly env?: NodeJS.ProcessEnv | undefined;
}

/** The links in a photo answer: image Markdown, an <img> tag or a bare link. */
export function linksIn(answer: string): string[] {
	const found = [
		...[...answer.matchAll(/\bsrc\s*=\s*"([^"]*)"/gi)].map((m) => m[1] ?? ''),
		...[...answer.matchAll(/\]\(\s*<?([^)\s>]+)>?[^)]*\)/g)].map((m) => m[1] ?? ''),
		...[...answer.matchAll(/(?<![("=])\b(https?:\/\/[^\s<>"')\]]+)/gi)].map((m) => m[1] ?? ''),
	];
	return [...new Set(found.filter((link) => link !== ''))];
}

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;

async function localPhoto(dir: string, slot: PhotoSlot): Promise<Uint8Array | undefined> {
	const names = (await readdir(dir)).filter((name) => name.startsWith(`${slot}.`) && IMAGE_FILE.test(name)).sort();
	return names[0] === undefined ? undefined : readFile(path.join(dir, names[0]));
}

async function bytesFor(slot: PhotoSlot, answer: string | undefined, source: PhotoSource, problems: SubmissionProblem[]): Promise<Uint8Array | undefined> {
	const label = FIELD_BY_ID.get(`photos-${slot}`)?.label;
	if (source.dir !== undefined) {
		const bytes = await localPhoto(source.dir, slot);
		if (bytes === undefined && answer !== undefined) problems.push({ field: label, message: md(`has an upload, but the photos folder has no ${slot}.jpg (or .png, .webp…).`) });
		return bytes;
	}
	if (answer === undefined) return undefined;
	const links = linksIn(answer);
	if (links.length !== 1) {
		problems.push({ field: label, message: md(links.length === 0 ? 'has no uploaded photo — drag the photo file into the box and wait for its link to appear.' : `has ${links.length} links — keep exactly one photo per box.`) });
		return undefined;
	}
	const download = await downloadAttachment(links[0] ?? '', source.env);
	if (!download.ok) {
		problems.push({ field: label, message: md(`${quote(links[0] ?? '', 80)}: ${plainProblem(undefined, download.reason).message}`) });
		return undefined;
	}
	return download.bytes;
}

/** What the intake did to a photo, in words for the comment. */
function processingNote(codes: readonly string[]): string {
	const done = ['re-encoded from its pixels'];
	if (codes.includes('has-gps')) done.push('location data (GPS) removed');
	else if (codes.includes('has-metadata')) done.push('metadata removed');
	if (codes.includes('too-large-edge')) done.push('scaled down');
	return done.join(', ');
}

/** Fetches and processes every photo; problems name the photo's box on the form. */
export async function preparePhotos(answers: ReadonlyMap<string, string>, staging: string, source: PhotoSource): Promise<{ photos: PreparedPhoto[]; problems: SubmissionProblem[] }> {
	const photos: PreparedPhoto[] = [];
	const problems: SubmissionProblem[] = [];
	for (const slot of PHOTO_SLOTS) {
		const bytes = await bytesFor(slot, answers.get(`photos-${slot}`), source, problems);
		if (bytes === undefined) continue;
		// No extension on purpose: the intake decides the format from the bytes and names the result.
		const upload = path.join(staging, `${slot}-upload`);
		await writeFile(upload, bytes, { flag: 'wx' });
		const result = await processPhoto(upload, { reencode: true });
		const label = FIELD_BY_ID.get(`photos-${slot}`)?.label;
		if (result.status === 'refused' || result.output === null || result.output === upload) {
			const reasons = result.problems.filter((p) => !p.fixable).map((p) => p.detail);
			const why = reasons.length > 0 ? reasons.join('; ') : result.line.slice(result.line.indexOf(': ') + 2);
			problems.push(plainProblem(label, why));
			continue;
		}
		photos.push({ slot, file: result.output, note: processingNote(result.problems.map((p) => p.code)) });
	}
	return { photos, problems };
}
