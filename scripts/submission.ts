/**
 * `npm run submission` — turns a "Submit a pass" issue into a pass folder, or into a comment
 * saying what to fix. The same script runs in the issue workflow and on a maintainer's machine.
 *
 *   npm run submission -- issue.md [--photos dir/] [--out content/] [--comment out.md]
 *   npm run submission -- --body-env ISSUE_BODY …      the body from an environment variable (CI)
 *   npm run submission -- --write-template             regenerates .github/ISSUE_TEMPLATE/submit-pass.yml
 *
 * Exit code 0: the folder is written and passes validate; 1: problems (the comment lists them);
 * 2: usage.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readCatalogFiles } from './submission/catalog-adapter.ts';
import { TEMPLATE_PATH, issueFormYaml } from './submission/issue-form-yaml.ts';
import { MAX_BODY_CHARS } from './submission/parse-issue.ts';
import { runSubmission } from './submission/run-submission.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));

const USAGE = `Usage: npm run submission -- <issue.md> [options]
  <issue.md>               the issue body, as GitHub stores it (or --body-env NAME)
  --photos DIR             take front.*, back.*, detail.* from DIR instead of downloading the attachments
  --out DIR                the content folder to check against and write into (default: content)
  --comment FILE           write the comment for the issue to FILE (default: print it)
  --pull-request DIR       on success, write branch.txt, folder.txt, commit-message.txt and body.md into DIR
  --author LOGIN --author-id ID --issue N   who opened issue N (credit and Co-authored-by)
  --write-template         regenerate ${TEMPLATE_PATH} from the form table`;

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, out: (line: string) => void = console.log): Promise<number> {
	let values;
	let positionals: string[];
	try {
		({ values, positionals } = parseArgs({
			args: argv.filter((a) => a !== '--'),
			allowPositionals: true,
			options: {
				photos: { type: 'string' },
				out: { type: 'string', default: 'content' },
				comment: { type: 'string' },
				'pull-request': { type: 'string' },
				'body-env': { type: 'string' },
				author: { type: 'string' },
				'author-id': { type: 'string' },
				issue: { type: 'string' },
				'write-template': { type: 'boolean', default: false },
				help: { type: 'boolean', default: false },
			},
		}));
	} catch (error) {
		out(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	if (values.help) {
		out(USAGE);
		return 0;
	}
	const contentDir = path.resolve(values.out);
	if (values['write-template']) {
		const passTypes = readCatalogFiles(contentDir, PROJECT_ROOT).passTypes.map((t) => ({ id: t.id, name: t.data.name }));
		await writeFile(path.join(PROJECT_ROOT, TEMPLATE_PATH), issueFormYaml(passTypes));
		out(`Wrote ${TEMPLATE_PATH}.`);
		return 0;
	}
	const fromEnv = values['body-env'];
	if ((fromEnv === undefined) === (positionals.length !== 1) || positionals.length > 1) {
		out(`Name one issue file, or --body-env.\n${USAGE}`);
		return 2;
	}
	if (values.issue !== undefined && !/^\d+$/.test(values.issue)) {
		out(`--issue must be a number.\n${USAGE}`);
		return 2;
	}
	let body: string;
	if (fromEnv !== undefined) {
		body = env[fromEnv] ?? '';
	} else {
		try {
			body = await readFile(positionals[0] ?? '', 'utf-8');
		} catch (error) {
			out(`Cannot read ${positionals[0]}: ${(error as Error).message}`);
			return 2;
		}
	}
	body = body.slice(0, MAX_BODY_CHARS + 1);

	const result = await runSubmission({
		body,
		contentDir,
		photosDir: values.photos === undefined ? undefined : path.resolve(values.photos),
		author: values.author !== undefined && values['author-id'] !== undefined ? { login: values.author, id: values['author-id'] } : undefined,
		issue: values.issue === undefined ? undefined : Number(values.issue),
		env,
	});
	if (values.comment !== undefined) await writeFile(values.comment, `${result.comment}\n`);
	else out(result.comment);
	if (!result.ok) return 1;
	out(`Wrote ${path.relative(process.cwd(), result.folder)}/`);
	const prDir = values['pull-request'];
	if (prDir !== undefined) {
		await mkdir(prDir, { recursive: true });
		// One branch per issue: accepting the same issue again refreshes its pull request.
		await writeFile(path.join(prDir, 'branch.txt'), `submission/${values.issue === undefined ? result.slug : `issue-${values.issue}`}\n`);
		await writeFile(path.join(prDir, 'folder.txt'), `${path.relative(process.cwd(), result.folder)}\n`);
		await writeFile(path.join(prDir, 'commit-message.txt'), result.commitMessage);
		await writeFile(path.join(prDir, 'body.md'), `${result.pullRequestBody}\n`);
	}
	return 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
	process.exitCode = await main(process.argv.slice(2));
}
