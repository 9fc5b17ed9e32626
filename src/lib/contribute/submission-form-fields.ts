/**
 * The "Submit a pass" issue form, one row per field: its id (the pass field it fills, so a link can
 * prefill it: `?band=nirvana`), the label GitHub prints above the answer in the issue, and the
 * schema paths it fills. The template (`.github/ISSUE_TEMPLATE/submit-pass.yml`) is generated from
 * this table and the issue is read back with it; a test checks every schema field is here or in
 * `NOT_IN_FORM`. Browser-safe: the web form on /contribute/ builds its issue link from it too.
 */
import { CONDITION_FLAWS, CONDITION_GRADES, PASS_FORMATS, SECURITY_FEATURES } from '../../schemas/enums.ts';

export type FieldKind = 'input' | 'textarea' | 'dropdown' | 'checkboxes';

/** Where a field's choices come from: an enum table, or content (pass types). */
export type OptionSource = Readonly<Record<string, string>> | 'pass-types';

export interface FormField {
	/**
	 * The issue form id: the pass field, `-` for `.` ("condition-grade"), or `pass-` and the field
	 * for a text field whose name GitHub's new-issue link reads itself (`GITHUB_LINK_PARAMETERS`).
	 */
	readonly id: string;
	/** What GitHub prints as `### Label` in the issue body; unique. */
	readonly label: string;
	readonly kind: FieldKind;
	readonly description: string;
	readonly placeholder?: string;
	readonly required?: boolean;
	readonly options?: OptionSource;
	/** Most characters accepted in the answer. */
	readonly max: number;
	/** Schema paths this answer fills ("photos[].alt"); empty for answers that are not pass data. */
	readonly fills: readonly string[];
}

const LINE = 200;

/**
 * Names GitHub's new-issue link reads for itself (`?title=` is the title, `?labels=` its
 * labels…). A field with one of these ids could not be prefilled, and its answer would replace
 * GitHub's own value — the Title field once turned the issue title "New pass: …" into the bare title.
 */
export const GITHUB_LINK_PARAMETERS: ReadonlySet<string> = new Set(['title', 'body', 'template', 'labels', 'assignees', 'projects', 'milestone', 'type']);

/** The photo slots, in the order they go into `photos`. */
export const PHOTO_SLOTS = ['front', 'back', 'detail'] as const;
export type PhotoSlot = (typeof PHOTO_SLOTS)[number];

const photoFields = PHOTO_SLOTS.flatMap((side): FormField[] => [
	{
		id: `photos-${side}`,
		label: `Photo: ${side}`,
		kind: 'textarea',
		description: `Drag one photo of the ${side} of the pass into this box${side === 'front' ? '' : ' (optional)'}. Wait until its link appears.`,
		required: side === 'front',
		max: 1000,
		fills: ['photos[].src', 'photos[].side'],
	},
	{
		id: `photos-${side}-alt`,
		label: `Photo: ${side}, description`,
		kind: 'input',
		description: `What the ${side} photo shows, for people who cannot see it — a sentence, not a file name.`,
		placeholder: side === 'front' ? 'Teal laminate with ALL ACCESS on a coral banner and a square hologram' : '',
		required: side === 'front',
		max: 500,
		fills: ['photos[].alt'],
	},
]);

