/**
 * The fields of the web form on /contribute/, one row each: the control's name, the label people
 * read (also in every message about it), the "Submit a pass" issue field it fills, and the schema
 * paths whose problems it shows. The page is drawn from this table and the client reads it back,
 * so a field, its words and its place in the issue are one row; a test checks that every row fills
 * an issue field and every issue field has a row. Browser-safe.
 */

export type ContributeKind = 'text' | 'textarea' | 'select' | 'checks' | 'photos';

/** Where a select's or a checkbox group's choices come from. */
export type ChoiceSource = 'bands' | 'tours' | 'pass-types' | 'formats' | 'printers' | 'security-features' | 'signature-media' | 'grades' | 'flaws' | 'consent';

export interface ContributeField {
	/** The control's name (its id is `f-<name>`). */
	readonly name: string;
	readonly label: string;
	readonly kind: ContributeKind;
	/** The issue form field (`src/lib/contribute/submission-form-fields.ts`) this answer goes into. */
	readonly issueField: string;
	/** Schema paths, lists as `[]`, whose problems this control shows. */
	readonly paths: readonly string[];
	readonly required?: boolean;
	readonly hint?: string;
	readonly placeholder?: string;
	readonly choices?: ChoiceSource;
	readonly inputmode?: 'numeric' | 'decimal' | 'url';
	readonly autocomplete?: string;
}

