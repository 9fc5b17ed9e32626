/**
 * Writes a synthetic catalog for the benchmark (`npm run bench`): a complete, valid content folder
 * that the site builds from with `CONTENT_DIR=<dir>`, without touching the real `content/`.
 *
 *   node scripts/bench/generate-catalog.ts --passes N --out DIR [--seed S] [--photo-pool K]
 *
 * - bands/: about N/25 bands with made-up unique names, formed 1962–2012, each active, split,
 *   reunited or on hiatus; pass counts per band follow a Zipf-like law (a few bands own many passes).
 * - tours/: 3–8 per band, dated inside the band's periods of activity, some with legs.
 * - passes/<slug>/index.mdx: every pass type, format, security feature, grade and flaw; some signed;
 *   dated by themselves, by their tour, or by a year; a story of 80–250 words of generated plain
 *   Markdown (no HTML, no `<`, `{`, `}`).
 * - photos: a pool of K (default 40) JPEGs drawn with the sample artwork's renderer
 *   (`scripts/lib/pass-art.ts`), half fronts and half backs, written once beside DIR (`photoPoolDir`: content/ holds only catalog files);
 *   each pass folder gets *hard links* named front.jpg and back.jpg to one front and one back, so a
 *   10,000-pass build measures the site rather than 20,000 AVIF encodes. With K ≥ 2N every pass gets
 *   photos of its own (used to measure the cold cost per photo).
 * - pass-types/, printers/, guides/: copied from the real content folder.
 *
 * Deterministic: the same N, seed and K give the same files. Everything is marked `example: true`.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { describeBack, describeFront, renderBackSvg, renderFrontSvg, renderJpeg } from '../generate-art.ts';
import type { ArtModel } from '../lib/pass-art.ts';
import { type Random, randomFrom } from '../lib/art-random.ts';
import { normaliseName } from '../../src/lib/normalise-name.ts';
import { RESERVED_PASS_SLUGS } from '../../src/lib/pass-orders.ts';
import { slugify } from '../../src/lib/browse-facets.ts';
import { CONDITION_FLAWS, SIGNATURE_MEDIA } from '../../src/schemas/enums.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const REAL_CONTENT = join(projectRoot, 'content');
/** Last year a generated tour or pass may fall in. */
const LAST_YEAR = 2025;

// ——— Randomness ———

function pickOf<T>(random: Random, items: readonly T[]): T {
	const item = items[Math.floor(random() * items.length)];
	if (item === undefined) throw new Error('pickOf: empty list');
	return item;
}

function intBetween(random: Random, min: number, max: number): number {
	return min + Math.floor(random() * (max - min + 1));
}

function chance(random: Random, p: number): boolean {
	return random() < p;
}

/** Picks by weight from [item, weight] pairs. */
function weighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
	const total = items.reduce((sum, [, w]) => sum + w, 0);
	let r = random() * total;
	for (const [item, w] of items) {
		r -= w;
		if (r < 0) return item;
	}
	const last = items.at(-1);
	if (!last) throw new Error('weighted: empty list');
	return last[0];
}

/** `count` distinct items, in the list's order. */
function someOf<T>(random: Random, items: readonly T[], count: number): T[] {
	const chosen = new Set<number>();
	while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(random() * items.length));
	return [...chosen]
		.sort((a, b) => a - b)
		.flatMap((i) => {
			const item = items[i];
			return item === undefined ? [] : [item];
		});
}

// ——— Days ———

