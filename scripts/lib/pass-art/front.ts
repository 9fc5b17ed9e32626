/**
 * The front of the pass: material, layout and features drawn in order, noting what is shown.
 */
import { randomFor } from '../art-random.ts';
import { designFor, paletteOf } from './design.ts';
import { layoutBigType, layoutHeader, layoutStrip, layoutStripe, overlays, wristbandTab } from './front-layouts.ts';
import { type FrontContext, typeText } from './front-parts.ts';
import { type Geometry, geometryFor } from './geometry.ts';
import { type ArtModel, type FrontFacts } from './model.ts';
import { drawPattern } from './patterns.ts';
import { backdrop, Defs, gloss, illustrationLabel, inset, laminatePouch, lanyardSlot, rect, svgDocument } from './svg.ts';

/** Surface of the material: satin sheen, cloth weave, plastic gloss. */
function material(model: ArtModel, geometry: Geometry, defs: Defs): string {
	const { body, bodyRadius } = geometry;
	switch (model.format) {
		case 'satin-sticky':
			defs.add(
				'<linearGradient id="satin" x1="0" y1="0" x2="1" y2="0.6">' +
					'<stop offset="0" stop-color="#ffffff" stop-opacity="0"/><stop offset="0.42" stop-color="#ffffff" stop-opacity="0.2"/>' +
					'<stop offset="0.55" stop-color="#ffffff" stop-opacity="0.02"/><stop offset="0.7" stop-color="#000000" stop-opacity="0.06"/>' +
					'<stop offset="1" stop-color="#ffffff" stop-opacity="0.12"/></linearGradient>' +
					'<pattern id="weave" patternUnits="userSpaceOnUse" width="3" height="3"><rect width="3" height="1" fill="#ffffff" fill-opacity="0.07"/></pattern>',
			);
			return rect(body, bodyRadius, 'fill="url(#weave)"') + rect(body, bodyRadius, 'fill="url(#satin)"');
		case 'cloth-sticky':
			defs.add(
				'<pattern id="weave" patternUnits="userSpaceOnUse" width="4" height="4">' +
					'<rect width="4" height="1.2" fill="#ffffff" fill-opacity="0.1"/><rect width="1.2" height="4" fill="#000000" fill-opacity="0.08"/></pattern>',
			);
			return (
				rect(body, bodyRadius, 'fill="url(#weave)"') +
				rect(inset(body, 1), bodyRadius, 'fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="2" stroke-dasharray="1 3"')
			);
		case 'plastic-card':
			return gloss(body, bodyRadius, defs, 0.3);
		case 'laminate':
			return gloss(body, bodyRadius, defs, 0.34);
		default:
			return '';
	}
}

export function renderFrontSvg(model: ArtModel): string {
	return drawFront(model).svg;
}

/** What the front of the artwork shows; see describeFront() for it in words. */
export function frontFacts(model: ArtModel): FrontFacts {
	return drawFront(model).facts;
}

function drawFront(model: ArtModel): { svg: string; facts: FrontFacts } {
	const design = designFor(model.slug);
	const pal = paletteOf(design);
	const geometry = geometryFor(model);
	const defs = new Defs();
	const area = geometry.print;
	const portrait = area.h > area.w * 1.05;
	const layoutName = geometry.shape === 'wristband' ? 'strip' : design.layout;
	const notes: FrontContext['notes'] = {
		shape: geometry.shape,
		format: model.format,
		scheme: pal.label,
		colours: pal.words,
		pattern: '',
		layout: layoutName,
		band: '',
		bandRaised: false,
		tourLine: null,
		placeLine: null,
		foil: null,
		lettering: typeText(model),
		letteringPlacement:
			layoutName === 'strip' ? 'end-panel' : layoutName === 'header' ? 'banner' : layoutName === 'bigtype' ? 'large' : design.flip ? 'stripe-right' : 'stripe-left',
		colourShift: false,
		date: null,
		emblem: null,
		features: [],
		signature: null,
		perforation: false,
		holePunch: false,
	};
	const ctx: FrontContext = { model, design, pal, defs, area, portrait, pad: Math.min(area.w, area.h) * 0.06, notes };
	defs.add(`<clipPath id="print">${rect(area, geometry.printRadius, '')}</clipPath>`);

	const out: string[] = [backdrop(geometry, defs)];
	if (geometry.shape === 'laminate') out.push(laminatePouch(geometry));
	if (geometry.shape === 'wristband') out.push(wristbandTab(geometry));

	const layout =
		geometry.shape === 'wristband'
			? layoutStrip(ctx)
			: design.layout === 'header'
				? layoutHeader(ctx)
				: design.layout === 'stripe'
					? layoutStripe(ctx)
					: layoutBigType(ctx);
	const pattern = drawPattern(design.pattern, area, pal, randomFor(model.slug, 'pattern'), defs);
	notes.pattern = pattern.words;
	out.push(
		'<g clip-path="url(#print)">',
		rect(area, 0, `fill="${pal.bg}"`),
		pattern.svg,
		layout.svg,
		overlays(ctx, layout.free),
		'</g>',
	);
	out.push(material(model, geometry, defs));
	if (geometry.slot) out.push(lanyardSlot(geometry.slot));
	out.push(illustrationLabel(geometry));
	return { svg: svgDocument(geometry.width, geometry.height, defs, out), facts: { ...notes, features: [...notes.features] } };
}
