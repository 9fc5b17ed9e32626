/** Generated bands (names, countries, periods of activity) and their tours, with Zipf-like pass counts. */
import { type Random } from '../../lib/art-random.ts';
import { nameKeys } from '../../../src/lib/catalog/name-key.ts';
import { slugify } from '../../../src/lib/text/slugify.ts';
import { dayNumber, isoOfDay, LAST_YEAR, monthOf } from './days.ts';
import { chance, intBetween, pickOf, someOf } from './draw.ts';
import { type BandSpec, type TourSpec } from './specs.ts';
import { COUNTRIES, FIRST_NAMES, LAST_NAMES, LEG_NAMES, NAME_ADJECTIVES, NAME_NOUNS, NAME_SINGLES, ROLES, TOUR_KINDS, TOUR_WORDS } from './vocabulary.ts';

/** Zipf-like pass counts: band at rank r gets about N·r^-s / Σ, every band at least one. */
export function zipfCounts(total: number, bands: number, s = 0.8): number[] {
	const weights = Array.from({ length: bands }, (_, i) => (i + 1) ** -s);
	const sum = weights.reduce((a, b) => a + b, 0);
	const counts = weights.map((w) => Math.max(1, Math.floor((total * w) / sum)));
	let left = total - counts.reduce((a, b) => a + b, 0);
	for (let i = 0; left > 0; i = (i + 1) % bands, left--) counts[i] = (counts[i] ?? 0) + 1;
	for (let i = bands - 1; left < 0; i = i === 0 ? bands - 1 : i - 1) {
		if ((counts[i] ?? 0) > 1) {
			counts[i] = (counts[i] ?? 0) - 1;
			left++;
		}
	}
	return counts;
}

export function makeBands(random: Random, count: number): BandSpec[] {
	const taken = new Set<string>();
	const bands: BandSpec[] = [];
	const slugs = new Set<string>();
	let attempt = 0;
	while (bands.length < count) {
		attempt++;
		const style = random();
		let name: string;
		if (style < 0.45) name = `The ${pickOf(random, NAME_ADJECTIVES)} ${pickOf(random, NAME_NOUNS)}`;
		else if (style < 0.7) name = `${pickOf(random, NAME_ADJECTIVES)} ${pickOf(random, NAME_NOUNS)}`;
		else if (style < 0.85) name = pickOf(random, NAME_SINGLES);
		else name = `${pickOf(random, LAST_NAMES)} and the ${pickOf(random, NAME_NOUNS)}`;
		if (attempt > count * 4) name = `${name} ${toRoman(attempt % 40 + 1)}`;
		const aliases: string[] = [];
		const words = name.replace(/^The /, '').split(' ');
		if (words.length > 1 && chance(random, 0.5)) aliases.push(words.map((w) => w[0]).join('').toUpperCase());
		if (chance(random, 0.2)) aliases.push(`${name.replace(/^The /, '')} Band`);
		// The build's own rule for "reads as the same name" (confusables: "IE" and "LE" clash).
		const keysByName = [name, ...aliases].map((n) => [...new Set(nameKeys(n))]);
		const keys = keysByName.flat();
		if (keys.some((k) => taken.has(k) || k.length === 0) || new Set(keys).size !== keys.length) continue;
		const slug = slugify(name);
		if (slugs.has(slug)) continue;
		for (const k of keys) taken.add(k);
		slugs.add(slug);
		const [country, origins] = pickOf(random, COUNTRIES);
		const formed = intBetween(random, 1962, 2012);
		const pattern = random();
		const activity: BandSpec['activity'] = [];
		const spans: [string, string][] = [];
		const lastDay = `${LAST_YEAR}-12-31`;
		const firstDay = isoOfDay(dayNumber(`${formed}-01-01`) + intBetween(random, 0, 300));
		if (pattern < 0.45 || formed > LAST_YEAR - 6) {
			activity.push({ from: monthOf(firstDay) });
			spans.push([`${monthOf(firstDay)}-01`, lastDay]);
		} else {
			const endYear = Math.min(LAST_YEAR - 2, formed + intBetween(random, 4, 22));
			const end = `${endYear}-${String(intBetween(random, 1, 12)).padStart(2, '0')}`;
			const ended = pattern < 0.85 ? 'split' : 'hiatus';
			activity.push({ from: monthOf(firstDay), to: end, ended, ...(chance(random, 0.5) ? { note: ended === 'split' ? 'the singer left' : 'members took time off' } : {}) });
			spans.push([`${monthOf(firstDay)}-01`, `${end}-28`]);
			if (pattern > 0.6) {
				const back = endYear + intBetween(random, 2, 15);
				if (back <= LAST_YEAR) {
					activity.push({ from: String(back), ...(chance(random, 0.5) ? { note: 'reunited for a tour' } : {}) });
					spans.push([`${back}-01-01`, lastDay]);
				}
			}
		}
		const members = ROLES.slice(0, intBetween(random, 3, 5)).map((role) => ({ name: `${pickOf(random, FIRST_NAMES)} ${pickOf(random, LAST_NAMES)}`, role }));
		bands.push({ slug, name, aliases, country, origin: pickOf(random, origins), formed, activity, spans, members });
	}
	return bands;
}

function toRoman(n: number): string {
	const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
	let out = '';
	for (const [v, s] of table) while (n >= v) {
		out += s;
		n -= v;
	}
	return out;
}

export function makeTours(random: Random, band: BandSpec, usedSlugs: Set<string>): TourSpec[] {
	const tours: TourSpec[] = [];
	const names = new Set<string>();
	const count = intBetween(random, 3, 8);
	for (let t = 0; t < count * 3 && tours.length < count; t++) {
		const span = pickOf(random, band.spans);
		const spanStart = dayNumber(span[0]);
		const spanEnd = dayNumber(span[1]);
		if (spanEnd - spanStart < 60) continue;
		const length = intBetween(random, 20, 540);
		const startDay = spanStart + Math.floor(random() * Math.max(1, spanEnd - spanStart - length));
		const endDay = Math.min(spanEnd, startDay + length);
		const start = isoOfDay(startDay);
		const end = isoOfDay(endDay);
		const kind = pickOf(random, TOUR_KINDS);
		const base = chance(random, 0.5) ? `${pickOf(random, TOUR_WORDS)} ${pickOf(random, TOUR_WORDS)}` : pickOf(random, TOUR_WORDS);
		let name = `${base} ${kind}`;
		const clashes = (n: string) => nameKeys(n).some((k) => names.has(k));
		if (clashes(name)) name = `${name} ${start.slice(0, 4)}`;
		if (clashes(name)) continue;
		for (const k of nameKeys(name)) names.add(k);
		let slug = slugify(`${band.slug}-${base}-${start.slice(0, 4)}`);
		while (usedSlugs.has(slug)) slug = `${slug}-${tours.length + 2}`;
		usedSlugs.add(slug);
		const legs: TourSpec['legs'] = [];
		const legCount = endDay - startDay > 90 && chance(random, 0.55) ? intBetween(random, 2, 4) : 0;
		const legNames = someOf(random, LEG_NAMES, legCount);
		const cut = (endDay - startDay) / Math.max(1, legNames.length);
		legNames.forEach((legName, i) => {
			legs.push({ name: legName, start: isoOfDay(Math.round(startDay + i * cut)), end: isoOfDay(Math.round(startDay + (i + 1) * cut) - (i === legNames.length - 1 ? 0 : 1)) });
		});
		tours.push({ slug, band, name, start, end, legs, weight: 0.3 + random() * 2 });
	}
	return tours.sort((a, b) => a.start.localeCompare(b.start));
}
