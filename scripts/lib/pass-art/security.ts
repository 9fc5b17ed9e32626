/**
 * Security features as drawn: hologram, foil, barcode, serial number, photo ID, RFID chip, signature.
 */
import { between, randomFor } from '../art-random.ts';
import { barcodeDigitsFor, serialFor } from './design.ts';
import { type Box } from './geometry.ts';
import { type Palette } from './model.ts';
import { Defs, inset, n, rect, textEl } from './svg.ts';

export function hologram(box: Box, shape: 'oval' | 'square', defs: Defs): string {
	defs.add(
		'<linearGradient id="holo" x1="0" y1="0" x2="1" y2="1">' +
			'<stop offset="0" stop-color="#ff9bd2"/><stop offset="0.2" stop-color="#ffe785"/>' +
			'<stop offset="0.4" stop-color="#9dffb0"/><stop offset="0.6" stop-color="#7fd8ff"/>' +
			'<stop offset="0.8" stop-color="#c6a0ff"/><stop offset="1" stop-color="#ff9bd2"/></linearGradient>' +
			'<linearGradient id="holo2" x1="1" y1="0" x2="0" y2="0.7">' +
			'<stop offset="0" stop-color="#7fd8ff" stop-opacity="0.7"/><stop offset="0.5" stop-color="#ffffff" stop-opacity="0"/>' +
			'<stop offset="1" stop-color="#ffb3e0" stop-opacity="0.7"/></linearGradient>' +
			'<radialGradient id="holo-shine" cx="35%" cy="30%" r="60%">' +
			'<stop offset="0" stop-color="#ffffff" stop-opacity="0.85"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>',
	);
	const cx = box.x + box.w / 2;
	const cy = box.y + box.h / 2;
	const outline =
		shape === 'oval'
			? `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(box.w / 2)}" ry="${n(box.h / 2)}"`
			: `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" rx="${n(box.h * 0.08)}"`;
	defs.add(`<clipPath id="holo-clip">${outline}/></clipPath>`);
	const rings: string[] = [];
	for (let r = 3; r < Math.max(box.w, box.h); r += 4) rings.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${r}"/>`);
	const star = starPath(cx, cy, Math.min(box.w, box.h) * 0.3, Math.min(box.w, box.h) * 0.13, 5, -Math.PI / 2);
	return (
		`<g class="hologram">` +
		`${outline} fill="url(#holo)"/>` +
		`<g clip-path="url(#holo-clip)"><rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" fill="url(#holo2)"/>` +
		`<g fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="1">${rings.join('')}</g>` +
		`<path d="${star}" fill="#ffffff" fill-opacity="0.5" stroke="#8f8aa8" stroke-opacity="0.5"/>` +
		`<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" fill="url(#holo-shine)"/></g>` +
		`${outline} fill="none" stroke="#c9ccd3" stroke-width="2"/>` +
		`</g>`
	);
}

export function starPath(cx: number, cy: number, outer: number, inner: number, points: number, start: number): string {
	let d = '';
	for (let i = 0; i < points * 2; i++) {
		const r = i % 2 === 0 ? outer : inner;
		const a = start + (i * Math.PI) / points;
		d += `${i === 0 ? 'M' : 'L'}${n(cx + r * Math.cos(a))} ${n(cy + r * Math.sin(a))}`;
	}
	return `${d}Z`;
}

function foilGradient(kind: 'gold' | 'silver', defs: Defs): void {
	const stops =
		kind === 'gold'
			? ['#7a5a14', '#e9cf7a', '#fff6c8', '#b88a2c', '#f3de92', '#8c6a1e']
			: ['#80878e', '#e3e7eb', '#ffffff', '#a3aab1', '#eef1f4', '#767d84'];
	defs.add(
		'<linearGradient id="foil" x1="0" y1="0" x2="1" y2="0.35">' +
			stops.map((c, i) => `<stop offset="${n(i / (stops.length - 1))}" stop-color="${c}"/>`).join('') +
			'</linearGradient>',
	);
}

export function foilBand(box: Box, kind: 'gold' | 'silver', defs: Defs): string {
	foilGradient(kind, defs);
	const edge = kind === 'gold' ? '#6b4e10' : '#6d747b';
	return (
		`<g class="foil">${rect(box, 0, 'fill="url(#foil)"')}` +
		`<path d="M${n(box.x)} ${n(box.y + 1)}h${n(box.w)}M${n(box.x)} ${n(box.y + box.h - 1)}h${n(box.w)}" stroke="${edge}" stroke-opacity="0.6" stroke-width="2"/></g>`
	);
}

export function barcode(box: Box, slug: string): string {
	const random = randomFor(slug, 'barcode');
	const pad = box.h * 0.1;
	const bars: string[] = [];
	const units: number[] = [1, 1, 1]; // start guard
	while (units.reduce((a, b) => a + b, 0) < 90) units.push(1 + Math.floor(random() * 3));
	units.push(1, 1, 1);
	if (units.length % 2 === 0) units.push(1);
	const total = units.reduce((a, b) => a + b, 0);
	const unit = (box.w - 2 * pad) / total;
	const barHeight = box.h * 0.68;
	let x = box.x + pad;
	units.forEach((u, i) => {
		if (i % 2 === 0) bars.push(`M${n(x + (u * unit) / 2)} ${n(box.y + pad)}v${n(barHeight - pad)}`);
		x += u * unit;
	});
	// Bars are strokes so each keeps its own width: group them by width.
	const byWidth = new Map<string, string[]>();
	units.forEach((u, i) => {
		if (i % 2 !== 0) return;
		const key = n(u * unit);
		const list = byWidth.get(key) ?? [];
		list.push(bars[i / 2] ?? '');
		byWidth.set(key, list);
	});
	const paths = [...byWidth.entries()]
		.map(([width, ds]) => `<path d="${ds.join('')}" stroke="#111111" stroke-width="${width}"/>`)
		.join('');
	const digits = barcodeDigitsFor(slug);
	return (
		`<g class="barcode">${rect(box, 3, 'fill="#ffffff"')}${paths}` +
		textEl(digits, box.x + box.w / 2, box.y + box.h - pad * 0.9, box.h * 0.15, {
			face: 'regular',
			fill: '#111111',
			anchor: 'middle',
			spacing: 0.12,
		}) +
		'</g>'
	);
}

