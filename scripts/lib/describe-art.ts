/**
 * Alt text for the generated artwork: one or two plain English sentences that say what the drawing
 * actually shows — its shape, colours, background pattern, the words printed on it and the security
 * features drawn — written from the facts the renderer notes while it draws (frontFacts/backFacts),
 * so the text cannot describe something the picture does not have.
 *
 * Every description starts with "Illustration of" so that nobody takes it for a photo of a real pass.
 */
import { backFacts, frontFacts, type ArtModel, type ArtShape, type BackFacts, type FeatureMark, type FrontFacts } from './pass-art.ts';

/** Descriptions aim to stay under this many characters; detail is dropped, in order, until they do. */
export const ALT_MAX = 300;

/** Detail levels, most detailed first; each later level leaves out one more nice-to-have. */
const LEVELS = 5;

/** Colour-shift ink, as it looks: a gradient from green through purple to pink. */
const SHIFT = 'green-to-pink colour-shift';

/** Printed text, quoted. */
function q(text: string): string {
	return `“${text}”`;
}

/** "a" or "an" before a word (looking past an opening quote). */
function a(word: string): string {
	return /^[^a-z0-9]*[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

/** "x", "x and y", "x, y and z". */
function list(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** The kind of pass drawn, without an article: "laminate pass", "satin sticky pass"… */
function noun(format: string, shape: ArtShape, level = 0): string {
	switch (format) {
		case 'laminate':
			return 'laminate pass';
		case 'plastic-card':
			return level < 1 ? 'glossy plastic card pass' : 'plastic card pass';
		case 'card':
			return 'card pass';
		case 'satin-sticky':
			return 'satin sticky pass';
		case 'cloth-sticky':
			return 'cloth sticky pass';
		case 'paper-sticky':
			return 'paper sticky pass';
		case 'paper':
			return 'paper pass';
		case 'wristband':
			return 'wristband';
		default:
			return shape === 'wristband' ? 'wristband' : shape === 'laminate' ? 'laminate pass' : shape === 'card' ? 'card pass' : 'pass';
	}
}

/** How it is made up, after the noun: " in a clear plastic pouch with a lanyard slot"; shorter when `brief`. */
function housing(format: string, shape: ArtShape, brief: boolean): string {
	if (shape === 'laminate') return brief ? ' in a clear pouch' : ' in a clear plastic pouch with a lanyard slot';
	if (format === 'card') return brief ? '' : ' with rounded corners';
	if (shape === 'wristband') return brief ? '' : ' with a fastening tab';
	return '';
}

/** "a laminate pass in a clear pouch", for the back. */
function subject(format: string, shape: ArtShape, brief: boolean): string {
	return `a ${noun(format, shape, brief ? 1 : 0)}${housing(format, shape, brief)}`;
}

function feature(mark: FeatureMark, level: number): string {
	switch (mark.kind) {
		case 'photo-id':
			return 'a blank ID photo';
		case 'rfid':
			return 'a gold RFID chip';
		case 'hologram':
			return `${a(mark.shape)}${level < 2 ? ' rainbow' : ''} hologram patch`;
		case 'barcode':
			return 'a barcode';
		case 'serial':
			return `the serial number ${q(mark.text)}${level < 2 ? ' in red on a white label' : ''}`;
	}
}

function emblem(facts: FrontFacts): string | null {
	const e = facts.emblem;
	if (e === null) return null;
	switch (e.kind) {
		case 'badge':
			return e.text !== null ? `a round ${e.text} badge` : 'a round badge with a star';
		case 'year':
			return `the year ${e.text ?? ''} in outline`;
		case 'star':
			return 'a large faint star';
	}
}

/** The words printed on the front, in reading order, with how the type lettering is set. */
function frontTexts(f: FrontFacts, level: number): string[] {
	const c = f.colours;
	const letteringInk = (colour: string) => (f.colourShift ? `${SHIFT} ink` : colour);
	let band = q(f.band);
	if (f.bandRaised) band += ' in raised letters';
	let tour: string | null = null;
	if (f.tourLine !== null) {
		tour = q(f.tourLine);
		if (f.foil !== null) tour += ` on a ${f.foil} foil band`;
		if (f.placeLine !== null) tour += ` over ${q(f.placeLine)}`;
	}
	const colours = level < 2;
	let lettering: string;
	switch (f.letteringPlacement) {
		case 'banner':
			lettering = `${q(f.lettering)}${colours || f.colourShift ? ` in ${letteringInk(c.accentInk)}` : ''} on ${a(c.accent)} banner`;
			break;
		case 'stripe-left':
		case 'stripe-right': {
			const side = f.letteringPlacement === 'stripe-left' ? 'left' : 'right';
			const run = f.letteringPlacement === 'stripe-left' ? 'running up' : 'running down';
			const ink = f.colourShift ? ` in ${SHIFT} ink` : '';
			lettering = colours ? `${q(f.lettering)}${ink} ${run} ${a(c.accent)} stripe on the ${side}` : `${q(f.lettering)}${ink} on ${a(c.accent)} side stripe`;
			break;
		}
		case 'large':
			band = `${q(f.band)}${f.bandRaised ? ' in raised letters' : ''}${colours ? ` in ${c.bg} on ${a(c.ink)} bar at the top` : ` on ${a(c.ink)} top bar`}`;
			lettering = `${q(f.lettering)} in large ${f.colourShift ? SHIFT : c.accent} letters`;
			break;
		case 'end-panel':
			lettering = `${q(f.lettering)}${colours || f.colourShift ? ` in ${letteringInk(c.accentInk)}` : ''} on ${a(c.accent)} panel at one end`;
			break;
	}
	const date = f.date !== null ? q(f.date) : null;
	if (f.layout === 'strip') {
		const under = [f.tourLine, f.date].filter((s): s is string => s !== null).join(' · ');
		return [lettering, band, ...(under !== '' ? [q(under)] : [])];
	}
	const texts = f.layout === 'bigtype' ? [band, lettering, tour] : [band, tour, lettering];
	texts.push(date);
	return texts.filter((s): s is string => s !== null);
}

/** The marks on top of the print: emblem, security features, signature, hole punch, perforation. */
function frontExtras(f: FrontFacts, level: number): string[] {
	const extras: string[] = [];
	const badge = level < 3 ? emblem(f) : null;
	if (badge !== null) extras.push(badge);
	if (f.foil !== null && f.tourLine === null) extras.push(`a thin ${f.foil} foil strip`);
	extras.push(...f.features.map((mark) => feature(mark, level)));
	if (f.signature !== null) extras.push(`a ${f.signature} marker signature`);
	if (f.holePunch) extras.push('a punched hole in the top right corner');
	if (f.perforation) extras.push('a perforated line along the top');
	return extras;
}

/**
 * The colours the front shows: the palette's name ("teal, cream and coral") when every colour in it
 * is on show in this layout, otherwise the colours that are, e.g. when colour-shift ink replaces one.
 */
function scheme(f: FrontFacts): string {
	const c = f.colours;
	const lettering = f.colourShift ? [] : [f.letteringPlacement === 'large' ? c.accent : c.accentInk];
	const shown = [...new Set([c.bg, c.ink, ...(f.letteringPlacement === 'large' ? [] : [c.accent]), ...lettering])];
	const named = f.scheme.split(/, | and /);
	return named.every((colour) => shown.includes(colour)) ? f.scheme : list(shown);
}

function frontAt(f: FrontFacts, level: number): string {
	const pattern = level < 4 ? `, patterned with ${f.pattern}` : '';
	const first = `Illustration of ${a(scheme(f))} ${noun(f.format, f.shape, level)}${housing(f.format, f.shape, level >= 1)}${pattern}.`;
	const extras = frontExtras(f, level);
	const second = `It reads ${list(frontTexts(f, level))}${extras.length > 0 ? `, with ${list(extras)}` : ''}.`;
	return `${first} ${second}`;
}

function shortest(build: (level: number) => string): string {
	let text = '';
	for (let level = 0; level < LEVELS; level++) {
		text = build(level);
		if (text.length <= ALT_MAX) return text;
	}
	return text;
}

/** Alt text for facts noted from a drawn front (see frontFacts). */
export function describeFrontFacts(facts: FrontFacts): string {
	return shortest((level) => frontAt(facts, level));
}

/** Alt text for facts noted from a drawn back (see backFacts). */
export function describeBackFacts(facts: BackFacts): string {
	return shortest((level) => backAt(facts, level));
}

/** Alt text for the front image drawn by renderFrontSvg(model). */
export function describeFront(model: ArtModel): string {
	return describeFrontFacts(frontFacts(model));
}

/** Alt text for the back image drawn by renderBackSvg(model). */
export function describeBack(model: ArtModel): string {
	return describeBackFacts(backFacts(model));
}

function serialPhrase(serial: string, level: number): string {
	const red = level < 2 ? ' in red' : '';
	return /_/.test(serial) ? `${q('No')}${red} with a blank line for the serial number` : `the serial number ${q(serial)}${red}`;
}

function backAt(b: BackFacts, level: number): string {
	const thing = subject(b.format, b.shape, level >= 1);
	switch (b.kind) {
		case 'backing': {
			const split = level < 3 ? 'a thin split line across it' : 'a split across it';
			if (b.repeated !== null) {
				return (
					`Illustration of the back of ${thing}: an off-white peel-off backing printed with ${q(b.repeated)} ` +
					`repeated diagonally in pale blue, with ${split}.`
				);
			}
			return `Illustration of the back of ${thing}: a plain off-white peel-off backing with ${split}, marked ${q('PEEL HERE')} with arrows on both sides of it.`;
		}
		case 'wristband': {
			const parts = [...(b.smallPrint ? ['its conditions of use in small print'] : []), ...(b.serial !== null ? [serialPhrase(b.serial, level)] : [])];
			return `Illustration of the inside of ${thing}: plain off-white${parts.length > 0 ? `, with ${list(parts)}` : ''}.`;
		}
		case 'plain': {
			const parts: string[] = [];
			if (b.strip !== null) parts.push(`${a(b.strip.colour)} ${level < 3 ? 'strip across the top' : 'top strip'} reading ${q(b.strip.text)}`);
			if (b.magneticStripe) parts.push('a black magnetic stripe');
			if (b.signaturePanel) parts.push(level < 3 ? `a hatched panel labelled ${q('AUTHORISED SIGNATURE')}` : `${a(q('AUTHORISED SIGNATURE'))} panel`);
			if (b.smallPrint) parts.push(level < 2 ? 'a paragraph of conditions of use' : 'conditions of use');
			if (b.writeOn.length > 0) parts.push(`write-in lines for ${list(b.writeOn)}`);
			if (b.printedBy !== null) parts.push(q(b.printedBy));
			if (b.serial !== null) parts.push(serialPhrase(b.serial, level));
			return `Illustration of the back of ${thing}: off-white${parts.length > 0 ? `, with ${list(parts)}` : ''}.`;
		}
	}
}
