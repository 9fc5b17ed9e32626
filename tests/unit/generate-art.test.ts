import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	canvasFor,
	designFor,
	escapeXml,
	formatDateSpan,
	generateArt,
	hashSlug,
	loadPass,
	main,
	parseArgs,
	renderBackSvg,
	renderFrontSvg,
	renderJpeg,
	serialFor,
	type ArtModel,
} from '../../scripts/generate-art.ts';

const ALL_FEATURES = [
	'hologram',
	'raised-print',
	'foil',
	'serial-number',
	'uv-ink',
	'colour-shift-ink',
	'perforation',
	'barcode',
	'rfid',
	'printer-backing',
	'photo-id',
	'signature',
	'hole-punch',
];
const FORMATS = ['laminate', 'satin-sticky', 'cloth-sticky', 'paper-sticky', 'paper', 'card', 'plastic-card', 'wristband'];

function model(overrides: Partial<ArtModel> = {}): ArtModel {
	return {
		slug: 'test-band-test-tour-all-access',
		band: 'Test Band',
		tour: 'Test Tour',
		passType: 'All access',
		date: '18 OCT 1993',
		year: 1993,
		place: null,
		format: 'laminate',
		printer: 'Test Printing Co.',
		features: [],
		aspect: null,
		...overrides,
	};
}

async function renderable(svg: string): Promise<{ width: number; height: number }> {
	const { info } = await sharp(Buffer.from(svg)).png().toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height };
}

describe('SVG artwork', () => {
	it('escapes text for XML', () => {
		expect(escapeXml(`A & <B> "q" 'a'`)).toBe('A &amp; &lt;B&gt; &quot;q&quot; &apos;a&apos;');
	});

	it('stays well-formed with special characters in every name (sharp renders it)', async () => {
		const tricky = model({
			band: 'A & <B>',
			tour: `Guns N' Roses "Live" <Tour>`,
			passType: 'Crew & <Staff>',
			place: 'Motörhead Hall, R.E.M. City & <Town>',
			printer: `O'Brien & <Sons>`,
			features: ['serial-number', 'foil'],
		});
		for (const format of ['laminate', 'satin-sticky']) {
			const front = renderFrontSvg({ ...tricky, format });
			const back = renderBackSvg({ ...tricky, format });
			expect(front).toContain('A &amp; &lt;B&gt;');
			expect(front).not.toContain('<B>');
			expect(back).toMatch(/O&apos;Brien &amp; &lt;Sons&gt;/i);
			expect(back).not.toContain('<Sons>');
			expect(await renderable(front)).toEqual(canvasFor({ ...tricky, format }));
			expect(await renderable(back)).toEqual(canvasFor({ ...tricky, format }));
		}
	});

	it('renders every format with every security feature', async () => {
		for (const format of FORMATS) {
			const m = model({ format, features: ALL_FEATURES, place: 'Wembley Stadium, London' });
			const size = canvasFor(m);
			expect(Math.max(size.width, size.height)).toBe(800);
			expect(await renderable(renderFrontSvg(m))).toEqual(size);
			expect(await renderable(renderBackSvg(m))).toEqual(size);
		}
	});

	it('shapes laminates portrait 3:4 and cards like a credit card', () => {
		const laminate = canvasFor(model({ format: 'laminate' }));
		expect(laminate.height).toBe(800);
		expect((laminate.width - 56) / (laminate.height - 56)).toBeCloseTo(0.75, 2);
		const card = canvasFor(model({ format: 'plastic-card' }));
		expect(card.width).toBe(800);
		expect((card.width - 56) / (card.height - 56)).toBeCloseTo(1.586, 1);
		const sticky = canvasFor(model({ format: 'satin-sticky' }));
		expect(sticky.width).toBeGreaterThanOrEqual(sticky.height);
	});

	it('gives different slugs different designs', () => {
		expect(designFor('nirvana-in-utero-aaa')).not.toEqual(designFor('metallica-black-album-crew'));
		expect(renderFrontSvg(model({ slug: 'nirvana-in-utero-aaa' }))).not.toBe(
			renderFrontSvg(model({ slug: 'metallica-black-album-crew' })),
		);
		const designs = Array.from({ length: 40 }, (_, i) => designFor(`pass-${i}`));
		expect(new Set(designs.map((d) => d.palette)).size).toBeGreaterThanOrEqual(6);
		expect(new Set(designs.map((d) => d.layout)).size).toBe(3);
		expect(new Set(designs.map((d) => d.pattern)).size).toBeGreaterThanOrEqual(6);
	});

	it('gives the same slug identical SVG and identical JPEG bytes', async () => {
		const m = model({ features: ['hologram', 'barcode', 'serial-number'] });
		expect(hashSlug(m.slug)).toBe(hashSlug(m.slug));
		expect(renderFrontSvg(m)).toBe(renderFrontSvg({ ...m, features: [...m.features] }));
		const [a, b] = await Promise.all([renderJpeg(renderFrontSvg(m)), renderJpeg(renderFrontSvg(m))]);
		expect(Buffer.compare(a, b)).toBe(0);
		const [c, d] = await Promise.all([renderJpeg(renderBackSvg(m)), renderJpeg(renderBackSvg(m))]);
		expect(Buffer.compare(c, d)).toBe(0);
	});

	it('draws a hologram, serial number, foil and barcode only when the pass has them', () => {
		const plain = renderFrontSvg(model());
		expect(plain).not.toContain('class="hologram"');
		expect(plain).not.toContain('class="foil"');
		expect(plain).not.toContain('class="barcode"');
		expect(plain).not.toContain(serialFor(model().slug));
		expect(renderFrontSvg(model({ features: ['hologram'] }))).toContain('class="hologram"');
		expect(renderFrontSvg(model({ features: ['foil'] }))).toContain('class="foil"');
		expect(renderFrontSvg(model({ features: ['barcode'] }))).toContain('class="barcode"');
		expect(renderFrontSvg(model({ features: ['serial-number'] }))).toContain(serialFor(model().slug));
		expect(serialFor('x')).toMatch(/^No \d{5}$/);
	});

	it('marks the artwork as an illustration on both sides', () => {
		for (const format of FORMATS) {
			expect(renderFrontSvg(model({ format }))).toContain('>ILLUSTRATION</text>');
			expect(renderBackSvg(model({ format }))).toContain('>ILLUSTRATION</text>');
		}
	});

	it('prints the printer on a sticky backing, or "peel here" marks without one', () => {
		const withPrinter = renderBackSvg(model({ format: 'satin-sticky', printer: 'Otto Printing' }));
		expect(withPrinter).toContain('class="printer-backing"');
		expect(withPrinter).toContain('OTTO PRINTING');
		const plain = renderBackSvg(model({ format: 'satin-sticky', printer: null }));
		expect(plain).not.toContain('class="printer-backing"');
		expect(plain).toContain('PEEL HERE');
		const laminateBack = renderBackSvg(model({ format: 'laminate', features: ['serial-number'] }));
		expect(laminateBack).toContain(serialFor(model().slug));
		expect(laminateBack).toContain('This pass is the property of the tour production');
	});

	it('formats fuzzy dates and spans', () => {
		expect(formatDateSpan('1993-10-18')).toBe('18 OCT 1993');
		expect(formatDateSpan('1993-10')).toBe('OCT 1993');
		expect(formatDateSpan('1993')).toBe('1993');
		expect(formatDateSpan('1993-10-18', '1993-10-20')).toBe('18–20 OCT 1993');
		expect(formatDateSpan('1993-09-30', '1993-10-02')).toBe('30 SEP – 2 OCT 1993');
		expect(formatDateSpan('1993', '1994')).toBe('1993–1994');
	});

	it('parses the command line', () => {
		expect(parseArgs([])).toEqual({ contentDir: 'content', only: [], force: false });
		expect(parseArgs(['--content', 'x', '--only', 'a,b', '--force'])).toEqual({ contentDir: 'x', only: ['a', 'b'], force: true });
		expect(parseArgs(['--only=a'])).toEqual({ contentDir: 'content', only: ['a'], force: false });
		expect(parseArgs(['--bogus'])).toHaveProperty('error');
		expect(parseArgs(['--content'])).toHaveProperty('error');
	});
});

