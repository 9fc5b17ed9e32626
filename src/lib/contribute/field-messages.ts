/**
 * What a person reads when a pass field is wrong: one source for `npm run validate`, the web form
 * and the submission check. A missing field gets a prompt saying what to write (keyed by the
 * field's path, `photos[].alt`); any other problem keeps the schema's own words, and the few zod
 * defaults no schema overrides ("Invalid input: expected string…") are replaced by plain words
 * keyed by the issue's code. Browser-safe: no Node, no zod import.
 */

/** What to write in a required field that is empty, by the field's path with list indexes as `[]`. */
export const FIELD_PROMPTS: Readonly<Record<string, string>> = {
	title: 'write what is printed on the pass, or a short description of it',
	band: 'choose the band',
	type: 'choose the pass type',
	format: 'choose what the pass is made of',
	condition: 'choose the condition grade',
	'condition.grade': 'choose the condition grade',
	photos: 'add a photo of the front',
	'photos[].src': 'add the photo file',
	'photos[].alt': 'describe what the photo shows',
	'photos[].side': 'say which side the photo shows',
	'photos[].credit': 'say who took the photos',
	sources: 'say where the facts come from',
	'sources[].title': 'say what the source is (an article, a book, your own records)',
	contributors: 'write how the catalog should credit you',
	'signatures[].signer': 'write who signed it',
	'dimensions.widthMm': 'give the width too, or neither',
	'dimensions.heightMm': 'give the height too, or neither',
	added: 'write the day the entry is added, YYYY-MM-DD',
};

/** The parts of a zod issue these messages read (zod 4's issue shape, kept structural). */
export interface IssueLike {
	readonly code: string;
	readonly path: readonly PropertyKey[];
	readonly message: string;
	readonly input?: unknown;
	readonly expected?: unknown;
	readonly origin?: unknown;
	readonly minimum?: unknown;
	readonly maximum?: unknown;
	readonly keys?: readonly string[];
}

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
};

/**
 * Plain words for an issue no schema gave its own message, keyed by the issue's code. Passed to
 * zod as the per-parse `error`, which zod asks only when the schema has no message of its own.
 */
export function plainIssueWords(issue: { readonly code?: string | undefined; readonly input?: unknown; readonly expected?: unknown; readonly origin?: unknown; readonly minimum?: unknown; readonly maximum?: unknown; readonly keys?: readonly string[] | undefined }): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined ? 'required' : `must be ${EXPECTED_WORDS[String(issue.expected)] ?? String(issue.expected)}`;
		case 'too_small':
			return issue.origin === 'number' ? `must be at least ${String(issue.minimum)}` : `needs at least ${String(issue.minimum)}`;
		case 'too_big':
			return issue.origin === 'number' ? `must be at most ${String(issue.maximum)}` : `allows at most ${String(issue.maximum)}`;
		case 'unrecognized_keys':
			return `has a field the catalog does not know (${(issue.keys ?? []).join(', ')}) — check its spelling or remove it`;
		case 'invalid_value':
			return 'is not one of the allowed choices';
		case 'invalid_union':
			return 'is not in a form the catalog reads';
		default:
			return 'is not valid';
	}
}

/** Parse options for every pass parse: plain defaults, and the input kept so "missing" can be told apart. */
export const PASS_PARSE_OPTIONS = { error: plainIssueWords, reportInput: true } as const;

/** `["photos", 1, "alt"]` → `photos[].alt`, the key of `FIELD_PROMPTS`. */
export function generalPath(path: readonly PropertyKey[]): string {
	return path.map((part, i) => (typeof part === 'number' ? '[]' : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

/** Whether an issue says a field is absent (as opposed to present and wrong). */
export function isMissing(issue: IssueLike): boolean {
	return (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined && 'input' in issue;
}

export interface ReadableIssue {
	/** `photos[].alt`: which field, whichever list item. */
	readonly general: string;
	readonly missing: boolean;
	/** For the form, after the field's label: "describe what the photo shows". */
	readonly words: string;
	/** For a file, after the field's path: "required — describe what the photo shows". */
	readonly fileMessage: string;
}

/** The words for an issue: a prompt when the field is missing and has one, the message otherwise. */
export function readableIssue(issue: IssueLike): ReadableIssue {
	const general = generalPath(issue.path);
	const prompt = FIELD_PROMPTS[general];
	if (isMissing(issue) && prompt !== undefined) return { general, missing: true, words: prompt, fileMessage: `required — ${prompt}` };
	return { general, missing: isMissing(issue), words: issue.message, fileMessage: issue.message };
}
