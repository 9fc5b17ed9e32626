/** generateArt and `npm run art` on a content folder: what is drawn, skipped, kept and reported. */
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	canvasFor,
	describeBack,
	describeFront,
	generateArt,
	loadPass,
	main,
} from '../../../scripts/generate-art.ts';
import { SHARP_TIMEOUT } from '../../helpers/art-models.ts';
import { bandJson, passTypeMdx, printerJson, requiredPassFields, tourJson } from '../../helpers/art-catalog-fixture.ts';

describe('generateArt on a content folder', { timeout: SHARP_TIMEOUT }, () => {
	let dir = '';

	async function put(file: string, text: string): Promise<void> {
		await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
		await writeFile(path.join(dir, file), text);
	}

	function pass(fields: string): string {
		return `---\ntitle: Test pass\n${fields}\n${requiredPassFields()}\n---\n\nThe story of the pass.\n`;
	}

	beforeEach(async () => {
		dir = await mkdtemp(path.join(os.tmpdir(), 'generate-art-'));
		await put('bands/test-band.json', bandJson('Motörhead & <Friends>'));
		await put('tours/test-tour.json', tourJson('test-band', 'Test Tour', '1993-10-18', '1994-02-01'));
		await put('pass-types/all-access.mdx', passTypeMdx('All access'));
		await put('printers/test-printer.json', printerJson('Test Printing'));
		await put(
			'passes/test-laminate/index.mdx',
			pass('band: test-band\ntour: test-tour\ntype: all-access\nformat: laminate\nvalidFrom: 1993-10-18\nsecurityFeatures: [hologram, serial-number]\nexample: true'),
		);
		await put(
			'passes/test-sticky/index.mdx',
			pass('band: test-band\ntour: test-tour\ntype: all-access\nformat: satin-sticky\nprinter: test-printer\nexample: true'),
		);
	});

	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it('writes front.jpg and back.jpg as JPEGs of the expected size', async () => {
		const lines: string[] = [];
		const summary = await generateArt({ contentDir: dir, log: (line) => lines.push(line) });
		expect(summary.errors).toEqual([]);
		expect(summary.passes).toBe(2);
		expect(summary.written).toHaveLength(4);
		expect(summary.bytes).toBeGreaterThan(0);
		expect(lines.filter((l) => l.startsWith('wrote '))).toHaveLength(2);

		for (const slug of ['test-laminate', 'test-sticky']) {
			const { model: m } = await loadPass(dir, slug);
			for (const side of ['front.jpg', 'back.jpg']) {
				const meta = await sharp(path.join(dir, 'passes', slug, side)).metadata();
				expect(meta.format).toBe('jpeg');
				expect({ width: meta.width, height: meta.height }).toEqual(canvasFor(m));
			}
		}
		const laminate = await sharp(path.join(dir, 'passes/test-laminate/front.jpg')).metadata();
		expect(laminate.height).toBe(800);
		expect(laminate.width).toBeLessThan(laminate.height);
		const sticky = await sharp(path.join(dir, 'passes/test-sticky/front.jpg')).metadata();
		expect(sticky.width).toBe(800);
	});

	it('resolves names through the catalog model, and refuses a pass whose references do not resolve', async () => {
		const { model: m } = await loadPass(dir, 'test-laminate');
		expect(m).toMatchObject({ band: 'Motörhead & <Friends>', tour: 'Test Tour', passType: 'All access', date: '18 OCT 1993', year: 1993 });
		await put('passes/orphan/index.mdx', pass('band: no-such-band\ntour: lost-tour\ntype: mystery-type\nprinter: gone\nformat: card\nyear: 1977'));
		// Nothing is guessed from a slug: the catalog's own messages say what is wrong, by file and field.
		const refused = await generateArt({ contentDir: dir, only: ['orphan'] });
		expect(refused.written).toEqual([]);
		const file = path.join(path.basename(dir), 'passes', 'orphan', 'index.mdx');
		for (const field of ['band', 'tour', 'type', 'printer']) {
			expect(refused.errors.some((e) => e.startsWith(`${file}: ${field}: `)), field).toBe(true);
		}
		await expect(loadPass(dir, 'orphan')).rejects.toThrow(`${file}: band: `);
		const sticky = await loadPass(dir, 'test-sticky');
		expect(sticky.model.printer).toBe('Test Printing');
		expect(sticky.model.date).toBe('1993–94');
	});

	it('skips up-to-date passes, and redraws identical bytes with --force', async () => {
		await generateArt({ contentDir: dir });
		const file = path.join(dir, 'passes/test-laminate/front.jpg');
		const before = await readFile(file);
		const again = await generateArt({ contentDir: dir });
		expect(again.written).toEqual([]);
		expect(again.upToDate).toEqual(['test-laminate', 'test-sticky']);
		const forced = await generateArt({ contentDir: dir, force: true, only: ['test-laminate'] });
		expect(forced.written).toHaveLength(2);
		expect(Buffer.compare(await readFile(file), before)).toBe(0);
	});

	it('redraws an example pass whose index.mdx changed after its images', async () => {
		await generateArt({ contentDir: dir });
		const future = new Date(Date.now() + 60_000);
		await utimes(path.join(dir, 'passes/test-sticky/index.mdx'), future, future);
		const summary = await generateArt({ contentDir: dir });
		expect(summary.written.map((f) => path.relative(dir, f)).sort()).toEqual([
			path.join('passes', 'test-sticky', 'back.jpg'),
			path.join('passes', 'test-sticky', 'front.jpg'),
		]);
	});

	it('never overwrites an existing image of a pass that is not an example, even with --force', async () => {
		await put('passes/real-pass/index.mdx', pass('band: test-band\ntype: all-access\nformat: laminate\nyear: 1990'));
		const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } }).jpeg().toBuffer();
		const front = path.join(dir, 'passes/real-pass/front.jpg');
		await writeFile(front, photo);
		const old = new Date(Date.now() - 3_600_000);
		await utimes(front, old, old); // older than index.mdx, so the pass is not up to date
		const lines: string[] = [];
		const summary = await generateArt({ contentDir: dir, force: true, only: ['real-pass'], log: (l) => lines.push(l) });
		expect(summary.errors).toEqual([]);
		expect(Buffer.compare(await readFile(front), photo)).toBe(0);
		expect(summary.kept).toEqual([front]);
		expect(lines.some((l) => l.startsWith('kept ') && l.includes(path.join('real-pass', 'front.jpg')))).toBe(true);
		// The missing side is still drawn.
		expect((await stat(path.join(dir, 'passes/real-pass/back.jpg'))).size).toBeGreaterThan(0);
	});

	it('reports a frontmatter that cannot be parsed, naming the file, and exits non-zero', async () => {
		await put('passes/broken/index.mdx', '---\ntitle: [unclosed\nband: : :\n---\n');
		const summary = await generateArt({ contentDir: dir });
		expect(summary.errors).toHaveLength(1);
		expect(summary.errors[0]).toContain(path.join('broken', 'index.mdx'));
		expect(summary.errors[0]).toMatch(/:3: the frontmatter is not valid YAML/);
		expect(summary.written).toHaveLength(4); // the other passes are still drawn

		const errors: string[] = [];
		const originalError = console.error;
		const originalLog = console.log;
		console.error = (...args: unknown[]) => void errors.push(args.join(' '));
		console.log = () => undefined;
		try {
			expect(await main(['--content', dir])).toBe(1);
		} finally {
			console.error = originalError;
			console.log = originalLog;
		}
		expect(errors.join('\n')).toContain(path.join('broken', 'index.mdx'));
	});

	it('reports --only slugs that have no pass folder', async () => {
		const summary = await generateArt({ contentDir: dir, only: ['test-sticky', 'nope'] });
		expect(summary.written).toHaveLength(2);
		expect(summary.errors.join('\n')).toContain('nope');
	});
});

