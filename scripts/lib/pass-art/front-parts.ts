/**
 * Parts of the front: the band and tour lines, the row of features with the date, the emblem.
 */
import { textWidth } from '../art-text.ts';
import { barcodeDigitsFor, type Design, serialFor } from './design.ts';
import { type Box } from './geometry.ts';
import { type ArtModel, type FeatureMark, type FrontFacts, type Mutable, type Palette, typeLettering } from './model.ts';
import { barcode, foilBand, hologram, photoId, rfidChip, SERIAL_FONT, serialLabel, starPath } from './security.ts';
import { type Anchor, Defs, inset, n, textBlock, type TextStyle } from './svg.ts';

interface FooterItem {
	readonly aspect: number;
	readonly draw: (box: Box) => string;
	readonly mark: FeatureMark;
}

/** The small features that sit in a row at the bottom of the pass. */
export function footerItems(model: ArtModel, design: Design, defs: Defs): FooterItem[] {
	const has = (f: string) => model.features.includes(f);
	const items: FooterItem[] = [];
	if (has('photo-id')) items.push({ aspect: 0.78, draw: (b) => photoId(b), mark: { kind: 'photo-id' } });
	if (has('rfid')) items.push({ aspect: 1.2, draw: (b) => rfidChip(b, defs), mark: { kind: 'rfid' } });
	if (has('hologram')) {
		items.push({
			aspect: design.hologram === 'oval' ? 1.45 : 1,
			draw: (b) => hologram(b, design.hologram, defs),
			mark: { kind: 'hologram', shape: design.hologram },
		});
	}
	if (has('barcode')) {
		items.push({ aspect: 2.2, draw: (b) => barcode(b, model.slug), mark: { kind: 'barcode', digits: barcodeDigitsFor(model.slug) } });
	}
	if (has('serial-number')) {
		// The label is half as tall as the row, with the number in it and a little room either side.
		const aspect = 0.5 * (textWidth(serialFor(model.slug), SERIAL_FONT, 'bold', 0.04 * SERIAL_FONT) + 0.6);
		items.push({
			aspect,
			draw: (b) => serialLabel({ ...b, y: b.y + b.h * 0.25, h: b.h * 0.5 }, model.slug),
			mark: { kind: 'serial', text: serialFor(model.slug) },
		});
	}
	return items;
}

export interface FrontContext {
	readonly model: ArtModel;
	readonly design: Design;
	readonly pal: Palette;
	readonly defs: Defs;
	readonly area: Box;
	readonly portrait: boolean;
	readonly pad: number;
	/** What has been drawn so far. */
	readonly notes: Mutable<FrontFacts> & { features: FeatureMark[] };
}

export function typeText(model: ArtModel): string {
	return typeLettering(model.passType);
}

export function typeStyle(ctx: FrontContext, fill: string, anchor: Anchor = 'middle'): TextStyle {
	if (ctx.model.features.includes('colour-shift-ink')) {
		ctx.defs.add(
			'<linearGradient id="shift" x1="0" y1="0" x2="1" y2="1">' +
				'<stop offset="0" stop-color="#13a67d"/><stop offset="0.5" stop-color="#5b3fc4"/><stop offset="1" stop-color="#d63b7c"/></linearGradient>',
		);
		ctx.notes.colourShift = true;
		return { face: 'condensed', fill: 'url(#shift)', anchor, spacing: 0.03 };
	}
	return { face: 'condensed', fill, anchor, spacing: 0.03 };
}

/** The band name, as large as fits. */
export function bandLine(ctx: FrontContext, box: Box, anchor: Anchor, fill: string, maxLines: number): string {
	ctx.notes.band = ctx.model.band.toUpperCase();
	ctx.notes.bandRaised = ctx.model.features.includes('raised-print');
	return textBlock(ctx.model.band.toUpperCase(), box, { face: 'bold', fill, anchor, spacing: 0.01 }, {
		maxLines,
		lineHeight: 1.02,
		emboss: ctx.model.features.includes('raised-print'),
	});
}

/** Height of the venue line under the tour line, as a share of the tour line's. */
const PLACE_LINE = 0.62;

/** Bottom of the tour line, and of the venue line under it when there is one. */
export function tourLinesBottom(ctx: FrontContext, tour: Box): number {
	return ctx.model.tour !== null && ctx.model.place !== null ? tour.y + tour.h * (1.3 + PLACE_LINE) : tour.y + tour.h;
}

/**
 * The tour name (or the venue of a one-off show), on a foil band when the pass has foil,
 * and the venue under the tour name when both are known.
 */
