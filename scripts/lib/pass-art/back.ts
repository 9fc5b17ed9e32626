/**
 * The back of the pass: a sticky's peel-off backing, the plain back with small print, or the
 * inside of a wristband.
 */
import { textWidth, wrapText } from '../art-text.ts';
import { between, randomFor } from '../art-random.ts';
import { designFor, paletteOf, serialFor } from './design.ts';
import { wristbandTab } from './front-layouts.ts';
import { type Geometry, geometryFor, hasBacking } from './geometry.ts';
import { type ArtModel, type BackFacts, type Mutable, type Palette } from './model.ts';
import { backdrop, Defs, gloss, illustrationLabel, inset, laminatePouch, lanyardSlot, n, rect, svgDocument, textBlock, textEl } from './svg.ts';

const SMALL_PRINT =
	'This pass is the property of the tour production and may be withdrawn at any time without refund or explanation. ' +
	'It admits only the person it was issued to and may not be sold, lent or passed on. Keep it on show while you are ' +
	'in restricted areas. Altered, copied or damaged passes will be confiscated. Entry is at the holder’s own risk and ' +
	'the holder may appear in filming or photography of the event. Lost passes are not replaced.';

const WRISTBAND_PRINT =
	'Not transferable. Valid only while fastened to the wrist of the person it was issued to: a band that has been ' +
	'taken off, cut or tampered with is void. No re-entry without it.';

export function renderBackSvg(model: ArtModel): string {
	return drawBack(model).svg;
}

/** What the back of the artwork shows; see describeBack() for it in words. */
export function backFacts(model: ArtModel): BackFacts {
	return drawBack(model).facts;
}

type BackNotes = Mutable<BackFacts> & { writeOn: string[] };

function drawBack(model: ArtModel): { svg: string; facts: BackFacts } {
	const design = designFor(model.slug);
	const pal = paletteOf(design);
	const geometry = geometryFor(model);
	const defs = new Defs();
	const notes: BackNotes = {
		shape: geometry.shape,
		format: model.format,
		kind: hasBacking(model.format) ? 'backing' : geometry.shape === 'wristband' ? 'wristband' : 'plain',
		repeated: null,
		peelHere: false,
		strip: null,
		magneticStripe: false,
		signaturePanel: false,
		smallPrint: false,
		writeOn: [],
		serial: null,
		printedBy: null,
	};
	const out: string[] = [backdrop(geometry, defs)];
	if (hasBacking(model.format)) {
		out.push(stickyBacking(model, geometry, defs, notes));
	} else {
		out.push(plainBack(model, geometry, pal, defs, notes));
	}
	out.push(illustrationLabel(geometry));
	return { svg: svgDocument(geometry.width, geometry.height, defs, out), facts: { ...notes, writeOn: [...notes.writeOn] } };
}