describe('generateArt on a content folder', () => {
	let dir = '';

	async function put(file: string, text: string): Promise<void> {
		await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
		await writeFile(path.join(dir, file), text);
	}

	function pass(fields: string): string {
		return `---\ntitle: Test pass\n${fields}\n---\n\nThe story of the pass.\n`;
	}

	beforeEach(async () => {
		dir = await mkdtemp(path.join(os.tmpdir(), 'generate-art-'));
		await put('bands/test-band.json', JSON.stringify({ name: 'Motörhead & <Friends>' }));
		await put('tours/test-tour.json', JSON.stringify({ band: 'test-band', name: 'Test Tour', start: '1993-10-18', end: '1994-02-01' }));
		await put('pass-types/all-access.mdx', '---\nname: All access\nsummary: Everywhere.\n---\n\nGuide.\n');
		await put('printers/test-printer.json', JSON.stringify({ name: 'Test Printing' }));
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

	it('resolves names from the referenced files, and falls back to the slug text', async () => {
		const { model: m } = await loadPass(dir, 'test-laminate');
		expect(m).toMatchObject({ band: 'Motörhead & <Friends>', tour: 'Test Tour', passType: 'All access', date: '18 OCT 1993', year: 1993 });
		await put('passes/orphan/index.mdx', pass('band: no-such-band\ntour: lost-tour\ntype: mystery-type\nprinter: gone\nformat: card\nyear: 1977'));
		const { model: orphan } = await loadPass(dir, 'orphan');
		expect(orphan).toMatchObject({ band: 'no such band', tour: 'lost tour', passType: 'mystery type', printer: 'gone', date: '1977' });
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
		expect(summary.errors[0]).toMatch(/cannot parse the frontmatter/);
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
