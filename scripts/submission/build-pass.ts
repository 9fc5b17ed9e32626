/**
 * The pass a submission describes, checked exactly as `npm run validate` checks a pass file: the
 * pass schema, the catalog's cross-checks (band, tour, dates, printer…) and the story checker.
 * Problems come back naming the form field a contributor has to change.
 */
import { type CatalogFiles, type PassData, PASS_PARSE_OPTIONS, findCatalogProblems, storyToHtml, issueField, passFrontmatterSchema, readableIssue } from './catalog-adapter.ts';
import { type PhotoSlot, labelForPath } from './form-fields.ts';
import { type SubmissionProblem, plainProblem } from './problems.ts';
import { relabel } from './relabel.ts';

export interface PhotoEntry {
	readonly slot: PhotoSlot;
	readonly src: string;
	readonly alt: string | undefined;
}

/** The form label for a schema path, knowing which slot each photo came from. */
export function labelFor(path: string | undefined, photos: readonly PhotoEntry[]): string | undefined {
	if (path === undefined) return undefined;
	const photo = /^photos\[(\d+)\]\.?(\w*)/.exec(path);
	if (photo) {
		const slot = photos[Number(photo[1])]?.slot ?? 'front';
		if (photo[2] === 'alt') return `Photo: ${slot}, description`;
		if (photo[2] === 'credit') return 'Photo credit';
		return `Photo: ${slot}`;
	}
	if (path === 'photos') return 'Photo: front';
	return labelForPath(path);
}

export function buildPass(
	facts: Record<string, unknown>,
	photos: readonly PhotoEntry[],
	credit: string | undefined,
	story: string,
	catalog: CatalogFiles,
	context: { id: string; filePath: string; added: string },
): { data?: PassData; problems: SubmissionProblem[] } {
	const input = {
		...facts,
		photos: photos.map((p) => ({ src: p.src, alt: p.alt, side: p.slot, credit })),
		added: context.added,
		example: false,
	};
	const problems: SubmissionProblem[] = [];
	for (const p of storyToHtml(story).problems) problems.push(plainProblem('The story', `line ${p.line}: ${p.message}`));
	const parsed = passFrontmatterSchema.safeParse(input, PASS_PARSE_OPTIONS);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const path = issueField(issue);
			problems.push(plainProblem(labelFor(path, photos), relabel(readableIssue(issue).fileMessage)));
		}
		return { problems };
	}
	const { photos: _photos, ...passFacts } = parsed.data;
	const catalogProblems = findCatalogProblems({
		...catalog,
		passes: [...catalog.passes.map(({ id, filePath, data }) => ({ id, filePath, data })), { id: context.id, filePath: context.filePath, data: passFacts }],
	}).filter((p) => p.file === context.filePath && p.severity === 'error');
	for (const p of catalogProblems) problems.push(plainProblem(labelFor(p.field, photos), relabel(p.message)));
	return problems.length > 0 ? { problems } : { data: parsed.data, problems };
}