/** The peel-off backing of a sticky: printer's name repeated diagonally, or plain with "peel here" marks. */
function stickyBacking(model: ArtModel, geometry: Geometry, defs: Defs, notes: BackNotes): string {
	const { body, bodyRadius } = geometry;
	defs.add(
		'<linearGradient id="liner" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fbfaf6"/>' +
			'<stop offset="0.55" stop-color="#f1eee6"/><stop offset="1" stop-color="#e9e5db"/></linearGradient>',
	);
	defs.add(`<clipPath id="liner-clip">${rect(body, bodyRadius, '')}</clipPath>`);
	const out: string[] = [rect(body, bodyRadius, 'fill="url(#liner)" stroke="#000000" stroke-opacity="0.1"')];
	out.push('<g clip-path="url(#liner-clip)">');
	const cx = body.x + body.w / 2;
	const cy = body.y + body.h / 2;
	if (model.printer !== null) {
		const size = Math.max(13, Math.min(body.w, body.h) * 0.036);
		const unit = `${model.printer.toUpperCase()}   ·   `;
		const diagonal = Math.hypot(body.w, body.h);
		const repeat = Math.ceil((diagonal * 1.3) / Math.max(1, textWidth(unit, size, 'bold', size * 0.08))) + 1;
		const line = unit.repeat(repeat);
		const rows: string[] = [];
		const gap = size * 2.9;
		let i = 0;
		for (let y = -diagonal / 2; y <= diagonal / 2 + gap; y += gap, i++) {
			const shift = (i % 2) * textWidth(unit, size, 'bold', size * 0.08) * 0.5;
			rows.push(textEl(line, -diagonal * 0.65 - shift, y, size, { face: 'bold', fill: '#8fa3b8', spacing: 0.08, extra: 'xml:space="preserve"' }));
		}
		notes.repeated = model.printer.toUpperCase();
		out.push(`<g class="printer-backing" transform="translate(${n(cx)} ${n(cy)}) rotate(-30)" fill-opacity="0.7">${rows.join('')}</g>`);
	}
	// The split in the liner that makes it easy to peel.
	const random = randomFor(model.slug, 'liner');
	const slitY = body.y + body.h * between(random, 0.58, 0.7);
	const slant = body.h * between(random, -0.08, 0.08);
	const slit = `M${n(body.x - 2)} ${n(slitY)}C${n(body.x + body.w * 0.35)} ${n(slitY + slant)} ${n(body.x + body.w * 0.65)} ${n(slitY - slant)} ${n(body.x + body.w + 2)} ${n(slitY)}`;
	out.push(
		`<path d="${slit}" fill="none" stroke="#b9b3a5" stroke-width="1.6"/>`,
		`<path d="${slit}" transform="translate(0 2)" fill="none" stroke="#ffffff" stroke-width="1.2" stroke-opacity="0.9"/>`,
	);
	if (model.printer === null) {
		notes.peelHere = true;
		const size = Math.max(12, Math.min(body.w, body.h) * 0.03);
		const arrow = (x: number, y: number, up: boolean) =>
			`<path d="M${n(x)} ${n(y)}l${n(size * 0.45)} ${n(up ? size * 0.6 : -size * 0.6)}h${n(-size * 0.9)}Z" fill="#8d877d"/>`;
		for (const fx of [0.18, 0.82]) {
			const x = body.x + body.w * fx;
			out.push(
				arrow(x, slitY - size * 1.4, false),
				textEl('PEEL HERE', x, slitY - size * 2.3, size, { face: 'bold', fill: '#8d877d', anchor: 'middle', spacing: 0.15 }),
				arrow(x, slitY + size * 1.4, true),
				textEl('PEEL HERE', x, slitY + size * 3.2, size, { face: 'bold', fill: '#8d877d', anchor: 'middle', spacing: 0.15 }),
			);
		}
	}
	out.push('</g>');
	return out.join('');
}

