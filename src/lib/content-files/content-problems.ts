/**
 * A problem in the catalog's content, and how it is written for people: one line naming the file
 * (and line, when known), the field and what to do — the same in the build, in `npm run validate`
 * and in CI annotations.
 */
export interface Problem {
	/** Path from the project root, e.g. "content/passes/x/index.mdx". */
	file: string;
	/** Field path as contributors read it, e.g. "photos[1].alt"; absent for whole-file problems. */
	field?: string | undefined;
	/** 1-based line of the offending key, when known. */
	line?: number | undefined;
	message: string;
	/** Errors fail the build and validation; warnings are shown separately. */
	severity: 'error' | 'warning';
}

export function problem(file: string, field: string | undefined, message: string, severity: Problem['severity'] = 'error'): Problem {
	return { file, field, message, severity };
}

/** A field's path written the way contributors read fields: ["photos", 1, "alt"] → "photos[1].alt". */
export function fieldOf(path: readonly PropertyKey[]): string | undefined {
	const field = path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
	return field || undefined;
}

/** "photos[1].alt" → ["photos", 1, "alt"] */
export function fieldPath(field: string): (string | number)[] {
	return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (index !== undefined ? Number(index) : (key ?? '')));
}

/** "content/passes/x/index.mdx:12: photos[1].alt: required — describe what the photo shows" */
export function formatProblem(p: Problem): string {
	return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

/** The one error the catalog throws for bad content: every problem, one line each. */
export class ContentProblems extends Error {
	readonly problems: readonly (Problem | string)[];

	constructor(problems: readonly (Problem | string)[]) {
		const lines = problems.map((p) => (typeof p === 'string' ? p : formatProblem(p)));
		super(`${lines.length} problem${lines.length === 1 ? '' : 's'} in the catalog:\n  ${lines.join('\n  ')}`);
		this.name = 'ContentProblems';
		this.problems = problems;
	}
}
