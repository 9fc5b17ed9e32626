/**
 * The committed-photo checks run once per distinct bytes, ever: the verdict is cached under the
 * photo's sha256 and the checks' version, reused by any later build or `npm run validate`, and made
 * again when the bytes or the checks change. Decoding is counted at sharp itself, not by timing.
 */
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkModules, photoChecksVersion, PHOTO_CHECKS_ENTRY } from '../../src/lib/photos/photo-checks-version-fs.ts';
import { photoVerdict } from '../../src/lib/photos/photo-gate-fs.ts';
import { PhotoCache, hashPhotoFile } from '../../src/lib/photos/photo-store-fs.ts';
import { validateCatalog } from '../../scripts/validate.ts';
import { projectRoot } from '../helpers/astro-build.ts';
import { noisy } from '../helpers/photo-fixtures.ts';

/** Every image sharp is asked to open, anywhere in the code under test. */
const opened = vi.hoisted(() => ({ count: 0 }));
vi.mock('sharp', async (importOriginal) => {
	const real = ((await importOriginal()) as { default: (...args: unknown[]) => unknown }).default;
	const counted = (...args: unknown[]) => {
		opened.count++;
		return real(...args);
	};
	return { default: Object.assign(counted, real) };
});

const work = mkdtempSync(join(tmpdir(), 'photo-verdict-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
async function photo(): Promise<string> {
	const file = join(work, `photo-${n++}.jpg`);
	await noisy(900, 600).jpeg({ quality: 85 }).toFile(file);
	return file;
}
const freshCache = () => new PhotoCache(mkdtempSync(join(work, 'cache-')));

/** The verdict on `file`, and how many times sharp opened an image and the checks ran to reach it. */
async function verdictOf(file: string, cache: PhotoCache, checks?: string) {
	const before = opened.count;
	let ran = 0;
	const problems = await photoVerdict(file, await hashPhotoFile(file), { cache, onCheck: () => ran++, ...(checks ? { checks } : {}) });
	return { problems, ran, sharpCalls: opened.count - before };
}

describe('the photo verdict cache', { timeout: 60_000 }, () => {
	it('checks a new photo once: the next lookup, even from another process’s cache object, decodes nothing', async () => {
		const dir = mkdtempSync(join(work, 'cache-'));
		const file = await photo();
		const first = await verdictOf(file, new PhotoCache(dir));
		expect(first).toMatchObject({ problems: [], ran: 1 });
		expect(first.sharpCalls).toBeGreaterThan(0);
		const again = await verdictOf(file, new PhotoCache(dir));
		expect(again).toEqual({ problems: [], ran: 0, sharpCalls: 0 });
	});

	it('checks again when the bytes change', async () => {
		const cache = freshCache();
		const file = await photo();
		expect((await verdictOf(file, cache)).ran).toBe(1);
		appendFileSync(file, Buffer.from('PK\x03\x04 hidden'));
		const changed = await verdictOf(file, cache);
		expect(changed.ran).toBe(1);
		expect(changed.problems.map((p) => p.detail).join('\n')).toMatch(/bytes of data after the end of the JPEG image/);
	});

	it('checks again under another version of the checks, and keeps both verdicts', async () => {
		const cache = freshCache();
		const file = await photo();
		expect((await verdictOf(file, cache)).ran).toBe(1);
		expect((await verdictOf(file, cache, 'f'.repeat(16))).ran).toBe(1);
		expect((await verdictOf(file, cache, 'f'.repeat(16))).ran).toBe(0);
		expect((await verdictOf(file, cache)).ran).toBe(0);
	});

	it('caches a refusal too, naming the intake command for whichever file has those bytes', async () => {
		const cache = freshCache();
		const file = join(work, 'with-exif.jpg');
		await noisy(900, 600).jpeg({ quality: 85 }).withExif({ IFD0: { Copyright: 'A collector' } }).toFile(file);
		const first = await verdictOf(file, cache);
		expect(first.problems.map((p) => p.code)).toEqual(['has-metadata']);
		expect(first.problems[0]?.detail).toContain(`npm run photos -- ${file}`);
		const copy = join(work, 'copy of it.jpg');
		copyFileSync(file, copy);
		const again = await verdictOf(copy, cache);
		expect(again.ran).toBe(0);
		expect(again.problems[0]?.detail).toContain(`npm run photos -- '`);
		expect(again.problems[0]?.detail).toContain(`copy of it.jpg'`);
		expect(again.problems[0]?.detail).not.toContain('{fix}');
	});

	it('stores no verdict for bytes that changed between hashing and reading', async () => {
		const cache = freshCache();
		const file = await photo();
		const stale = await hashPhotoFile(file);
		appendFileSync(file, Buffer.from('x'));
		const problems = await photoVerdict(file, stale, { cache });
		expect(problems.map((p) => p.code)).toEqual(['changed']);
		expect(await cache.readVerdict(stale, photoChecksVersion())).toBeUndefined();
	});
});

describe('the checks version', () => {
	const modules = checkModules();

	it('covers every module the checks are made of, found by following their imports', () => {
		const names = [...modules.keys()].map((file) => file.slice(file.lastIndexOf('/') + 1)).sort();
		expect(names).toEqual(expect.arrayContaining(['photo-canonical.ts', 'photo-checks-fs.ts', 'photo-exif.ts', 'photo-formats.ts', 'photo-limits.ts']));
		expect(modules.get(PHOTO_CHECKS_ENTRY)).toBe(readFileSync(PHOTO_CHECKS_ENTRY, 'utf-8'));
	});

	it('changes with any byte of any check module, and with the decoder’s version', () => {
		const version = photoChecksVersion(modules);
		expect(version).toMatch(/^[0-9a-f]{16}$/);
		expect(photoChecksVersion(new Map(modules))).toBe(version);
		for (const file of modules.keys()) {
			const edited = new Map(modules);
			edited.set(file, `${modules.get(file)} `);
			expect(photoChecksVersion(edited), file).not.toBe(version);
		}
		expect(photoChecksVersion(modules, { vips: '0.0.0' })).not.toBe(version);
	});
});

describe('npm run validate', { timeout: 120_000 }, () => {
	it('uses the same verdicts: a second run decodes no photo', async () => {
		const root = mkdtempSync(join(work, 'validate-'));
		cpSync(join(projectRoot, 'tests/fixtures/minimal-catalog'), join(root, 'content'), { recursive: true });
		const photoCache = new PhotoCache(join(root, 'cache'));
		let checked = 0;
		const run = () => validateCatalog({ contentDir: join(root, 'content'), root, photoCache, onPhotoCheck: () => checked++ });
		expect((await run()).filter((p) => p.severity === 'error')).toEqual([]);
		expect(checked).toBeGreaterThan(0);
		const firstRun = checked;
		const before = opened.count;
		expect((await run()).filter((p) => p.severity === 'error')).toEqual([]);
		expect(checked).toBe(firstRun);
		expect(opened.count - before).toBe(0);
		// A photo whose bytes change is checked again, and its problem reported on the pass.
		const front = join(root, 'content/passes/fixture-band-test-tour-all-access/front.jpg');
		writeFileSync(front, Buffer.concat([readFileSync(front), Buffer.from('PK\x03\x04')]));
		const problems = await run();
		expect(checked).toBe(firstRun + 1);
		expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n')).toMatch(
			/fixture-band-test-tour-all-access\/index\.mdx: photos\[0\]\.src: has 4 bytes of data after the end of the JPEG image/,
		);
	});
});
