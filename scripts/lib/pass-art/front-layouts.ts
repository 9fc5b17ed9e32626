/**
 * The layouts of the front (header, stripe, big type, and the strip of a wristband), the
 * marks drawn over the finished print, and the tab of a wristband (seen from both sides).
 */
import { bandLine, emblem, featureRow, footer, footerItems, type FrontContext, tourLine, tourLinesBottom, typeStyle, typeText } from './front-parts.ts';
import { BACKDROP, type Box, type Geometry } from './geometry.ts';
import { signature } from './security.ts';
import { type Anchor, inset, n, rect, textBlock } from './svg.ts';

export function layoutHeader(ctx: FrontContext): { svg: string; free: Box } {
	const { area, pad, pal, portrait, design } = ctx;
	const inner = inset(area, pad);
	const anchor: Anchor = design.centred ? 'middle' : 'start';
	const band = { ...inner, y: area.y + pad, h: area.h * (portrait ? 0.2 : 0.21) };
	const tour = { ...inner, y: band.y + band.h + area.h * 0.035, h: area.h * 0.065 };
	const bannerY = area.y + area.h * (portrait ? 0.56 : 0.52);
	const banner = { x: area.x, y: bannerY, w: area.w, h: area.h * (portrait ? 0.19 : 0.22) };
	const foot = { x: inner.x, y: banner.y + banner.h + area.h * 0.035, w: inner.w, h: 0 };
	const footBox = { ...foot, h: area.y + area.h - pad - foot.y };
	const freeTop = tourLinesBottom(ctx, tour) + area.h * 0.04;
	const free = { x: inner.x, y: freeTop, w: inner.w, h: banner.y - area.h * 0.02 - freeTop };
	const svg = [
		bandLine(ctx, band, anchor, pal.ink, 3),
		tourLine(ctx, tour, anchor),
		emblem(ctx, free),
		rect(banner, 0, `fill="${pal.accent}"`),
		`<path d="M${n(area.x)} ${n(banner.y - 5)}h${n(area.w)}M${n(area.x)} ${n(banner.y + banner.h + 5)}h${n(area.w)}" stroke="${pal.accent}" stroke-width="2"/>`,
		textBlock(typeText(ctx.model), inset(banner, pad, banner.h * 0.12), typeStyle(ctx, pal.accentInk), { maxLines: 2, lineHeight: 0.95 }),
		footer(ctx, footBox),
	].join('');
	return { svg, free };
}

export function layoutStripe(ctx: FrontContext): { svg: string; free: Box } {
	const { area, pad, pal, portrait, design } = ctx;
	const sw = area.w * (portrait ? 0.2 : 0.16);
	const stripe = { x: design.flip ? area.x + area.w - sw : area.x, y: area.y, w: sw, h: area.h };
	const content = { x: design.flip ? area.x : area.x + sw, y: area.y, w: area.w - sw, h: area.h };
	const inner = inset(content, pad);
	const band = { ...inner, y: area.y + pad, h: area.h * (portrait ? 0.22 : 0.24) };
	const tour = { ...inner, y: band.y + band.h + area.h * 0.035, h: area.h * 0.065 };
	const footH = area.h * (portrait ? 0.15 : 0.19);
	const footBox = { ...inner, y: area.y + area.h - pad - footH, h: footH };
	const freeTop = tourLinesBottom(ctx, tour) + area.h * 0.04;
	const free = { ...inner, y: freeTop, h: footBox.y - area.h * 0.03 - freeTop };
	const length = area.h - 2 * pad;
	const thickness = sw * 0.74;
	const cx = stripe.x + sw / 2;
	const cy = area.y + area.h / 2;
	const rotate = design.flip ? 90 : -90;
	const typeSvg = textBlock(
		typeText(ctx.model),
		{ x: -length / 2, y: -thickness / 2, w: length, h: thickness },
		typeStyle(ctx, pal.accentInk),
		{ maxLines: 2, lineHeight: 0.95 },
	);
	const edgeX = design.flip ? stripe.x - 6 : stripe.x + sw + 6;
	const svg = [
		rect(stripe, 0, `fill="${pal.accent}"`),
		`<path d="M${n(edgeX)} ${n(area.y)}v${n(area.h)}" stroke="${pal.accent}" stroke-width="3"/>`,
		`<g transform="translate(${n(cx)} ${n(cy)}) rotate(${rotate})">${typeSvg}</g>`,
		bandLine(ctx, band, 'start', pal.ink, 3),
		tourLine(ctx, tour, 'start'),
		emblem(ctx, free),
		footer(ctx, footBox),
	].join('');
	return { svg, free };
}

