/**
 * Earlier orders of the "Submit a pass" form's questions, by label. An issue keeps the order of the
 * form it was opened from, and an open issue is read again when it is edited or accepted; so an
 * issue that follows one of these orders exactly is in order, not "edited by hand". Only orders the
 * repository shipped belong here; drop one once no issue opened from it is still open.
 */
export const EARLIER_FORM_ORDERS: readonly (readonly string[])[] = [
	// Until 2026-12-05, before the issue took the web form's order (printer, the fake and variant questions, the contributor's name moved).
	[
		'Title',
		'Band',
		'Tour',
		'Tour leg',
		'Pass type',
		'Format',
		'Valid from',
		'Valid to',
		'Year',
		'Venue',
		'City',
		'setlist.fm link',
		'Width (mm)',
		'Height (mm)',
		'Printer',
		'Design in the tour’s set',
		'Variant of',
		'How the variant differs',
		'Fake of',
		'Tells of the fake',
		'Security features',
		'Signatures',
		'Condition',
		'Flaws',
		'Condition notes',
		'Photo: front',
		'Photo: front, description',
		'Photo: back',
		'Photo: back, description',
		'Photo: detail',
		'Photo: detail, description',
		'Photo credit',
		'Sources',
		'The story',
		'Your name in the catalog',
		'Permission',
	],
];

/** Whether these section labels come in this order, each at most once and each in it. */
export function followsOrder(labels: readonly string[], order: readonly string[]): boolean {
	const positions = labels.map((label) => order.indexOf(label));
	return positions.every((position, i) => position >= 0 && (i === 0 || position > (positions[i - 1] ?? -1)));
}