const DAY = 86_400_000;
function dayNumber(iso: string): number {
	return Date.parse(`${iso}T00:00:00Z`) / DAY;
}
function isoOfDay(day: number): string {
	return new Date(day * DAY).toISOString().slice(0, 10);
}
function monthOf(iso: string): string {
	return iso.slice(0, 7);
}
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function spoken(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${MONTH_NAMES[(m ?? 1) - 1]} ${y}`;
}

// ——— Vocabulary ———

const NAME_ADJECTIVES = ['Black', 'Silver', 'Electric', 'Velvet', 'Broken', 'Neon', 'Crimson', 'Wild', 'Quiet', 'Golden', 'Iron', 'Paper', 'Glass', 'Midnight', 'Burning', 'Hollow', 'Lucky', 'Savage', 'Static', 'Atomic', 'Lonesome', 'Cosmic', 'Rusty', 'Sonic', 'Frozen', 'Holy', 'Crooked', 'Scarlet', 'Northern', 'Radio', 'Feral', 'Marble', 'Tender', 'Loud', 'Sugar', 'Thunder', 'Violet', 'Desert', 'Heavy', 'Little'];
const NAME_NOUNS = ['Wolves', 'Saints', 'Engines', 'Ghosts', 'Horses', 'Rebels', 'Lanterns', 'Sparrows', 'Machines', 'Kings', 'Daggers', 'Comets', 'Pilots', 'Tigers', 'Mirrors', 'Strangers', 'Vandals', 'Prophets', 'Satellites', 'Orchids', 'Bandits', 'Sirens', 'Drifters', 'Hornets', 'Monks', 'Giants', 'Echoes', 'Rockets', 'Cobras', 'Preachers', 'Ravens', 'Magnets', 'Harbours', 'Riots', 'Jets', 'Pirates', 'Furies', 'Lions', 'Skylarks', 'Outlaws'];
const NAME_SINGLES = ['Motorcade', 'Undertow', 'Heatwave', 'Blackout', 'Overdrive', 'Landslide', 'Firebrand', 'Voltage', 'Sandstorm', 'Wildfire', 'Riptide', 'Afterglow', 'Crossfire', 'Jackknife', 'Stampede', 'Bulldozer', 'Quicksand', 'Hurricane', 'Avalanche', 'Shockwave'];
const COUNTRIES = [['United States', ['Seattle, Washington', 'Los Angeles, California', 'Detroit, Michigan', 'Austin, Texas', 'Brooklyn, New York', 'Athens, Georgia', 'Minneapolis, Minnesota', 'Chicago, Illinois']], ['United Kingdom', ['Manchester, England', 'London, England', 'Sheffield, England', 'Glasgow, Scotland', 'Birmingham, England', 'Liverpool, England', 'Cardiff, Wales']], ['Ireland', ['Dublin', 'Cork']], ['Australia', ['Melbourne', 'Sydney', 'Perth']], ['Canada', ['Toronto, Ontario', 'Vancouver, British Columbia', 'Montreal, Quebec']], ['Germany', ['Berlin', 'Hamburg', 'Düsseldorf']], ['Sweden', ['Stockholm', 'Gothenburg']], ['Japan', ['Tokyo', 'Osaka']]] as const;
const TOUR_WORDS = ['Night', 'Fever', 'Horizon', 'Empire', 'Carnival', 'Voltage', 'Heart', 'Machine', 'Revolution', 'Summer', 'Thunder', 'Harvest', 'Dream', 'Signal', 'Chrome', 'Gravity', 'Paradise', 'Wilderness', 'Starlight', 'Exile', 'Shadow', 'Frontier', 'Velocity', 'Kingdom', 'Rebellion', 'Atlas', 'Mirage', 'Outpost', 'Eclipse', 'Jubilee', 'Cathedral', 'Highway', 'Satellite', 'Monsoon', 'Pilgrim', 'Zenith', 'Carousel', 'Inferno', 'Lullaby', 'Riot'];
const TOUR_KINDS = ['Tour', 'World Tour', 'Tour', 'Tour', 'Arena Tour', 'Stadium Tour', 'Reunion Tour', 'Club Tour', 'Summer Tour', 'Farewell Tour'];
const LEG_NAMES = ['North America', 'Europe', 'UK and Ireland', 'Japan', 'Australia and New Zealand', 'South America', 'Scandinavia', 'North America II', 'Europe II'];
const PLACES = [
	['Madison Square Garden', 'New York'], ['The Forum', 'Inglewood'], ['Wembley Stadium', 'London'], ['Hammersmith Odeon', 'London'], ['Budokan', 'Tokyo'],
	['Olympiahalle', 'Munich'], ['Waldbühne', 'Berlin'], ['Ahoy', 'Rotterdam'], ['Paradiso', 'Amsterdam'], ['Palais Omnisports', 'Paris'],
	['Red Rocks Amphitheatre', 'Morrison'], ['Spectrum', 'Philadelphia'], ['Cow Palace', 'San Francisco'], ['Boston Garden', 'Boston'], ['The Fillmore', 'San Francisco'],
	['Apollo', 'Manchester'], ['Barrowland', 'Glasgow'], ['Point Depot', 'Dublin'], ['Festhalle', 'Frankfurt'], ['Globen', 'Stockholm'],
	['Sydney Entertainment Centre', 'Sydney'], ['Rod Laver Arena', 'Melbourne'], ['Maple Leaf Gardens', 'Toronto'], ['Pacific Coliseum', 'Vancouver'], ['Estadio River Plate', 'Buenos Aires'],
	['Rose Bowl', 'Pasadena'], ['Cotton Bowl', 'Dallas'], ['Milton Keynes Bowl', 'Milton Keynes'], ['Knebworth Park', 'Knebworth'], ['Roskilde Festival', 'Roskilde'],
	['Hallenstadion', 'Zurich'], ['Stadthalle', 'Vienna'], ['Palacio de los Deportes', 'Madrid'], ['Forest National', 'Brussels'], ['Ice Hall', 'Helsinki'],
] as const;
const FIRST_NAMES = ['Alan', 'Barbara', 'Carl', 'Dana', 'Eddie', 'Fiona', 'Gus', 'Helen', 'Ivan', 'Jill', 'Kurt', 'Linda', 'Marty', 'Nina', 'Ozzie', 'Patti', 'Quentin', 'Rosa', 'Steve', 'Tina', 'Ulrich', 'Vera', 'Wes', 'Yoko', 'Zack', 'Bobby', 'Cheryl', 'Duff', 'Ellen', 'Frank', 'Gina', 'Hank', 'Iggy', 'Joan', 'Keith', 'Lou', 'Mick', 'Nico', 'Ronnie', 'Suzi'];
const LAST_NAMES = ['Archer', 'Bellamy', 'Cortez', 'Dempsey', 'Ellison', 'Fairweather', 'Garrick', 'Hollis', 'Ingram', 'Jennings', 'Kowalski', 'Lindqvist', 'McAllister', 'Novak', "O'Rourke", 'Pacheco', 'Quinlan', 'Ramsey', 'Sorensen', 'Thackeray', 'Underwood', 'Valdez', 'Whitlock', 'Yardley', 'Zimmerman', 'Abernathy', 'Brennan', 'Castellano', 'Donnelly', 'Everett', 'Fitzgerald', 'Gallagher', 'Haverford', 'Iverson', 'Jablonski', 'Kilmartin', 'Lockhart', 'Moreau', 'Nakamura', 'Okafor'];
const ROLES = ['singer', 'lead guitarist', 'bassist', 'drummer', 'keyboard player', 'rhythm guitarist', 'tour manager', 'production manager'];
const CREW_ROLES = ['a lighting tech', 'a stage hand', 'a guitar tech', 'the monitor engineer', 'a rigger', 'a caterer', 'a runner', 'a security guard', 'a merchandise seller', 'a local promoter', 'a photographer', 'a radio DJ', 'a bus driver', 'the wardrobe assistant', 'a drum tech', 'a pyro technician'];
const CONTAINERS = ['shoebox', 'tour jacket pocket', 'scrapbook', 'record sleeve', 'cigar tin', 'desk drawer', 'photo album', 'flight case', 'biscuit tin', 'filing cabinet'];
const ADJECTIVES = ['faded', 'glossy', 'battered', 'pristine', 'sun-bleached', 'creased', 'vivid', 'scuffed', 'cheerful', 'austere', 'garish', 'understated', 'heavy', 'flimsy', 'sturdy', 'bright', 'muted', 'crisp', 'worn', 'curious', 'unusual', 'typical', 'rare', 'plain', 'ornate', 'handsome', 'awkward', 'tidy', 'rough', 'elegant'];
const NOUNS = ['lanyard', 'clip', 'backing', 'hologram', 'foil stamp', 'serial number', 'border', 'logo', 'typeface', 'date block', 'colour band', 'corner', 'pouch', 'punch hole', 'barcode', 'crest', 'stripe', 'sticker', 'laminate', 'artwork', 'print run', 'stock', 'ink', 'edge', 'photo panel'];
const VERBS = ['survived', 'outlasted', 'travelled through', 'escaped', 'endured', 'came through', 'saw out', 'slipped past'];
const EVENTS = ['a flooded basement', 'three house moves', 'a divorce', 'a garage sale', 'two decades in storage', 'a fire at the venue', 'a long bus tour', 'an overzealous cleaner', 'a lost suitcase', 'a customs search'];
const OPENERS = ['Collectors', 'Dealers', 'Fans', 'Archivists', 'Crew veterans', 'Auction houses', 'Old roadies', 'Forum regulars'];
const JUDGEMENTS = ['prize', 'argue about', 'look out for', 'rarely see', 'often mistake', 'quietly hoard', 'catalogue carefully', 'overlook'];
const WEATHER = ['in pouring rain', 'in a heatwave', 'on a freezing night', 'under a full moon', 'after a long delay', 'in front of a sold-out crowd', 'with a new light show', 'with a stand-in drummer'];
const SONG_WORDS = ['Highway', 'Heart', 'Fire', 'Rain', 'Stranger', 'Midnight', 'River', 'Angel', 'Radio', 'Summer', 'Ghost', 'Runaway', 'Diamond', 'Thunder', 'Paradise', 'Wire', 'Honey', 'Lightning', 'Shadow', 'Glory'];

// ——— Content model ———

export interface BandSpec {
	slug: string;
	name: string;
	aliases: string[];
	country: string;
	origin: string;
	formed: number;
	activity: { from: string; to?: string; ended?: 'split' | 'hiatus'; note?: string }[];
	/** Active stretches as [first day, last day], for dating tours and passes. */
	spans: [string, string][];
	members: { name: string; role: string }[];
}

export interface TourSpec {
	slug: string;
	band: BandSpec;
	name: string;
	start: string;
	end: string;
	legs: { name: string; start: string; end: string }[];
	weight: number;
}

export interface PassSpec {
	slug: string;
	frontmatter: Record<string, unknown>;
	body: string;
	front: number;
	back: number;
}

export interface PoolPhoto {
	file: string;
	alt: string;
}

export interface GeneratedCatalog {
	dir: string;
	bands: BandSpec[];
	tours: TourSpec[];
	passes: PassSpec[];
	pool: { fronts: PoolPhoto[]; backs: PoolPhoto[] };
	seed: number;
}

const PASS_TYPES: readonly (readonly [string, number])[] = [
	['all-access', 15], ['crew', 10], ['working', 10], ['local-crew', 7], ['limited-access', 12],
	['sticky', 12], ['after-show', 10], ['guest', 11], ['photo-press', 8], ['production', 5],
];
const TYPE_NAMES: Record<string, string> = {
	'all-access': 'All access', crew: 'Crew', working: 'Working', 'local-crew': 'Local crew', 'limited-access': 'Limited access',
	sticky: 'Sticky', 'after-show': 'After-show', guest: 'Guest', 'photo-press': 'Photo/press', production: 'Production',
};
const FORMATS: readonly (readonly [string, number])[] = [
	['laminate', 28], ['satin-sticky', 25], ['cloth-sticky', 8], ['paper-sticky', 7], ['paper', 8], ['card', 10], ['plastic-card', 10], ['wristband', 4],
];
const FORMAT_WORDS: Record<string, string> = {
	laminate: 'laminate', 'satin-sticky': 'satin sticky', 'cloth-sticky': 'cloth sticky', 'paper-sticky': 'paper sticky', paper: 'paper pass', card: 'card', 'plastic-card': 'plastic card', wristband: 'wristband',
};
const DIMENSIONS: Record<string, readonly [number, number]> = {
	laminate: [76, 102], 'satin-sticky': [90, 70], 'cloth-sticky': [100, 75], 'paper-sticky': [85, 60], paper: [100, 60], card: [86, 54], 'plastic-card': [86, 54], wristband: [250, 25],
};
const FEATURES: readonly (readonly [string, number])[] = [
	['hologram', 20], ['raised-print', 6], ['foil', 10], ['serial-number', 18], ['uv-ink', 5], ['colour-shift-ink', 3], ['perforation', 6],
	['barcode', 8], ['rfid', 3], ['printer-backing', 10], ['photo-id', 4], ['hole-punch', 4],
];
const GRADES: readonly (readonly [string, number])[] = [['mint', 8], ['near-mint', 20], ['excellent', 25], ['very-good', 20], ['good', 15], ['fair', 8], ['poor', 4]];
const FLAWS = Object.keys(CONDITION_FLAWS);
const MEDIA = Object.keys(SIGNATURE_MEDIA);
const STICKY = new Set(['satin-sticky', 'cloth-sticky', 'paper-sticky']);


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

function makeBands(random: Random, count: number): BandSpec[] {
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
		const keys = [name, ...aliases].map(normaliseName);
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

function makeTours(random: Random, band: BandSpec, usedSlugs: Set<string>): TourSpec[] {
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
		if (names.has(normaliseName(name))) name = `${name} ${start.slice(0, 4)}`;
		if (names.has(normaliseName(name))) continue;
		names.add(normaliseName(name));
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

// ——— Prose ———

function proseFor(random: Random, facts: { band: BandSpec; tour: TourSpec | undefined; city: string | undefined; venue: string | undefined; date: string | undefined; year: number; typeName: string; formatWord: string; signed: string[] }): string {
	const { band, tour } = facts;
	const person = () => `${pickOf(random, FIRST_NAMES)} ${pickOf(random, LAST_NAMES)}`;
	const member = pickOf(random, band.members);
	const song = () => `${pickOf(random, SONG_WORDS)} ${pickOf(random, SONG_WORDS)}`;
	const where = facts.venue && facts.city ? `${facts.venue} in ${facts.city}` : facts.city ?? 'a hall nobody remembers';
	const when = facts.date ? spoken(facts.date) : String(facts.year);
	const sentences: (() => string)[] = [
		() => `${band.name} played ${where} on ${when}${tour ? `, part of the ${tour.name}` : ', a one-off show'}.`,
		() => `The show opened with ${song()} and closed ${pickOf(random, WEATHER)} with ${song()}.`,
		() => `This ${facts.typeName.toLowerCase()} ${facts.formatWord} was issued to ${pickOf(random, CREW_ROLES)} named ${person()}.`,
		() => `${person()}, ${pickOf(random, CREW_ROLES)} on the ${tour ? tour.name : 'date'}, kept it in a ${pickOf(random, CONTAINERS)} for ${intBetween(random, 5, 40)} years.`,
		() => `It has ${pickOf(random, VERBS)} ${pickOf(random, EVENTS)}, which explains the ${pickOf(random, ADJECTIVES)} ${pickOf(random, NOUNS)}.`,
		() => `${pickOf(random, OPENERS)} ${pickOf(random, JUDGEMENTS)} the ${pickOf(random, ADJECTIVES)} ${pickOf(random, NOUNS)} on passes of this run.`,
		() => `The ${pickOf(random, NOUNS)} is ${pickOf(random, ADJECTIVES)}, and the ${pickOf(random, NOUNS)} looks ${pickOf(random, ADJECTIVES)} next to it.`,
		() => `${member.name}, the band's ${member.role}, is said to have ${pickOf(random, ['signed a stack of these', 'hated the design', 'chosen the colours', 'lost his own copy', 'handed them out after the encore'])}.`,
		() => `Printed in ${facts.year} for ${band.name}, it is a ${pickOf(random, ADJECTIVES)} example of the ${facts.formatWord} passes of the ${Math.floor(facts.year / 10) * 10}s.`,
		() => `A second copy sold at auction in ${intBetween(random, 2001, 2024)} for about ${intBetween(random, 2, 60) * 10} dollars.`,
		() => `Backstage, ${person()} ${pickOf(random, ['checked every pass twice', 'waved the crew through', 'ran out of stickies by nine', 'taped a spare to the catering door'])}, and ${pickOf(random, ['nobody argued', 'the support act was late', 'the curfew was broken', 'the encore ran long'])}.`,
		() => `Its ${pickOf(random, NOUNS)} differs from the ${pickOf(random, ['earlier', 'later', 'European', 'American', 'festival'])} version, which used a ${pickOf(random, ADJECTIVES)} ${pickOf(random, NOUNS)} instead.`,
		() => `The ${pickOf(random, ['promoter', 'tour accountant', 'venue manager', 'support act', 'label rep'])} ${person()} remembered the night as ${pickOf(random, ['chaotic', 'magical', 'endless', 'tense', 'loud', 'cold', 'glorious'])}.`,
	];
	const target = intBetween(random, 80, 250);
	const paragraphs: string[] = [];
	let words = 0;
	let paragraph: string[] = [sentences[0]?.() ?? ''];
	words += (paragraph[0] ?? '').split(' ').length;
	// Templates are drawn without replacement (then reshuffled), so a story rarely repeats itself.
	let deck: (() => string)[] = [];
	while (words < target) {
		if (deck.length === 0) deck = sentences.slice(1).sort(() => random() - 0.5);
		const sentence = (deck.pop() ?? sentences[1] ?? (() => ''))();
		paragraph.push(sentence);
		words += sentence.split(' ').length;
		if (paragraph.length >= intBetween(random, 3, 5)) {
			paragraphs.push(paragraph.join(' '));
			paragraph = [];
		}
	}
	if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
	if (facts.signed.length > 0) paragraphs.push(`Signed by **${facts.signed.join('** and **')}** after the show.`);
	if (chance(random, 0.15)) paragraphs.push(`Things to check on a copy:\n\n- the ${pickOf(random, NOUNS)}\n- the ${pickOf(random, NOUNS)}\n- the *${pickOf(random, NOUNS)}* on the back`);
	if (chance(random, 0.1)) paragraphs.push(`More about the ${tour ? tour.name : 'show'} is in [the tour archive](https://example.com/archive/${band.slug}).`);
	return paragraphs.join('\n\n');
}