export function layoutBigType(ctx: FrontContext): { svg: string; free: Box } {
	const { area, pad, pal, portrait, design } = ctx;
	const inner = inset(area, pad);
	const anchor: Anchor = design.centred ? 'middle' : 'start';
	const top = { x: area.x, y: area.y, w: area.w, h: area.h * (portrait ? 0.18 : 0.2) };
	const bandBox = inset({ ...inner, y: top.y, h: top.h }, 0, top.h * 0.16);
	const placeRoom = ctx.model.tour !== null && ctx.model.place !== null ? area.h * 0.05 : 0;
	const typeBox = { ...inner, y: top.y + top.h + area.h * 0.04, h: area.h * (portrait ? 0.34 : 0.3) - placeRoom };
	const tour = { ...inner, y: typeBox.y + typeBox.h + area.h * 0.05, h: area.h * 0.065 };
	const footTop = tourLinesBottom(ctx, tour) + area.h * 0.05;
	const footBox = { ...inner, y: footTop, h: area.y + area.h - pad - footTop };
	const shadowOffset = Math.max(2, area.h * 0.006);
	const typeStr = typeText(ctx.model);
	const style = typeStyle(ctx, pal.accent, anchor);
	const svg = [
		rect(top, 0, `fill="${pal.ink}"`),
		bandLine(ctx, bandBox, anchor, pal.bg, 2),
		pal.accent !== pal.ink
			? textBlock(typeStr, { ...typeBox, x: typeBox.x + shadowOffset, y: typeBox.y + shadowOffset }, { ...style, fill: pal.ink, extra: 'fill-opacity="0.35"' }, { maxLines: 3, lineHeight: 0.92 })
			: '',
		textBlock(typeStr, typeBox, style, { maxLines: 3, lineHeight: 0.92 }),
		tourLine(ctx, tour, anchor),
		footer(ctx, footBox),
	].join('');
	return { svg, free: typeBox };
}

/** Extra marks drawn over the finished print: hole punch, perforation, signature. */
export function overlays(ctx: FrontContext, free: Box): string {
	const { model, area, pal } = ctx;
	const out: string[] = [];
	ctx.notes.signature = model.features.includes('signature') ? (pal.dark ? 'white' : 'black') : null;
	ctx.notes.perforation = model.features.includes('perforation');
	ctx.notes.holePunch = model.features.includes('hole-punch');
	if (model.features.includes('signature')) out.push(signature(free, model.slug, pal));
	if (model.features.includes('perforation')) {
		const y = area.y + ctx.pad * 0.5;
		out.push(
			`<path class="perforation" d="M${n(area.x)} ${n(y)}h${n(area.w)}" stroke="${BACKDROP}" stroke-width="3.2" stroke-dasharray="3.2 5" stroke-linecap="round"/>`,
		);
	}
	if (model.features.includes('hole-punch')) {
		const r = Math.min(area.w, area.h) * 0.028;
		const cx = area.x + area.w - r * 2.6;
		const cy = area.y + r * 2.6;
		out.push(
			`<circle class="hole-punch" cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${BACKDROP}" stroke="#000000" stroke-opacity="0.3" stroke-width="1.5"/>`,
		);
	}
	return out.join('');
}

/** A wristband: a long strip with the type, band and date side by side. */
export function layoutStrip(ctx: FrontContext): { svg: string; free: Box } {
	const { area, pad, pal } = ctx;
	const typeW = area.w * 0.28;
	const typeBox = { x: area.x, y: area.y, w: typeW, h: area.h };
	const typeInner = inset(typeBox, area.h * 0.16, area.h * 0.18);
	const items = footerItems(ctx.model, ctx.design, ctx.defs);
	const itemsW = items.length > 0 ? area.w * 0.22 : 0;
	const mid = { x: area.x + typeW + pad, y: area.y + pad * 0.6, w: area.w - typeW - itemsW - 2 * pad, h: area.h - pad * 1.2 };
	const featureBox = { x: area.x + area.w - itemsW, y: area.y + pad, w: itemsW - pad, h: area.h - 2 * pad };
	const subline = [ctx.model.tour, ctx.model.date].filter((s): s is string => s !== null).join(' · ');
	ctx.notes.band = ctx.model.band.toUpperCase();
	ctx.notes.tourLine = ctx.model.tour?.toUpperCase() ?? null;
	ctx.notes.date = ctx.model.date;
	ctx.notes.features = items.map((item) => item.mark);
	const svg = [
		rect(typeBox, 0, `fill="${pal.accent}"`),
		textBlock(typeText(ctx.model), typeInner, typeStyle(ctx, pal.accentInk), { maxLines: 2, lineHeight: 0.95 }),
		textBlock(ctx.model.band.toUpperCase(), { ...mid, h: mid.h * 0.58 }, { face: 'bold', fill: pal.ink }, { maxLines: 1 }),
		textBlock(subline.toUpperCase(), { ...mid, y: mid.y + mid.h * 0.66, h: mid.h * 0.3 }, { face: 'bold', fill: pal.ink, spacing: 0.04 }, { maxLines: 1 }),
		featureRow(items, featureBox, featureBox.w).svg,
	].join('');
	return { svg, free: mid };
}

export function wristbandTab(geometry: Geometry): string {
	const { body, print, bodyRadius } = geometry;
	const tab = { x: print.x + print.w - bodyRadius, y: body.y, w: body.w - print.w + bodyRadius, h: body.h };
	const slits: string[] = [];
	for (let i = 1; i <= 3; i++) {
		const x = print.x + print.w + ((tab.w - bodyRadius) * i) / 4.2;
		slits.push(`M${n(x)} ${n(body.y + body.h * 0.3)}v${n(body.h * 0.4)}`);
	}
	return (
		rect(tab, bodyRadius, 'fill="#fbfbf8" stroke="#000000" stroke-opacity="0.12"') +
		`<path d="${slits.join('')}" stroke="#9a9a9a" stroke-width="1.5"/>`
	);
}
