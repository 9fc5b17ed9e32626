/** The story of a generated pass: 80–250 words of plain Markdown (no HTML, no `<`, `{`, `}`). */
import { type Random } from '../../lib/art-random.ts';
import { formatFuzzyDate, fuzzyDate } from '../../../src/lib/dates/fuzzy-date.ts';
import { chance, intBetween, pickOf } from './draw.ts';
import { type BandSpec, type TourSpec } from './specs.ts';
import { ADJECTIVES, CONTAINERS, CREW_ROLES, EVENTS, FIRST_NAMES, JUDGEMENTS, LAST_NAMES, NOUNS, OPENERS, SONG_WORDS, VERBS, WEATHER } from './vocabulary.ts';

export function proseFor(random: Random, facts: { band: BandSpec; tour: TourSpec | undefined; city: string | undefined; venue: string | undefined; date: string | undefined; year: number; typeName: string; formatWord: string; signed: string[] }): string {
	const { band, tour } = facts;
	const person = () => `${pickOf(random, FIRST_NAMES)} ${pickOf(random, LAST_NAMES)}`;
	const member = pickOf(random, band.members);
	const song = () => `${pickOf(random, SONG_WORDS)} ${pickOf(random, SONG_WORDS)}`;
	const where = facts.venue && facts.city ? `${facts.venue} in ${facts.city}` : facts.city ?? 'a hall nobody remembers';
	const when = facts.date ? formatFuzzyDate(fuzzyDate(facts.date)) : String(facts.year);
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