/** The back of a laminate, card, paper pass or wristband: plain, with small print and the serial number. */
function plainBack(model: ArtModel, geometry: Geometry, pal: Palette, defs: Defs, notes: BackNotes): string {
	const { body, bodyRadius, print, printRadius, shape } = geometry;
	const out: string[] = [];
	if (shape === 'laminate') out.push(laminatePouch(geometry));
	if (shape === 'wristband') out.push(wristbandTab(geometry));
	const area = print;
	const short = Math.min(area.w, area.h);
	const pad = short * 0.07;
	const ink = '#2d2d2d';
	defs.add(`<clipPath id="print">${rect(area, printRadius, '')}</clipPath>`);
	out.push('<g clip-path="url(#print)">', rect(area, 0, 'fill="#f8f6f1"'));
	let y = area.y;
	if (shape === 'wristband') {
		const lines = wrapText(WRISTBAND_PRINT, area.w - 2 * pad, 11, 'regular').slice(0, 3);
		lines.forEach((line, i) => out.push(textEl(line, area.x + pad, area.y + pad + 11 + i * 15, 11, { face: 'regular', fill: ink })));
		notes.smallPrint = lines.length > 0;
		notes.serial = serialOrBlank(model);
		out.push(textEl(serialOrBlank(model), area.x + area.w - pad, area.y + area.h - pad, 16, { face: 'bold', fill: '#c1121f', anchor: 'end' }));
		out.push('</g>');
		return out.join('');
	}
	// A strip in the pass's colour with the band and tour ties the back to the front.
	const barH = area.h * (area.h > area.w ? 0.1 : 0.14);
	const stripText = [model.band, model.tour].filter((s): s is string => s !== null).join(' — ').toUpperCase();
	notes.strip = { colour: pal.words.bg, text: stripText };
	out.push(rect({ ...area, h: barH }, 0, `fill="${pal.bg}"`));
	out.push(
		textBlock(
			stripText,
			inset({ ...area, h: barH }, pad, barH * 0.22),
			{ face: 'bold', fill: pal.ink, spacing: 0.03 },
			{ maxLines: 1, maxSize: barH * 0.5 },
		),
	);
	y += barH + pad * 0.8;
	if (model.format === 'plastic-card') {
		notes.magneticStripe = true;
		out.push(rect({ x: area.x, y, w: area.w, h: area.h * 0.16 }, 0, 'fill="#2a2a2a"'));
		y += area.h * 0.16 + pad * 0.7;
	}
	if (shape === 'card') {
		defs.add(
			'<pattern id="sig" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="3" height="8" fill="#dcd3c0"/></pattern>',
		);
		const label = Math.max(9, short * 0.035);
		notes.signaturePanel = true;
		out.push(textEl('AUTHORISED SIGNATURE', area.x + pad, y + label, label, { face: 'regular', fill: ink, spacing: 0.1 }));
		y += label * 1.5;
		const panel = { x: area.x + pad, y, w: area.w * 0.62, h: area.h * 0.14 };
		out.push(rect(panel, 0, 'fill="#f3ecdc"'), rect(panel, 0, 'fill="url(#sig)"'));
		y += panel.h + pad * 0.6;
	}
	// Small print, as large as it can be in the room left.
	const bottomReserve = area.h * (shape === 'card' ? 0.14 : 0.22);
	const room = { x: area.x + pad, y, w: area.w - 2 * pad, h: area.y + area.h - bottomReserve - y };
	let size = Math.min(18, short * 0.045);
	let lines = wrapText(SMALL_PRINT, room.w, size, 'regular');
	while (size > 8 && lines.length * size * 1.35 > room.h) {
		size -= 0.5;
		lines = wrapText(SMALL_PRINT, room.w, size, 'regular');
	}
	lines.forEach((line, i) => out.push(textEl(line, room.x, room.y + size + i * size * 1.35, size, { face: 'regular', fill: ink })));
	notes.smallPrint = lines.length > 0;
	const afterText = room.y + lines.length * size * 1.35 + pad * 0.6;
	if (shape === 'laminate' || model.format === 'paper') {
		// Write-on lines for the holder's name and the areas.
		const label = Math.max(11, short * 0.032);
		['NAME', 'COMPANY', 'AREAS'].forEach((word, i) => {
			const ly = afterText + label * 1.2 + i * label * 2.2;
			if (ly > area.y + area.h - bottomReserve * 0.55) return;
			notes.writeOn.push(word);
			out.push(
				textEl(word, area.x + pad, ly, label, { face: 'bold', fill: ink, spacing: 0.08 }),
				`<path d="M${n(area.x + pad + textWidth(word, label, 'bold', label * 0.08) + 10)} ${n(ly)}H${n(area.x + area.w - pad)}" stroke="${ink}" stroke-width="1" stroke-opacity="0.6"/>`,
			);
		});
	}
	const foot = area.y + area.h - pad;
	const serialSize = Math.max(14, short * 0.05);
	const serial = serialOrBlank(model);
	notes.serial = serial;
	out.push(textEl(serial, area.x + area.w - pad, foot, serialSize, { face: 'bold', fill: '#c1121f', anchor: 'end', spacing: 0.04 }));
	if (model.printer !== null) {
		const room = area.w - 2 * pad - textWidth(serial, serialSize, 'bold', serialSize * 0.04) - pad;
		const size = Math.max(10, short * 0.028);
		if (room > 0) notes.printedBy = `Printed by ${model.printer}`;
		out.push(
			textBlock(`Printed by ${model.printer}`, { x: area.x + pad, y: foot - size * 0.73, w: room, h: size * 0.73 }, { face: 'regular', fill: '#6b6b6b' }, {
				maxLines: 1,
			}),
		);
	}
	out.push('</g>');
	if (shape === 'laminate') out.push(gloss(body, bodyRadius, defs, 0.3));
	if (model.format === 'plastic-card') out.push(gloss(body, bodyRadius, defs, 0.25));
	if (geometry.slot) out.push(lanyardSlot(geometry.slot));
	return out.join('');
}

function serialOrBlank(model: ArtModel): string {
	return model.features.includes('serial-number') ? serialFor(model.slug) : 'No ______';
}