describe('--write-alt on a content folder', { timeout: SHARP_TIMEOUT }, () => {
	let dir = '';
	const photos = [
		'photos:',
		'  - src: ./front.jpg',
		'    alt: "Front of the pass: the album-cover figure behind the band logo."',
		'    side: front',
		'    credit: Generated illustration',
		'  - src: ./back.jpg',
		'    alt: Back of the pass with a hidden UV-ink pattern.',
		'    side: back',
		'    credit: Generated illustration',
		'  - src: ./detail.jpg',
		'    alt: "A detail: the hologram, up close."',
		'    side: detail',
		'    credit: Someone',
	].join('\n');

	async function put(file: string, text: string): Promise<void> {
		await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
		await writeFile(path.join(dir, file), text);
	}

	beforeEach(async () => {
		dir = await mkdtemp(path.join(os.tmpdir(), 'generate-art-alt-'));
		await put('bands/test-band.json', bandJson('Test Band'));
		await put('tours/test-tour.json', tourJson('test-band', 'Test Tour', '1993-10-18', '1994-02-01'));
		await put('pass-types/guest.mdx', passTypeMdx('Guest'));
		await put('printers/test-printer.json', printerJson('Test Printing'));
		const fields = 'band: test-band\ntour: test-tour\ntype: guest\nformat: satin-sticky\nprinter: test-printer\nvalidFrom: 1993-10-18\nsecurityFeatures: [hologram, serial-number]';
		const rest = requiredPassFields({ photos: false });
		await put('passes/example-pass/index.mdx', `---\ntitle: "Example"\n${fields}\n${photos}\n${rest}\nexample: true\n---\n\nThe story.\n`);
		await put('passes/real-pass/index.mdx', `---\ntitle: "Real"\n${fields}\n${photos}\n${rest}\n---\n\nA real pass.\n`);
	});

	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	async function run(args: string[]): Promise<{ code: number; out: string[] }> {
		const out: string[] = [];
		const originalLog = console.log;
		console.log = (...parts: unknown[]) => void out.push(parts.join(' '));
		try {
			return { code: await main(['--content', dir, ...args]), out };
		} finally {
			console.log = originalLog;
		}
	}

	it('rewrites only the front and back alt lines of example passes and leaves other passes untouched', async () => {
		const exampleFile = path.join(dir, 'passes/example-pass/index.mdx');
		const realFile = path.join(dir, 'passes/real-pass/index.mdx');
		const [exampleBefore, realBefore] = await Promise.all([readFile(exampleFile), readFile(realFile)]);

		const { code, out } = await run(['--write-alt']);
		expect(code).toBe(0);
		expect(out.filter((line) => line.startsWith('alt '))).toEqual([`alt ${exampleFile}: front.jpg, back.jpg`]);

		expect(Buffer.compare(await readFile(realFile), realBefore)).toBe(0);

		const { model: m } = await loadPass(dir, 'example-pass');
		const before = exampleBefore.toString('utf8').split('\n');
		const after = (await readFile(exampleFile, 'utf8')).split('\n');
		expect(after).toHaveLength(before.length);
		const frontAlt = before.indexOf('    alt: "Front of the pass: the album-cover figure behind the band logo."');
		const backAlt = before.indexOf('    alt: Back of the pass with a hidden UV-ink pattern.');
		expect(after[frontAlt]).toBe(`    alt: ${JSON.stringify(describeFront(m))}`);
		expect(after[backAlt]).toBe(`    alt: ${JSON.stringify(describeBack(m))}`);
		// Every other line — the detail photo's alt included — is byte for byte the same.
		const rest = (lines: string[]) => lines.filter((_, i) => i !== frontAlt && i !== backAlt).join('\n');
		expect(Buffer.compare(Buffer.from(rest(after)), Buffer.from(rest(before)))).toBe(0);
		expect(describeFront(m)).toContain('“GUEST”');
		expect(describeFront(m)).toContain('hologram');

		// Run again: nothing left to change.
		const again = await run(['--write-alt']);
		expect(again.out.filter((line) => line.startsWith('alt '))).toEqual([]);
	});

	it('does not touch alt text without --write-alt', async () => {
		const exampleFile = path.join(dir, 'passes/example-pass/index.mdx');
		const before = await readFile(exampleFile);
		expect((await run([])).code).toBe(0);
		expect(Buffer.compare(await readFile(exampleFile), before)).toBe(0);
	});
});
