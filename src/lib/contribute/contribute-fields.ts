/**
 * The fields of the form, one row each — the web form on /contribute/ and the "Submit a pass"
 * issue it opens: the control's name, the label people read (in the form, the issue and every
 * message about it), the issue field it fills, and the schema paths whose problems it shows. The
 * page is drawn from this table and the client reads it back; a row with `issue` is also its own
 * question in the issue (`submission-form-fields.ts` derives the issue form from this table, in
 * this order). So a new pass field is one row here. Browser-safe.
 */

/** Most characters of a one-line answer in the issue. */
const LINE = 200;

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
	/**
	 * The row's own question in the issue (id `issueField`, the row's label, filling the row's first
	 * path). Absent for controls gathered into one answer with others (a signature's parts, a
	 * source's), declared with the issue form.
	 */
	readonly issue?: IssueQuestion;
}

/** How a row is asked in the issue, where that differs from the web form or adds to it. */
export interface IssueQuestion {
	/** The words under the label in the issue: the issue has no other help. */
	readonly description: string;
	/** Most characters accepted in the answer. */
	readonly max: number;
	/** A menu of catalog entries here, a typed name there: GitHub's form cannot list the catalog. */
	readonly typed?: true;
	/** The issue's example, when it is not the web form's. */
	readonly placeholder?: string;
}

/**
 * A fieldset whose controls describe one item of a list in the pass (a signature, a source): the
 * reader can add copies of it, up to `max`, each filling the next item.
 */
export interface RepeatedSection {
	/** The pass's list the copies fill, in order. */
	readonly path: 'signatures' | 'sources';
	readonly max: number;
	/** What one copy is, for its legend and buttons: "signature" → "Signature 2", "Add another signature". */
	readonly noun: string;
}

export interface ContributeSection {
	readonly legend: string;
	readonly fields: readonly ContributeField[];
	readonly folded?: boolean;
	readonly repeat?: RepeatedSection;
}