// ——— Passes ———

function makePass(random: Random, index: number, band: BandSpec, tours: TourSpec[], pool: { fronts: number; backs: number }, usedSlugs: Set<string>): PassSpec {
	const typeId = weighted(random, PASS_TYPES);
	const format = typeId === 'sticky' ? pickOf(random, ['satin-sticky', 'cloth-sticky', 'paper-sticky']) : weighted(random, FORMATS);
	const tour = tours.length > 0 && chance(random, 0.9) ? weighted(random, tours.map((t) => [t, t.weight] as const)) : undefined;
	let validFrom: string | undefined;
	let validTo: string | undefined;
	let year: number | undefined;
	let leg: string | undefined;
	if (tour) {
		const mode = random();
		const legSpec = tour.legs.length > 0 && chance(random, 0.6) ? pickOf(random, tour.legs) : undefined;
		leg = legSpec?.name;
		const from = dayNumber(legSpec?.start ?? tour.start);
		const to = dayNumber(legSpec?.end ?? tour.end);
		if (mode < 0.6) {
			validFrom = isoOfDay(from + Math.floor(random() * (to - from + 1)));
		} else if (mode < 0.75) {
			const a = from + Math.floor(random() * (to - from + 1));
			validFrom = isoOfDay(a);
			validTo = isoOfDay(Math.min(to, a + intBetween(random, 1, 4)));
			if (validTo === validFrom) validTo = undefined;
		} else if (mode < 0.82) {
			validFrom = monthOf(isoOfDay(from + Math.floor(random() * (to - from + 1))));
		}
		// else: dated by the tour
	} else {
		const span = pickOf(random, band.spans);
		const a = dayNumber(span[0]);
		const b = dayNumber(span[1]);
		const day = isoOfDay(a + Math.floor(random() * (b - a + 1)));
		if (chance(random, 0.6)) validFrom = day;
		else year = Number(day.slice(0, 4));
	}
	const dateText = validFrom ?? tour?.start ?? `${year}`;
	const passYear = Number(dateText.slice(0, 4));
	const place = validFrom && validFrom.length === 10 && chance(random, 0.75) ? pickOf(random, PLACES) : undefined;
	const featureCount = weighted(random, [[0, 20], [1, 35], [2, 25], [3, 14], [4, 6]] as const);
	const features: string[] = [];
	while (features.length < featureCount) {
		const f = weighted(random, FEATURES);
		if (!features.includes(f)) features.push(f);
	}
	if (STICKY.has(format) && chance(random, 0.3) && !features.includes('printer-backing')) features.push('printer-backing');
	const signatures = chance(random, 0.07)
		? someOf(random, band.members, intBetween(random, 1, 3)).map((m) => {
				const authenticated = chance(random, 0.3);
				return {
					signer: m.name,
					role: m.role,
					...(chance(random, 0.5) && validFrom ? { date: validFrom } : {}),
					medium: pickOf(random, MEDIA),
					...(authenticated ? { authenticated: true, authenticatedBy: `PSA/DNA certificate ${String.fromCharCode(65 + intBetween(random, 0, 25))}${intBetween(random, 10000, 99999)}` } : {}),
				};
			})
		: [];
	// A signed pass lists "signature" among its features (the schema requires it); unsigned ones never do.
	if (signatures.length > 0) features.push('signature');
	const grade = weighted(random, GRADES);
	const flaws = someOf(random, FLAWS.filter((f) => STICKY.has(format) || !['backing-missing', 'backing-partial', 'peeled'].includes(f)), weighted(random, [[0, 40], [1, 35], [2, 18], [3, 7]] as const));
	const printer = weighted(random, [['perri', 40], ['otto', 25], ['', 35]] as const);
	const typeName = TYPE_NAMES[typeId] ?? typeId;
	const formatWord = FORMAT_WORDS[format] ?? format;
	const title = `${tour ? tour.name : `${band.name} ${passYear}`} ${typeName.toLowerCase()} ${formatWord}${place ? `, ${place[1]}` : ''}`;
	const tourPart = tour ? slugify(tour.name).split('-').slice(0, 3).join('-') : 'show';
	let slug = slugify(`${band.slug.split('-').slice(0, 3).join('-')}-${tourPart}-${passYear}-${typeId}-${index.toString(36)}`);
	while (usedSlugs.has(slug) || RESERVED_PASS_SLUGS.has(slug)) slug = `${slug}-x`;
	usedSlugs.add(slug);
	const dims = DIMENSIONS[format];
	const front = pool.fronts > 0 ? index % pool.fronts : 0;
	const back = pool.backs > 0 ? index % pool.backs : 0;
	const addedDay = dayNumber('2024-01-01') + Math.floor(random() * 900);
	const signedNames = signatures.map((s) => s.signer);
	const body = proseFor(random, { band, tour, city: place?.[1], venue: place?.[0], date: validFrom && validFrom.length === 10 ? validFrom : undefined, year: passYear, typeName, formatWord, signed: signedNames });

	const frontmatter: Record<string, unknown> = {
		title,
		band: band.slug,
		...(tour ? { tour: tour.slug } : {}),
		...(leg ? { leg } : {}),
		type: typeId,
		...(validFrom ? { validFrom } : {}),
		...(validTo ? { validTo } : {}),
		...(year !== undefined ? { year } : {}),
		...(place ? { venue: place[0], city: place[1] } : {}),
		format,
		...(dims && chance(random, 0.6) ? { dimensions: { widthMm: dims[0], heightMm: dims[1] } } : {}),
		...(printer ? { printer } : {}),
		securityFeatures: features,
		signatures,
		condition: {
			grade,
			flaws,
			...(chance(random, 0.4) ? { notes: `${pickOf(random, ['Small', 'Faint', 'Visible', 'Light'])} ${pickOf(random, NOUNS)} wear, otherwise ${pickOf(random, ADJECTIVES)}.` } : {}),
		},
		photos: [] as unknown[],
		sources: [
			{ title: `Benchmark source for ${band.name}`, url: `https://example.com/bench/${band.slug}/${index}` },
			...(chance(random, 0.3) ? [{ title: 'Collector records', citation: `Owner's notes, box ${intBetween(random, 1, 40)}` }] : []),
		],
		contributors: chance(random, 0.8) ? ['Benchmark generator'] : ['Benchmark generator', `${pickOf(random, FIRST_NAMES)} ${pickOf(random, LAST_NAMES)}`],
		added: isoOfDay(addedDay),
		example: true,
	};
	return { slug, frontmatter, body, front, back };
}

