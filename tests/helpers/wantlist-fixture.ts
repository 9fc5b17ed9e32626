/**
 * Pass ids shaped like the catalog's own (tour-year[-venue]-type-format, about 47 characters on
 * average, as in content/passes/), for measuring share links: a few dozen bands with several
 * tours each, venues from a long list, so ids share beginnings the way a real wantlist's do
 * without repeating whole.
 */
import { randomFrom } from '../../scripts/lib/seeded-random.ts';

const BAND_WORDS = 'black iron velvet electric silver midnight crimson stone rolling broken neon wild paper static golden hollow savage cosmic lunar northern'.split(' ');
const BAND_NOUNS = 'sabbath maiden riders horses lizards wolves machines kings prophets saints engines ravens tigers serpents comets rebels'.split(' ');
const TOUR_WORDS = 'world farewell reunion summer winter victory heavy thunder endless divine secret burning open final electric return second night'.split(' ');
const VENUES =
	'wembley fenway forum o2 garden hammersmith budokan palladium ahoy olympia bercy hallenstadion spectrum cowpalace msg rosemont coliseum superdome astrodome kingdome apollo roundhouse marquee paradiso'.split(' ');
const TYPES = ['all-access-laminate', 'crew-satin-sticky', 'guest-paper-sticky', 'photo-press-paper', 'vip-plastic-card', 'production-laminate', 'after-show-cloth-sticky', 'local-crew-satin-sticky'];

export function realisticPassIds(count: number, seed = 1): string[] {
	const random = randomFrom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
	const bands = Array.from({ length: 30 }, () => `${pick(BAND_WORDS)}-${pick(BAND_NOUNS)}`);
	const tours = bands.map(() => Array.from({ length: 4 }, () => ({ name: random() < 0.5 ? `${pick(TOUR_WORDS)}-tour` : `${pick(TOUR_WORDS)}-${pick(TOUR_WORDS)}`, year: 1968 + Math.floor(random() * 50) })));
	const ids = new Set<string>();
	while (ids.size < count) {
		const b = Math.floor(random() * random() * bands.length);
		const tour = pick(tours[b] ?? []);
		const venue = random() < 0.6 ? `-${pick(VENUES)}` : '';
		ids.add(`${bands[b]?.split('-')[1]}-${tour.name}-${tour.year + Math.floor(random() * 2)}${venue}-${pick(TYPES)}`);
	}
	return [...ids];
}
