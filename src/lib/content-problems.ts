/** The one error the catalog throws for bad content: a list of problems, each naming its file. */
export class ContentProblems extends Error {
	constructor(readonly problems: readonly string[]) {
		super(
			`${problems.length} problem${problems.length === 1 ? '' : 's'} in the catalog:\n  ${problems.join('\n  ')}`,
		);
		this.name = 'ContentProblems';
	}
}