export const FORM_FIELDS: readonly FormField[] = [
	{ id: 'pass-title', label: 'Title', kind: 'input', description: 'What is printed on the pass, or a short description of it.', placeholder: 'In Utero Tour all-access laminate', required: true, max: LINE, fills: ['title'] },
	{ id: 'band', label: 'Band', kind: 'input', description: 'The band’s name as the catalog lists it (or its folder name, e.g. nirvana).', placeholder: 'Nirvana', required: true, max: LINE, fills: ['band'] },
	{ id: 'tour', label: 'Tour', kind: 'input', description: 'The tour’s name as the catalog lists it. Leave empty for a one-off show.', placeholder: 'In Utero Tour', max: LINE, fills: ['tour'] },
	{ id: 'leg', label: 'Tour leg', kind: 'input', description: 'The leg, as the tour names it (e.g. North America).', max: LINE, fills: ['leg'] },
	{ id: 'type', label: 'Pass type', kind: 'dropdown', description: 'What the pass let its holder do; the site’s “Pass types” pages explain each one.', required: true, options: 'pass-types', max: LINE, fills: ['type'] },
	{ id: 'format', label: 'Format', kind: 'dropdown', description: 'What the pass is made of.', required: true, options: PASS_FORMATS, max: LINE, fills: ['format'] },
	{ id: 'validFrom', label: 'Valid from', kind: 'input', description: 'The show date, or the first day the pass was valid: YYYY, YYYY-MM or YYYY-MM-DD.', placeholder: '1993-10-18', max: 40, fills: ['validFrom'] },
	{ id: 'validTo', label: 'Valid to', kind: 'input', description: 'The last day, for a pass valid on several days.', max: 40, fills: ['validTo'] },
	{ id: 'year', label: 'Year', kind: 'input', description: 'Only when there is no date and no tour: the year the pass was used.', max: 10, fills: ['year'] },
	{ id: 'venue', label: 'Venue', kind: 'input', description: 'The venue of the show, for a pass from one show.', max: LINE, fills: ['venue'] },
	{ id: 'city', label: 'City', kind: 'input', description: 'The city of the show.', max: LINE, fills: ['city'] },
	{ id: 'setlistFm', label: 'setlist.fm link', kind: 'input', description: 'The show on setlist.fm, for a pass used at one show.', max: 500, fills: ['setlistFm'] },
	{ id: 'dimensions-widthMm', label: 'Width (mm)', kind: 'input', description: 'Width of the pass in millimetres, if you can measure it.', max: 10, fills: ['dimensions.widthMm'] },
	{ id: 'dimensions-heightMm', label: 'Height (mm)', kind: 'input', description: 'Height of the pass in millimetres.', max: 10, fills: ['dimensions.heightMm'] },
	{ id: 'printer', label: 'Printer', kind: 'input', description: 'Who printed it, if it says (often on the back or the peel-off backing), e.g. OTTO.', max: LINE, fills: ['printer'] },
	{ id: 'design', label: 'Design in the tour’s set', kind: 'input', description: 'Only for tours with sets of designs: the design’s id from the tour page.', max: LINE, fills: ['design'] },
	{ id: 'variantOf', label: 'Variant of', kind: 'input', description: 'If this is a variant of a pass in the catalog: the last part of that pass’s address.', max: LINE, fills: ['variantOf'] },
	{ id: 'variantNote', label: 'How the variant differs', kind: 'input', description: 'Another colour, printer run or date?', max: 500, fills: ['variantNote'] },
	{ id: 'fakeOf', label: 'Fake of', kind: 'input', description: 'If this is a known fake or reprint: the last part of the genuine pass’s address.', max: LINE, fills: ['fakeOf'] },
	{ id: 'tells', label: 'Tells of the fake', kind: 'textarea', description: 'For a fake: how to spot it, one difference per line.', max: 2000, fills: ['tells'] },
	{ id: 'securityFeatures', label: 'Security features', kind: 'checkboxes', description: 'Tick every feature you can see on the pass.', options: SECURITY_FEATURES, max: 2000, fills: ['securityFeatures'] },
	{
		id: 'signatures',
		label: 'Signatures',
		kind: 'textarea',
		description: 'One line per signature: who | their part | when | what with (marker, paint pen, ballpoint, felt tip, pencil) | who certified it. Only the name is needed.',
		placeholder: 'Kurt Cobain | singer | 1993-10 | marker',
		max: 2000,
		fills: ['signatures'],
	},
	{ id: 'condition-grade', label: 'Condition', kind: 'dropdown', description: 'The overall grade, from mint (as issued) to poor.', required: true, options: CONDITION_GRADES, max: LINE, fills: ['condition.grade'] },
	{ id: 'condition-flaws', label: 'Flaws', kind: 'checkboxes', description: 'Tick any that apply.', options: CONDITION_FLAWS, max: 2000, fills: ['condition.flaws'] },
	{ id: 'condition-notes', label: 'Condition notes', kind: 'input', description: 'Anything else about its state, in a sentence.', max: 500, fills: ['condition.notes'] },
	...photoFields,
	{ id: 'photos-credit', label: 'Photo credit', kind: 'input', description: 'Who took the photos: the name shown under them.', required: true, max: LINE, fills: ['photos[].credit'] },
	{
		id: 'sources',
		label: 'Sources',
		kind: 'textarea',
		description: 'Where the facts come from, one per line: what it is | a link or a printed reference. Your own records count (“My ticket stub and pass | own collection”).',
		placeholder: 'Live Nirvana concert chronology | https://www.livenirvana.com/',
		required: true,
		max: 4000,
		fills: ['sources'],
	},
	{ id: 'story', label: 'The story', kind: 'textarea', description: 'How the pass was used and where it came from, in plain text or Markdown (no HTML, no images). Everything here is published.', max: 20000, fills: [] },
	{ id: 'contributors', label: 'Your name in the catalog', kind: 'input', description: 'How the entry credits you. Leave empty to be credited by your GitHub username.', max: LINE, fills: ['contributors'] },
	{ id: 'consent', label: 'Permission', kind: 'checkboxes', description: 'Both are needed before the pass can be added.', required: true, options: { photos: 'The photos are mine, or their photographer agrees to publishing them with the credit above.', public: 'I understand that this issue and its photos are public.' }, max: 1000, fills: [] },
];

