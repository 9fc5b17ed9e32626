/**
 * Every closed vocabulary of the catalog, defined once: key → label.
 * The keys become zod enums (what contributors write), the labels are what pages show.
 * Pass *types* are not here on purpose: they are content (`content/pass-types/`), so a new type
 * needs a guide page, not a code change.
 */
// No zod here: the search page's script reads these labels, and an import of zod would put
// zod's shared chunk (≈ 25 kB gzip) on the search page. `enumOf` (enum-of.ts) makes the schemas.

export const PASS_FORMATS = {
	laminate: 'Laminate',
	'satin-sticky': 'Satin sticky',
	'cloth-sticky': 'Cloth sticky',
	'paper-sticky': 'Paper sticky',
	paper: 'Paper',
	card: 'Card',
	'plastic-card': 'Plastic card',
	wristband: 'Wristband',
} as const;
export type PassFormat = keyof typeof PASS_FORMATS;

/**
 * The formats that make a pass a "sticky": adhesive-backed satin, cloth or paper, stuck on
 * clothing for one show. Sticky says how a pass was made, not where it let the holder go, so it is
 * a format and never a pass type: a sticky is filed under the access printed on it (guest,
 * after-show, local crew…). Why: docs/architecture.md, "Access and format".
 */
export const STICKY_FORMATS: readonly PassFormat[] = ['satin-sticky', 'cloth-sticky', 'paper-sticky'];

export const SECURITY_FEATURES = {
	hologram: 'Hologram',
	'raised-print': 'Raised (embossed) print',
	foil: 'Foil stamping',
	'serial-number': 'Serial number',
	'uv-ink': 'UV-reactive ink',
	'colour-shift-ink': 'Colour-shift ink',
	perforation: 'Perforation',
	barcode: 'Barcode',
	rfid: 'RFID chip',
	'printer-backing': 'Printer’s mark on the backing',
	'photo-id': 'Holder’s photo',
	signature: 'Signature applied at issue',
	'hole-punch': 'Hole punch (validation)',
} as const;
export type SecurityFeature = keyof typeof SECURITY_FEATURES;

/** One grading scale for laminates and stickies; what differs between them is in `CONDITION_FLAWS`. */
export const CONDITION_GRADES = {
	mint: 'Mint',
	'near-mint': 'Near mint',
	excellent: 'Excellent',
	'very-good': 'Very good',
	good: 'Good',
	fair: 'Fair',
	poor: 'Poor',
} as const;
export type ConditionGrade = keyof typeof CONDITION_GRADES;

export const CONDITION_FLAWS = {
	'backing-missing': 'Backing missing (sticky)',
	'backing-partial': 'Backing partly missing (sticky)',
	peeled: 'Peeled and re-stuck (sticky)',
	'adhesive-residue': 'Adhesive residue',
	creased: 'Creased',
	'corner-wear': 'Corner wear',
	cut: 'Trimmed or cut',
	punched: 'Punched (extra hole)',
	'lamination-lifting': 'Lamination lifting',
	faded: 'Faded',
	stained: 'Stained',
	'written-on': 'Written on',
	'lanyard-missing': 'Lanyard or clip missing',
} as const;
export type ConditionFlaw = keyof typeof CONDITION_FLAWS;

export const PHOTO_SIDES = {
	front: 'Front',
	back: 'Back',
	detail: 'Detail',
} as const;
export type PhotoSide = keyof typeof PHOTO_SIDES;

export const SIGNATURE_MEDIA = {
	'marker': 'Marker',
	'paint-pen': 'Paint pen',
	ballpoint: 'Ballpoint',
	'felt-tip': 'Felt tip',
	pencil: 'Pencil',
	unknown: 'Unknown',
} as const;
export type SignatureMedium = keyof typeof SIGNATURE_MEDIA;

/**
 * When a signature was put on the pass. Nearly every signature is an autograph added afterwards —
 * it says who met whom, not whether the pass is genuine. Only a signature that was part of the pass
 * as it was handed out is a security feature (`SECURITY_FEATURES.signature`).
 */
export const SIGNATURE_OCCASIONS = {
	afterwards: 'Signed afterwards (an autograph)',
	'as-issued': 'Signed as issued (part of the pass when handed out)',
} as const;
export type SignatureOccasion = keyof typeof SIGNATURE_OCCASIONS;

/** How a period of a band's activity ended. */
export const ACTIVITY_ENDINGS = {
	split: 'Split up',
	hiatus: 'Went on hiatus',
} as const;
export type ActivityEnding = keyof typeof ACTIVITY_ENDINGS;

/** A band's status at a date; derived in `src/lib/catalog/band-status.ts`, never written by hand. */
export const BAND_STATUSES = {
	active: 'Active',
	reunited: 'Reunited',
	hiatus: 'On hiatus',
	defunct: 'Defunct',
	'not-formed': 'Not yet formed',
} as const;
export type BandStatus = keyof typeof BAND_STATUSES;

export const PASS_TYPE_RARITIES = {
	common: 'Common',
	uncommon: 'Uncommon',
	scarce: 'Scarce',
	rare: 'Rare',
} as const;
export type PassTypeRarity = keyof typeof PASS_TYPE_RARITIES;

export const PRINTER_MARK_PLACES = {
	backing: 'Peel-off backing',
	front: 'Front',
	back: 'Back of the card',
	edge: 'Edge or lanyard clip',
} as const;
