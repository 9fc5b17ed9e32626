/** One generated pass: its frontmatter (every type, format, feature, grade and flaw occurs), story and photos. */
import { type Random } from '../../lib/art-random.ts';
import { RESERVED_PASS_SLUGS } from '../../../src/lib/lists/reserved-slugs.ts';
import { slugify } from '../../../src/lib/text/slugify.ts';
import { dayNumber, isoOfDay, monthOf } from './days.ts';
import { chance, intBetween, pickOf, someOf, weighted } from './draw.ts';
import { proseFor } from './prose.ts';
import { type BandSpec, DIMENSIONS, FEATURES, FLAWS, FORMAT_WORDS, FORMATS, GRADES, MEDIA, PASS_TYPES, type PassSpec, STICKY, type TourSpec, passTypeNames } from './specs.ts';
import { ADJECTIVES, FIRST_NAMES, LAST_NAMES, NOUNS, PLACES } from './vocabulary.ts';

export function makePass(random: Random, index: number, band: BandSpec, tours: TourSpec[], pool: { fronts: number; backs: number }, usedSlugs: Set<string>): PassSpec {
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
	const grade = weighted(random, GRADES);
	const flaws = someOf(random, FLAWS.filter((f) => STICKY.has(format) || !['backing-missing', 'backing-partial', 'peeled'].includes(f)), weighted(random, [[0, 40], [1, 35], [2, 18], [3, 7]] as const));
	const printer = weighted(random, [['perri', 40], ['otto', 25], ['', 35]] as const);
	const typeName = passTypeNames()[typeId] ?? typeId;
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
