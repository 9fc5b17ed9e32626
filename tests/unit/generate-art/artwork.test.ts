/** The artwork itself: SVG drawing, designs, dates, and the alt text that describes it. */
import { describe, expect, it } from 'vitest';
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
	hashSlug,
	parseArgs,
	renderBackSvg,
	renderFrontSvg,
	renderJpeg,
	serialFor,
	typeLettering,
} from '../../../scripts/generate-art.ts';
import { ALL_FEATURES, FORMATS, model, renderable, SHARP_TIMEOUT } from '../../helpers/art-models.ts';

describe('SVG artwork', { timeout: SHARP_TIMEOUT }, () => {
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
