/**
 * Reads the body GitHub writes for an issue form: `### Label`, a blank line, the answer, and
 * "_No response_" for an empty answer. Strict, because the body is a stranger's text and can be
 * edited by hand: every section must be a label of the form, once, in the form's order (or wholly
 * in the order of an earlier version of the form, `earlier-forms.ts`); nothing may come before the
 * first; answers have size limits; control characters are refused.
 */
import { EARLIER_FORM_ORDERS, followsOrder } from './earlier-forms.ts';
import { FIELD_BY_LABEL, FORM_FIELDS, NO_RESPONSE } from './form-fields.ts';
import { type SubmissionProblem } from './problems.ts';
import { CONTROL_CHARACTERS, md, quote } from './safe-markdown.ts';

/** GitHub's own limit for an issue body. */
export const MAX_BODY_CHARS = 65_536;
const HEADING = /^### (.*)$/;

export interface ParsedIssue {
	/** Answers by field id; empty answers are absent. */
	readonly answers: ReadonlyMap<string, string>;
	readonly problems: readonly SubmissionProblem[];
}

export function parseIssueBody(raw: string): ParsedIssue {
	const problems: SubmissionProblem[] = [];
	const answers = new Map<string, string>();
	if (raw.length > MAX_BODY_CHARS) {
		return { answers, problems: [{ message: md(`The issue is longer than ${MAX_BODY_CHARS} characters — shorten the story.`) }] };
	}
	const text = raw.replace(/\r\n?/g, '\n');
	const control = text.match(CONTROL_CHARACTERS);
	if (control) {
		const code = `U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
		return { answers, problems: [{ message: md(`The issue contains an invisible control character (${code}) — retype the answer that holds it, or paste it as plain text.`) }] };
	}

	const sections: { label: string; lines: string[] }[] = [];
	const preamble: string[] = [];
	for (const line of text.split('\n')) {
		const heading = HEADING.exec(line);
		if (heading) sections.push({ label: (heading[1] ?? '').trim(), lines: [] });
		else (sections.at(-1)?.lines ?? preamble).push(line);
	}
	if (preamble.join('').trim() !== '') {
		problems.push({ message: md('The issue has text before its first question — open a new issue from the “Submit a pass” form, or remove that text.') });
	}

	// An issue opened from an earlier version of the form keeps that version's order throughout.
	const known = sections.map((s) => s.label).filter((label) => FIELD_BY_LABEL.has(label));
	const once = known.filter((label) => known.indexOf(label) === known.lastIndexOf(label));
	const moved = EARLIER_FORM_ORDERS.some((order) => followsOrder(known, order)) ? new Set<string>() : movedSections(once, FORM_FIELDS.map((f) => f.label));
	for (const { label, lines } of sections) {
		const field = FIELD_BY_LABEL.get(label);
		if (!field) {
			problems.push({ message: md(`The issue has a section ${quote(label)} that the form does not have — a line starting with ### starts a section; remove the ### or the section.`) });
			continue;
		}
		if (answers.has(field.id) || sections.filter((s) => s.label === label).length > 1) {
			if (!problems.some((p) => p.field === field.label)) problems.push({ field: field.label, message: md('appears more than once — keep only one answer (a line starting with ### starts a section).') });
			continue;
		}
		if (moved.has(label)) problems.push({ field: field.label, message: md('is out of the form’s order — the issue was edited by hand; keep the sections in the order of the form.') });
		const value = lines.join('\n').trim();
		if (value === NO_RESPONSE || value === '') continue;
		if (value.length > field.max) {
			problems.push({ field: field.label, message: md(`is ${value.length} characters long; at most ${field.max} fit — shorten it.`) });
			continue;
		}
		if (field.kind === 'input' && value.includes('\n')) {
			problems.push({ field: field.label, message: md('is a one-line answer but has several lines — put it on one line.') });
			continue;
		}
		answers.set(field.id, value);
	}
	return { answers, problems };
}

/**
 * The sections that were moved: those outside the longest run of sections in the form's order, so
 * one section moved to the top is named itself rather than every section after it.
 */
function movedSections(labels: readonly string[], order: readonly string[]): Set<string> {
	const at = labels.map((label) => order.indexOf(label));
	const length = at.map(() => 1);
	const previous = at.map(() => -1);
	for (let i = 0; i < at.length; i++) {
		for (let j = 0; j < i; j++) {
			if ((at[j] ?? 0) < (at[i] ?? 0) && (length[j] ?? 0) + 1 > (length[i] ?? 0)) {
				length[i] = (length[j] ?? 0) + 1;
				previous[i] = j;
			}
		}
	}
	const kept = new Set<number>();
	for (let i = length.indexOf(Math.max(0, ...length)); i >= 0; i = previous[i] ?? -1) kept.add(i);
	return new Set(labels.filter((_, i) => !kept.has(i)));
}
