/**
 * One submission, start to finish: read the issue, check the answers, fetch and process the
 * photos, check the pass like `npm run validate` does, write its folder — and say what happened in
 * a comment. Nothing is written unless every check passes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type PassData, localDay, readCatalogFiles } from './catalog-adapter.ts';
import { GITHUB_LOGIN, answersToPass } from './answers-to-pass.ts';
import { buildPass } from './build-pass.ts';
import { commitMessage, problemsComment, pullRequestBody, readyComment } from './comment.ts';
import { parseIssueBody } from './parse-issue.ts';
import { preparePhotos } from './photo-intake.ts';
import { type SubmissionProblem, mergeProblems } from './problems.ts';
import { type Markdown } from './safe-markdown.ts';
import { chooseSlug, writePassFolder } from './write-pass-folder.ts';

export interface SubmissionInput {
	/** The issue body as GitHub stores it. */
	readonly body: string;
	/** The catalog to check against and write into (".../content"). */
	readonly contentDir: string;
	/** A folder with front.jpg, back.jpg… used instead of downloading the attachments. */
	readonly photosDir?: string | undefined;
	/** Who opened the issue: credited when no name is given, and as the commit's co-author. */
	readonly author?: { readonly login: string; readonly id: string } | undefined;
	readonly issue?: number | undefined;
	readonly env?: NodeJS.ProcessEnv | undefined;
	/** The `added` date; today by default. */
	readonly today?: string | undefined;
}

export type SubmissionResult =
	| { readonly ok: true; readonly comment: Markdown; readonly slug: string; readonly folder: string; readonly data: PassData; readonly commitMessage: string; readonly pullRequestBody: Markdown }
	| { readonly ok: false; readonly comment: Markdown; readonly problems: readonly SubmissionProblem[] };

export async function runSubmission(input: SubmissionInput): Promise<SubmissionResult> {
	const refuse = (problems: readonly SubmissionProblem[]): SubmissionResult => ({ ok: false, comment: problemsComment(problems), problems });
	const parsed = parseIssueBody(input.body);
	// A body that is not the form's is not read any further: nothing is fetched for it.
	if (parsed.problems.length > 0) return refuse(parsed.problems);

	const root = path.dirname(path.resolve(input.contentDir));
	const catalog = readCatalogFiles(path.resolve(input.contentDir), root);
	const author = input.author !== undefined && GITHUB_LOGIN.test(input.author.login) && /^\d+$/.test(input.author.id) ? input.author : undefined;
	const answers = answersToPass(parsed.answers, catalog, author?.login);

	const staging = await mkdtemp(path.join(os.tmpdir(), 'pass-submission-'));
	try {
		const prepared = await preparePhotos(parsed.answers, staging, { dir: input.photosDir, env: input.env ?? process.env });
		const photos = prepared.photos.map((p) => ({ ...p, src: `./${p.slot}${path.extname(p.file).toLowerCase()}`, alt: parsed.answers.get(`photos-${p.slot}-alt`) }));
		const orphanAlt = ['back', 'detail'].filter((slot) => parsed.answers.has(`photos-${slot}-alt`) && !parsed.answers.has(`photos-${slot}`) && input.photosDir === undefined);
		const noFront = !prepared.photos.some((p) => p.slot === 'front') && !prepared.problems.some((p) => p.field === 'Photo: front');
		const early: SubmissionProblem[] = [
			...answers.problems,
			...prepared.problems,
			...(noFront ? [{ field: 'Photo: front', message: 'is required — drag a photo of the front of the pass into this box.' as Markdown }] : []),
			...orphanAlt.map((slot) => ({ field: `Photo: ${slot}, description`, message: 'describes a photo that is not there — upload it, or empty this box.' as Markdown })),
		];

		const passesDir = path.join(path.resolve(input.contentDir), 'passes');
		const provisional = 'submission';
		const context = { id: provisional, filePath: `content/passes/${provisional}/index.mdx`, added: input.today ?? localDay() };
		const built = buildPass(answers.facts, photos, parsed.answers.get('photos-credit'), answers.story, catalog, context);
		const problems = mergeProblems(early, built.problems);
		if (problems.length > 0 || built.data === undefined) return refuse(problems);

		const slug = chooseSlug(built.data, passesDir, new Set(catalog.passes.map((p) => p.id)));
		const rebuilt = buildPass(answers.facts, photos, parsed.answers.get('photos-credit'), answers.story, catalog, { ...context, id: slug, filePath: `content/passes/${slug}/index.mdx` });
		if (rebuilt.data === undefined) return refuse(rebuilt.problems);
		const written = await writePassFolder(path.resolve(input.contentDir), slug, rebuilt.data, answers.story, photos);
		if (written.problems.length > 0) return refuse(written.problems);
		return {
			ok: true,
			slug,
			folder: written.folder,
			data: rebuilt.data,
			comment: readyComment(slug, rebuilt.data, prepared.photos),
			commitMessage: commitMessage(slug, input.issue, author),
			pullRequestBody: pullRequestBody(slug, rebuilt.data, input.issue, author?.login),
		};
	} finally {
		await rm(staging, { recursive: true, force: true });
	}
}
