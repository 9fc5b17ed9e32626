/**
 * Background patterns of the printed area, and what each looks like in words.
 */
import { between, pick, type Random } from '../art-random.ts';
import { type Box, clamp } from './geometry.ts';
import { type Palette, type PatternName } from './model.ts';
import { Defs, n } from './svg.ts';

/** The background pattern, and what it looks like in words (it is a shade of the background colour, so faint). */
export function drawPattern(name: PatternName, area: Box, pal: Palette, random: Random, defs: Defs): { svg: string; words: string } {
	const cover = `x="${n(area.x)}" y="${n(area.y)}" width="${n(area.w)}" height="${n(area.h)}"`;
	const diagonal = Math.hypot(area.w, area.h);
	switch (name) {
		case 'stripes': {
			const size = between(random, 26, 46);
			const angle = pick(random, [35, 45, 60, -45, -30, 90]);
			defs.add(
				`<pattern id="pat" patternUnits="userSpaceOnUse" width="${n(size)}" height="${n(size)}" patternTransform="rotate(${angle})">` +
					`<rect width="${n(size * 0.5)}" height="${n(size)}" fill="${pal.pat}"/>` +
					`<rect x="${n(size * 0.72)}" width="${n(size * 0.06)}" height="${n(size)}" fill="${pal.pat2}" fill-opacity="0.18"/></pattern>`,
			);
			return { svg: `<rect ${cover} fill="url(#pat)"/>`, words: angle === 90 ? 'faint horizontal stripes' : 'faint diagonal stripes' };
		}
		case 'starburst': {
			const cx = area.x + area.w * between(random, 0.15, 0.85);
			const cy = area.y + area.h * pick(random, [0.35, 0.5, 0.65, 1]);
			const rays = 2 * Math.round(between(random, 9, 16));
			const turn = random();
			const paths: string[] = [];
			for (let i = 0; i < rays; i += 2) {
				const a1 = ((i + turn) / rays) * 2 * Math.PI;
				const a2 = ((i + 1 + turn) / rays) * 2 * Math.PI;
				paths.push(
					`M${n(cx)} ${n(cy)}L${n(cx + diagonal * Math.cos(a1))} ${n(cy + diagonal * Math.sin(a1))}` +
						`L${n(cx + diagonal * Math.cos(a2))} ${n(cy + diagonal * Math.sin(a2))}Z`,
				);
			}
			return {
				svg:
					`<path d="${paths.join('')}" fill="${pal.pat}"/>` +
					`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(diagonal * 0.09)}" fill="${pal.pat2}" fill-opacity="0.14"/>`,
				words: 'a faint starburst of rays',
			};
		}
		case 'checks': {
			const size = between(random, 34, 60);
			const angle = random() < 0.5 ? 0 : 45;
			const half = n(size / 2);
			defs.add(
				`<pattern id="pat" patternUnits="userSpaceOnUse" width="${n(size)}" height="${n(size)}" patternTransform="rotate(${angle})">` +
					`<rect width="${half}" height="${half}" fill="${pal.pat}"/><rect x="${half}" y="${half}" width="${half}" height="${half}" fill="${pal.pat}"/></pattern>`,
			);
			return { svg: `<rect ${cover} fill="url(#pat)"/>`, words: angle === 0 ? 'a faint checkerboard' : 'a faint diamond checkerboard' };
		}
		case 'waves': {
			const amplitude = between(random, 7, 15);
			const wave = between(random, 70, 120);
			const gap = between(random, 26, 40);
			const rows: string[] = [];
			for (let y = area.y - gap; y < area.y + area.h + gap; y += gap) {
				let d = `M${n(area.x - wave)} ${n(y)}q${n(wave / 4)} ${n(-amplitude * 2)} ${n(wave / 2)} 0`;
				for (let x = area.x - wave / 2; x < area.x + area.w + wave; x += wave / 2) d += `t${n(wave / 2)} 0`;
				rows.push(d);
			}
			return { svg: `<path d="${rows.join('')}" fill="none" stroke="${pal.pat}" stroke-width="${n(gap * 0.42)}"/>`, words: 'faint wavy lines' };
		}
		case 'dots': {
			const size = between(random, 22, 36);
			const r = n(size * 0.2);
			defs.add(
				`<pattern id="pat" patternUnits="userSpaceOnUse" width="${n(size)}" height="${n(size)}">` +
					`<circle cx="${n(size / 4)}" cy="${n(size / 4)}" r="${r}" fill="${pal.pat}"/>` +
					`<circle cx="${n((size * 3) / 4)}" cy="${n((size * 3) / 4)}" r="${r}" fill="${pal.pat}"/></pattern>`,
			);
			return { svg: `<rect ${cover} fill="url(#pat)"/>`, words: 'faint polka dots' };
		}
		case 'halftone': {
			const step = between(random, 15, 20);
			const angle = random() * 2 * Math.PI;
			const ux = Math.cos(angle);
			const uy = Math.sin(angle);
			const circles: string[] = [];
			const cx = area.x + area.w / 2;
			const cy = area.y + area.h / 2;
			for (let y = area.y + step / 2; y < area.y + area.h + step; y += step) {
				for (let x = area.x + step / 2; x < area.x + area.w + step; x += step) {
					const t = 0.5 + ((x - cx) * ux + (y - cy) * uy) / diagonal;
					const r = step * 0.5 * clamp(t * 1.2 - 0.1, 0, 1);
					if (r > 0.6) circles.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}"/>`);
				}
			}
			return { svg: `<g fill="${pal.pat}">${circles.join('')}</g>`, words: 'faint halftone dots' };
		}
		case 'rings': {
			const cx = area.x + area.w * pick(random, [0, 0.5, 1]);
			const cy = area.y + area.h * pick(random, [0.3, 0.6, 1]);
			const gap = between(random, 22, 36);
			const circles: string[] = [];
			for (let r = gap; r < diagonal * 1.1; r += gap) circles.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}"/>`);
			return { svg: `<g fill="none" stroke="${pal.pat}" stroke-width="${n(gap * 0.45)}">${circles.join('')}</g>`, words: 'faint concentric rings' };
		}
		case 'chevrons': {
			const wave = between(random, 40, 70);
			const gap = between(random, 28, 44);
			const amplitude = wave * 0.35;
			const rows: string[] = [];
			for (let y = area.y - gap; y < area.y + area.h + gap; y += gap) {
				let d = `M${n(area.x - wave)} ${n(y)}`;
				for (let i = 0; area.x - wave + i * (wave / 2) < area.x + area.w + wave; i++) {
					d += `l${n(wave / 2)} ${n(i % 2 === 0 ? -amplitude : amplitude)}`;
				}
				rows.push(d);
			}
			return {
				svg: `<path d="${rows.join('')}" fill="none" stroke="${pal.pat}" stroke-width="${n(gap * 0.38)}" stroke-linejoin="miter"/>`,
				words: 'faint zigzag lines',
			};
		}
		case 'tartan': {
			const size = between(random, 90, 130);
			const band = size * 0.28;
			const line = size * 0.04;
			defs.add(
				`<pattern id="pat" patternUnits="userSpaceOnUse" width="${n(size)}" height="${n(size)}">` +
					`<rect width="${n(size)}" height="${n(band)}" fill="${pal.pat}"/>` +
					`<rect width="${n(band)}" height="${n(size)}" fill="${pal.pat}" fill-opacity="0.8"/>` +
					`<rect y="${n(size * 0.62)}" width="${n(size)}" height="${n(line)}" fill="${pal.pat2}" fill-opacity="0.2"/>` +
					`<rect x="${n(size * 0.62)}" width="${n(line)}" height="${n(size)}" fill="${pal.pat2}" fill-opacity="0.2"/></pattern>`,
			);
			return { svg: `<rect ${cover} fill="url(#pat)"/>`, words: 'a faint plaid' };
		}
	}
}