// ——— Photos ———

async function makePool(random: Random, dir: string, size: number, bands: BandSpec[]): Promise<GeneratedCatalog['pool']> {
	mkdirSync(dir, { recursive: true });
	const fronts: PoolPhoto[] = [];
	const backs: PoolPhoto[] = [];
	const frontCount = Math.max(1, Math.ceil(size / 2));
	const backCount = Math.max(1, size - frontCount);
	// Wristbands are drawn 6:1, too thin for the photo checks (short side ≥ 300 px): not in the pool.
	const formats = ['laminate', 'satin-sticky', 'card', 'plastic-card', 'cloth-sticky', 'paper'];
	const jobs: { kind: 'front' | 'back'; i: number; model: ArtModel }[] = [];
	for (let i = 0; i < Math.max(frontCount, backCount); i++) {
		const band = bands[i % bands.length];
		if (!band) throw new Error('no bands');
		const format = formats[i % formats.length] ?? 'laminate';
		const year = intBetween(random, 1970, 2020);
		const model: ArtModel = {
			slug: `bench-pool-${i}`,
			band: band.name,
			tour: `${pickOf(random, TOUR_WORDS)} Tour`,
			passType: pickOf(random, Object.values(TYPE_NAMES)),
			date: String(year),
			year,
			place: chance(random, 0.5) ? `${pickOf(random, PLACES)[1]}` : null,
			format,
			printer: chance(random, 0.5) ? 'PERRi Entertainment' : null,
			features: someOf(random, ['hologram', 'serial-number', 'foil', 'barcode'], intBetween(random, 0, 2)),
			aspect: null,
		};
		if (i < frontCount) jobs.push({ kind: 'front', i, model });
		if (i < backCount) jobs.push({ kind: 'back', i, model });
	}
	let next = 0;
	const worker = async () => {
		while (next < jobs.length) {
			const job = jobs[next++];
			if (!job) break;
			const file = join(dir, `${job.kind}-${String(job.i).padStart(5, '0')}.jpg`);
			const svg = job.kind === 'front' ? renderFrontSvg(job.model) : renderBackSvg(job.model);
			writeFileSync(file, await renderJpeg(svg));
			const alt = job.kind === 'front' ? describeFront(job.model) : describeBack(job.model);
			(job.kind === 'front' ? fronts : backs)[job.i] = { file, alt };
		}
	};
	await Promise.all([worker(), worker(), worker(), worker()]);
	return { fronts, backs };
}

