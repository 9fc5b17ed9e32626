/** Runs `npm run new-pass` on a copy of the minimal catalog, as the new-pass tests need it. */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach } from 'vitest';
import { main } from '../../scripts/new-pass.ts';
import { findCatalogProblems } from '../../src/lib/catalog/catalog-problems.ts';
import { formatProblem } from '../../src/lib/content-files/content-problems.ts';
import { readCatalogFiles } from '../../src/lib/content-files/read-catalog-fs.ts';

export const FIXTURE = path.join(import.meta.dirname, '../fixtures/minimal-catalog');
export const NOW = new Date('2026-03-01T12:00:00Z');
export const SLUG = 'fixture-band-test-tour-1985-all-access-laminate';

/** The copy's folders, set before each test (`useCatalogCopy`). */
export const dirs = { root: '', content: '' };

/** Each test gets a fresh copy of the minimal catalog, removed afterwards. */
export function useCatalogCopy(): void {
	beforeEach(() => {
		dirs.root = mkdtempSync(path.join(os.tmpdir(), 'new-pass-'));
		dirs.content = path.join(dirs.root, 'content');
		cpSync(FIXTURE, dirs.content, { recursive: true });
	});
	afterEach(() => {
		rmSync(dirs.root, { recursive: true, force: true });
	});
}

export interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs the CLI; with `answers` it is interactive and reads them as typed lines. */
export async function run(args: string[], answers?: string[]): Promise<Run> {
	const stdin = new PassThrough();
	stdin.end(answers ? `${answers.join('\n')}\n` : '');
	let stdout = '';
	let stderr = '';
	const code = await main(['--content', dirs.content, ...args], {
		stdin,
		stdout: { write: (s: string) => (stdout += s) },
		stderr: { write: (s: string) => (stderr += s) },
		now: () => NOW,
		cwd: dirs.root,
		interactive: answers !== undefined,
	});
	return { code, stdout, stderr };
}

export const PASS_FLAGS = [
	'--band', 'fixture-band',
	'--tour', 'test-tour',
	'--leg', 'Europe',
	'--type', 'all-access',
	'--format', 'laminate',
	'--printer', 'fixture-printer',
	'--from', '1985-04-02',
	'--features', 'hologram,serial-number',
	'--condition', 'near-mint',
	'--contributor', 'Jane Collector',
	'--credit', 'Jane Collector',
];

/** The same pass, chosen by number in the questions (the fixture has one band, tour, leg, type, printer). */
export const PASS_ANSWERS = [
	'1', // band
	'1', // tour
	'1', // leg
	'1', // type
	'1', // format: laminate
	'1', // printer
	'1985-04-02', // date
	'', // last day
	'', // venue
	'', // city
	'1,4', // hologram, serial-number
	'2', // near-mint
	'', // title: the suggestion
	'Jane Collector',
	'', // photos by: the contributor
	'', // folder: the suggestion
	'y',
];

export function passFile(slug = SLUG): string {
	return path.join(dirs.content, 'passes', slug, 'index.mdx');
}

/** What the contributor does after the script: photos in place, TODO values filled in. */
export function fillTodos(slug = SLUG): void {
	const file = passFile(slug);
	const filled = readFileSync(file, 'utf-8')
		.replace('alt: ""', 'alt: "Front: a white laminate with a red ALL ACCESS banner"')
		.replace('alt: ""', 'alt: "Back: plain white card with the printer’s name"')
		.replaceAll('credit: ""', 'credit: "Jane Collector"')
		.replace('- title: ""', '- title: "The owner’s own records"')
		.replace('    # citation:', '    citation: "Collection of Jane Collector"');
	writeFileSync(file, filled);
	for (const side of ['front', 'back']) cpSync(path.join(FIXTURE, 'passes/fixture-band-test-tour-all-access/front.jpg'), path.join(path.dirname(file), `${side}.jpg`));
}

/** Every problem the site's checks find in the catalog on disk, as contributors read them. */
export function catalogProblems(): string[] {
	const files = readCatalogFiles(dirs.content, dirs.root);
	return [...files.problems, ...findCatalogProblems(files)].map(formatProblem);
}

export function passFolders(): string[] {
	return readdirSync(path.join(dirs.content, 'passes')).sort();
}