/** Fieldsets in page order; each names its fields in order. */
export const CONTRIBUTE_SECTIONS: readonly ContributeSection[] = [
	{
		legend: 'The pass',
		fields: [
			{ name: 'title', label: 'Title', kind: 'text', issueField: 'pass-title', paths: ['title'], required: true, placeholder: 'In Utero Tour all-access laminate', hint: 'What is printed on it, or a short description.', issue: { description: 'What is printed on the pass, or a short description of it.', max: LINE } },
			{ name: 'band', label: 'Band', kind: 'select', choices: 'bands', issueField: 'band', paths: ['band'], required: true, hint: 'Not listed? Say so in the story; a maintainer adds the band first.', issue: { description: 'The band’s name as the catalog lists it (or its folder name, e.g. nirvana).', max: LINE, typed: true, placeholder: 'Nirvana' } },
			{ name: 'tour', label: 'Tour', kind: 'select', choices: 'tours', issueField: 'tour', paths: ['tour'], hint: 'The chosen band’s tours. Leave it for a one-off show.', issue: { description: 'The tour’s name as the catalog lists it. Leave empty for a one-off show.', max: LINE, typed: true, placeholder: 'In Utero Tour' } },
			{ name: 'leg', label: 'Tour leg', kind: 'text', issueField: 'leg', paths: ['leg'], hint: 'As the tour names it, e.g. “North America”.', issue: { description: 'The leg, as the tour names it (e.g. North America).', max: LINE } },
			{ name: 'type', label: 'Pass type', kind: 'select', choices: 'pass-types', issueField: 'type', paths: ['type'], required: true, hint: 'What it let its holder do.', issue: { description: 'What the pass let its holder do; the site’s “Pass types” pages explain each one.', max: LINE } },
			{ name: 'format', label: 'Format', kind: 'select', choices: 'formats', issueField: 'format', paths: ['format'], required: true, issue: { description: 'What the pass is made of.', max: LINE } },
			{ name: 'printer', label: 'Printer', kind: 'select', choices: 'printers', issueField: 'printer', paths: ['printer'], hint: 'Often printed on the back or the peel-off backing.', issue: { description: 'Who printed it, if it says (often on the back or the peel-off backing), e.g. OTTO.', max: LINE, typed: true } },
		],
	},
	{
		legend: 'Dates and place',
		fields: [
			{ name: 'validFrom', label: 'Valid from', kind: 'text', issueField: 'validFrom', paths: ['validFrom'], inputmode: 'numeric', placeholder: '1993, 1993-10 or 1993-10-18', hint: 'The date printed on the pass, or the show.', issue: { description: 'The show date, or the first day the pass was valid: YYYY, YYYY-MM or YYYY-MM-DD.', max: 40, placeholder: '1993-10-18' } },
			{ name: 'validTo', label: 'Valid to', kind: 'text', issueField: 'validTo', paths: ['validTo'], inputmode: 'numeric', hint: 'Only for a pass valid on several days.', issue: { description: 'The last day, for a pass valid on several days.', max: 40 } },
			{ name: 'year', label: 'Year', kind: 'text', issueField: 'year', paths: ['year'], inputmode: 'numeric', hint: 'Only when there is no date and no tour.', issue: { description: 'Only when there is no date and no tour: the year the pass was used.', max: 10 } },
			{ name: 'venue', label: 'Venue', kind: 'text', issueField: 'venue', paths: ['venue'], issue: { description: 'The venue of the show, for a pass from one show.', max: LINE } },
			{ name: 'city', label: 'City', kind: 'text', issueField: 'city', paths: ['city'], issue: { description: 'The city of the show.', max: LINE } },
			{ name: 'setlistFm', label: 'setlist.fm link', kind: 'text', issueField: 'setlistFm', paths: ['setlistFm'], inputmode: 'url', placeholder: 'https://www.setlist.fm/…', issue: { description: 'The show on setlist.fm, for a pass used at one show.', max: 500 } },
		],
	},
	{
		legend: 'Size and security',
		fields: [
			{ name: 'widthMm', label: 'Width (mm)', kind: 'text', issueField: 'dimensions-widthMm', paths: ['dimensions.widthMm', 'dimensions'], inputmode: 'decimal', issue: { description: 'Width of the pass in millimetres, if you can measure it.', max: 10 } },
			{ name: 'heightMm', label: 'Height (mm)', kind: 'text', issueField: 'dimensions-heightMm', paths: ['dimensions.heightMm'], inputmode: 'decimal', issue: { description: 'Height of the pass in millimetres.', max: 10 } },
			{ name: 'securityFeatures', label: 'Security features', kind: 'checks', choices: 'security-features', issueField: 'securityFeatures', paths: ['securityFeatures', 'securityFeatures[]'], issue: { description: 'Tick every feature you can see on the pass.', max: 2000 } },
		],
	},
	{
		legend: 'Signature',
		repeat: { path: 'signatures', max: 8, noun: 'signature' },
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
			{ name: 'grade', label: 'Condition', kind: 'select', choices: 'grades', issueField: 'condition-grade', paths: ['condition.grade', 'condition'], required: true, issue: { description: 'The overall grade, from mint (as issued) to poor.', max: LINE } },
			{ name: 'flaws', label: 'Flaws', kind: 'checks', choices: 'flaws', issueField: 'condition-flaws', paths: ['condition.flaws', 'condition.flaws[]'], issue: { description: 'Tick any that apply.', max: 2000 } },
			{ name: 'conditionNotes', label: 'Condition notes', kind: 'text', issueField: 'condition-notes', paths: ['condition.notes'], issue: { description: 'Anything else about its state, in a sentence.', max: 500 } },
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
		legend: 'Source',
		repeat: { path: 'sources', max: 5, noun: 'source' },
		fields: [
			{ name: 'sourceTitle', label: 'Source', kind: 'text', issueField: 'sources', paths: ['sources', 'sources[].title'], required: true, placeholder: 'The tour’s Wikipedia article; my own ticket stub', hint: 'Where the facts come from. Your own records count.' },
			{ name: 'sourceWhere', label: 'Where to find it', kind: 'text', issueField: 'sources', paths: ['sources[]', 'sources[].url', 'sources[].citation'], required: true, placeholder: 'https://… or “own collection”, “Book title, page 12”', hint: 'A web address, or a printed or personal reference.' },
		],
	},
	{
		legend: 'You',
		fields: [
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
			{ name: 'fakeOf', label: 'Fake of', kind: 'text', issueField: 'fakeOf', paths: ['fakeOf'], hint: 'For a known fake or reprint: the last part of the genuine pass’s address on this site.', issue: { description: 'If this is a known fake or reprint: the last part of the genuine pass’s address.', max: LINE } },
			{ name: 'tells', label: 'Tells of the fake', kind: 'textarea', issueField: 'tells', paths: ['tells', 'tells[]'], hint: 'How to spot it, one difference per line.', issue: { description: 'For a fake: how to spot it, one difference per line.', max: 2000 } },
			{ name: 'variantOf', label: 'Variant of', kind: 'text', issueField: 'variantOf', paths: ['variantOf'], hint: 'The last part of the address of the pass this varies.', issue: { description: 'If this is a variant of a pass in the catalog: the last part of that pass’s address.', max: LINE } },
			{ name: 'variantNote', label: 'How the variant differs', kind: 'text', issueField: 'variantNote', paths: ['variantNote'], issue: { description: 'Another colour, printer run or date?', max: 500 } },
			{ name: 'design', label: 'Design in the tour’s set', kind: 'text', issueField: 'design', paths: ['design'], hint: 'Only for tours with sets: the design’s id from the tour page.', issue: { description: 'Only for tours with sets of designs: the design’s id from the tour page.', max: LINE } },
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

/** The section a row's copies repeat with, for rows of a repeated section. */
export const REPEAT_OF_ROW: ReadonlyMap<string, RepeatedSection> = new Map(CONTRIBUTE_SECTIONS.flatMap(({ fields, repeat }) => (repeat ? fields.map((f) => [f.name, repeat] as const) : [])));

/** The control name of a row's copy by its place (from 0): `signer`, `signer-2`, `signer-3`. */
export function copyName(name: string, index: number): string {
	return index === 0 ? name : `${name}-${index + 1}`;
}

/** A control's row and copy (`signer-2` → signer, 1); undefined for a name no row has. */
export function copyOfControl(name: string): { row: ContributeField; index: number } | undefined {
	const match = /^(.*?)(?:-(\d+))?$/.exec(name);
	const row = CONTRIBUTE_FIELDS.find((f) => f.name === match?.[1]);
	const index = match?.[2] === undefined ? 0 : Number(match[2]) - 1;
	// A later copy is numbered from 2 ("signer-2"); "signer-1", "signer-0" or "signer-02" is no control.
	if (!row || index < 0 || copyName(row.name, index) !== name || index >= (REPEAT_OF_ROW.get(row.name)?.max ?? 1)) return undefined;
	return { row, index };
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