// ——— Writing ———

function writeJson(file: string, data: unknown): void {
	writeFileSync(file, `${JSON.stringify(data, null, '\t')}\n`);
}

function copyFolder(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) copyFileSync(join(from, name), join(to, name));
}

const YAML_OPTIONS = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const;

/** Writes one pass folder: index.mdx and hard links to its two pool photos. */
export function writePass(catalog: Pick<GeneratedCatalog, 'dir' | 'pool'>, pass: PassSpec): void {
	const folder = join(catalog.dir, 'passes', pass.slug);
	mkdirSync(folder, { recursive: true });
	const front = catalog.pool.fronts[pass.front];
	const back = catalog.pool.backs[pass.back];
	if (!front || !back) throw new Error(`no pool photo for ${pass.slug}`);
	const credit = 'Generated illustration (benchmark photo pool)';
	const frontmatter = {
		...pass.frontmatter,
		photos: [
			{ src: './front.jpg', alt: front.alt, side: 'front', credit },
			{ src: './back.jpg', alt: back.alt, side: 'back', credit },
		],
	};
	writeFileSync(join(folder, 'index.mdx'), `---\n${stringify(frontmatter, YAML_OPTIONS)}---\n\n${pass.body}\n`);
	for (const [name, photo] of [['front.jpg', front], ['back.jpg', back]] as const) {
		const target = join(folder, name);
		rmSync(target, { force: true });
		linkSync(photo.file, target);
	}
}

