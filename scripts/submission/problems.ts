/** A problem with a submission, as the comment shows it: the form field's label and what to do. */
import { type Markdown, escapeText } from './safe-markdown.ts';

export interface SubmissionProblem {
	/** The form field's label; absent for problems with the issue as a whole. */
	readonly field?: string | undefined;
	/** Safe Markdown: built with `quote`/`escapeText`, never raw submission text. */
	readonly message: Markdown;
}

/** A problem whose message is plain text from another checker (schema, catalog, validate). */
export function plainProblem(field: string | undefined, message: string): SubmissionProblem {
	return { field, message: escapeText(message) };
}

/** Later checks' problems, minus those on a field an earlier check already complained about. */
export function mergeProblems(earlier: readonly SubmissionProblem[], later: readonly SubmissionProblem[]): SubmissionProblem[] {
	return [...earlier, ...later.filter((p) => !earlier.some((e) => e.field === p.field))];
}