/** Font size of the serial number as a share of its label's height. */
export const SERIAL_FONT = 0.52;

export function serialLabel(box: Box, slug: string): string {
	return (
		`<g class="serial">${rect(box, 3, 'fill="#ffffff" stroke="#000000" stroke-opacity="0.25"')}` +
		textEl(serialFor(slug), box.x + box.w / 2, box.y + box.h / 2 + box.h * SERIAL_FONT * 0.36, box.h * SERIAL_FONT, {
			face: 'bold',
			fill: '#c1121f',
			anchor: 'middle',
			spacing: 0.04,
		}) +
		'</g>'
	);
}

export function photoId(box: Box): string {
	const cx = box.x + box.w / 2;
	return (
		`<g class="photo-id">${rect(box, 2, 'fill="#dfe3e6" stroke="#ffffff" stroke-width="3"')}` +
		`<circle cx="${n(cx)}" cy="${n(box.y + box.h * 0.4)}" r="${n(box.w * 0.22)}" fill="#9aa4ad"/>` +
		`<path d="M${n(box.x + box.w * 0.12)} ${n(box.y + box.h)}q0 ${n(-box.h * 0.3)} ${n(box.w * 0.38)} ${n(-box.h * 0.3)}` +
		`q${n(box.w * 0.38)} 0 ${n(box.w * 0.38)} ${n(box.h * 0.3)}Z" fill="#9aa4ad"/></g>`
	);
}

export function rfidChip(box: Box, defs: Defs): string {
	foilGradient('gold', defs);
	const chip = inset(box, box.w * 0.12, box.h * 0.2);
	const lines: string[] = [];
	for (let i = 1; i < 3; i++) lines.push(`M${n(chip.x)} ${n(chip.y + (chip.h * i) / 3)}h${n(chip.w)}`);
	lines.push(`M${n(chip.x + chip.w / 2)} ${n(chip.y)}v${n(chip.h)}`);
	return (
		`<g class="rfid">${rect(chip, chip.h * 0.18, 'fill="url(#foil)" stroke="#6b4e10" stroke-opacity="0.6"')}` +
		`<path d="${lines.join('')}" stroke="#6b4e10" stroke-opacity="0.6" stroke-width="1.2"/></g>`
	);
}

/** A made-up autograph in marker: a tall capital, a run of small letters, an underline flourish. */
export function signature(box: Box, slug: string, pal: Palette): string {
	const random = randomFor(slug, 'signature');
	const { w, h } = box;
	const x0 = box.x + w * between(random, 0.08, 0.2);
	const base = box.y + h * 0.62;
	const cap = h * between(random, 0.45, 0.62);
	let d = `M${n(x0)} ${n(base)}c${n(w * 0.02)} ${n(-cap * 0.6)} ${n(w * 0.1)} ${n(-cap * 1.1)} ${n(w * 0.07)} ${n(-cap)}`;
	d += `s${n(-w * 0.1)} ${n(cap * 0.75)} ${n(-w * 0.02)} ${n(cap * 0.95)}`;
	d += `c${n(w * 0.02)} ${n(h * 0.03)} ${n(w * 0.04)} ${n(-h * 0.15)} ${n(w * 0.06)} ${n(-h * 0.1)}`;
	const letters = 5 + Math.floor(random() * 5);
	const step = (w * between(random, 0.45, 0.6)) / letters;
	for (let i = 0; i < letters; i++) {
		const roll = random();
		if (roll < 0.18) {
			// an ascender loop, like an l or a b
			const tall = h * between(random, 0.35, 0.5);
			d += `c${n(step * 0.6)} ${n(-tall * 0.5)} ${n(step * 0.5)} ${n(-tall * 1.2)} ${n(step * 0.1)} ${n(-tall)}`;
			d += `s${n(step * 0.1)} ${n(tall * 0.9)} ${n(step * 0.6)} ${n(tall * 1.05)}`;
		} else if (roll < 0.3) {
			// a descender, like a g or a y
			const deep = h * between(random, 0.2, 0.3);
			d += `c${n(step * 0.5)} ${n(deep * 0.4)} ${n(step * 0.1)} ${n(deep * 1.4)} ${n(step * 0.3)} ${n(deep)}`;
			d += `s${n(step * 0.6)} ${n(-deep * 1.3)} ${n(step * 0.5)} ${n(-deep * 1.1)}`;
		} else {
			const hump = h * between(random, 0.1, 0.24);
			d += `q${n(step * 0.5)} ${n(-hump * 2)} ${n(step)} ${n(between(random, -0.04, 0.04) * h)}`;
		}
	}
	// The flourish: out to the right, then back under the name.
	d += `c${n(w * 0.08)} ${n(h * 0.02)} ${n(w * 0.06)} ${n(h * 0.28)} ${n(-w * 0.08)} ${n(h * 0.25)}`;
	d += `s${n(-w * 0.45)} ${n(-h * 0.02)} ${n(-w * 0.55)} ${n(h * 0.06)}`;
	const ink = pal.dark ? '#f0f0f0' : '#1b1b1b';
	return `<path class="signature" d="${d}" fill="none" stroke="${ink}" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round" stroke-opacity="0.9"/>`;
}