export interface GenerateOptions {
	passes: number;
	out: string;
	seed?: number;
	photoPool?: number;
}

/** Where the photo pool of a catalog generated into `dir` lives: beside it, on the same disk (for hard links). */
export function photoPoolDir(dir: string): string {
	return `${resolve(dir)}.photo-pool`;
}

/** Generates the whole catalog into `out` (emptied first). */
export async function generateCatalog(options: GenerateOptions): Promise<GeneratedCatalog> {
	const seed = options.seed ?? 1;
	const dir = resolve(options.out);
	const random = randomFrom(seed * 7919 + options.passes);
	rmSync(dir, { recursive: true, force: true });
	for (const sub of ['bands', 'tours', 'passes']) mkdirSync(join(dir, sub), { recursive: true });
	copyFolder(join(REAL_CONTENT, 'pass-types'), join(dir, 'pass-types'));
	copyFolder(join(REAL_CONTENT, 'printers'), join(dir, 'printers'));
	copyFolder(join(REAL_CONTENT, 'guides'), join(dir, 'guides'));

	const bandCount = Math.max(1, Math.round(options.passes / 25));
	const bands = makeBands(random, bandCount);
	const tourSlugs = new Set<string>();
	const toursByBand = new Map<BandSpec, TourSpec[]>(bands.map((b) => [b, makeTours(random, b, tourSlugs)]));
	rmSync(photoPoolDir(dir), { recursive: true, force: true });
	const pool = await makePool(random, photoPoolDir(dir), options.photoPool ?? 40, bands);

	const counts = zipfCounts(options.passes, bands.length);
	const passSlugs = new Set<string>();
	const passes: PassSpec[] = [];
	bands.forEach((band, rank) => {
		for (let k = 0; k < (counts[rank] ?? 0); k++) {
			passes.push(makePass(random, passes.length, band, toursByBand.get(band) ?? [], { fronts: pool.fronts.length, backs: pool.backs.length }, passSlugs));
		}
	});

	for (const band of bands) {
		writeJson(join(dir, 'bands', `${band.slug}.json`), {
			name: band.name,
			aliases: band.aliases,
			country: band.country,
			origin: band.origin,
			formed: band.formed,
			activity: band.activity,
			links: { wikipedia: `https://example.com/wiki/${band.slug}` },
			sources: [{ title: `Benchmark band ${band.name}`, url: `https://example.com/bands/${band.slug}` }],
		});
	}
	const tours = [...toursByBand.values()].flat();
	for (const tour of tours) {
		writeJson(join(dir, 'tours', `${tour.slug}.json`), {
			band: tour.band.slug,
			name: tour.name,
			start: tour.start,
			end: tour.end,
			legs: tour.legs,
			sources: [{ title: `Benchmark tour ${tour.name}`, url: `https://example.com/tours/${tour.slug}` }],
		});
	}
	const catalog: GeneratedCatalog = { dir, bands, tours, passes, pool, seed };
	for (const pass of passes) writePass(catalog, pass);
	return catalog;
}

