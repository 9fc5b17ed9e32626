/**
 * The "Submit a pass" issue form, one row per question: its id (the pass field it fills, so a link
 * can prefill it: `?band=nirvana`), the label GitHub prints above the answer, and the schema paths
 * it fills. Derived from the web form's table (`contribute-fields.ts`), in its order, so the two
 * forms ask the same things with the same labels; only answers that gather several controls are
 * declared here. The template (`.github/ISSUE_TEMPLATE/submit-pass.yml`) is generated from
 * `FORM_FIELDS` and the issue is read back with it; a test checks every schema field is here or in
 * `NOT_IN_FORM`. Browser-safe: the web form builds its issue link from it too.
 */
import { CONDITION_FLAWS, CONDITION_GRADES, PASS_FORMATS, SECURITY_FEATURES } from '../../schemas/enums.ts';
import { CONTRIBUTE_FIELDS, type ChoiceSource, type ContributeField, type ContributeKind, type IssueQuestion } from './contribute-fields.ts';

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
/** The permission boxes, by key. */
const CONSENT: Readonly<Record<string, string>> = { photos: 'The photos are mine, or their photographer agrees to publishing them with the credit above.', public: 'I understand that this issue and its photos are public.' };

/**
 * Names GitHub's new-issue link reads for itself (`?title=` is the issue's title, `?labels=` its
 * labels…). A field with one of these ids could not be prefilled, and its answer would replace
 * GitHub's own value — the Title field once turned the issue title "New pass: …" into the bare title.
 */
export const GITHUB_LINK_PARAMETERS: ReadonlySet<string> = new Set(['title', 'body', 'template', 'labels', 'assignees', 'projects', 'milestone', 'type']);

/** What GitHub writes in the issue body for a question left empty. */
export const NO_RESPONSE = '_No response_';

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

/**
 * Issue answers that are not one control of the web form: several controls in one answer (a
 * signature, a source), the photo widget's six, and words of their own. Each is asked where the
 * web form first names it (`issueField`).
 */
const GATHERED: Readonly<Record<string, readonly FormField[]>> = {
	'photos-front': photoFields,
	'photos-credit': [{ id: 'photos-credit', label: 'Photo credit', kind: 'input', description: 'Who took the photos: the name shown under them.', required: true, max: LINE, fills: ['photos[].credit'] }],
	signatures: [
		{
			id: 'signatures',
			label: 'Signatures',
			kind: 'textarea',
			description: 'One line per signature: who | their part | when | what with (marker, paint pen, ballpoint, felt tip, pencil) | who certified it. Only the name is needed.',
			placeholder: 'Kurt Cobain | singer | 1993-10 | marker',
			max: 2000,
			fills: ['signatures'],
		},
	],
	sources: [
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
	],
	contributors: [{ id: 'contributors', label: 'Your name in the catalog', kind: 'input', description: 'How the entry credits you. Leave empty to be credited by your GitHub username.', max: LINE, fills: ['contributors'] }],
	story: [{ id: 'story', label: 'The story', kind: 'textarea', description: 'How the pass was used and where it came from, in plain text or Markdown (no HTML, no images). Everything here is published.', max: 20000, fills: [] }],
	consent: [{ id: 'consent', label: 'Permission', kind: 'checkboxes', description: 'Both are needed before the pass can be added.', required: true, options: CONSENT, max: 1000, fills: [] }],
};

const ISSUE_KIND: Readonly<Record<ContributeKind, FieldKind>> = { text: 'input', textarea: 'textarea', select: 'dropdown', checks: 'checkboxes', photos: 'textarea' };
/** The issue's options for a menu or boxes of the web form; catalog entries are typed instead (`typed`). */
const ISSUE_OPTIONS: Partial<Readonly<Record<ChoiceSource, OptionSource>>> = {
	'pass-types': 'pass-types',
	formats: PASS_FORMATS,
	'security-features': SECURITY_FEATURES,
	grades: CONDITION_GRADES,
	flaws: CONDITION_FLAWS,
};

/** A row's own question: its label, its words for the issue, filling its first path. */
function questionOf(row: ContributeField, question: IssueQuestion): FormField {
	const kind = question.typed ? 'input' : ISSUE_KIND[row.kind];
	const options = row.choices === undefined ? undefined : ISSUE_OPTIONS[row.choices];
	if ((kind === 'dropdown' || kind === 'checkboxes') && options === undefined) throw new Error(`${row.name}: the issue has no options for ${row.choices ?? 'it'}`);
	const placeholder = question.placeholder ?? row.placeholder;
	return {
		id: row.issueField,
		label: row.label,
		kind,
		description: question.description,
		...(placeholder === undefined ? {} : { placeholder }),
		...(row.required ? { required: true } : {}),
		...(options === undefined || kind === 'input' || kind === 'textarea' ? {} : { options }),
		max: question.max,
		fills: [row.paths[0] ?? ''],
	};
}

/** The issue form, in the web form's order. */
export const FORM_FIELDS: readonly FormField[] = issueForm();

function issueForm(): FormField[] {
	const fields = new Map<string, FormField>();
	for (const row of CONTRIBUTE_FIELDS) {
		if (row.issue) {
			// A row's own question is one answer: a second row with the same id would silently replace it.
			if (fields.has(row.issueField)) throw new Error(`${row.name}: the issue already asks ${row.issueField}`);
			fields.set(row.issueField, questionOf(row, row.issue));
			continue;
		}
		const gathered = GATHERED[row.issueField];
		if (!gathered) throw new Error(`${row.name}: no issue question ${row.issueField}`);
		// Several controls gather into one answer, asked where the first of them is.
		for (const field of gathered) if (!fields.has(field.id)) fields.set(field.id, field);
	}
	return [...fields.values()];
}

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