export function tourLine(ctx: FrontContext, tour: Box, anchor: Anchor): string {
	const { model, pal, design, defs } = ctx;
	const out: string[] = [];
	if (model.tour !== null && model.place !== null) {
		const placeBox = { ...tour, y: tour.y + tour.h * 1.3, h: tour.h * PLACE_LINE };
		ctx.notes.placeLine = model.place.toUpperCase();
		out.push(textBlock(model.place.toUpperCase(), placeBox, { face: 'bold', fill: pal.ink, anchor, spacing: 0.05 }, { maxLines: 1 }));
	}
	const text = model.tour ?? model.place ?? '';
	const band = { x: tour.x - ctx.pad, w: tour.w + 2 * ctx.pad };
	if (model.features.includes('foil')) ctx.notes.foil = design.foil;
	if (text !== '') {
		let fill = pal.ink;
		if (model.features.includes('foil')) {
			out.push(foilBand({ ...band, y: tour.y - tour.h * 0.22, h: tour.h * 1.44 }, design.foil, defs));
			fill = '#241c0a';
		}
		ctx.notes.tourLine = text.toUpperCase();
		out.push(textBlock(text.toUpperCase(), tour, { face: 'bold', fill, anchor, spacing: 0.06 }, { maxLines: 2, lineHeight: 1.15 }));
	} else if (model.features.includes('foil')) {
		out.push(foilBand({ ...band, y: tour.y + tour.h * 0.3, h: tour.h * 0.4 }, design.foil, defs));
	}
	return out.join('');
}

/** The features in a row, right-aligned in `box` and using at most `room` px of its width. */
export function featureRow(items: readonly FooterItem[], box: Box, room: number): { svg: string; left: number } {
	const gap = box.h * 0.12;
	const gaps = gap * Math.max(0, items.length - 1);
	const aspects = items.reduce((sum, item) => sum + item.aspect, 0);
	const itemHeight = Math.min(box.h, (room - gaps) / Math.max(aspects, 0.01));
	const out: string[] = [];
	let x = box.x + box.w;
	for (const item of [...items].reverse()) {
		const w = item.aspect * itemHeight;
		x -= w;
		out.push(item.draw({ x, y: box.y + (box.h - itemHeight) / 2, w, h: itemHeight }));
		x -= gap;
	}
	return { svg: out.join(''), left: x };
}

/** The bottom of the pass: the date on the left, the row of features on the right. */
export function footer(ctx: FrontContext, box: Box): string {
	const { model, pal, defs, design } = ctx;
	const items = footerItems(model, design, defs);
	const row = featureRow(items, box, box.w * (model.date !== null ? 0.6 : 1));
	ctx.notes.features = items.map((item) => item.mark);
	const out: string[] = [row.svg];
	const textWidthAvailable = items.length > 0 ? row.left - box.x : box.w;
	const anchor: Anchor = items.length === 0 && design.centred ? 'middle' : 'start';
	const textBox = { x: box.x, y: box.y, w: textWidthAvailable, h: box.h };
	if (model.date !== null) {
		ctx.notes.date = model.date;
		out.push(
			textBlock(model.date, inset(textBox, 0, box.h * 0.15), { face: 'bold', fill: pal.ink, anchor }, {
				maxLines: 2,
				maxSize: box.h * 0.55,
				linePenalty: 1.5,
			}),
		);
	}
	return out.join('');
}

export function emblem(ctx: FrontContext, box: Box): string {
	const { design, pal, model } = ctx;
	if (box.h < ctx.area.h * 0.13 || box.w < ctx.area.w * 0.2 || model.features.includes('signature')) return '';
	const yy = model.year !== null ? `’${String(model.year % 100).padStart(2, '0')}` : '★';
	switch (design.emblem) {
		case 'badge': {
			ctx.notes.emblem = { kind: 'badge', text: model.year !== null ? yy : null };
			const r = Math.min(box.w, box.h) * 0.46;
			const cx = design.centred ? box.x + box.w / 2 : box.x + box.w - r * 1.05;
			const cy = box.y + box.h / 2;
			const star = starPath(cx, cy, r, r * 0.86, 18, 0);
			return (
				`<path d="${star}" fill="${pal.accent}" stroke="${pal.ink}" stroke-opacity="0.25" stroke-width="2"/>` +
				`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 0.74)}" fill="none" stroke="${pal.accentInk}" stroke-width="2" stroke-dasharray="4 4"/>` +
				textBlock(yy, { x: cx - r * 0.6, y: cy - r * 0.45, w: r * 1.2, h: r * 0.9 }, { face: 'bold', fill: pal.accentInk, anchor: 'middle' }, {
					maxLines: 1,
				})
			);
		}
		case 'year':
			if (model.year === null) return '';
			ctx.notes.emblem = { kind: 'year', text: String(model.year) };
			return textBlock(String(model.year), inset(box, box.w * 0.04, box.h * 0.08), {
				face: 'bold',
				fill: 'none',
				anchor: 'middle',
				spacing: 0.02,
				extra: `stroke="${pal.ink}" stroke-width="2.5" stroke-opacity="0.55"`,
			}, { maxLines: 1 });
		case 'star': {
			ctx.notes.emblem = { kind: 'star', text: null };
			const r = Math.min(box.w, box.h) * 0.48;
			return `<path d="${starPath(box.x + box.w / 2, box.y + box.h / 2, r, r * 0.42, 5, -Math.PI / 2)}" fill="${pal.ink}" fill-opacity="0.2"/>`;
		}
		case 'none':
			return '';
	}
}