/** Adds one more pass (for the "rebuild after adding one pass" measurement); returns its slug. */
export function addOnePass(catalog: GeneratedCatalog, seed = 99): PassSpec {
	const random = randomFrom(catalog.seed * 104_729 + seed);
	const band = catalog.bands[Math.floor(random() * catalog.bands.length)];
	if (!band) throw new Error('no bands');
	const tours = catalog.tours.filter((t) => t.band === band);
	const slugs = new Set(catalog.passes.map((p) => p.slug));
	const pass = makePass(random, catalog.passes.length, band, tours, { fronts: catalog.pool.fronts.length, backs: catalog.pool.backs.length }, slugs);
	catalog.passes.push(pass);
	writePass(catalog, pass);
	return pass;
}

/** The same entries as plain Markdown for the bare Astro baseline: title in frontmatter, same body. */
export function writeBareEntries(catalog: GeneratedCatalog, dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const pass of catalog.passes) {
		writeFileSync(join(dir, `${pass.slug}.md`), `---\n${stringify({ title: pass.frontmatter['title'] }, YAML_OPTIONS)}---\n\n${pass.body}\n`);
	}
}

async function main(argv: string[]): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			passes: { type: 'string' },
			out: { type: 'string' },
			seed: { type: 'string', default: '1' },
			'photo-pool': { type: 'string', default: '40' },
			help: { type: 'boolean', default: false },
		},
	});
	const passes = Number(values.passes);
	if (values.help || !values.out || !Number.isInteger(passes) || passes < 1) {
		console.log('Usage: node scripts/bench/generate-catalog.ts --passes N --out DIR [--seed S] [--photo-pool K]');
		return values.help ? 0 : 2;
	}
	if (existsSync(values.out) && resolve(values.out) === resolve(REAL_CONTENT)) {
		console.error('Refusing to overwrite the real content folder.');
		return 2;
	}
	const started = performance.now();
	const catalog = await generateCatalog({ passes, out: values.out, seed: Number(values.seed), photoPool: Number(values['photo-pool']) });
	console.log(
		`Wrote ${catalog.passes.length} passes, ${catalog.bands.length} bands, ${catalog.tours.length} tours and ` +
			`${catalog.pool.fronts.length + catalog.pool.backs.length} pool photos to ${catalog.dir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
	);
	return 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
	process.exitCode = await main(process.argv.slice(2));
}