/** Fieldsets in page order; each names its fields in order. */
export const CONTRIBUTE_SECTIONS: readonly { legend: string; fields: readonly ContributeField[]; folded?: boolean }[] = [
	{
		legend: 'The pass',
		fields: [
			{ name: 'title', label: 'Title', kind: 'text', issueField: 'pass-title', paths: ['title'], required: true, placeholder: 'In Utero Tour all-access laminate', hint: 'What is printed on it, or a short description.' },
			{ name: 'band', label: 'Band', kind: 'select', choices: 'bands', issueField: 'band', paths: ['band'], required: true, hint: 'Not listed? Say so in the story; a maintainer adds the band first.' },
			{ name: 'tour', label: 'Tour', kind: 'select', choices: 'tours', issueField: 'tour', paths: ['tour'], hint: 'The chosen band’s tours. Leave it for a one-off show.' },
			{ name: 'leg', label: 'Tour leg', kind: 'text', issueField: 'leg', paths: ['leg'], hint: 'As the tour names it, e.g. “North America”.' },
			{ name: 'type', label: 'Pass type', kind: 'select', choices: 'pass-types', issueField: 'type', paths: ['type'], required: true, hint: 'What it let its holder do.' },
			{ name: 'format', label: 'Format', kind: 'select', choices: 'formats', issueField: 'format', paths: ['format'], required: true },
			{ name: 'printer', label: 'Printer', kind: 'select', choices: 'printers', issueField: 'printer', paths: ['printer'], hint: 'Often printed on the back or the peel-off backing.' },
		],
	},
	{
		legend: 'Dates and place',
		fields: [
			{ name: 'validFrom', label: 'Valid from', kind: 'text', issueField: 'validFrom', paths: ['validFrom'], inputmode: 'numeric', placeholder: '1993, 1993-10 or 1993-10-18', hint: 'The date printed on the pass, or the show.' },
			{ name: 'validTo', label: 'Valid to', kind: 'text', issueField: 'validTo', paths: ['validTo'], inputmode: 'numeric', hint: 'Only for a pass valid on several days.' },
			{ name: 'year', label: 'Year', kind: 'text', issueField: 'year', paths: ['year'], inputmode: 'numeric', hint: 'Only when there is no date and no tour.' },
			{ name: 'venue', label: 'Venue', kind: 'text', issueField: 'venue', paths: ['venue'] },
			{ name: 'city', label: 'City', kind: 'text', issueField: 'city', paths: ['city'] },
			{ name: 'setlistFm', label: 'setlist.fm link', kind: 'text', issueField: 'setlistFm', paths: ['setlistFm'], inputmode: 'url', placeholder: 'https://www.setlist.fm/…' },
		],
	},
	{
		legend: 'Size and security',
		fields: [
			{ name: 'widthMm', label: 'Width (mm)', kind: 'text', issueField: 'dimensions-widthMm', paths: ['dimensions.widthMm', 'dimensions'], inputmode: 'decimal' },
			{ name: 'heightMm', label: 'Height (mm)', kind: 'text', issueField: 'dimensions-heightMm', paths: ['dimensions.heightMm'], inputmode: 'decimal' },
			{ name: 'securityFeatures', label: 'Security features', kind: 'checks', choices: 'security-features', issueField: 'securityFeatures', paths: ['securityFeatures', 'securityFeatures[]'] },
		],
	},
	{
		legend: 'Signature',
		fields: [
			{ name: 'signer', label: 'Signed by', kind: 'text', issueField: 'signatures', paths: ['signatures', 'signatures[]', 'signatures[].signer', 'signatures[].occasion'], hint: 'Leave empty if it is not signed.' },
			{ name: 'signerRole', label: 'Their part', kind: 'text', issueField: 'signatures', paths: ['signatures[].role'], placeholder: 'bassist' },
			{ name: 'signedOn', label: 'Signed on', kind: 'text', issueField: 'signatures', paths: ['signatures[].date'], inputmode: 'numeric', placeholder: '1993-10' },
			{ name: 'signedWith', label: 'Signed with', kind: 'select', choices: 'signature-media', issueField: 'signatures', paths: ['signatures[].medium'] },
			{ name: 'authenticatedBy', label: 'Certified by', kind: 'text', issueField: 'signatures', paths: ['signatures[].authenticatedBy', 'signatures[].authenticated'], hint: 'Company and certificate number, if certified.' },
		],
	},
	{
		legend: 'Condition',
		fields: [
			{ name: 'grade', label: 'Condition', kind: 'select', choices: 'grades', issueField: 'condition-grade', paths: ['condition', 'condition.grade'], required: true },
			{ name: 'flaws', label: 'Flaws', kind: 'checks', choices: 'flaws', issueField: 'condition-flaws', paths: ['condition.flaws', 'condition.flaws[]'] },
			{ name: 'conditionNotes', label: 'Condition notes', kind: 'text', issueField: 'condition-notes', paths: ['condition.notes'] },
		],
	},
	{
		legend: 'Photos',
		fields: [
			{ name: 'photos', label: 'Photos', kind: 'photos', issueField: 'photos-front', paths: ['photos', 'photos[]', 'photos[].src', 'photos[].side'], required: true, hint: 'JPEG, PNG, WebP or AVIF, one still image each. They are prepared here, in your browser, and never uploaded by this site.' },
			{ name: 'credit', label: 'Photos by', kind: 'text', issueField: 'photos-credit', paths: ['photos[].credit'], required: true, autocomplete: 'name' },
		],
	},
	{
		legend: 'Sources and you',
		fields: [
			{ name: 'sourceTitle', label: 'Source', kind: 'text', issueField: 'sources', paths: ['sources', 'sources[].title'], required: true, placeholder: 'The tour’s Wikipedia article; my own ticket stub', hint: 'Where the facts come from. Your own records count.' },
			{ name: 'sourceWhere', label: 'Where to find it', kind: 'text', issueField: 'sources', paths: ['sources[]', 'sources[].url', 'sources[].citation'], required: true, placeholder: 'https://… or “own collection”, “Book title, page 12”', hint: 'A web address, or a printed or personal reference.' },
			{ name: 'contributor', label: 'Your name in the catalog', kind: 'text', issueField: 'contributors', paths: ['contributors', 'contributors[]'], required: true, autocomplete: 'name' },
		],
	},
	{
		legend: 'The story',
		fields: [
			{ name: 'story', label: 'The story', kind: 'textarea', issueField: 'story', paths: ['story'], required: true, hint: 'Where the pass comes from, who had it, what you know. Plain text or Markdown (**bold**, [links](https://…)); no HTML.' },
		],
	},
	{
		legend: 'A fake, a variant or part of a set',
		folded: true,
		fields: [
			{ name: 'fakeOf', label: 'Fake of', kind: 'text', issueField: 'fakeOf', paths: ['fakeOf'], hint: 'For a known fake or reprint: the last part of the genuine pass’s address on this site.' },
			{ name: 'tells', label: 'Tells of the fake', kind: 'textarea', issueField: 'tells', paths: ['tells', 'tells[]'], hint: 'How to spot it, one difference per line.' },
			{ name: 'variantOf', label: 'Variant of', kind: 'text', issueField: 'variantOf', paths: ['variantOf'], hint: 'The last part of the address of the pass this varies.' },
			{ name: 'variantNote', label: 'How the variant differs', kind: 'text', issueField: 'variantNote', paths: ['variantNote'] },
			{ name: 'design', label: 'Design in the tour’s set', kind: 'text', issueField: 'design', paths: ['design'], hint: 'Only for tours with sets: the design’s id from the tour page.' },
		],
	},
	{
		legend: 'Permission',
		fields: [
			{ name: 'consent', label: 'Permission', kind: 'checks', choices: 'consent', issueField: 'consent', paths: ['consent'], required: true },
		],
	},
];

export const CONTRIBUTE_FIELDS: readonly ContributeField[] = CONTRIBUTE_SECTIONS.flatMap((s) => s.fields);

/** Issue fields the photo widget fills besides `photos-front`: the other slots and every description. */
export const PHOTO_ISSUE_FIELDS = ['photos-front', 'photos-back', 'photos-detail', 'photos-front-alt', 'photos-back-alt', 'photos-detail-alt'] as const;

export function controlId(name: string): string {
	return `f-${name}`;
}

/** The id of a photo's description box, by its place in the list. */
export function photoAltId(index: number): string {
	return `f-photo-alt-${index}`;
}

/**
 * The row showing problems at a schema path (`photos[].credit`): the row that names it, or the
 * row of its closest parent path. Undefined when no row does: the summary still lists it.
 */
export function fieldForPath(general: string): ContributeField | undefined {
	for (let path = general; path !== ''; path = path.replace(/(\.[^.[\]]*|\[\])$/, '')) {
		const row = CONTRIBUTE_FIELDS.find((f) => f.paths.includes(path));
		if (row) return row;
		if (!/(\.[^.[\]]*|\[\])$/.test(path)) break;
	}
	return undefined;
}