/** Pass fields the form does not ask for, and why. */
export const NOT_IN_FORM: Readonly<Record<string, string>> = {
	added: 'the day the submission is converted',
	example: 'a submission documents a real pass; only maintainers mark illustrative entries',
	'photos[].caption': 'optional; a maintainer can add one in review',
};

/** The row for a label, as GitHub prints it in the issue. */
export const FIELD_BY_LABEL: ReadonlyMap<string, FormField> = new Map(FORM_FIELDS.map((f) => [f.label, f]));
export const FIELD_BY_ID: ReadonlyMap<string, FormField> = new Map(FORM_FIELDS.map((f) => [f.id, f]));

/** The form's option text for a key: "Hologram (hologram)", so the answer names the key. */
export function optionLabel(key: string, label: string): string {
	return `${label} (${key})`;
}

export interface NamedEntry {
	readonly id: string;
	readonly name: string;
}

/** The option texts of a dropdown or checkbox field, in table order. */
export function fieldOptions(field: FormField, passTypes: readonly NamedEntry[]): { key: string; text: string }[] {
	if (field.options === undefined) return [];
	if (field.options === 'pass-types') return passTypes.map((t) => ({ key: t.id, text: optionLabel(t.id, t.name) }));
	if (field.id === 'consent') return Object.entries(field.options).map(([key, text]) => ({ key, text }));
	return Object.entries(field.options).map(([key, label]) => ({ key, text: optionLabel(key, label) }));
}

/** The label to name in a message about a schema path ("photos[1].alt" needs the slot: pass it in). */
export function labelForPath(path: string): string | undefined {
	const general = path.replace(/\[\d+\]/g, '[]');
	for (let p = general; p !== ''; p = p.replace(/(\.[^.[\]]*|\[\])$/, '')) {
		const field = FORM_FIELDS.find((f) => f.fills.includes(p));
		if (field) return field.label;
		if (!/(\.[^.[\]]*|\[\])$/.test(p)) break;
	}
	return undefined;
}
