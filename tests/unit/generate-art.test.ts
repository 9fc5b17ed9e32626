import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	ALT_MAX,
	backFacts,
	canvasFor,
	describeBack,
	describeFront,
	designFor,
	escapeXml,
	frontFacts,
	formatDateSpan,
	generateArt,
	hashSlug,
	loadPass,
	main,
	parseArgs,
	renderBackSvg,
	renderFrontSvg,
	renderJpeg,
	rewritePhotoAlts,
	serialFor,
	typeLettering,
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
		expect(parseArgs([])).toEqual({ contentDir: 'content', only: [], force: false, writeAlt: false });
		expect(parseArgs(['--content', 'x', '--only', 'a,b', '--force'])).toEqual({ contentDir: 'x', only: ['a', 'b'], force: true, writeAlt: false });
		expect(parseArgs(['--only=a'])).toEqual({ contentDir: 'content', only: ['a'], force: false, writeAlt: false });
		expect(parseArgs(['--write-alt'])).toEqual({ contentDir: 'content', only: [], force: false, writeAlt: true });
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

describe('alt text of the artwork', () => {
	const slugs = Array.from({ length: 48 }, (_, i) => `alt-pass-${i}`);
	const featureSets = [[], ['hologram'], ['serial-number', 'barcode'], ['hologram', 'serial-number', 'foil', 'signature'], ALL_FEATURES];

	it('starts with "Illustration of" and names the band, the tour and the type lettering as drawn, in every layout', () => {
		const layouts = new Set<string>();
		for (const [i, slug] of slugs.entries()) {
			const format = FORMATS[i % FORMATS.length] ?? 'laminate';
			const m = model({ slug, format, place: i % 2 === 0 ? 'Wembley Stadium, London' : null, features: featureSets[i % featureSets.length] ?? [] });
			const front = describeFront(m);
			const back = describeBack(m);
			layouts.add(frontFacts(m).layout);
			expect(front).toMatch(/^Illustration of /);
			expect(back).toMatch(/^Illustration of /);
			expect(front).toContain('“TEST BAND”');
			expect(front).toContain('TEST TOUR');
			expect(front).toContain('“ALL ACCESS”');
			expect(front).toContain('18 OCT 1993');
			if (i % 2 === 0 && format !== 'wristband') expect(front).toContain('“WEMBLEY STADIUM, LONDON”');
			// What it quotes is printed on the front (a long name may be broken over lines).
			const svg = renderFrontSvg(m);
			for (const word of ['TEST', 'BAND', 'TOUR', 'ACCESS', '1993']) expect(svg.includes(`${word}<`) || svg.includes(`${word} `)).toBe(true);
		}
		expect(layouts).toEqual(new Set(['header', 'stripe', 'bigtype', 'strip']));
	});

	it('mentions the hologram, serial number, barcode, foil and signature exactly when they are drawn', () => {
		let holograms = 0;
		for (const [i, slug] of slugs.entries()) {
			for (const features of featureSets) {
				const m = model({ slug, format: FORMATS[i % FORMATS.length] ?? 'laminate', features });
				const svg = renderFrontSvg(m);
				const text = describeFront(m);
				expect(text.includes('hologram'), `${slug} ${features.join(',')}`).toBe(svg.includes('class="hologram"'));
				expect(text.includes(serialFor(slug))).toBe(svg.includes('class="serial"'));
				expect(text.includes('barcode')).toBe(svg.includes('class="barcode"'));
				expect(text.includes('foil')).toBe(svg.includes('class="foil"'));
				expect(text.includes('signature')).toBe(svg.includes('class="signature"'));
				expect(text.includes('punched hole')).toBe(svg.includes('class="hole-punch"'));
				if (svg.includes('class="hologram"')) holograms++;
			}
		}
		expect(holograms).toBeGreaterThan(0);
		expect(describeFront(model({ features: ['uv-ink'] }))).not.toMatch(/uv|ultraviolet/i); // not drawn, so not described
	});

	it('names the colours and the background pattern in plain words', () => {
		const facts = frontFacts(model());
		const text = describeFront(model());
		expect(text).toContain(facts.pattern);
		expect(facts.pattern).toMatch(/stripes|starburst|checkerboard|wavy|polka|halftone|rings|zigzag|plaid/);
		expect(facts.scheme).toMatch(/^[a-z ]+( and [a-z ]+)?$|^[a-z ]+, [a-z ]+ and [a-z ]+$/);
		expect(text).not.toMatch(/#[0-9a-f]{3,6}/i);
	});

	it('stays short for a typical pass', () => {
		for (const format of FORMATS) {
			const m = model({ format, features: ['hologram', 'serial-number'] });
			expect(describeFront(m).length).toBeLessThanOrEqual(ALT_MAX);
			expect(describeBack(m).length).toBeLessThanOrEqual(ALT_MAX);
		}
	});

	it('describes the back: printer backing or "PEEL HERE" on stickies; small print, serial and printer on the rest', () => {
		const withPrinter = model({ format: 'satin-sticky', printer: 'Otto Printing' });
		expect(describeBack(withPrinter)).toContain('“OTTO PRINTING” repeated diagonally');
		expect(describeBack(withPrinter)).not.toContain('PEEL HERE');
		const noPrinter = model({ format: 'satin-sticky', printer: null });
		expect(describeBack(noPrinter)).toContain('“PEEL HERE”');
		expect(renderBackSvg(noPrinter)).toContain('PEEL HERE');
		const laminate = model({ format: 'laminate', features: ['serial-number'] });
		const text = describeBack(laminate);
		expect(text).toContain(`“${serialFor(laminate.slug)}”`);
		expect(text).toContain('“Printed by Test Printing Co.”');
		expect(text).toContain('“TEST BAND — TEST TOUR”');
		expect(text).toContain('conditions of use');
		expect(backFacts(laminate).writeOn).toEqual(['NAME', 'COMPANY', 'AREAS']);
		const blank = describeBack(model({ format: 'laminate', features: [] }));
		expect(blank).not.toContain(serialFor(laminate.slug));
		expect(blank).toContain('blank line for the serial number');
		expect(describeBack(model({ format: 'plastic-card' }))).toContain('magnetic stripe');
	});

	it('letters the type without a parenthetical: "Sticky (satin)" is drawn and described as STICKY', () => {
		expect(typeLettering('Sticky (satin)')).toBe('STICKY');
		expect(typeLettering('All access')).toBe('ALL ACCESS');
		expect(typeLettering('Photo / press')).toBe('PHOTO / PRESS');
		expect(typeLettering('(satin)')).toBe('(SATIN)');
		for (const format of ['satin-sticky', 'wristband']) {
			const m = model({ passType: 'Sticky (satin)', format });
			expect(renderFrontSvg(m)).toMatch(/>STICKY</);
			expect(renderFrontSvg(m)).not.toContain('SATIN');
			expect(describeFront(m)).toContain('“STICKY”');
			expect(describeFront(m)).not.toContain('SATIN');
		}
	});
});

describe('rewritePhotoAlts', () => {
	const source = [
		'---',
		'title: "A pass"',
		'photos:',
		'  - src: ./front.jpg',
		"    alt: 'It''s the front, with a logo' # old text",
		'    side: front',
		'    credit: Someone',
		'  - side: back',
		'    src: "./back.jpg"',
		'    alt: >-',
		'      A folded description',
		'      over two lines',
		'    credit: Someone',
		'  - src: ./detail.jpg',
		'    alt: A detail of the corner.',
		'    side: detail',
		'    credit: Someone',
		'example: true',
		'---',
		'',
		'The body mentions alt: "nothing to change" and ./front.jpg.',
		'',
	];
	const alts = { front: 'Illustration of a “front” with a "quote" and a \\ backslash.', back: 'Illustration of the back.' };
	const expected = [
		...source.slice(0, 4),
		`    alt: ${JSON.stringify(alts.front)} # old text`,
		...source.slice(5, 9),
		`    alt: ${JSON.stringify(alts.back)}`,
		...source.slice(12),
	];

	it('replaces only the alt values of ./front.jpg and ./back.jpg, keeping every other byte', () => {
		const result = rewritePhotoAlts(source.join('\n'), alts);
		expect(result.changed).toEqual(['front', 'back']);
		expect(result.text).toBe(expected.join('\n'));
		expect(rewritePhotoAlts(result.text, alts)).toEqual({ text: result.text, changed: [] });
	});

	it('keeps Windows line endings', () => {
		const result = rewritePhotoAlts(source.join('\r\n'), alts);
		expect(result.text).toBe(expected.join('\r\n'));
	});

	it('leaves a file without photos alone, and refuses a photos list it cannot edit', () => {
		const none = '---\ntitle: x\n---\n\nBody.\n';
		expect(rewritePhotoAlts(none, alts)).toEqual({ text: none, changed: [] });
		expect(() => rewritePhotoAlts('---\nphotos: [{ src: ./front.jpg, alt: x }]\n---\n', alts)).toThrow();
		expect(() => rewritePhotoAlts('---\nphotos:\n  - src: ./front.jpg\n    side: front\n---\n', alts)).toThrow(/no alt/);
	});
});

describe('--write-alt on a content folder', () => {
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
		await put('bands/test-band.json', JSON.stringify({ name: 'Test Band' }));
		await put('tours/test-tour.json', JSON.stringify({ band: 'test-band', name: 'Test Tour', start: '1993-10-18', end: '1994-02-01' }));
		await put('pass-types/sticky.mdx', '---\nname: Sticky (satin)\nsummary: Satin.\n---\n\nGuide.\n');
		await put('printers/test-printer.json', JSON.stringify({ name: 'Test Printing' }));
		const fields = 'band: test-band\ntour: test-tour\ntype: sticky\nformat: satin-sticky\nprinter: test-printer\nvalidFrom: 1993-10-18\nsecurityFeatures: [hologram, serial-number]';
		await put('passes/example-pass/index.mdx', `---\ntitle: "Example"\n${fields}\n${photos}\nexample: true\n---\n\nThe story.\n`);
		await put('passes/real-pass/index.mdx', `---\ntitle: "Real"\n${fields}\n${photos}\n---\n\nA real pass.\n`);
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
		expect(describeFront(m)).toContain('“STICKY”');
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
