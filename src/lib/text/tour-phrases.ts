/**
 * How a tour and its leg read inside a sentence. Tour names often carry their own article
 * ("The Joshua Tree Tour") and leg names their own noun ("Leg 1: North America"); writing "the"
 * or "leg" around them again produced "the The Joshua Tree Tour" and "Leg 1: North America leg".
 */

/** "the In Utero Tour", but "The Joshua Tree Tour" as it is. */
export function tourWithArticle(name: string): string {
	return /^the\s/i.test(name) ? name : `the ${name}`;
}

/** "Europe leg", but "Leg 1: North America" as it is. */
export function legPhrase(leg: string): string {
	return /\bleg\b/i.test(leg) ? leg : `${leg} leg`;
}
