/**
 * What the check says on the issue, and what the pull request and its commit say. Every piece of
 * submission text goes through `quote`; everything else is this file's own words.
 */
import { type PassData } from './catalog-adapter.ts';
import { type PreparedPhoto } from './photo-intake.ts';
import { type SubmissionProblem } from './problems.ts';
import { type Markdown, md, quote, quoteCell } from './safe-markdown.ts';

/** First line of every comment the check writes, so the workflow updates its own comment. */
export const COMMENT_MARKER = '<!-- pass-submission-check -->';
/** GitHub refuses longer comments. */
const MAX_COMMENT = 60_000;
const MAX_LISTED = 40;

export function problemsComment(problems: readonly SubmissionProblem[]): Markdown {
	const listed = problems.slice(0, MAX_LISTED).map((p) => (p.field ? `- **${p.field}**: ${p.message}` : `- ${p.message}`));
	const more = problems.length > MAX_LISTED ? [`- …and ${problems.length - MAX_LISTED} more.`] : [];
	const text = [
		COMMENT_MARKER,
		'### The pass needs a few changes',
		'',
		'Thank you for the submission! The check found these problems. Edit the issue (the ⋯ menu at its top right, then *Edit*) to fix them; the check runs again after each edit.',
		'',
		...listed,
		...more,
	].join('\n');
	return md(text.length > MAX_COMMENT ? `${text.slice(0, MAX_COMMENT)}\n…` : text);
}

export function readyComment(slug: string, data: PassData, photos: readonly PreparedPhoto[]): Markdown {
	const rows = [
		['Folder', quoteCell(`content/passes/${slug}/`, 120)],
		['Title', quoteCell(data.title)],
		['Band', quoteCell(data.band)],
		...(data.tour ? [['Tour', quoteCell(data.tour)]] : []),
		['Pass type', quoteCell(data.type)],
		['Sources', md(String(data.sources.length))],
		...photos.map((p) => [`Photo: ${p.slot}`, md(p.note)]),
	];
	return md(
		[
			COMMENT_MARKER,
			'### Ready for review',
			'',
			'Thank you! The pass passes every check the catalog runs. A maintainer will read it and, when it is accepted, open a pull request that credits you.',
			'',
			'| | |',
			'| --- | --- |',
			...rows.map(([name, value]) => `| ${name} | ${value} |`),
		].join('\n'),
	);
}

/** The commit message: a plain subject and the contributor as co-author (GitHub links the commit to them). */
export function commitMessage(slug: string, issue: number | undefined, author: { login: string; id: string } | undefined): string {
	const lines = [`Add pass ${slug}${issue === undefined ? '' : ` (submission #${issue})`}`];
	if (author) lines.push('', `Co-authored-by: ${author.login} <${author.id}+${author.login}@users.noreply.github.com>`);
	return `${lines.join('\n')}\n`;
}

export function pullRequestBody(slug: string, data: PassData, issue: number | undefined, login: string | undefined): Markdown {
	return md(
		[
			`Adds \`content/passes/${slug}/\`, converted by \`npm run submission\` from ${issue === undefined ? 'a submission' : `#${issue}`}${login ? ` by @${login}` : ''}.`,
			'',
			`- Title: ${quote(data.title)}`,
			`- Credited as: ${quote(data.contributors.join(', '))}`,
			'',
			'Photos were re-encoded from their pixels with all metadata removed. Check the facts against the sources before merging.',
			...(issue === undefined ? [] : ['', `Closes #${issue}`]),
		].join('\n'),
	);
}
