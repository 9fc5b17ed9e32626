/**
 * What the artwork is drawn from (ArtModel) and what it shows (FrontFacts, BackFacts): the
 * types every part of the drawing shares.
 */

/** What the artwork needs to know about a pass, with every name already resolved. */
export interface ArtModel {
	readonly slug: string;
	readonly band: string;
	/** Tour name; null for one-off shows. */
	readonly tour: string | null;
	/** Pass type name, e.g. "All access". */
	readonly passType: string;
	/** Date as printed, e.g. "18 OCT 1993", "1993" or "1992–93"; null when unknown. */
	readonly date: string | null;
	readonly year: number | null;
	/** Venue and city, e.g. "Wembley Stadium, London"; null when unknown. */
	readonly place: string | null;
	/** A key of PASS_FORMATS ("laminate", "satin-sticky"…). */
	readonly format: string;
	/** Printer name; null when unknown. */
	readonly printer: string | null;
	/** Keys of SECURITY_FEATURES. */
	readonly features: readonly string[];
	/** Width ÷ height of the real pass, when its dimensions are known. */
	readonly aspect: number | null;
}

export type ArtShape = 'laminate' | 'sticky' | 'card' | 'wristband';
export type LayoutName = 'header' | 'stripe' | 'bigtype';
export type PatternName = 'stripes' | 'starburst' | 'checks' | 'waves' | 'dots' | 'halftone' | 'rings' | 'chevrons' | 'tartan';
export type EmblemName = 'badge' | 'year' | 'star' | 'none';

/** Plain colour words for a palette's colours, for the alt text. */
export interface ColourWords {
	readonly bg: string;
	readonly ink: string;
	readonly accent: string;
	readonly accentInk: string;
}

export interface Palette {
	readonly name: string;
	/** The colour scheme in plain words, e.g. "red, white and black". */
	readonly label: string;
	readonly words: ColourWords;
	readonly bg: string;
	/** Background pattern, close to bg. */
	readonly pat: string;
	/** Second pattern colour, used sparingly. */
	readonly pat2: string;
	readonly ink: string;
	readonly accent: string;
	readonly accentInk: string;
	readonly dark: boolean;
}

/** A security feature drawn in the row at the bottom of the front, left to right. */
export type FeatureMark =
	| { readonly kind: 'photo-id' }
	| { readonly kind: 'rfid' }
	| { readonly kind: 'hologram'; readonly shape: 'oval' | 'square' }
	| { readonly kind: 'barcode'; readonly digits: string }
	| { readonly kind: 'serial'; readonly text: string };

/** Where the pass-type lettering sits. */
export type LetteringPlacement = 'banner' | 'stripe-left' | 'stripe-right' | 'large' | 'end-panel';

/**
 * What the front shows, noted while it is drawn (so it cannot drift from the drawing): the alt text
 * is written from this. Texts are as printed, in capitals where the artwork uses capitals.
 */
export interface FrontFacts {
	readonly shape: ArtShape;
	readonly format: string;
	/** The colour scheme in plain words, e.g. "red, white and black". */
	readonly scheme: string;
	readonly colours: ColourWords;
	/** The background pattern in words, e.g. "faint diagonal stripes". */
	readonly pattern: string;
	readonly layout: LayoutName | 'strip';
	readonly band: string;
	/** The band name has an embossed (raised print) edge. */
	readonly bandRaised: boolean;
	/** The line under the band name: the tour, or the venue of a one-off show. */
	readonly tourLine: string | null;
	/** The smaller venue line under the tour name. */
	readonly placeLine: string | null;
	/** A foil band behind the tour line (or a thin foil strip when there is no tour line). */
	readonly foil: 'gold' | 'silver' | null;
	readonly lettering: string;
	readonly letteringPlacement: LetteringPlacement;
	/** The lettering is printed in colour-shift ink (a green–purple–pink gradient). */
	readonly colourShift: boolean;
	readonly date: string | null;
	readonly emblem: { readonly kind: 'badge' | 'year' | 'star'; readonly text: string | null } | null;
	readonly features: readonly FeatureMark[];
	/** A marker signature, and the colour of the marker. */
	readonly signature: 'white' | 'black' | null;
	readonly perforation: boolean;
	readonly holePunch: boolean;
}

/** What the back shows, noted while it is drawn. */
export interface BackFacts {
	readonly shape: ArtShape;
	readonly format: string;
	/** A sticky's peel-off backing, the plain back of a pass, or the inside of a wristband. */
	readonly kind: 'backing' | 'plain' | 'wristband';
	/** Backing: the printer's name as repeated diagonally across it. */
	readonly repeated: string | null;
	/** Backing: "PEEL HERE" marks with arrows either side of the split. */
	readonly peelHere: boolean;
	/** Plain back: the strip across the top, its colour and its text. */
	readonly strip: { readonly colour: string; readonly text: string } | null;
	readonly magneticStripe: boolean;
	/** An "AUTHORISED SIGNATURE" label over a hatched signature panel. */
	readonly signaturePanel: boolean;
	/** A paragraph of conditions of use. */
	readonly smallPrint: boolean;
	/** Write-in lines, e.g. ["NAME", "COMPANY", "AREAS"]. */
	readonly writeOn: readonly string[];
	/** The serial number as printed: "No 01234", or "No ______" with a blank for the number. */
	readonly serial: string | null;
	/** "Printed by …" */
	readonly printedBy: string | null;
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The pass-type lettering: the type's name in capitals, without a parenthetical ("Sticky (satin)" → "STICKY"). */
export function typeLettering(passType: string): string {
	const bare = passType.replace(/\s*\([^()]*\)/g, '').replace(/\s+/g, ' ').trim();
	return (bare === '' ? passType.trim() : bare).toUpperCase();
}
